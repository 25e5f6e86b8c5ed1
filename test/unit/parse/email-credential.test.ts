// A credential or a generation closing the name an address spells (`lena.ortiz.phd@`) is no family name.
import * as assert from 'node:assert/strict';
import { nameFromEmail } from '../../../src/parse/names';

/** First and last name spelled from `address`. */
const spelled = (address: string): { first?: string; last?: string } => {
  const { first, last } = nameFromEmail({ value: address, start: 0, end: address.length });
  return { first: first?.value, last: last?.value };
};

describe('a credential closing the name an address spells', () => {
  it('drops it in any case, as an address keeps the case it was typed in', () => {
    assert.deepEqual(spelled('Lena.Ortiz.PhD@clinic.example'), { first: 'Lena', last: 'Ortiz' });
    assert.deepEqual(spelled('Omar.Haddou.CPA@firm.example'), { first: 'Omar', last: 'Haddou' });
  });

  it('drops a generation, though `iii` spells a syllable', () => {
    assert.deepEqual(spelled('john.ashby.iii@firm.example'), { first: 'John', last: 'Ashby' });
  });

  it('keeps a syllable a romanised given name ends in', () => {
    assert.deepEqual(spelled('li.xiao.meng@firm.example').last, 'Meng');
  });
});
