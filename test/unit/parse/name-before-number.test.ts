// A name opening a line that goes on with its number (a text message's or a listing's signing line) is read, a
// licence's label between them read past; a list of people's names and numbers, a product's model and a heading are
// not. A notice's attention line names its contact when nothing else names anyone and their own address is given.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('a name before its number on one line', () => {
  it('reads the name and the number of a signing line, past a dash or a licence label', () => {
    for (const line of ['- Nadia Ferrell 415-555-0136', 'Nadia Ferrell, 415-555-0136', 'Nadia Ferrell DRE #01876543']) {
      const contact = parseContact(`Running late, be there soon.\n${line}\n(415) 555-0136`);
      assert.equal(contact.firstName?.value, 'Nadia', line);
      assert.equal(contact.lastName?.value, 'Ferrell', line);
    }
  });

  it("reads no name from a list of people's numbers, a product's model or a document's heading", () => {
    const list = 'Registration: Nadia Ferrell, +1 415 555 0136\nTransfers: Omar Keane, +1 415 555 0194';
    assert.equal(parseContact(list).firstName?.value, undefined);
    const columns = 'Nadia Ferrell 415-555-0136 | Registration\nOmar Keane 415-555-0194 | Transfers';
    assert.equal(parseContact(columns).firstName?.value, undefined);
    assert.equal(parseContact('1 | Lenovo ThinkPad 7120, i7, 32GB | 25 | 1,315.00').firstName, undefined);
    assert.equal(parseContact('FATTURA N. 2025/0912 del 30/09/2025').firstName, undefined);
  });
});

describe("a notice's attention line", () => {
  it('names the contact by their own address when no one signs', () => {
    const text =
      'Notices to the Supplier shall be sent to:\nCarrow Metals Ltd\nFor the attention of: Ms Elin Maddox-Hart, General Counsel\n' +
      'Email: legal@carrowmetals.example, with a copy to elin.maddox-hart@carrowmetals.example';
    const contact = parseContact(text);
    assert.equal(contact.firstName?.value, 'Elin');
    assert.equal(contact.email?.value, 'elin.maddox-hart@carrowmetals.example');
  });

  it('names no one without an address of theirs', () => {
    const text =
      'Notices to the Supplier shall be sent to:\nFor the attention of: Ms Elin Maddox-Hart\nEmail: legal@carrowmetals.example';
    assert.equal(parseContact(text).firstName, undefined);
  });
});
