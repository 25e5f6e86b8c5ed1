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
    assert.deepEqual(split('Csaba Lengyel-Várkonyi', 'csaba.lengyel@gep.example'), ['Csaba', 'Lengyel-Várkonyi']);
  });

  it('keeps the given name first when the address spells the whole family name', () => {
    assert.deepEqual(split('Zsófia Bognár-Halmi', 'zsofia.bognarhalmi@gep.example'), ['Zsófia', 'Bognár-Halmi']);
  });

  it('reads the family name first when the address spells it first', () => {
    assert.deepEqual(split('Lengyel-Várkonyi Csaba', 'lengyel.csaba@gep.example'), ['Csaba', 'Lengyel-Várkonyi']);
  });
});
