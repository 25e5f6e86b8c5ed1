// Writing every value type the way lightfield-api.md §6 documents it, and reading records back.
import assert from 'node:assert/strict';
import { conformDraft, encodeDraft } from '../../src/contact/draft';
import { buildFormFields } from '../../src/contact/formFields';
import { isEmptyValue, missingDetails, readField, recordDisplayName, recordEmails } from '../../src/contact/record';
import { toProfileUrl } from '../../src/contact/socialHandles';
import { workspaceFingerprint } from '../../src/services/workspaceStorage';
import { DefinitionsCache } from '../../src/services/definitionsCache';
import { LightfieldRecord, ObjectDefinitions } from '../../src/lightfield/types';
import { normalizePhoneNumber } from '../../src/parse/normalizePhone';
import allTypes from '../fixtures/contact-definitions-all-types.json';

const definitions = allTypes as unknown as ObjectDefinitions;
const { fields, unknownValueTypes } = buildFormFields(definitions);
const encode = (raw: Record<string, unknown>) =>
  encodeDraft(conformDraft(raw, fields), fields, {
    normalizePhone: (typed) => normalizePhoneNumber(typed, 'GB'),
    phoneCountry: 'GB',
  });
const ADA = { $name: { firstName: 'Ada', lastName: 'Lovelace' } };

