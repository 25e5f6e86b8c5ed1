// A name an address spells (`wei.ng@`), as the text around it writes it: accents, initials, separators.
import * as assert from 'node:assert/strict';
import { asWritten, nameFromEmail } from '../../../src/parse/names';
import { parseContact } from '../../../src/parse/parseContact';
import { PATTERNS } from '../../../src/parse/patterns';

/** First and last name spelled from `address` and re-read in `text`. */
const written = (address: string, text: string): { first?: string; last?: string } => {
  const email = { value: address, start: 0, end: address.length };
  const { first, last } = asWritten(nameFromEmail(email), email, [{ text, start: address.length + 1 }]);
  return { first: first?.value, last: last?.value };
};

describe('a name spelled from an address, as the text writes it', () => {
  it('keeps a vowel-less surname the text writes out (`Ng`), not only initials', () => {
    assert.deepEqual(written('wei.ng@firm.example', 'Best,\nWei NG\nEngineer'), { first: 'Wei', last: 'Ng' });
    assert.deepEqual(written('petr.krc@firm.example', 'Petr Krč\nPraha'), { first: 'Petr', last: 'Krč' });
  });

  it('reads initials (`nh`) as the family name written beside the given name', () => {
    assert.deepEqual(written('long.nh@firm.example', 'Nguyễn Hoàng Long'), { first: 'Long', last: 'Nguyễn' });
  });

  it('does not run the initials across a comma or a pipe into a role or a company', () => {
    assert.deepEqual(written('selamawit.t@firm.example', 'Selamawit, Team Lead').last, undefined);
    assert.deepEqual(written('ferhat.k@firm.example', 'Ferhat | Kuzey Lojistik').last, undefined);
  });

  it('writes out a double surname the address keeps only the first part of, and only for the family name', () => {
    assert.deepEqual(written('lucia.echeverria@firm.example', 'Lucía Echeverría-Lagos'), {
      first: 'Lucía',
      last: 'Echeverría-Lagos',
    });
    assert.deepEqual(written('anna.schmidt@firm.example', 'Anna-Lena sends her regards.\nAnna Schmidt'), {
      first: 'Anna',
      last: 'Schmidt',
    });
  });

  it('prefers the exact written surname to a double one written earlier', () => {
    assert.deepEqual(written('max.weber@firm.example', 'cc Weber-Stahl\nMax Weber').last, 'Weber');
  });

  it("keeps the text's order when its last word is a family name that is seldom a given name", () => {
    const name = (text: string): [string?, string?] => {
      const c = parseContact(text);
      return [c.firstName?.value, c.lastName?.value];
    };
    assert.deepEqual(name('Best,\nWei Zhang\nzhang.wei@firm.example'), ['Wei', 'Zhang']);
    assert.deepEqual(name('Best,\nPéter Varga\nvarga.peter@firm.example'), ['Péter', 'Varga']);
    // Yang is a given name as often as a family name: the written Western order still stands by Zhou.
    assert.deepEqual(name('Best,\nYang Zhou\nzhou.yang@firm.example'), ['Yang', 'Zhou']);
  });

  it("strips every footnote mark after an author's name, commas between them included", () => {
    assert.equal('Okoye¹,²'.replace(PATTERNS.footnoteMarks, ''), 'Okoye');
    assert.equal('Lagos¹*'.replace(PATTERNS.footnoteMarks, ''), 'Lagos');
    assert.equal('Okoye'.replace(PATTERNS.footnoteMarks, ''), 'Okoye');
  });

  it('takes the surname of an initial-and-surname address under a given-name sign-off with that initial', () => {
    const name = (text: string): [string | undefined, string | undefined] => {
      const c = parseContact(text);
      return [c.firstName?.value, c.lastName?.value];
    };
    assert.deepEqual(name('Best,\nKwame\nk.mensah-bonsu@firm.example'), ['Kwame', 'Mensah-Bonsu']);
    assert.deepEqual(name('Merci,\nÉlodie\ne_marchetti@firm.example'), ['Élodie', 'Marchetti']);
    // Another initial: the mailbox is not spelled from the signer's name.
    assert.deepEqual(name('Best,\nTomasz\nk.wierzbicki@firm.example'), ['Tomasz', undefined]);
    // A mailbox's function word after the initial is no surname.
    assert.deepEqual(name('Thanks,\nEmma\ne.info@firm.example'), ['Emma', undefined]);
    assert.deepEqual(name('Thanks,\nSam\ns.sales@firm.example'), ['Sam', undefined]);
  });
});
