// Calendar clients that put each field label alone on its line (`Organizer`, `Guests`, `Veranstalter`): the
// label is no role of the organiser whose signature follows.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

describe('a calendar field label alone on its line', () => {
  it('is not read as the title', () => {
    const draft = toPlainContact(
      parseContact(
        'Quarterly pricing review\n\nOrganizer\nNadia Petrov <nadia.petrov@harbourgrain.example>\n\nGuests\n' +
          'buying@harbourgrain.example\n\nNadia Petrov\nHead of Procurement\nHarbour Grain Ltd\n+44 20 7946 0158\n',
      ),
    );
    assert.equal(draft.title, 'Head of Procurement');
    assert.equal(draft.company, 'Harbour Grain Ltd');
  });

  it('holds no role in another language either', () => {
    const draft = toPlainContact(
      parseContact('Organizador\nRodrigo Quispe <rquispe@andesgranos.example>\n\nRodrigo Quispe\n+51 987 555 014\n'),
    );
    assert.equal(draft.firstName, 'Rodrigo');
    assert.equal(draft.title, undefined);
  });
});
