// A directory's line: a known family name, a comma, the given name (`Do, Quang Vinh`).
import assert from 'node:assert/strict';
import { directoryName } from '../../../src/parse/names';

const nameOf = (line: string, email?: string): [string | undefined, string | undefined] | undefined => {
  const person = directoryName(line, 0, email);
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

  it('reads the family name the sender’s address spells before the comma', () => {
    assert.deepEqual(nameOf('Lindgren, Maja', 'm.lindgren@skogsfakultet.example'), ['Maja', 'Lindgren']);
    assert.deepEqual(nameOf('Hilton, Paris', 'paris.hilton@hotelgruppe.example'), ['Paris', 'Hilton']);
  });

  it('reads no name from an office mailbox named after its town over the line placing it', () => {
    assert.equal(nameOf('Oslo, Norway', 'oslo@fjordfrakt.example'), undefined);
    assert.equal(nameOf('Leeds, UK', 'leeds@fjordfrakt.example'), undefined);
    assert.equal(nameOf('Camden, London', 'camden@fjordfrakt.example'), undefined);
    assert.equal(nameOf('Austin, TX', 'austin@fjordfrakt.example'), undefined);
  });

  it('reads no name from a role mailbox spelling the word before the comma', () => {
    assert.equal(nameOf('Bookings, Marta', 'bookings@fjordfrakt.example'), undefined);
  });
});
