// A formal letter's salutation that names nobody (`Madame, Monsieur,`, `Prezado Senhor,`): it greets, so the
// letterhead over it is the signer's firm and the salutation is no name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));
const letter = (salutation: string): string =>
  `LUMIÈRE VITRAUX SARL\n8 rue des Verriers, 21000 Dijon\n\nDijon, le 2 avril 2026\n\n${salutation}\n\n` +
  'Veuillez trouver ci-joint notre devis.\n\nCordialement,\n\nClaire Moreau\nGérante\nclaire@lumiere-vitraux.example\n';

describe('a salutation that names nobody', () => {
  it('greets, so the letterhead above it names the signer firm', () => {
    for (const salutation of [
      'Madame, Monsieur,',
      'Madame,',
      'Messieurs,',
      'Señora:',
      'Gentile Dottoressa,',
      'Geachte heer/mevrouw,',
    ]) {
      const draft = parse(letter(salutation));
      assert.equal(draft.company, 'LUMIÈRE VITRAUX SARL', salutation);
      assert.equal(draft.firstName, 'Claire', salutation);
    }
  });

  it('is no name, though its words are capitalised', () => {
    const draft = parse(
      'Prezado Senhor,\n\nSegue a proposta.\n\nAtenciosamente,\n\nRui Tavares\nrui@tavares.example\n',
    );
    assert.equal(draft.firstName, 'Rui');
    assert.equal(draft.lastName, 'Tavares');
  });

  it('keeps a letterhead whose firm or street opens with a word that alone opens an addressee block', () => {
    const head = 'AL MANARA TRADING LLC\nAn der Lände 7, 93047 Regensburg\nTel. 0941 555 0123';
    const draft = parse(
      `${head}\n\nDear Sir,\n\nPlease find our offer attached.\n\nBest regards,\n\nOmar Haddad\nomar@almanara.example\n`,
    );
    assert.equal(draft.company, 'AL MANARA TRADING LLC');
  });

  it('reads no letterhead under an addressee line (To: alone, Attn:)', () => {
    for (const opener of ['To:', 'Attn: Purchasing']) {
      const draft = parse(
        `${opener}\nHarlow Metals Ltd\n5 Quay Road, Bristol BS1 4QA\n\nDear Sir,\n\nOur offer is attached.\n\nRegards,\n\nEmma Lowe\nemma@lowe-fab.example\n`,
      );
      assert.equal(draft.company, undefined, opener);
    }
  });
});
