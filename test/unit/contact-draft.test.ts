// Draft ↔ fields mapping on the shared definitions fixture.
import assert from 'node:assert/strict';
import {
  conformDraft,
  draftDisplayName,
  draftEmails,
  emptyValue,
  hasTypedValues,
  encodeDraft,
  validateDraft,
} from '../../src/contact/draft';
import { buildFormFields, FormField } from '../../src/contact/formFields';
import { recordDisplayName, recordWebLink } from '../../src/contact/record';
import { pendingCreateFor } from '../../src/contact/submission';
import { LightfieldRecord, ObjectDefinitions } from '../../src/lightfield/types';
import definitionsFixture from '../fixtures/contact-definitions.json';
import createdFixture from '../fixtures/contact-create-response.json';

const definitions = definitionsFixture as unknown as ObjectDefinitions;

describe('form fields from the definitions', () => {
  const { fields } = buildFormFields(definitions);

  it('offers every writable field, name, email, phone and title first, the rest in the workspace order', () => {
    assert.deepEqual(
      fields.map((f) => [f.key, f.label, f.kind, f.multiple]),
      [
        ['$name', 'Name', 'fullName', false],
        ['$email', 'Email', 'email', true],
        ['$phone', 'Phone', 'telephone', true],
        ['$title', 'Job title', 'text', false],
        ['$account', 'Accounts', 'account', true],
        ['$profilePhotoUrl', 'Profile photo', 'url', false],
        ['$linkedIn', 'LinkedIn', 'socialHandle', false],
        ['$twitter', 'Twitter', 'socialHandle', false],
        ['$instagram', 'Instagram', 'socialHandle', false],
        ['$doNotContact', 'Do not contact', 'checkbox', false],
        ['lead-source', 'Lead source', 'singleSelect', false],
        ['interests', 'Interests', 'multiSelect', true],
        ['icp-score', 'ICP score', 'number', false],
        ['annual-budget', 'Annual budget', 'currency', false],
      ],
    );
    assert.equal(fields.find((f) => f.key === 'annual-budget')?.currency, 'USD');
    assert.equal(fields.find((f) => f.key === '$linkedIn')?.handleService, 'LINKEDIN');
    assert.deepEqual(
      fields.find((f) => f.key === 'lead-source')?.options?.map((o) => o.label),
      ['Conference', 'Inbound', 'Referral'],
    );
  });

  it('hides the fields the user chose, by key or label', () => {
    const keys = buildFormFields(definitions, ['lead-source', 'instagram', ' TWITTER ']).fields.map((f) => f.key);
    assert.ok(!keys.includes('lead-source') && !keys.includes('$instagram') && !keys.includes('$twitter'));
    assert.ok(keys.includes('$linkedIn'));
  });

  it('leaves out read-only and display-only fields, and reports unknown value types', () => {
    const result = buildFormFields({
      objectType: 'contact',
      relationshipDefinitions: {},
      fieldDefinitions: {
        notes: { label: 'Notes', description: 'Free text', valueType: 'TEXT', readOnly: true, typeConfiguration: {} },
        'work-email': { label: 'Work email', description: null, valueType: 'EMAIL', typeConfiguration: {} },
        future: { label: 'Future', description: null, valueType: 'HOLOGRAM', typeConfiguration: {} },
        summary: { label: 'Summary', description: null, valueType: 'MARKDOWN', typeConfiguration: {} },
        fullName: { label: 'Full name', description: null, valueType: 'FULL_NAME', typeConfiguration: {} },
      },
    });
    assert.deepEqual(
      result.fields.map((f) => f.key),
      ['fullName', 'work-email'],
      'a renamed FULL_NAME field still leads; EMAIL is multi-value on contacts',
    );
    assert.deepEqual(result.unknownValueTypes, ['HOLOGRAM']);
  });

  it('keeps descriptions for hints', () => {
    assert.equal(fields.find((f) => f.key === '$email')?.description, 'Email addresses for this person.');
  });
});

describe('draft → create body', () => {
  const { fields } = buildFormFields(definitions);

  it('writes bare values: $name as an object, emails and phones as arrays, URL as a string', () => {
    const draft = conformDraft(
      {
        $name: { firstName: ' Ada ', lastName: 'Lovelace' },
        $email: ['ada@analytical-engines.example', '  ', 'ada@home.example'],
        $phone: ['+1 415 555 0123'],
        $title: 'Head of Engineering',
        $profilePhotoUrl: 'https://example.com/ada.png',
      },
      fields,
    );
    assert.deepEqual(
      encodeDraft(draft, fields).body,
      {
        fields: {
          $name: { firstName: 'Ada', lastName: 'Lovelace' },
          $email: ['ada@analytical-engines.example', 'ada@home.example'],
          $phone: ['+1 415 555 0123'],
          $title: 'Head of Engineering',
          $profilePhotoUrl: 'https://example.com/ada.png',
        },
      },
      'without a phone normalizer (the webview), phones go as typed',
    );
  });

  it('omits empty fields and empty name parts instead of sending ""', () => {
    const draft = conformDraft({ $name: { firstName: '', lastName: 'Lovelace' }, $email: [''], $title: '   ' }, fields);
    assert.deepEqual(encodeDraft(draft, fields).body, { fields: { $name: { lastName: 'Lovelace' } } });
  });

  it('conforms untrusted drafts to the fields: unknown keys dropped, wrong shapes emptied, sizes capped', () => {
    const draft = conformDraft(
      {
        $name: 'Ada Lovelace',
        bogus: 'x',
        $email: 'ada@analytical-engines.example',
        $title: ['CTO', 'CEO'],
        $phone: Array(50).fill('1'),
      },
      fields,
    );
    assert.deepEqual(draft.$name, { firstName: '', lastName: '' });
    assert.equal('bogus' in draft, false);
    assert.deepEqual(draft.$email, ['ada@analytical-engines.example']);
    assert.equal(draft.$title, 'CTO');
    assert.equal((draft.$phone as string[]).length, 20);
    assert.deepEqual(conformDraft(null, fields).$email, ['']);
  });

  it('gives every kind an empty value of its shape', () => {
    const byKind = (kind: FormField['kind'], multiple: boolean) =>
      emptyValue({ key: 'k', label: 'K', description: null, kind, multiple });
    assert.deepEqual(byKind('fullName', false), { firstName: '', lastName: '' });
    assert.deepEqual(byKind('email', true), ['']);
    assert.equal(byKind('text', false), '');
    assert.equal(byKind('checkbox', false), false);
    assert.deepEqual(byKind('multiSelect', true), []);
    assert.deepEqual(byKind('address', false), {
      street: '',
      street2: '',
      city: '',
      state: '',
      postalCode: '',
      country: '',
    });
  });
});

