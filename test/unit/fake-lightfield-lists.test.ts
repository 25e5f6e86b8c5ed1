// Tests of the stand-in's second half, over real HTTP: lists and their filters (§7, §13), index lag,
// accounts (§13), contact update (§8) and rate limits (§11). fake-lightfield.test.ts covers the rest.
import * as assert from 'node:assert/strict';
import accountDefinitions from '../fixtures/account-definitions.json';
import {
  READ_ONLY_KEY,
  startFakeLightfield,
  type FakeLightfield,
  type FakeLightfieldOptions,
  type LightfieldRecord,
  type ListResponse,
} from '../fake-lightfield/server';
import { ALL_TYPES, callApi, expectError, field, recordOf, type CallOptions } from '../fake-lightfield/testing';

let fake: FakeLightfield;

async function start(options?: FakeLightfieldOptions): Promise<void> {
  await fake?.close();
  fake = await startFakeLightfield(options);
}

const call = (path: string, options?: CallOptions) => callApi(fake.url, path, options);
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => call(path, { body, headers });

function listOf(answer: { status: number; body: unknown }): ListResponse {
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  const list = answer.body as ListResponse;
  assert.equal(list.object, 'list');
  return list;
}

const ids = (list: ListResponse) => list.data.map((record) => record.id);

afterEach(async () => {
  await fake?.close();
});

