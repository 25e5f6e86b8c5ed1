// A card written as one line of a message (message.ts cardAfterName): the full name, a comma, a title
// and a firm named by a company cue.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('cardAfterName: a card line in a message', () => {
  it('reads the title and the firm after the full name and a comma', () => {
    const contact = parseContact(
      'Jonas Berg  09:12\nsure, here you go: Jonas Berg, Head of Logistics, Skjærgard Frakt AS, +47 915 55 014, jonas.berg@skjaergard.example\n',
    );
    assert.equal(contact.title?.value, 'Head of Logistics');
    assert.equal(contact.company?.value, 'Skjærgard Frakt AS');
  });

  it('keeps a legal form written after its own comma with the firm', () => {
    const contact = parseContact(
      'Min-jun Park  09:12\nMin-jun Park, Senior Researcher, Hanul Polymer Co., Ltd., min-jun.park@hanulpolymer.example\n',
    );
    assert.equal(contact.company?.value, 'Hanul Polymer Co., Ltd.');
  });

  it('reads a patronymic after the name as the name’s, and a title running into a firm opened by its legal form', () => {
    const contact = parseContact(
      'Айгуль Ержанова  10:02\nМои контакты: Ержанова Айгуль Маратовна, финансовый директор ТОО «Жетысу Агроснаб», a.erzhanova@zhetysu-agrosnab.example\n',
    );
    assert.equal(contact.title?.value, 'финансовый директор');
    assert.equal(contact.company?.value, 'ТОО «Жетысу Агроснаб»');
  });

  it('reads no card when the part after the title has no company cue', () => {
    const contact = parseContact(
      'Jonas Berg  09:12\nsure, here you go: Jonas Berg, Head of Logistics, Bergen office, jonas.berg@skjaergard.example\n',
    );
    assert.notEqual(contact.company?.value, 'Bergen office');
  });

  it('reads no card from a sentence going on after the name and a title', () => {
    for (const text of [
      'Hei,\n\nVi har fått svar. Siri Vold, daglig leder, og styret i Havbris Holding AS har godkjent avtalen.\n\nMvh\nSiri Vold\nsiri.vold@havbris.example\n',
      'Jonas Berg  09:12\nupdate: Jonas Berg, Head of Logistics, confirmed that Nordlys Frakt AS will ship on Monday\njonas.berg@skjaergard.example\n',
    ]) {
      const contact = parseContact(text);
      assert.ok(!/godkjent|ship on/.test(contact.company?.value ?? ''), contact.company?.value);
    }
  });
});
