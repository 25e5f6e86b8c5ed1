// A family name field's value without the suffixes closing it (names.ts withoutClosingSuffixes), as a CSV export's
// `Last Name` cell writes it.
import * as assert from 'node:assert/strict';
import { withoutClosingSuffixes } from '../../../src/parse/names';
import { parseContact } from '../../../src/parse/index';

const family = (value: string): string => withoutClosingSuffixes({ value, start: 0, end: value.length }).value;

describe('withoutClosingSuffixes', () => {
  it('drops generational suffixes and credentials closing a family name', () => {
    assert.equal(family('Vance III'), 'Vance');
    assert.equal(family('Marlowe, Jr.'), 'Marlowe');
    assert.equal(family('Okafor MBA'), 'Okafor');
  });

  it('keeps a family name of several words and a one-word family name whatever its shape', () => {
    assert.equal(family('de la Cruz Montalbán'), 'de la Cruz Montalbán');
    assert.equal(family('MBA'), 'MBA');
  });

  it('reads a CSV export’s Last Name cell without its suffix', () => {
    const contact = parseContact('First Name,Last Name,Email\nRoland,Pryce III,roland.pryce@quayline.example');
    assert.equal(contact.lastName?.value, 'Pryce');
  });
});
