// A Hong Kong or Taiwan name line's Chinese given name after the English one and the family name (names.ts
// nameAsides, splitName): an aside its owner signs with, not part of the family name.
import * as assert from 'node:assert/strict';
import { nameAsides } from '../../../src/parse/names';
import { parseContact } from '../../../src/parse/index';

describe('Chinese given name after the family name', () => {
  it('gives its first syllable and the whole as nicknames, folded', () => {
    assert.deepEqual(nameAsides('Winnie Tsang Wing-yan'), ['wing', 'wingyan']);
    assert.deepEqual(nameAsides('Kelvin Chan Ka-ming'), ['ka', 'kaming']);
  });

  it('reads nothing into a hyphenated family name or a two-word name', () => {
    assert.deepEqual(nameAsides('Anna Berg-Larsen'), []);
    assert.deepEqual(nameAsides('Park Ji-hoon'), []);
    assert.deepEqual(nameAsides('Claire Dubois-Martin'), []);
  });

  it('leaves it out of the family name', () => {
    const contact = parseContact('Regards,\nMandy Leung Siu-fong\nSenior Consultant\nmandy.leung@pearlrock.example');
    assert.equal(contact.firstName?.value, 'Mandy');
    assert.equal(contact.lastName?.value, 'Leung');
  });
});
