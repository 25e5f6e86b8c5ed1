// A chat copy whose author lines open with the time (`[10:03] Visser, Femke (Inkoop)`, Microsoft Teams).
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string) => toPlainContact(parseContact(text));

describe('time-led chat author lines', () => {
  it('names the writer of the message that gives the address, not the first participant', () => {
    const got = read(
      '[14:02] Okonjo, Chidi (Procurement)\nWho handles the invoices now?\n\n' +
        '[14:05] Lindqvist, Maja (Finance)\nThat would be me.\n\n' +
        '[14:06] Lindqvist, Maja (Finance)\nml@nordvikshipping.example | +46 70 555 01 42\n',
    );
    assert.equal(got.firstName, 'Maja');
    assert.equal(got.lastName, 'Lindqvist');
    assert.equal(got.company, undefined);
    assert.equal(got.title, undefined);
  });

  it('reads 12-hour times before the name too', () => {
    const got = read('[3:09 PM] Haddad, Karim\nC’est moi.\n\n[3:10 PM] Haddad, Karim\nkh@atlas-emballages.example\n');
    assert.equal(got.firstName, 'Karim');
    assert.equal(got.lastName, 'Haddad');
  });

  it('takes no row of an agenda, each a time and its own line, for an author', () => {
    const got = read('[9:00 AM] Welcome\n[9:30 AM] Morgan Hall tour\n[11:00 AM] Q&A with the builders\n');
    assert.equal(got.firstName, undefined);
    assert.equal(got.lastName, undefined);
  });
});

describe('time-led lines that name no one (finding 2)', () => {
  it('takes an agenda row over its description line for no author', () => {
    const got = read('[09:00] Keynote\nOpening by the CEO\nWrite to info@conf.example\n');
    assert.equal(got.firstName, undefined);
    assert.equal(got.lastName, undefined);
  });

  it('takes a log line over its detail for no author', () => {
    const got = read('[10:03] Build failed (main)\nSee logs for details\n');
    assert.equal(got.firstName, undefined);
  });

  it('reads an author line whose tag holds a slash or stands in square brackets', () => {
    const slash = read('[10:03] Müller, Jörg (Einkauf/Logistik)\nbitte an jm@kranbau-nord.example\n');
    assert.equal(slash.firstName, 'Jörg');
    assert.equal(slash.lastName, 'Müller');
    const bracket = read('[10:03] Visser, Femke [Extern]\nfv@dehavenkranen.example\n');
    assert.equal(bracket.firstName, 'Femke');
    assert.equal(bracket.lastName, 'Visser');
  });
});

describe("a chat author's own address in a sentence", () => {
  it('is taken when it spells the name on the author line above, without a first-person word', () => {
    const got = read(
      '[11:12] van den Berg, Pieter (Inkoop)\nKan iemand de offerte sturen?\n\n' +
        '[11:20] Smit, Lotte (Verkoop)\nKomt eraan, vandaag nog via lotte.smit@dehavenkranen.example\n',
    );
    assert.equal(got.email, 'lotte.smit@dehavenkranen.example');
    assert.equal(got.firstName, 'Lotte');
    assert.equal(got.lastName, 'Smit');
  });

  it("spells a participant other than the message's writer: no own address, but that participant's (finding 3)", () => {
    // Joost writes the message; the address spells Femke, who wrote above. authorsOwnAddress does not take it
    // (it matches only the enclosing message's author); the plain address is chosen and the participant it
    // spells is named with it — on purpose: the address and the name agree.
    const got = read('[10:03] Visser, Femke\nHi\n\n[10:05] Mulder, Joost\nZie femke.visser@x.example voor details\n');
    assert.equal(got.firstName, 'Femke');
    assert.equal(got.lastName, 'Visser');
    assert.equal(got.email, 'femke.visser@x.example');
  });

  it("is not taken when it spells someone else's name", () => {
    const got = read(
      '[11:12] van den Berg, Pieter (Inkoop)\nKan iemand de offerte sturen?\n\n' +
        '[11:20] Smit, Lotte (Verkoop)\nvraag het aan jan.dekker@dehavenkranen.example\n',
    );
    assert.equal(got.email, undefined);
  });
});
