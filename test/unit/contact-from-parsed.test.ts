// Parsed text → the workspace's own fields, on workspaces with and without the system fields.
import assert from 'node:assert/strict';
import { buildFormFields } from '../../src/contact/formFields';
import { draftFromParsed, isEmptyParse } from '../../src/contact/fromParsed';
import { encodeDraft } from '../../src/contact/draft';
import { formatPhoneNumber, normalizePhoneNumber } from '../../src/parse/normalizePhone';
import { ObjectDefinitions } from '../../src/lightfield/types';
import type { PlainContact } from '../../src/parse/plain';
import allTypes from '../fixtures/contact-definitions-all-types.json';
import custom from '../fixtures/contact-definitions-custom.json';
import standard from '../fixtures/contact-definitions.json';

const fieldsOf = (definitions: unknown) => buildFormFields(definitions as ObjectDefinitions).fields;

const ADA: PlainContact = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@analytical-engines.example',
  title: 'Head of Engineering',
  company: 'Analytical Engines Ltd',
  phones: [
    { number: '+442079460958', type: 'work' },
    { number: '+447700900123', type: 'mobile' },
  ],
  fax: ['+442079460959'],
  website: 'https://analytical-engines.example',
  linkedin: 'https://www.linkedin.com/in/ada-lovelace',
  twitter: 'ada_l',
  address: '12 St James Square, London SW1Y 4JH, United Kingdom',
  addressParts: { street: '12 St James Square', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' },
};

describe('parsed contact → form draft', () => {
  it('fills the system fields by key and reports what has no field', () => {
    const fields = fieldsOf(standard);
    const { draft, fromText, unsaved } = draftFromParsed(ADA, fields);
    assert.deepEqual(encodeDraft(draft, fields).body.fields, {
      $name: { firstName: 'Ada', lastName: 'Lovelace' },
      $email: ['ada@analytical-engines.example'],
      $phone: ['+442079460958', '+447700900123'],
      $title: 'Head of Engineering',
      $linkedIn: 'https://linkedin.com/in/ada-lovelace',
      $twitter: 'https://x.com/ada_l',
    });
    assert.deepEqual(fromText.sort(), ['$email', '$linkedIn', '$name', '$phone', '$title', '$twitter']);
    assert.deepEqual(unsaved, [
      { what: 'Fax', value: '+442079460959' },
      { what: 'Company', value: 'Analytical Engines Ltd' },
      { what: 'Website', value: 'https://analytical-engines.example' },
      { what: 'Address', value: '12 St James Square, London SW1Y 4JH, United Kingdom' },
    ]);
  });

  it('shows found numbers formatted for reading, and sends them as E.164', () => {
    const fields = fieldsOf(standard);
    const prefill = (country: string) =>
      draftFromParsed(ADA, fields, { formatPhone: (number) => formatPhoneNumber(number, country) });
    // +447700900123 is in Ofcom's drama range, which the metadata does not know: it stays as found.
    assert.deepEqual(prefill('GB').draft.$phone, ['020 7946 0958', '+447700900123']);
    assert.deepEqual(prefill('US').draft.$phone, ['+44 20 7946 0958', '+447700900123']);
    assert.deepEqual(prefill('GB').unsaved[0], { what: 'Fax', value: '020 7946 0959' });
    const shown = draftFromParsed({ ...ADA, phones: [{ number: '+442079460958', type: 'work' }] }, fields, {
      formatPhone: (number) => formatPhoneNumber(number, 'GB'),
    }).draft;
    const normalizePhone = (typed: string) => normalizePhoneNumber(typed, 'GB');
    assert.deepEqual(encodeDraft(shown, fields, { normalizePhone }).body.fields.$phone, ['+442079460958']);
  });

  it('uses custom fields by type and label where the system fields are missing', () => {
    const fields = fieldsOf(custom);
    const { draft, fromText, unsaved } = draftFromParsed(ADA, fields);
    assert.deepEqual(encodeDraft(draft, fields).body.fields, {
      'full-name': { firstName: 'Ada', lastName: 'Lovelace' },
      'work-email': ['ada@analytical-engines.example'],
      office: ['+442079460958'],
      mobile: ['+447700900123'],
      'fax-line': ['+442079460959'],
      position: 'Head of Engineering',
      employer: 'Analytical Engines Ltd',
      homepage: 'https://analytical-engines.example',
      li: 'https://linkedin.com/in/ada-lovelace',
    });
    assert.ok(!fromText.includes('source'));
    assert.deepEqual(unsaved, [
      { what: 'X (Twitter)', value: 'ada_l' },
      { what: 'Address', value: '12 St James Square, London SW1Y 4JH, United Kingdom' },
    ]);
  });

  it('puts the address parts into an ADDRESS field', () => {
    const fields = fieldsOf(allTypes);
    const { draft } = draftFromParsed(ADA, fields);
    assert.deepEqual(encodeDraft(draft, fields).body.fields.$primaryAddress, {
      street: '12 St James Square',
      city: 'London',
      postalCode: 'SW1Y 4JH',
      country: 'GB',
    });
  });

  it('puts a country-only address into the country, not the street', () => {
    const fields = fieldsOf(allTypes);
    const { draft } = draftFromParsed({ ...ADA, address: 'GB', addressParts: { country: 'GB' } }, fields);
    assert.deepEqual(encodeDraft(draft, fields).body.fields.$primaryAddress, { country: 'GB' });
  });

  it('reports a second number for a one-value phone field instead of dropping it', () => {
    const fields = fieldsOf(custom);
    const { unsaved } = draftFromParsed(
      {
        ...ADA,
        phones: [
          { number: '+447700900123', type: 'mobile' },
          { number: '+447700900124', type: 'mobile' },
        ],
        fax: [],
      },
      fields,
    );
    assert.deepEqual(unsaved[0], { what: 'Phone', value: '+447700900124' });
  });

  it('knows an empty parse', () => {
    assert.equal(isEmptyParse({ phones: [], fax: [] }), true);
    assert.equal(isEmptyParse({ phones: [], fax: [], company: 'Acme' }), true);
    assert.equal(isEmptyParse({ phones: [], fax: [], email: 'a@b.example' }), false);
  });
});
