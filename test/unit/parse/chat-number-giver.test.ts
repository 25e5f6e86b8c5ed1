// A chat copy with no address and no name in its messages: the author of the line giving a number.
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string) => toPlainContact(parseContact(text));

describe('chat number giver', () => {
  it('names the author of the first line giving a number, not the last writer', () => {
    const got = read(
      '[07:58, 2/6/2026] Ifeoma Nwachukwu: Morning, the cartons left\n' +
        '[07:59, 2/6/2026] Ifeoma Nwachukwu: Call me at Onitsha, +234 803 555 0142\n' +
        '[08:05, 2/6/2026] Segun Adeyemi: Noted\n',
    );
    assert.equal(got.firstName, 'Ifeoma');
    assert.equal(got.lastName, 'Nwachukwu');
    assert.deepEqual(
      got.phones.map((p) => p.number),
      ['+2348035550142'],
    );
  });

  it("passes over a line giving someone else's number", () => {
    const got = read(
      '[19:05, 9/10/2026] Lerato Dube: Sipho fixed ours. His number is +27 82 555 0142\n' +
        '[19:06, 9/10/2026] Thandi Mokoena: Thanks!\n',
    );
    assert.equal(got.firstName, undefined);
    assert.deepEqual(got.phones, []);
  });

  it('takes no one-word author (a saved nickname) for a person', () => {
    const got = read('[07:59, 2/6/2026] Mum: ring me on +234 803 555 0142\n');
    assert.equal(got.firstName, undefined);
  });

  it('yields to a name the message writes', () => {
    const got = read(
      '[10:02, 3/4/2026] Rui Canalizador: Ligue-me para o +351 912 388 540\n' +
        '[10:03, 3/4/2026] Rui Canalizador: Rui Fonseca Pires, Fonseca Pires Canalizações, Lda.\n',
    );
    assert.equal(got.lastName, 'Fonseca Pires');
  });
});
