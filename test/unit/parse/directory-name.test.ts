// A directory's line: a known family name, a comma, the given name (`Do, Quang Vinh`).
import assert from 'node:assert/strict';
import { directoryName } from '../../../src/parse/names';

const nameOf = (line: string): [string | undefined, string | undefined] | undefined => {
  const person = directoryName(line, 0);
  return person && [person.first?.value, person.last?.value];
};

describe('directory name lines', () => {
  it('reads a known family name before the comma', () => {
    assert.deepEqual(nameOf('Do, Quang Vinh'), ['Quang Vinh', 'Do']);
  });

  it('reads no name from a line without a comma, though the word less its last letter is a family name', () => {
    assert.equal(nameOf('Tom'), undefined);
    assert.equal(nameOf('Leo'), undefined);
    assert.equal(nameOf('Maia'), undefined);
  });
});
