// A name in a message written in a family-name-first language (Hungarian) keeps the written order when the
// sender's address spells it so (names.ts splitName), a double family name by its first half too.
import * as assert from 'node:assert/strict';
import { splitName, type NameToken } from '../../../src/parse/names';

const tokensOf = (name: string): NameToken[] => {
  let at = 0;
  return name.split(' ').map((text) => {
    const token = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return token;
  });
};
const split = (name: string, email: string): [string | undefined, string | undefined] => {
  const person = splitName(tokensOf(name), email, { familyFirst: true });
  return [person.first?.value, person.last?.value];
};

describe('family name first unless the address spells the written order', () => {
  it('keeps the given name first when the address spells the first half of a double family name', () => {
    assert.deepEqual(split('Balázs Tóth-Vásárhelyi', 'balazs.toth@gep.example'), ['Balázs', 'Tóth-Vásárhelyi']);
  });

  it('keeps the given name first when the address spells the whole family name', () => {
    assert.deepEqual(split('Eszter Kovács-Nagy', 'eszter.kovacsnagy@gep.example'), ['Eszter', 'Kovács-Nagy']);
  });

  it('reads the family name first when the address spells it first', () => {
    assert.deepEqual(split('Tóth-Vásárhelyi Balázs', 'toth.balazs@gep.example'), ['Balázs', 'Tóth-Vásárhelyi']);
  });
});
