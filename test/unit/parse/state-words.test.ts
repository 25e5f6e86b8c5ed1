// Words for the state or a city that are also family names (names.ts headsOfficialLetter, vocabulary.ts
// STATE_WORDS_ALSO_SURNAMES): an official letter's heading, or the end of a person's name.
import * as assert from 'node:assert/strict';
import { nameTokens } from '../../../src/parse/names';

const words = (line: string): string[] | undefined => nameTokens(line, 0)?.map((t) => t.text);

describe('state words that are also family names', () => {
  it('head an official letter first on the line or after the country', () => {
    assert.equal(words('ГРАД ЗВЕЗДАНО ПОЉЕ'), undefined);
    assert.equal(words('नेपाल सरकार'), undefined);
    assert.equal(words('भारत सरकार'), undefined);
  });

  it("end a person's name after a given name", () => {
    assert.deepEqual(words('अमित सरकार'), ['अमित', 'सरकार']);
    assert.deepEqual(words('Георги Град'), ['Георги', 'Град']);
  });
});
