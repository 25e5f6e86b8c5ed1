// A name known by one part (a sign-off's given name, an address's given or family name) completed where the text
// writes the whole name though no name line was read: a line a profession opens, a sentence.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { familyAfterGiven, givenBeforeFamily } from '../../../src/parse/nameBeside';

const contactOf = (text: string) => toPlainContact(parseContact(text));
const at0 = (text: string) => [{ text, start: 0 }];

describe('the rest of a name written beside its known part', () => {
  it('takes the family name after the given name an address spells, past a profession before the name', () => {
    const { firstName, lastName } = contactOf(
      'Saygılarımla\n\nAv. Defne Ilgaz Karabulut\nKurucu Ortak\ndefne@karabulut-hukuk.example\n',
    );
    assert.deepEqual({ firstName, lastName }, { firstName: 'Defne', lastName: 'Karabulut' });
  });

  it('takes the given name before the family name an address spells after an initial', () => {
    const { firstName, lastName } = contactOf(
      'Saygılarımla\n\nAv. Defne Ilgaz Karabulut\nKurucu Ortak\nd.karabulut@karabulut-hukuk.example\n',
    );
    assert.deepEqual({ firstName, lastName }, { firstName: 'Defne', lastName: 'Karabulut' });
  });

  it('reads the family name of a sign-off’s given name from a sentence naming the sender in full', () => {
    const { firstName, lastName } = contactOf(
      'Hi Priya,\n\nThe samples went out today.\n\nCheers,\nMarlo\n\nQueries about this order? Contact Marlo Fenwick-Adair, Dispatch Coordinator, on marlo@kestrelbay-goods.example\n',
    );
    assert.deepEqual({ firstName, lastName }, { firstName: 'Marlo', lastName: 'Fenwick-Adair' });
  });

  it('ends the name at a colon, a comma or a lower-case word', () => {
    assert.equal(familyAfterGiven(at0('Ilse Marlowe: see you at noon'), 'Ilse', undefined, {})?.value, 'Marlowe');
    assert.equal(familyAfterGiven(at0('call Ilse Marlowe on Monday'), 'Ilse', undefined, {})?.value, 'Marlowe');
  });

  it('gives no family name when the given name is written with two different ones', () => {
    const texts = at0('Copied: Sam Whitlow, Sam Oduya-Renn');
    assert.equal(familyAfterGiven(texts, 'Sam', undefined, {}), undefined);
  });

  it('gives no given name for an initial before the family name', () => {
    assert.equal(givenBeforeFamily(at0('Mrs E. Achterberg'), 'Achterberg', undefined, {}), undefined);
  });
});