describe('draft validation', () => {
  const { fields } = buildFormFields(definitions);
  const validate = (raw: unknown) => validateDraft(conformDraft(raw, fields), fields);

  it('needs a name or an email', () => {
    assert.equal(validate({ $title: 'CTO' }).form, 'Enter a name or an email address.');
    assert.equal(validate({ $name: { firstName: 'Ada', lastName: '' } }).form, undefined);
    assert.equal(validate({ $email: ['ada@analytical-engines.example'] }).form, undefined);
  });

  it('flags malformed emails and URLs at their fields', () => {
    const errors = validate({
      $name: { firstName: 'Ada', lastName: '' },
      $email: ['ada@example.com', 'ada@', 'a b@example.com'],
      $profilePhotoUrl: 'example.com/ada',
    });
    assert.match(errors.fields.$email, /"ada@" is not an email address/);
    assert.match(errors.fields.$profilePhotoUrl, /not a web address/);
    for (const bad of ['ada', 'ada@example', 'ada@.example.com', 'ada@example..com', 'ada@example.com.']) {
      assert.ok(validate({ $email: [bad] }).fields.$email, bad);
    }
    assert.deepEqual(validate({ $email: ['ADA.Lovelace+crm@sub.analytical-engines.example'] }).fields, {});
  });
});

describe('display names and links', () => {
  const { fields } = buildFormFields(definitions);

  it('names a draft by its name, else its first email', () => {
    assert.equal(
      draftDisplayName(conformDraft({ $name: { firstName: 'Ada', lastName: 'Lovelace' } }, fields), fields),
      'Ada Lovelace',
    );
    assert.equal(
      draftDisplayName(conformDraft({ $email: ['', 'ada@example.com'] }, fields), fields),
      'ada@example.com',
    );
    assert.equal(draftDisplayName(conformDraft({}, fields), fields), undefined);
  });

  it('names a created record from its wrapped values and keeps only web links', () => {
    const record = createdFixture as unknown as LightfieldRecord;
    assert.equal(recordDisplayName(record), 'Ada Lovelace');
    assert.equal(recordWebLink(record), record.httpLink);
    assert.equal(recordWebLink({ ...record, httpLink: null }), undefined);
    assert.equal(recordWebLink({ ...record, httpLink: 'javascript:alert(1)' }), undefined);
    const emailOnly = {
      ...record,
      fields: {
        $name: { valueType: 'FULL_NAME', value: null },
        $email: { valueType: 'EMAIL', value: ['a@example.com'] },
      },
    };
    assert.equal(recordDisplayName(emailOnly), 'a@example.com');
  });
});

describe('idempotency key per user action', () => {
  let issued = 0;
  const newKey = () => `key-${++issued}`;
  const body = { fields: { $email: ['ada@example.com'] } };

  it('reuses the key while the body is the same, and takes a new one when it changes', () => {
    const first = pendingCreateFor(body, undefined, newKey);
    assert.equal(
      pendingCreateFor({ fields: { $email: ['ada@example.com'] } }, first, newKey).idempotencyKey,
      first.idempotencyKey,
    );
    const changed = pendingCreateFor({ fields: { $email: ['grace@example.com'] } }, first, newKey);
    assert.notEqual(changed.idempotencyKey, first.idempotencyKey);
  });
});

describe('typed values in a stored draft', () => {
  it('sees anything typed or checked, in any shape', () => {
    assert.equal(
      hasTypedValues({ $name: { firstName: '', lastName: ' ' }, $email: [''], $doNotContact: false }),
      false,
    );
    assert.equal(hasTypedValues({ $email: ['', 'ada@example.com'] }), true);
    assert.equal(hasTypedValues({ $account: { id: '', name: 'Acme' } }), true);
    assert.equal(hasTypedValues({ $doNotContact: true }), true);
    assert.equal(hasTypedValues(undefined), false);
  });
});

describe('the emails the duplicate check looks for while typing', () => {
  const { fields } = buildFormFields(definitions);

  it('takes the complete addresses of the email fields, trimmed, and nothing half typed', () => {
    const draft = conformDraft(
      { $email: [' ada@analytical-engines.example ', 'ada@', ''], $title: 'x@y.example' },
      fields,
    );
    assert.deepEqual(draftEmails(draft, fields), ['ada@analytical-engines.example']);
  });
});
