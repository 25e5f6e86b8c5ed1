// A business document headed by its kind and number names its issuer's firm on a line of its own; the block a
// line to the addressee opens (`Spett.le …`, `Attn: …`) or a counterpart's label heads (`Bill To:`) is the other party's.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { nameTokens } from '../../../src/parse/names';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a business document issuer', () => {
  it('skips the addressee block a line to the addressee opens, for the firm and the letterhead alike', () => {
    const draft = parse(
      'OFFERTA N. 112/2026\nSpett.le Rossi Arredi S.r.l.\nCorso Italia 5, 10121 Torino\n\n' +
        'Lumen Vetri S.p.A.\nVia dei Mille 18, 37121 Verona\n\nGentili Signori,\nvi inviamo la nostra offerta.\n\n' +
        'Cordiali saluti\nMarco Ferri\nUfficio commerciale\nm.ferri@lumenvetri.example\n',
    );
    assert.equal(draft.company, 'Lumen Vetri S.p.A.');
    assert.notEqual(draft.address, 'Corso Italia 5, 10121 Torino');
  });

  it('skips the block under a counterpart label', () => {
    const draft = parse(
      'FACTURA F-2026-088\n\nFacturar a:\nDistribuciones Norte S.L.\nCalle Mayor 3, 28013 Madrid\n\n' +
        'Cerámicas Levante S.A.\nAvda. del Puerto 40, 46023 Valencia\n\nContacto: Elena Soler\nelena.soler@ceramicaslevante.example\n',
    );
    assert.equal(draft.company, 'Cerámicas Levante S.A.');
    assert.equal(draft.firstName, 'Elena');
  });

  it("keeps the signer's firm under a sign-off that spells an addressee word (pt-BR `Att,`)", () => {
    const draft = parse(
      'FATURA 2026-045\nPadaria Sol Nascente Ltda.\nRua das Flores 120, 01310-100 São Paulo\n\n' +
        'Prezados,\nsegue a fatura do serviço de manutenção de março.\n\n' +
        'Att,\nCarla Mendes\nVerde Campo Serviços Ltda.\ncarla.mendes@verdecampo.example\n',
    );
    assert.equal(draft.company, 'Verde Campo Serviços Ltda.');
  });
  it('skips the block under a counterpart heading written without a colon below the contact', () => {
    const draft = parse(
      'LASKU 2026-118\n\nLaatta ja Lasi Oy\nKivikatu 3, 33100 Tampere\n\nMyyjän edustaja: Sanna Aalto\n' +
        'sanna.aalto@laattajalasi.example\n\nAsiakas\nAs Oy Koivula\nKoivukuja 9, 33500 Tampere\n',
    );
    assert.equal(draft.firstName, 'Sanna');
    assert.notEqual(draft.address, 'Koivukuja 9, 33500 Tampere');
  });

  it('reads a tender notice’s heading in capitals as its kind, its contracting authority label as the firm', () => {
    const draft = parse(
      'ANUNCIO DE LICITACIÓN\nEntidad adjudicadora: Mancomunidad de la Sierra Norte\n\n' +
        'Persona de contacto: Irene Castaño Vidal\nTeléfono: +34 921 470 118\n',
    );
    assert.equal(draft.firstName, 'Irene');
    assert.equal(draft.lastName, 'Castaño Vidal');
    assert.equal(draft.company, 'Mancomunidad de la Sierra Norte');
  });
});

describe("a business document's headings", () => {
  it("reads the headings over its parties' columns as no name", () => {
    for (const line of ['EMISOR     CLIENTE', 'Mittente     Destinatario', 'Absender     Empfänger'])
      assert.equal(nameTokens(line, 0), undefined, line);
  });

  it("reads an item table's heading row in a script without spaces as no name", () => {
    assert.equal(nameTokens('品名　　数量　　単価　　金額', 0), undefined);
  });

  it("finds the heading under a letter's return-address strip and address window, so the strip names the issuer", () => {
    const draft = parse(
      'Glaserei Vogt GmbH · Am Hafen 9 · 24103 Kiel\n\nMöbelhaus Lenz OHG\nz. Hd. Herrn Paul Lenz\nRingstraße 4\n' +
        '24534 Neumünster\n\nANGEBOT Nr. 2026-031\n\nIhre Ansprechpartnerin: Maren Sievers\nTel. 0431 5550 1840 · ' +
        'm.sievers@glaserei-vogt.example\n',
    );
    assert.equal(draft.company, 'Glaserei Vogt GmbH');
    assert.equal(draft.address, 'Am Hafen 9, 24103 Kiel');
    assert.equal(draft.firstName, 'Maren');
  });

  it('takes no heading under prose for a document', () => {
    const draft = parse(
      'Hallo Paul,\nanbei wie besprochen.\n\nRECHNUNG Nr. 2026-031\n\nViele Grüße\nMaren Sievers\n' +
        'Möbelhaus Lenz OHG\nRingstraße 4, 24534 Neumünster\nm.sievers@lenz.example\n',
    );
    assert.equal(draft.company, 'Möbelhaus Lenz OHG');
  });
});
