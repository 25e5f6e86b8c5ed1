// A listing's and an app store's buttons, badges and headings, and a profile's pronoun in brackets, are no role.
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

describe('page buttons and badges', () => {
  it("takes no listing's number button for the agent's title, in any language", () => {
    for (const button of ['Show number', 'Mostra telefono', 'Ver teléfono', 'Telefonnummer anzeigen', 'Pokaż numer']) {
      const got = toPlainContact(
        parseContact(
          `Harbour Lane Estates Ltd\n14 Quay Street, Bristol BS1 4DB\nContact: Imogen Tallis\n${button}  0117 496 0381\n`,
        ),
      );
      assert.equal(got.title, undefined, button);
      assert.equal(got.lastName, 'Tallis', button);
    }
  });

  it("takes no app store's badge or contact heading for the developer's title", () => {
    for (const badge of ['Contains ads', 'Enthält Werbung', 'Contiene anuncios']) {
      const got = toPlainContact(
        parseContact(`Fenella Ashworth-Boyce\n${badge}\n\nApp support\nfenella@tidepool.example\n`),
      );
      assert.equal(got.title, undefined, badge);
    }
  });

  it('takes a pronoun in brackets under the name for no title', () => {
    for (const pronoun of ['(Elle)', '(She)', '(they/them)']) {
      const got = toPlainContact(
        parseContact(
          `Amélie Fournier\n${pronoun}\nResponsable des achats chez Vallonne SAS\namelie@vallonne.example\n`,
        ),
      );
      assert.equal(got.title, 'Responsable des achats', pronoun);
    }
  });
});
