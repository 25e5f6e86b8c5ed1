// The firm the mail's domain spells (domainFirm.ts): the words spelling the domain's label, then the name's
// further capitalised words and its legal form, wherever the sender wrote them; never the sender's own name.
import * as assert from 'node:assert/strict';
import { firmSpellingDomain } from '../../../src/parse/domainFirm';
import { prepare } from '../../../src/parse/text';

const firm = (text: string, label: string, name = 'Ines Varga'): string | undefined =>
  firmSpellingDomain(prepare(text).lines, label, new Set(name.toLowerCase().split(' ')))?.value;

describe('the firm the mail domain spells', () => {
  it('reads the firm inside a sentence, its words past the label’s clipped end included', () => {
    assert.equal(firm('I look after orders on the Tarnby Medical Supply side.', 'tarnbymed'), 'Tarnby Medical Supply');
  });

  it('keeps a legal form after a comma and drops the comma closing the name', () => {
    assert.equal(
      firm('Saludos, Ines Varga, Cerámicas del Jalón, S.L., Zaragoza', 'ceramicasjalon'),
      'Cerámicas del Jalón, S.L.',
    );
    assert.equal(firm('S pozdravom, Kamenec Drevo s.r.o., tel. 02 555 0142', 'kamenecdrevo'), 'Kamenec Drevo s.r.o.');
  });

  it('takes the word naming the kind of firm before the spelt words', () => {
    assert.equal(firm('Kuratorin | Galerie Nordlicht', 'nordlicht'), 'Galerie Nordlicht');
  });

  it('opens a firm alone on its line, or alone after a label, with the line’s or the label’s first word', () => {
    assert.equal(firm('MAISON DU CUIR BELLEVILLE', 'cuirbelleville'), 'MAISON DU CUIR BELLEVILLE');
    assert.equal(firm('Organización: Bodega Monte Ciervo S.A.', 'monteciervo'), 'Bodega Monte Ciervo S.A.');
    assert.equal(firm('Comune di Roccalta (Provincia di Cuneo)', 'roccalta'), 'Comune di Roccalta');
    assert.equal(firm('We met the Harwick Medical Supply team.', 'harwickmed'), 'Harwick Medical Supply');
  });

  it('reads a firm named after the sender when the domain spells more than their name', () => {
    assert.equal(firm('Varga & Lind Abogados', 'vargalind'), 'Varga & Lind Abogados');
    assert.equal(firm('Varga Holztechnik GmbH', 'vargaholz'), 'Varga Holztechnik GmbH');
  });

  it('reads a legal form only as firms write it, not a plain word after the name', () => {
    assert.equal(firm('Ines Varga, Broker at Halcyon Chartering S.A. as agreed', 'halcyon'), 'Halcyon Chartering S.A.');
  });

  it('finds no firm in the sender’s own name, nor in a word spelling too little of the label', () => {
    assert.equal(firm('Ines Varga\nIllustrator', 'inesvarga'), undefined);
    assert.equal(firm('See you at Ash Lane tomorrow', 'ashgrovebuild'), undefined);
  });
});
