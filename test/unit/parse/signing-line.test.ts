// A name, title and company on one line (message.ts nameCandidates): it signs for one person, a list of people does not.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const people =
  'Jane Doe, Project Manager, Acme Ltd\nJohn Roe, Lead Engineer, Acme Ltd\nMark Poe, Data Analyst, Acme Ltd\n';

describe('a name-and-role line', () => {
  it('signs the message under a sign-off, with nothing under it', () => {
    const c = toPlainContact(
      parseContact(
        'Thanks for the help.\n\nKind regards,\nLiesel Brandauer-Kim, Lead Structural Engineer, Fernhollow LLC\n',
      ),
    );
    assert.equal(c.firstName, 'Liesel');
    assert.equal(c.company, 'Fernhollow LLC');
  });

  it('does not sign as the first of a list of people in the last paragraph or under a sign-off', () => {
    for (const text of [
      `Hi all,\n\nPlease find the agenda attached.\n\n${people}`,
      `Hi all,\n\nPlease find the agenda attached.\n\nKind regards,\n${people}`,
    ])
      assert.equal(toPlainContact(parseContact(text)).firstName, undefined);
  });
});

describe('a sign-off abbreviated with a point on the name’s line', () => {
  it('is read past to the name (`Atte. Raúl Medina`), as after a comma', () => {
    const c = toPlainContact(parseContact('Atte. Raúl Medina Soto – Gerente Comercial – rmedina@textilsur.example\n'));
    assert.equal(c.firstName, 'Raúl');
    assert.equal(c.lastName, 'Medina Soto');
  });

  it('does not read a sentence after a thanks as a name', () => {
    assert.equal(toPlainContact(parseContact('Thanks. Will send it Monday.\n')).firstName, undefined);
  });
});