/** §7's table, written out again independently of lists.ts: the operators each type allows. */
const ALLOWED: Record<string, string[]> = {
  text: ['equal', 'startsWith'],
  name: ['equal', 'startsWith'],
  linkedIn: ['equal', 'startsWith'],
  address: ['equal', 'startsWith'],
  number: ['equal', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual'],
  budget: ['equal', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual'],
  met: ['equal', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual'],
  vip: ['equal'],
  stage: ['equal'],
  x: ['equal', 'startsWith'],
  computed: ['equal', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual'],
  emails: ['contains'],
  phones: ['contains'],
  sites: ['contains'],
  photo: ['contains'],
  tags: [],
  notes: [],
  summary: [],
};
const OPERATORS = [
  'equal',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'startsWith',
  'contains',
];
/** A value each type can compare against. */
const SAMPLE: Record<string, string> = {
  number: '1',
  budget: '1',
  computed: '1',
  met: '2026-01-01T00:00:00Z',
  vip: 'true',
  stage: 'opt_a',
  tags: 'opt_a',
};

describe('fake Lightfield: list filters (§7, §15.6)', () => {
  let a: LightfieldRecord, b: LightfieldRecord, c: LightfieldRecord;
  beforeEach(async () => {
    // The operator matrix below sends ~200 lists at once: more than §11's 25/s Search budget.
    await start({ definitions: ALL_TYPES, rateLimitPerSecond: 1000 });
    a = fake.seedContact({
      text: 'Alpha Centauri',
      number: 10,
      budget: 100.5,
      met: '2026-03-01T00:00:00Z',
      vip: true,
      stage: 'opt_a',
      emails: ['Ada@X.example', 'ada+crm@work.example'],
      phones: ['+12025551234'],
      sites: ['https://alpha.example'],
      address: { city: 'Berlin', country: 'DE' },
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      linkedIn: 'https://linkedin.com/in/ada',
    });
    b = fake.seedContact({
      text: 'beta',
      number: 20,
      met: '2026-04-01T00:00:00Z',
      vip: false,
      stage: 'opt_b',
      emails: ['bob@y.example'],
      address: { city: 'London' },
      name: { firstName: 'Bob', lastName: 'Babbage' },
    });
    c = fake.seedContact({ number: 30, text: '' });
  });

  /** [query, records expected, in creation order]. */
  const CASES: [string, () => LightfieldRecord[]][] = [
    ['number[equal]=10', () => [a]],
    ['number=20', () => [b]],
    ['number[greaterThan]=10', () => [b, c]],
    ['number[greaterThanOrEqual]=20', () => [b, c]],
    ['number[lessThan]=20', () => [a]],
    ['number[lessThanOrEqual]=20', () => [a, b]],
    ['number[-equal]=10', () => [b, c]],
    ['number[-lessThan]=20', () => [b, c]],
    ['number[greaterThan]=5&number[lessThan]=25', () => [a, b]],
    ['budget[greaterThan]=100', () => [a]],
    ['met[lessThan]=2026-03-15', () => [a]],
    ['met[greaterThanOrEqual]=2026-04-01T02:00:00%2B02:00', () => [b]],
    ['met[equal]=2026-04-01T00:00:00.000Z', () => [b]],
    ['text[equal]=beta', () => [b]],
    ['text=beta', () => [b]],
    ['text[equal]=Beta', () => []],
    ['text[startsWith]=alp', () => [a]],
    ['text[startsWith]=', () => [a, b]],
    ['text[-startsWith]=', () => [c]],
    ['text[-equal]=beta', () => [a, c]],
    ['name[equal]=Ada%20Lovelace', () => [a]],
    ['name[equal]=Ada', () => []],
    ['name[startsWith]=bob%20b', () => [b]],
    ['name[-equal]=Ada%20Lovelace', () => [b, c]],
    ['name[startsWith]=', () => [a, b]],
    ['emails[contains]=ada@', () => [a]],
    ['emails[contains]=ADA@X', () => [a]],
    ['emails[contains]=work.example', () => [a]],
    ['emails=bob', () => [b]],
    ['emails[-contains]=example', () => [c]],
    ['emails[contains]=ada%2Bcrm', () => [a]],
    ['emails[contains]=ada+crm', () => []],
    ['phones[contains]=(202)%20555-1234', () => [a]],
    ['sites[contains]=alpha', () => [a]],
    ['address[equal]=Berlin', () => [a]],
    ['address[startsWith]=Lon', () => [b]],
    ['address[startsWith]=', () => [a, b]],
    ['linkedIn[startsWith]=https://linkedin.com/in/', () => [a]],
    ['linkedIn[equal]=https://linkedin.com/in/ada', () => [a]],
    ['vip[equal]=true', () => [a]],
    ['vip=false', () => [b, c]],
    ['stage[equal]=opt_b', () => [b]],
    ['stage=Alpha', () => [a]],
    ['stage[-equal]=opt_a', () => [b, c]],
    ['number[greaterThan]=5&emails[contains]=example', () => [a, b]],
    ['text[startsWith]=a&number[equal]=20', () => []],
  ];

  for (const [query, expected] of CASES) {
    it(`?${query}`, async () => {
      const list = listOf(await call(`/v1/contacts?${query}`));
      assert.deepEqual(
        ids(list),
        expected().map((r) => r.id),
      );
      assert.equal(list.totalCount, expected().length);
    });
  }

  it('allows exactly the operators §7 lists per type, negated or not', async () => {
    for (const [key, allowed] of Object.entries(ALLOWED)) {
      for (const operator of OPERATORS) {
        for (const prefix of ['', '-']) {
          const name = `${key}[${prefix}${operator}]`;
          const answer = await call(`/v1/contacts?${name}=${encodeURIComponent(SAMPLE[key] ?? 'x')}`);
          if (allowed.includes(operator)) assert.equal(answer.status, 200, `${name}: ${JSON.stringify(answer.body)}`);
          else expectError(answer, 400, { type: 'bad_request', code: 'invalid_type', param: name });
        }
      }
    }
  });

  it('refuses a key without an allowed default operator, unknown operators, keys and bad values', async () => {
    expectError(await call('/v1/contacts?tags=opt_a'), 400, { code: 'invalid_type', param: 'tags' });
    expectError(await call('/v1/contacts?text[like]=x'), 400, { code: 'invalid_type', param: 'text[like]' });
    expectError(await call('/v1/contacts?text[]=x'), 400, { code: 'invalid_type', param: 'text[]' });
    expectError(await call('/v1/contacts?text[-]=x'), 400, { code: 'invalid_type', param: 'text[-]' });
    expectError(await call('/v1/contacts?bogus[equal]=1'), 400, { code: 'unknown_field', param: 'bogus[equal]' });
    expectError(await call('/v1/contacts?%24account%5Bcontains%5D=acc_1'), 400, {
      code: 'unknown_field',
      param: '$account[contains]',
    });
    expectError(await call('/v1/contacts?toString=1'), 400, { code: 'unknown_field', param: 'toString' });
    expectError(await call('/v1/contacts?text[equal][x]=1'), 400, { code: 'unknown_field' });
    for (const bad of ['number[equal]=abc', 'number[equal]=', 'met[lessThan]=soon', 'vip=yes', 'stage=opt_zzz']) {
      expectError(await call(`/v1/contacts?${bad}`), 400, { code: 'invalid_type', param: bad.split('=')[0] });
    }
  });

  it('lets equal ignore case too, or nothing, by option', async () => {
    await start({ definitions: ALL_TYPES, caseInsensitiveMatch: 'all' });
    const beta = fake.seedContact({ text: 'beta', emails: ['Ada@X.example'] });
    assert.deepEqual(ids(listOf(await call('/v1/contacts?text[equal]=BETA'))), [beta.id]);
    await start({ definitions: ALL_TYPES, caseInsensitiveMatch: 'none' });
    fake.seedContact({ text: 'beta', emails: ['Ada@X.example'] });
    assert.equal(listOf(await call('/v1/contacts?text[startsWith]=Bet')).totalCount, 0);
    assert.equal(listOf(await call('/v1/contacts?emails[contains]=ada@x')).totalCount, 0);
    assert.equal(listOf(await call('/v1/contacts?emails[contains]=Ada@X')).totalCount, 1);
  });
});

describe('fake Lightfield: list paging and envelope (§7)', () => {
  beforeEach(() => start());

  it('answers {object, data, totalCount} in creation order; limit defaults to 25', async () => {
    const seeded = Array.from({ length: 30 }, (_, i) => fake.seedContact({ $title: `T${i}` }).id);
    const first = listOf(await call('/v1/contacts'));
    assert.deepEqual(Object.keys(first).sort(), ['data', 'object', 'totalCount']);
    assert.deepEqual(ids(first), seeded.slice(0, 25));
    assert.equal(first.totalCount, 30);
    assert.deepEqual(first.data[0], fake.contacts()[0], 'full records');
    assert.deepEqual(ids(listOf(await call('/v1/contacts?limit=10&offset=10'))), seeded.slice(10, 20));
    const last = listOf(await call('/v1/contacts?offset=25&limit=25'));
    assert.deepEqual(ids(last), seeded.slice(25), 'the last page is shorter than limit');
    assert.deepEqual(ids(listOf(await call('/v1/contacts?offset=30'))), []);
    assert.deepEqual(ids(listOf(await call('/v1/contacts?limit=1&offset=29'))), seeded.slice(29));
    assert.equal(listOf(await call('/v1/contacts?limit=25')).data.length, 25);
  });

  it("finds duplicates by Lightfield's own recipe, with raw and percent-encoded keys alike", async () => {
    const ada = fake.seedContact({ $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada@example.com'] });
    fake.seedContact({ $email: ['bob@example.com'] });
    assert.deepEqual(ids(listOf(await call('/v1/contacts?$email[contains]=ada@example.com&limit=25'))), [ada.id]);
    assert.deepEqual(ids(listOf(await call('/v1/contacts?%24email%5Bcontains%5D=ada%40example.com&limit=25'))), [
      ada.id,
    ]);
    assert.deepEqual(ids(listOf(await call('/v1/contacts?$name[startsWith]=Ada'))), [ada.id]);
    assert.deepEqual(ids(listOf(await call('/v1/contacts?%24name%5BstartsWith%5D=Ada'))), [ada.id]);
    assert.deepEqual(
      fake.requests.map((r) => r.query.split('=')[0]),
      ['$email[contains]', '%24email%5Bcontains%5D', '$name[startsWith]', '%24name%5BstartsWith%5D'],
      'sent as written',
    );
  });

  it('refuses limit outside 1–25 and offsets that are not whole numbers >= 0', async () => {
    for (const limit of ['0', '26', '-1', 'abc', '2.5', '', '1e1']) {
      expectError(await call(`/v1/contacts?limit=${limit}`), 400, {
        type: 'bad_request',
        code: 'invalid_type',
        param: 'limit',
      });
    }
    for (const offset of ['-1', 'x', '1.5', '']) {
      expectError(await call(`/v1/contacts?offset=${offset}`), 400, {
        type: 'bad_request',
        code: 'invalid_type',
        param: 'offset',
      });
    }
    assert.equal((await call('/v1/contacts?limit=1&offset=0')).status, 200);
  });

  it('needs contacts:read / accounts:read', async () => {
    assert.equal((await call('/v1/contacts', { headers: { authorization: `Bearer ${READ_ONLY_KEY}` } })).status, 200);
    const answer = await call('/v1/accounts', { headers: { authorization: `Bearer ${READ_ONLY_KEY}` } });
    expectError(answer, 403, { type: 'forbidden', message: "Token does not have the 'accounts:read' scope." });
  });
});

describe('fake Lightfield: index lag (§7, §15.6)', () => {
  let clock: number;
  beforeEach(() => {
    clock = Date.parse('2026-11-20T15:00:00Z');
    return start({ now: () => clock, indexLagMs: 1000 });
  });

  it('lists a created record only after indexLagMs, while GET by id finds it at once', async () => {
    const record = recordOf(await post('/v1/contacts', { fields: { $title: 'New' } }));
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 0);
    assert.equal(listOf(await call('/v1/contacts?$title[equal]=New')).totalCount, 0);
    assert.deepEqual(recordOf(await call(`/v1/contacts/${record.id}`)), record);
    clock += 999;
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 0);
    clock += 1;
    assert.deepEqual(ids(listOf(await call('/v1/contacts?$title[equal]=New'))), [record.id]);
  });

  it('lags accounts too; seeded records are listed at once', async () => {
    const created = recordOf(await post('/v1/accounts', { fields: { $name: 'Acme Corp' } }));
    const seeded = fake.seedAccount({ $name: 'Acme Labs' });
    assert.deepEqual(ids(listOf(await call('/v1/accounts?$name[startsWith]=Acme'))), [seeded.id]);
    clock += 1000;
    assert.deepEqual(ids(listOf(await call('/v1/accounts?$name[startsWith]=Acme'))), [created.id, seeded.id]);
  });

  it('can be changed by method and admin route; reset() restores the option', async () => {
    recordOf(await post('/v1/contacts', { fields: {} }));
    fake.setIndexLag(0);
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 1);
    fake.reset();
    recordOf(await post('/v1/contacts', { fields: {} }));
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 0, 'lag of the option again');
    const admin = (ms: unknown) =>
      fetch(`${fake.url}/__fake/index-lag`, { method: 'POST', body: JSON.stringify({ ms }) });
    assert.equal((await admin(0)).status, 204);
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 1);
    assert.equal((await admin(-1)).status, 400);
    assert.equal((await admin('5')).status, 400);
    assert.throws(() => fake.setIndexLag(-5), RangeError);
  });
});

describe('fake Lightfield: accounts (§13)', () => {
  beforeEach(() => start());
  const createAccount = (body: unknown, key?: string) =>
    post('/v1/accounts', body, key === undefined ? {} : { 'idempotency-key': key });

  it('serves the account definitions fixture, or the ones given', async () => {
    assert.deepEqual((await call('/v1/accounts/definitions')).body, accountDefinitions);
    const custom = {
      objectType: 'account',
      fieldDefinitions: { $name: field('TEXT'), size: field('NUMBER') },
      relationshipDefinitions: {},
    };
    await start({ accountDefinitions: custom });
    assert.deepEqual((await call('/v1/accounts/definitions')).body, custom);
    assert.equal(recordOf(await createAccount({ fields: { $name: 'Acme', size: 12 } })).fields.size.value, 12);
  });

  it('creates an account from the minimal body and the common extras', async () => {
    const record = recordOf(
      await createAccount({
        fields: {
          $name: 'Acme Corp',
          $website: 'https://acme.example',
          $linkedIn: 'https://linkedin.com/company/acme',
          $primaryAddress: { city: 'Berlin', country: 'DE' },
        },
      }),
    );
    assert.match(record.id, /^acc_[0-9a-z]+$/);
    assert.equal(record.httpLink, `https://crm.lightfield.app/crm/accounts/${record.id}`);
    assert.equal(record.updatedAt, null);
    assert.deepEqual(record.fields.$name, { valueType: 'TEXT', value: 'Acme Corp' });
    assert.deepEqual(record.fields.$website, { valueType: 'URL', value: ['https://acme.example'] });
    assert.equal(record.fields.$howTheyMakeMoney, undefined, 'read-only fields get no value');
    assert.deepEqual(recordOf(await call(`/v1/accounts/${record.id}`)), record);
    assert.deepEqual(fake.accounts(), [record]);
    assert.deepEqual(fake.contacts(), []);
    expectError(await call('/v1/accounts/acc_missing'), 404, { type: 'not_found' });
  });

  it('requires $name as a plain string: 422 with param fields.name (§10)', async () => {
    for (const fields of [{}, { $name: null }, { $name: '  ' }, { $website: ['https://acme.example'] }]) {
      expectError(await createAccount({ fields }), 422, { type: 'unprocessable_content', param: 'fields.name' });
    }
    expectError(await createAccount({ fields: { $name: { firstName: 'Acme' } } }), 400, {
      code: 'invalid_type',
      param: 'fields.$name',
    });
    expectError(await createAccount({ relationships: {} }), 400, { code: 'parameter_missing', param: 'fields' });
    assert.deepEqual(fake.accounts(), []);
  });

  it('validates against the account definitions', async () => {
    const name = { $name: 'Acme' };
    expectError(await createAccount({ fields: { ...name, $email: ['a@acme.example'] } }), 400, {
      code: 'unknown_field',
      message: "Unrecognized field '$email' for 'accounts'.",
    });
    expectError(await createAccount({ fields: { ...name, $howTheyMakeMoney: 'Widgets' } }), 422, {
      type: 'unprocessable_content',
      param: 'fields.$howTheyMakeMoney',
    });
    expectError(await createAccount({ fields: { ...name, $accountStatus: 'Customer' } }), 422, {
      param: 'fields.$accountStatus',
    });
    expectError(await createAccount({ fields: { ...name, $website: 'acme.example' } }), 400, {
      code: 'invalid_type',
      param: 'fields.$website',
    });
    expectError(await createAccount({ fields: { ...name, $linkedIn: 'https://x.com/acme' } }), 400, {
      code: 'invalid_type',
      param: 'fields.$linkedIn',
    });
    expectError(await createAccount({ fields: name, relationships: { $account: [] } }), 400, {
      code: 'unknown_relationship',
    });
    expectError(await createAccount({ fields: name, relationships: { $contact: 'con_missing' } }), 400, {
      code: 'relationship_entity_missing',
      param: 'relationships.$contact',
    });
    const ada = fake.seedContact({ $name: { firstName: 'Ada' } });
    assert.deepEqual(
      recordOf(await createAccount({ fields: name, relationships: { $contact: [ada.id] } })).relationships.$contact,
      {
        cardinality: 'HAS_MANY',
        objectType: 'contact',
        values: [ada.id],
      },
    );
  });

  it('makes created accounts, and only existing ones, valid $account targets of contacts', async () => {
    const acme = recordOf(await createAccount({ fields: { $name: 'Acme' } }));
    assert.deepEqual(
      recordOf(await post('/v1/contacts', { fields: {}, relationships: { $account: acme.id } })).relationships.$account
        .values,
      [acme.id],
    );
    expectError(await post('/v1/contacts', { fields: {}, relationships: { $account: 'acc_cm4stu901uvw234' } }), 400, {
      code: 'relationship_entity_missing',
      param: 'relationships.$account',
    });
    const contact = fake.contacts()[0];
    expectError(await post('/v1/contacts', { fields: {}, relationships: { $account: contact.id } }), 400, {
      code: 'relationship_entity_missing',
    });
    fake.reset();
    expectError(await post('/v1/contacts', { fields: {}, relationships: { $account: acme.id } }), 400, {
      code: 'relationship_entity_missing',
    });
  });

  it('lists and filters accounts: $name is TEXT here, $website an array', async () => {
    const acme = fake.seedAccount({ $name: 'Acme Corp', $website: ['https://www.acme.com', 'https://acme.io'] });
    const labs = fake.seedAccount({ $name: 'Acme Labs' });
    fake.seedAccount({ $name: 'Globex' });
    assert.deepEqual(ids(listOf(await call('/v1/accounts?$name[startsWith]=Acm&limit=10'))), [acme.id, labs.id]);
    assert.deepEqual(ids(listOf(await call('/v1/accounts?$name[equal]=Acme%20Corp'))), [acme.id]);
    assert.deepEqual(ids(listOf(await call('/v1/accounts?%24website%5Bcontains%5D=acme.io'))), [acme.id]);
    assert.deepEqual(ids(listOf(await call('/v1/accounts?$website[contains]=acme.com'))), [acme.id]);
    assert.equal(listOf(await call('/v1/accounts?$name[-startsWith]=Acme')).totalCount, 1);
    expectError(await call('/v1/accounts?$name[contains]=cme'), 400, {
      code: 'invalid_type',
      param: '$name[contains]',
    });
    expectError(await call('/v1/accounts?$howTheyMakeMoney[equal]=x'), 400, { code: 'invalid_type' });
    assert.equal(listOf(await call('/v1/contacts')).totalCount, 0, 'contacts and accounts are separate');
  });

  it('scopes Idempotency-Keys to the operation: a contact create and an account create do not collide', async () => {
    const contact = recordOf(await post('/v1/contacts', { fields: {} }, { 'idempotency-key': 'shared' }));
    const account = recordOf(await createAccount({ fields: { $name: 'Acme' } }, 'shared'));
    assert.match(account.id, /^acc_/);
    assert.equal(recordOf(await createAccount({ fields: { $name: 'Other' } }, 'shared')).id, account.id);
    assert.equal(recordOf(await post('/v1/contacts', { fields: {} }, { 'idempotency-key': 'shared' })).id, contact.id);
    assert.equal(fake.accounts().length, 1);
    assert.equal(fake.contacts().length, 1);
  });

  it('needs accounts:read and accounts:create', async () => {
    await start({
      keys: {
        sk_lf_contacts: { scopes: ['contacts:read', 'contacts:create'] },
        sk_lf_read: { scopes: ['accounts:read'] },
      },
    });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expectError(await call('/v1/accounts/definitions', { headers: as('sk_lf_contacts') }), 403, {
      message: "Token does not have the 'accounts:read' scope.",
    });
    expectError(await post('/v1/accounts', { fields: { $name: 'A' } }, as('sk_lf_read')), 403, {
      message: "Token does not have the 'accounts:create' scope.",
    });
    assert.equal((await call('/v1/accounts', { headers: as('sk_lf_read') })).status, 200);
  });

  it('seeds accounts and contacts through methods and admin routes, with the create rules', async () => {
    assert.throws(() => fake.seedAccount({}), /required/);
    assert.throws(() => fake.seedContact({ bogus: 1 }), /Unrecognized field 'bogus'/);
    const admin = (path: string, body?: unknown) =>
      fetch(`${fake.url}/__fake/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
    const seeded = (await (await admin('accounts', { fields: { $name: 'Acme' } })).json()) as LightfieldRecord;
    assert.match(seeded.id, /^acc_/);
    const contact = (await (
      await admin('contacts', { fields: {}, relationships: { $account: [seeded.id] } })
    ).json()) as LightfieldRecord;
    assert.deepEqual(contact.relationships.$account.values, [seeded.id]);
    assert.deepEqual(await (await admin('accounts')).json(), [seeded]);
    assert.equal((await admin('accounts', { fields: {} })).status, 422);
    assert.equal((await admin('contacts', {})).status, 400);
    assert.deepEqual(fake.requests, [], 'seeding is not an API request');
  });
});

describe('fake Lightfield: contact update (§8)', () => {
  let clock: number;
  let acme: LightfieldRecord, globex: LightfieldRecord, ada: LightfieldRecord;
  beforeEach(async () => {
    clock = Date.parse('2026-11-20T15:00:00Z');
    await start({ now: () => clock });
    acme = fake.seedAccount({ $name: 'Acme' });
    globex = fake.seedAccount({ $name: 'Globex' });
    ada = fake.seedContact(
      { $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada@example.com'], $title: 'CTO' },
      { $account: [acme.id] },
    );
  });
  const update = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    post(`/v1/contacts/${id}`, body, headers);
  const accountsOf = async (body: unknown) =>
    recordOf(await update(ada.id, { relationships: { $account: body } })).relationships.$account?.values;

  it('changes only the fields sent, sets updatedAt, and keeps the rest', async () => {
    clock += 60_000;
    const record = recordOf(await update(ada.id, { fields: { $title: 'CEO', $phone: ['(202) 555-1234'] } }));
    assert.equal(record.id, ada.id);
    assert.equal(record.createdAt, ada.createdAt);
    assert.equal(record.updatedAt, '2026-11-20T15:01:00.000Z');
    assert.deepEqual(record.fields.$title, { valueType: 'TEXT', value: 'CEO' });
    assert.deepEqual(record.fields.$phone, { valueType: 'TELEPHONE', value: ['+12025551234'] });
    assert.deepEqual(record.fields.$name, ada.fields.$name);
    assert.deepEqual(record.relationships, ada.relationships);
    assert.deepEqual(recordOf(await call(`/v1/contacts/${ada.id}`)), record);
    assert.deepEqual(fake.contacts(), [record]);
    assert.equal(recordOf(await update(ada.id, { fields: { $title: null } })).fields.$title.value, null, 'null clears');
  });

  it('validates changed fields like a create', async () => {
    expectError(await update(ada.id, { fields: { bogus: 1 } }), 400, { code: 'unknown_field', param: 'fields.bogus' });
    expectError(await update(ada.id, { fields: { $lastInteractionAt: '2026-01-01T00:00:00Z' } }), 422, {
      param: 'fields.$lastInteractionAt',
    });
    expectError(await update(ada.id, { fields: { $email: 'nope' } }), 400, {
      code: 'invalid_type',
      param: 'fields.$email',
    });
    expectError(await update(ada.id, { fields: {}, id: 'x' }), 400, { code: 'unknown_field', param: 'id' });
    expectError(await update(ada.id, { fields: [] }), 400, { code: 'invalid_type', param: 'fields' });
    assert.deepEqual(fake.contacts(), [ada], 'nothing changed');
    assert.equal(recordOf(await update(ada.id, {})).fields.$title.value, 'CTO', 'an empty update is accepted');
  });

  it('answers 404 for an unknown id', async () => {
    expectError(await update('con_missing', { fields: { $title: 'X' } }), 404, { type: 'not_found' });
    expectError(await update('acc_x', { fields: {} }), 404, { type: 'not_found' });
    assert.equal(fake.contacts().length, 1);
  });

  it('takes relationship operations: add, remove, add+remove, replace, and null to clear', async () => {
    assert.deepEqual(await accountsOf({ add: globex.id }), [acme.id, globex.id]);
    assert.deepEqual(
      await accountsOf({ add: [globex.id] }),
      [acme.id, globex.id],
      'adding a linked id again changes nothing',
    );
    assert.deepEqual(await accountsOf({ remove: acme.id }), [globex.id]);
    assert.deepEqual(await accountsOf({ remove: 'acc_never_linked' }), [globex.id]);
    assert.deepEqual(await accountsOf({ add: acme.id, remove: [globex.id] }), [acme.id]);
    assert.deepEqual(await accountsOf({ replace: [globex.id] }), [globex.id]);
    assert.equal(await accountsOf({ replace: null }), undefined);
    assert.deepEqual(await accountsOf({ add: acme.id }), [acme.id]);
    assert.equal(await accountsOf(null), undefined);
    const owned = recordOf(await update(ada.id, { relationships: { $owner: { replace: 'mem_1' } } }));
    assert.deepEqual(owned.relationships.$owner, { cardinality: 'HAS_ONE', objectType: 'member', values: ['mem_1'] });
    assert.deepEqual(
      recordOf(await update(ada.id, { relationships: { $owner: { replace: 'mem_2' } } })).relationships.$owner.values,
      ['mem_2'],
    );
  });

  it('refuses bad relationship operations', async () => {
    const refuse = async (relationships: unknown, expected: object, status = 400) =>
      expectError(await update(ada.id, { relationships }), status, expected);
    await refuse(
      { $account: { add: 'acc_missing' } },
      { code: 'relationship_entity_missing', param: 'relationships.$account' },
    );
    await refuse({ $account: { replace: ['acc_missing'] } }, { code: 'relationship_entity_missing' });
    await refuse({ $account: [globex.id] }, { code: 'invalid_type', param: 'relationships.$account' });
    await refuse({ $account: globex.id }, { code: 'invalid_type' });
    await refuse({ $account: {} }, { code: 'invalid_type' });
    await refuse({ $account: { add: globex.id, replace: [globex.id] } }, { code: 'invalid_type' });
    await refuse({ $account: { set: globex.id } }, { code: 'invalid_type' });
    await refuse({ $account: { add: 5 } }, { code: 'invalid_type' });
    await refuse({ $account: { add: null } }, { code: 'invalid_type' });
    await refuse({ $manager: { add: 'mem_1' } }, { code: 'unknown_relationship', param: 'relationships.$manager' });
    await refuse({ $owner: { add: ['mem_1', 'mem_2'] } }, { code: 'invalid_type', param: 'relationships.$owner' });
    const many = Array.from({ length: 26 }, (_, i) => `acc_${i}`);
    await refuse(
      { $account: { remove: many } },
      { type: 'unprocessable_content', code: 'relationship_write_limit_exceeded' },
      422,
    );
    await refuse(
      { $account: { add: many.slice(0, 13), remove: many.slice(13) } },
      { code: 'relationship_write_limit_exceeded' },
      422,
    );
    assert.deepEqual(fake.contacts(), [ada], 'nothing changed');
  });

  it('needs contacts:update', async () => {
    await start({ keys: { sk_lf_create: { scopes: ['contacts:read', 'contacts:create'] } } });
    const contact = fake.seedContact({});
    expectError(await update(contact.id, { fields: {} }, { authorization: 'Bearer sk_lf_create' }), 403, {
      message: "Token does not have the 'contacts:update' scope.",
    });
    assert.equal(fake.contacts()[0].updatedAt, null);
  });

  it('replays an update for the same Idempotency-Key, scoped apart from creates', async () => {
    const key = { 'idempotency-key': 'k-1' };
    const first = recordOf(await update(ada.id, { fields: { $title: 'CEO' } }, key));
    clock += 1000;
    const again = await update(ada.id, { fields: { $title: 'Intern' } }, key);
    assert.deepEqual(again.body, first);
    assert.equal(fake.contacts()[0].fields.$title.value, 'CEO');
    const created = recordOf(await post('/v1/contacts', { fields: { $title: 'New' } }, key));
    assert.notEqual(created.id, ada.id, 'the create ran: no collision with the update');
    expectError(await update('con_missing', { fields: {} }, { 'idempotency-key': 'k-2' }), 404, { type: 'not_found' });
    assert.equal(
      recordOf(await update(ada.id, { fields: { $title: 'CFO' } }, { 'idempotency-key': 'k-2' })).fields.$title.value,
      'CFO',
      'failures are not stored',
    );
  });

  it('updates accounts the same way, keeping $name required', async () => {
    expectError(await post(`/v1/accounts/${acme.id}`, { fields: { $name: null } }), 422, { param: 'fields.name' });
    const record = recordOf(
      await post(`/v1/accounts/${acme.id}`, {
        fields: { $website: ['https://acme.example'] },
        relationships: { $contact: { add: ada.id } },
      }),
    );
    assert.deepEqual(record.fields.$name.value, 'Acme');
    assert.deepEqual(record.relationships.$contact.values, [ada.id]);
  });
});

describe('fake Lightfield: rate limits (§11, §15.7)', () => {
  const T0 = Date.parse('2026-11-20T15:00:00.500Z');
  let clock: number;
  beforeEach(() => {
    clock = T0;
    return start({ now: () => clock, rateLimitPerSecond: 3 });
  });
  const rate = (answer: { headers: Headers }) =>
    ['limit', 'remaining', 'reset'].map((name) => answer.headers.get(`x-ratelimit-${name}`));
  const unix = (ms: number) => String(Math.ceil(ms / 1000));

  it('reports the bucket on every response, then answers 429 with Retry-After and the documented body', async () => {
    const answers = [
      await call('/v1/auth/validate'),
      await call('/v1/contacts/definitions'),
      await call('/v1/contacts/con_missing'),
    ];
    assert.deepEqual(answers.map(rate), [
      ['3', '2', unix(T0 + 334)],
      ['3', '1', unix(T0 + 667)],
      ['3', '0', unix(T0 + 1000)],
    ]);
    assert.equal(answers[2].status, 404, 'errors carry the headers too');
    const limited = await call('/v1/auth/validate');
    expectError(limited, 429, { type: 'too_many_requests', message: 'Rate limit exceeded. Please try again later.' });
    assert.deepEqual(Object.keys((limited.body as { error: object }).error).sort(), ['message', 'type']);
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.deepEqual(rate(limited), ['3', '0', unix(T0 + 1000)]);
    assert.equal(fake.requests.at(-1)?.status, 429);
  });

  it('refills over time on the now clock (token bucket)', async () => {
    for (let i = 0; i < 3; i++) await call('/v1/auth/validate');
    assert.equal((await call('/v1/auth/validate')).status, 429);
    clock += 334; // one token back: 3/s × 0.334 s
    const answer = await call('/v1/auth/validate');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('x-ratelimit-remaining'), '0');
    assert.equal((await call('/v1/auth/validate')).status, 429);
    clock += 5000;
    assert.equal(
      (await call('/v1/auth/validate')).headers.get('x-ratelimit-remaining'),
      '2',
      'full again, never more than the bucket',
    );
  });

  it('keeps one bucket per category: Read, Write (create, update), Search (list)', async () => {
    for (let i = 0; i < 3; i++) await call('/v1/contacts/definitions');
    expectError(await call('/v1/contacts/definitions'), 429, { type: 'too_many_requests' });
    expectError(await call('/v1/auth/validate'), 429, { type: 'too_many_requests' });
    expectError(await call('/v1/accounts/acc_x'), 429, { type: 'too_many_requests' });
    const listed = await call('/v1/contacts');
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('x-ratelimit-remaining'), '2');
    const created = recordOf(await post('/v1/contacts', { fields: {} }));
    await post(`/v1/contacts/${created.id}`, { fields: {} });
    assert.equal((await post('/v1/accounts', { fields: { $name: 'A' } })).headers.get('x-ratelimit-remaining'), '0');
    expectError(await post(`/v1/contacts/${created.id}`, { fields: {} }), 429, { type: 'too_many_requests' });
    assert.equal((await call('/v1/accounts')).status, 200);
  });

  it('keeps buckets per organization; keys of one org share one', async () => {
    await start({
      now: () => clock,
      rateLimitPerSecond: 2,
      keys: { sk_lf_a1: { scopes: [], org: 'a' }, sk_lf_a2: { scopes: [], org: 'a' }, sk_lf_b: { scopes: [] } },
    });
    const as = (key: string) => call('/v1/auth/validate', { headers: { authorization: `Bearer ${key}` } });
    assert.equal((await as('sk_lf_a1')).status, 200);
    assert.equal((await as('sk_lf_a2')).status, 200);
    assert.equal((await as('sk_lf_a1')).status, 429);
    assert.equal((await as('sk_lf_b')).status, 200);
  });

  it('counts idempotent replays and refusals; 401s and injected faults carry no rate headers', async () => {
    const first = await post('/v1/contacts', { fields: {} }, { 'idempotency-key': 'k' });
    const replay = await post('/v1/contacts', { fields: {} }, { 'idempotency-key': 'k' });
    assert.deepEqual(replay.body, first.body);
    assert.deepEqual([rate(first)[1], rate(replay)[1]], ['2', '1']);
    expectError(await post('/v1/contacts', { fields: {} }, { 'lightfield-version': '2020-01-01' }), 400, {
      code: 'version_header',
    });
    expectError(await post('/v1/contacts', { fields: {} }), 429, { type: 'too_many_requests' });
    const unauthorized = await call('/v1/auth/validate', { headers: { authorization: 'Bearer sk_lf_nope' } });
    assert.equal(unauthorized.status, 401);
    assert.deepEqual(rate(unauthorized), [null, null, null]);
    fake.injectFault('GET /v1/auth/validate', { kind: 'status', status: 429, retryAfter: '7' });
    const injected = await call('/v1/auth/validate');
    assert.equal(injected.headers.get('retry-after'), '7');
    assert.deepEqual(rate(injected), [null, null, null]);
    assert.equal(
      (await call('/v1/auth/validate')).headers.get('x-ratelimit-remaining'),
      '2',
      'the fault took no token',
    );
  });

  it('defaults to 25 per second, sends the bare body when wrapErrors is false, and reset() refills', async () => {
    await start({ now: () => clock });
    let last = await call('/v1/auth/validate');
    assert.deepEqual(rate(last).slice(0, 2), ['25', '24']);
    for (let i = 0; i < 24; i++) last = await call('/v1/auth/validate');
    assert.equal(last.headers.get('x-ratelimit-remaining'), '0');
    assert.equal((await call('/v1/auth/validate')).status, 429);
    fake.reset();
    assert.equal((await call('/v1/auth/validate')).status, 200);
    await start({ now: () => clock, rateLimitPerSecond: 1, wrapErrors: false });
    await call('/v1/auth/validate');
    const limited = await call('/v1/auth/validate');
    assert.deepEqual(limited.body, {
      type: 'too_many_requests',
      message: 'Rate limit exceeded. Please try again later.',
    });
    assert.equal(limited.headers.get('retry-after'), '1');
    await assert.rejects(startFakeLightfield({ rateLimitPerSecond: 0 }), RangeError);
  });
});
