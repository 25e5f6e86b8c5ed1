// A CRM record's owner (message.ts recordOwners): the salesperson a `Contact owner:` or `Propietario del prospecto:`
// field names is not the record's person, wherever else the record writes their name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a CRM record’s owner', () => {
  it('is not the contact though the timeline shows their own mail', () => {
    const draft = parse(
      'Nadia Ferreira-Holt\nOperations Manager at Quayline Freight Ltd\n\n' +
        'Email · Owen Pryce <owen.pryce@saleshub.example> to Nadia Ferreira-Holt\n\n' +
        'Email  nadia.fh@quayline.example\nContact owner  Owen Pryce\n',
    );
    assert.equal(draft.firstName, 'Nadia');
    assert.equal(draft.email, 'nadia.fh@quayline.example');
  });

  it('is not the contact when labelled in another language, the record’s name field naming the person', () => {
    const draft = parse(
      'Fiche contact\nNom du contact : Lucie Bertrand\nE-mail : l.bertrand@atelier-rive.example\n' +
        'Propriétaire du contact : Hugo Marchal\n',
    );
    assert.equal(draft.firstName, 'Lucie');
    assert.equal(draft.lastName, 'Bertrand');
  });

  it('gives no title when its label runs to three words, nor does the record’s kind over the name', () => {
    const draft = parse(
      'Lead\nSr. Tomás Ibarra Quintana\nNombre de la cuenta: Grúas Ibarra S.A.\n' +
        'Correo electrónico: t.ibarra@gruasibarra.example\nPropietario del contacto: Lidia Paredes\n',
    );
    assert.equal(draft.title, undefined);
    assert.equal(draft.company, 'Grúas Ibarra S.A.');
  });

  it('leaves a bare owner label, a listing’s owner being its contact', () => {
    const draft = parse('Owner: Priya Nair\npriya@nairbakes.example\n');
    assert.equal(draft.firstName, 'Priya');
  });
});
