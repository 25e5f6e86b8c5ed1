// Where the roles of a sender whose chosen name line heads none are read (message.ts signOff,
// samePerson), and where a company closed by its legal form ends (roles.ts closedByLegalForm).
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

describe('the roles of a sender whose name line heads none', () => {
  it("reads them under the chat author's sign-off with the given name alone after a dash", () => {
    const c = toPlainContact(
      parseContact(
        'Daniela Ortiz  9:02 AM\nMorning! The samples ship today.\n\n— Daniela\nPartnerships Lead, Brightfern Studio\n' +
          'daniela@brightfern.example\n\nTom Reyes  9:10 AM\nGreat, thanks.\n',
      ),
    );
    assert.equal(c.title, 'Partnerships Lead');
    assert.equal(c.company, 'Brightfern Studio');
  });

  it("takes no title from a colleague's block below a name with none", () => {
    const c = toPlainContact(
      parseContact(
        'Hi Laura,\n\nSee you then.\n\nWalter Smith\nwalter.smith@brightline.example\n\nAnna Keller\nExecutive Assistant to the CEO\n',
      ),
    );
    assert.equal(c.firstName, 'Walter');
    assert.equal(c.title, undefined);
  });
});

describe('a company closed by its legal form', () => {
  it('ends at the last comma part ending in a legal form, the city after it cut off', () => {
    const c = toPlainContact(
      parseContact(
        'Best regards,\n\nKenji Watanabe\nSales Manager, Aoba Trading Co., Ltd., Tokyo\nkenji.watanabe@aoba-trading.example\n',
      ),
    );
    assert.equal(c.title, 'Sales Manager');
    assert.equal(c.company, 'Aoba Trading Co., Ltd.');
  });
});
