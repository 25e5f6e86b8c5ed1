// A reply with no name of its own, signed with the given name of its quoted message's sender (parseContact's ownQuotedSender).
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

function reply(body: string, sender: string): string {
  return `${body}\n\nOn Wed, 4 Mar 2026 at 11:20, ${sender} wrote:\n> Could you confirm the booking for Friday?\n`;
}

describe('a reply signed with the quoted sender’s given name', () => {
  it('is theirs, with the same name, a prefix of it or an English short form', () => {
    for (const [signOff, name, address] of [
      ['Oona', 'Oona Castellane', 'oc@castellane.example'],
      ['Kat', 'Katharine Vell', 'kv@vell.example'],
      ['Bill', 'William Ashcombe', 'wa@ashcombe.example'],
    ] as const) {
      const d = parseContact(reply(`Booked for Friday.\n\n${signOff}`, `${name} <${address}>`));
      assert.equal(d.email?.value, address, signOff);
      assert.equal(d.lastName?.value, name.split(' ')[1], signOff);
    }
  });

  it('is not theirs when the sign-off is too short or another name', () => {
    for (const signOff of ['Ka', 'Mira']) {
      const d = parseContact(reply(`Booked for Friday.\n\n${signOff}`, 'Katharine Vell <kvell@vell.example>'));
      assert.notEqual(d.email?.value, 'kvell@vell.example', signOff);
    }
  });

  it('takes the given name of a family-first or titled display name', () => {
    const family = parseContact(
      'Booked for Friday.\n\nSipho\n\nFrom: Ndlovu, Sipho <sipho@ndlovu.example>\nSent: Wednesday, 4 March 2026 11:20\nTo: Priya Raman <priya@raman.example>\nSubject: Booking\n\nCould you confirm the booking for Friday?\n',
    );
    assert.equal(family.lastName?.value, 'Ndlovu');
    assert.equal(family.email?.value, 'sipho@ndlovu.example');
    const titled = parseContact(reply('Booked for Friday.\n\nJane', 'Dr. Jane Roe <jroe@roe.example>'));
    assert.equal(titled.email?.value, 'jroe@roe.example');
  });

  it('reads an initial of the given name, with or without a full stop, and no other letter', () => {
    for (const signOff of ['K.', 'K']) {
      const d = parseContact(reply(`Booked for Friday.\n\n${signOff}`, 'Katharine Vell <kvell@vell.example>'));
      assert.equal(d.email?.value, 'kvell@vell.example', signOff);
    }
    const other = parseContact(reply('Booked for Friday.\n\nM.', 'Katharine Vell <kvell@vell.example>'));
    assert.notEqual(other.email?.value, 'kvell@vell.example');
  });

  it('is not whom the reply greets', () => {
    const d = parseContact(
      reply('Re: booking\nHi Tom,\nBooked for Friday.\nTom', 'Thomas Greyling <tom@greyling.example>'),
    );
    assert.notEqual(d.email?.value, 'tom@greyling.example');
  });

  it('reads a sign-off ending with a full stop', () => {
    const d = parseContact(reply('Booked for Friday.\n\nTom.', 'Thomas Greyling <tom@greyling.example>'));
    assert.equal(d.email?.value, 'tom@greyling.example');
  });

  it('reads the given name a bare address spells, and a sign-off written on the valediction’s line', () => {
    const d = parseContact(reply('Booked for Friday.\n\nBeste Grüsse, Oona', 'oona.castellane@castellane.example'));
    assert.equal(d.email?.value, 'oona.castellane@castellane.example');
    assert.equal(d.lastName?.value, 'Castellane');
  });

  it('takes a bare address heading no message as the unsigned reply’s own header, not a named one', () => {
    const below = (from: string): string =>
      `See you Friday.\n\nFrom: ${from}\nSent: Thursday, 11 September 2025 8:02 PM\nTo: Allotment Society\nSubject: Re: Keys\n`;
    assert.equal(parseContact(below('oona.castellane@castellane.example')).lastName?.value, 'Castellane');
    assert.notEqual(
      parseContact(below('Oona Castellane <oona.castellane@castellane.example>')).email?.value,
      'oona.castellane@castellane.example',
    );
  });

  it('keeps the reply’s own, different address', () => {
    const d = parseContact(
      reply('Booked for Friday.\ntg@greyling-home.example\n\nTom', 'Thomas Greyling <tom@greyling.example>'),
    );
    assert.equal(d.email?.value, 'tg@greyling-home.example');
  });
});

describe('a message signed in full by its quoted message’s sender', () => {
  const header =
    'From: Tove Grimsrud <tove@grimsrud.example>\nTo: Ana Ruiz <ana@ruiz.example>\nSubject: Gutters\n\nSee you Friday.\n';

  it('takes that message’s address as the signer’s own', () => {
    assert.equal(parseContact(`Resending this.\n\nTove Grimsrud\n\n${header}`).email?.value, 'tove@grimsrud.example');
  });

  it('takes the address of their own message quoted further down, under the other party’s reply', () => {
    const thread =
      'Agreed.\n\nTove Sá Grimsrud\n\nOn Tue, 3 Mar 2026 at 09:10, Ana Ruiz <ana@ruiz.example> wrote:\n> See you Friday.\n>\n> On Mon, 2 Mar 2026 at 18:00, Tove Sá Grimsrud <tove@grimsrud.example> wrote:\n>> Friday?\n';
    assert.equal(parseContact(thread).email?.value, 'tove@grimsrud.example');
  });

  it('does not take it for a signer of another name', () => {
    assert.equal(parseContact(`Resending this.\n\nTove Dalen\n\n${header}`).email?.value, undefined);
  });
});