describe('encoding every value type (lightfield-api.md §6)', () => {
  it('offers one control per writable type and reports the unknown one', () => {
    assert.deepEqual([...new Set(fields.map((f) => f.kind))].sort(), [
      'account',
      'address',
      'checkbox',
      'currency',
      'datetime',
      'email',
      'fullName',
      'multiSelect',
      'number',
      'singleSelect',
      'socialHandle',
      'telephone',
      'text',
      'url',
    ]);
    assert.deepEqual(unknownValueTypes, ['HOLOGRAM']);
    assert.ok(
      !fields.some((f) => ['summary', 'profile-html', '$lastInteractionAt'].includes(f.key)),
      'MARKDOWN, HTML and readOnly are not offered',
    );
  });

  it('writes each type in its documented shape', () => {
    const { body, errors } = encode({
      ...ADA,
      $email: ['ada@analytical-engines.example'],
      $phone: ['020 7946 0958', '+1 (202) 555-1234 ext. 100'],
      $title: 'Head of Engineering',
      $profilePhotoUrl: 'https://example.com/ada.png',
      'personal-site': ['https://ada.example', 'https://blog.ada.example'],
      $linkedIn: 'linkedin.com/in/ada-lovelace/',
      $twitter: '@ada_l',
      $instagram: 'https://www.instagram.com/ada.codes/',
      $facebook: 'ada.lovelace',
      $doNotContact: true,
      'lead-source': 'opt_01jb8x4k2m7n9p3q5r6s8t0v2x',
      interests: ['opt_01jb8x9a3b4c5d6e7f8g9h0j1k', 'opt_unknown', 'opt_01jb8x9a3b4c5d6e7f8g9h0j3n'],
      'icp-score': '7.25',
      'annual-budget': ' 1200.5 ',
      'first-met': '2026-03-16T12:00:00+01:00',
      $primaryAddress: {
        street: '12 St James Square',
        street2: '',
        city: 'London',
        state: '',
        postalCode: 'SW1Y 4JH',
        country: 'gb',
      },
      region: 'opt_reg_emea',
      territory: 'opt_ter_uk',
      nickname: '  Countess ',
    });
    assert.deepEqual(errors, { fields: {} });
    assert.deepEqual(body.fields, {
      $name: { firstName: 'Ada', lastName: 'Lovelace' },
      $email: ['ada@analytical-engines.example'],
      $phone: ['+442079460958', '+12025551234 x100'],
      $title: 'Head of Engineering',
      $profilePhotoUrl: 'https://example.com/ada.png',
      'personal-site': ['https://ada.example', 'https://blog.ada.example'],
      $linkedIn: 'https://linkedin.com/in/ada-lovelace',
      $twitter: 'https://x.com/ada_l',
      $instagram: 'https://www.instagram.com/ada.codes',
      $facebook: 'https://facebook.com/ada.lovelace',
      $doNotContact: true,
      'lead-source': 'opt_01jb8x4k2m7n9p3q5r6s8t0v2x',
      interests: ['opt_01jb8x9a3b4c5d6e7f8g9h0j1k', 'opt_01jb8x9a3b4c5d6e7f8g9h0j3n'],
      'icp-score': 7.25,
      'annual-budget': 1200.5,
      'first-met': '2026-03-16T12:00:00+01:00',
      $primaryAddress: { street: '12 St James Square', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' },
      region: 'opt_reg_emea',
      territory: 'opt_ter_uk',
      nickname: 'Countess',
    });
  });

  it('leaves out what is empty or unchecked', () => {
    const { body } = encode({
      ...ADA,
      $doNotContact: false,
      interests: [],
      $primaryAddress: { street: ' ', city: '' },
      'icp-score': '',
      'first-met': '',
    });
    assert.deepEqual(body.fields, { $name: { firstName: 'Ada', lastName: 'Lovelace' } });
  });

  it('says what is wrong with each kind of bad value, at its field', () => {
    const { errors } = encode({
      ...ADA,
      $phone: ['12'],
      'icp-score': '7.255',
      'annual-budget': '1,200',
      'first-met': '16/03/2026',
      $primaryAddress: { country: 'XX' },
      $linkedIn: 'https://example.com/ada',
      $twitter: 'this handle is far too long',
      'personal-site': ['ada.example'],
      region: 'opt_reg_amer',
      territory: 'opt_ter_uk',
    });
    assert.deepEqual(Object.keys(errors.fields).sort(), [
      '$linkedIn',
      '$phone',
      '$primaryAddress',
      '$twitter',
      'annual-budget',
      'first-met',
      'icp-score',
      'personal-site',
      'territory',
    ]);
    assert.match(
      errors.fields.$phone,
      /"12" is not a phone number\. Include the country code.*read as GB numbers \(setting lightfield\.defaultPhoneCountry\)/,
    );
    assert.match(errors.fields['icp-score'], /at most 2 decimals/);
    assert.match(errors.fields['annual-budget'], /not a number/);
    assert.match(errors.fields.territory, /"United Kingdom" does not go with the Region chosen/);
    assert.match(errors.fields.$linkedIn, /not a LinkedIn profile/);
  });

  it('links the company under relationships, and will not drop a company that was only typed', () => {
    const account = fields.find((f) => f.kind === 'account');
    assert.deepEqual([account?.key, account?.label, account?.multiple], ['$account', 'Accounts', true]);
    assert.equal(fields.indexOf(account!), 4, 'after name, email, phone and title');
    const linked = encode({ ...ADA, $account: { id: 'acc_cm4stu901uvw234', name: 'Analytical Engines' } });
    assert.deepEqual(linked.body.relationships, { $account: ['acc_cm4stu901uvw234'] });
    assert.equal('$account' in linked.body.fields, false);
    assert.match(
      encode({ ...ADA, $account: { id: '', name: 'Acme Robotics' } }).errors.fields.$account,
      /Choose the company "Acme Robotics" from the list, or create it/,
    );
    assert.equal(encode({ ...ADA, $account: { id: '', name: ' ' } }).body.relationships, undefined);
  });

  it('refuses numbers beyond what the API stores exactly', () => {
    assert.match(encode({ ...ADA, 'icp-score': '9007199254740993' }).errors.fields['icp-score'], /too large/);
    assert.equal(encode({ ...ADA, 'icp-score': '-42' }).body.fields['icp-score'], -42);
  });

  it('conforms untrusted select values to the options', () => {
    const draft = conformDraft(
      { 'lead-source': 'opt_evil', interests: ['opt_01jb8x9a3b4c5d6e7f8g9h0j1k', 42] },
      fields,
    );
    assert.equal(draft['lead-source'], '');
    assert.deepEqual(draft.interests, ['opt_01jb8x9a3b4c5d6e7f8g9h0j1k']);
  });
});

describe('social handles → profile URLs', () => {
  const cases: [string, string, string][] = [
    ['TWITTER', 'https://twitter.com/ada_l?ref=sig', 'https://x.com/ada_l'],
    ['TWITTER', 'x.com/ada_l', 'https://x.com/ada_l'],
    ['LINKEDIN', 'ada-lovelace', 'https://linkedin.com/in/ada-lovelace'],
    ['LINKEDIN', 'https://de.linkedin.com/in/ada-lovelace-1815', 'https://linkedin.com/in/ada-lovelace-1815'],
    [
      'LINKEDIN',
      'https://www.linkedin.com/company/analytical-engines/',
      'https://linkedin.com/company/analytical-engines',
    ],
    ['INSTAGRAM', '@ada.codes', 'https://www.instagram.com/ada.codes'],
    ['FACEBOOK', 'https://m.facebook.com/ada.lovelace', 'https://facebook.com/ada.lovelace'],
  ];
  for (const [service, typed, url] of cases) {
    it(`${service}: ${typed}`, () => assert.deepEqual(toProfileUrl(typed, service), { ok: true, url }));
  }

  it('refuses another site and keeps any web address for an unknown service', () => {
    assert.equal(toProfileUrl('https://x.com/ada', 'LINKEDIN').ok, false);
    assert.equal(toProfileUrl('linkedin.com', 'LINKEDIN').ok, false);
    assert.deepEqual(toProfileUrl('https://mastodon.example/@ada', 'MASTODON'), {
      ok: true,
      url: 'https://mastodon.example/@ada',
    });
    assert.equal(toProfileUrl('@ada', 'MASTODON').ok, false);
  });
});

describe('reading records back', () => {
  const record = {
    fields: {
      $name: { valueType: 'FULL_NAME', value: { firstName: 'Ada', lastName: 'Lovelace' } },
      $email: { valueType: 'EMAIL', value: ['Ada@Analytical-Engines.example'] },
      $phone: { valueType: 'TELEPHONE', value: [] },
      $title: { valueType: 'TEXT', value: null },
      nickname: { valueType: 'TEXT', value: '  ' },
      $primaryAddress: { valueType: 'ADDRESS', value: { street: null, city: '' } },
      hologram: { valueType: 'HOLOGRAM', value: { beam: 3 } },
      bare: 'a value without its wrapper',
    },
  } as unknown as LightfieldRecord;

  it('unwraps values and treats null, missing and empty alike', () => {
    assert.deepEqual(readField(record, '$email'), { valueType: 'EMAIL', value: ['Ada@Analytical-Engines.example'] });
    for (const key of ['$phone', '$title', 'nickname', '$primaryAddress', 'missing'])
      assert.equal(readField(record, key), undefined, key);
    assert.deepEqual(
      readField(record, 'hologram'),
      { valueType: 'HOLOGRAM', value: { beam: 3 } },
      'unknown types are kept, not dropped',
    );
    assert.deepEqual(readField(record, 'bare'), { valueType: undefined, value: 'a value without its wrapper' });
    assert.deepEqual(readField({ fields: null } as unknown as LightfieldRecord, '$email'), undefined);
  });

  it('knows empty from set', () => {
    assert.deepEqual([null, undefined, '', ' ', [], [''], {}, { a: null }].map(isEmptyValue), Array(8).fill(true));
    assert.deepEqual([0, false, 'x', ['x'], { a: 'x' }].map(isEmptyValue), Array(5).fill(false));
  });

  it('picks only the details the record lacks', () => {
    const wanted = {
      $email: ['other@example.com'],
      $phone: ['+14155550123'],
      $title: 'CTO',
      nickname: 'Countess',
      $name: { firstName: 'Augusta' },
    };
    assert.deepEqual(missingDetails(record, wanted), { $phone: ['+14155550123'], $title: 'CTO', nickname: 'Countess' });
  });

  it('names records and reads their emails in either shape', () => {
    assert.equal(recordDisplayName(record), 'Ada Lovelace');
    assert.deepEqual(recordEmails(record), ['Ada@Analytical-Engines.example']);
    assert.deepEqual(
      recordEmails({
        fields: { $email: { valueType: 'EMAIL', value: 'member@example.com' } },
      } as unknown as LightfieldRecord),
      ['member@example.com'],
    );
  });
});

describe('definitions cache', () => {
  it('keeps definitions per base URL and workspace, keyed by a fingerprint, never the key', async () => {
    const stored = new Map<string, unknown>();
    const storage = {
      get: <T>(key: string) => stored.get(key) as T | undefined,
      update: async (key: string, value: unknown) => void stored.set(key, value),
    };
    const cache = new DefinitionsCache(storage, () => 1234);
    await cache.put('https://api.lightfield.app', 'sk_lf_secret_one', definitions);

    assert.deepEqual(cache.get('https://api.lightfield.app', 'sk_lf_secret_one'), { definitions, fetchedAt: 1234 });
    assert.equal(cache.get('https://api.lightfield.app', 'sk_lf_secret_two'), undefined);
    assert.equal(cache.get('http://127.0.0.1:4010', 'sk_lf_secret_one'), undefined);
    const [key] = stored.keys();
    assert.ok(!key.includes('secret') && key.includes(workspaceFingerprint('sk_lf_secret_one')));
  });
});
