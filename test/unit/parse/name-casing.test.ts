// How a name written in capitals is re-cased (names.ts value, caseFixFor).
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const nameOf = (text: string): [string | undefined, string | undefined] => {
  const c = toPlainContact(parseContact(text));
  return [c.firstName, c.lastName];
};

describe('a name written in capitals', () => {
  it('is cased the Turkish way when it holds the dotted capital İ, in every word', () => {
    assert.deepEqual(nameOf('Saygılarımla,\n\nİPEK KIRAN\nMuhasebe Uzmanı\nipek.kiran@ornek-lojistik.example\n'), [
      'İpek',
      'Kıran',
    ]);
  });

  it('leaves no combining dot after an i lowered from İ', () => {
    const [first, last] = nameOf('Sevgiler,\n\nDENİZ ÇELİK\nTasarımcı\ndeniz@ornek-ajans.example\n');
    assert.equal(first, 'Deniz');
    assert.equal(last, 'Çelik');
  });

  it('is cased the language-neutral way without it', () => {
    assert.deepEqual(nameOf('Regards,\n\nIRIS KINGSLEY\nBuyer\niris.kingsley@harbourline.example\n'), [
      'Iris',
      'Kingsley',
    ]);
  });
});
