// Tests of the Lightfield stand-in itself, over real HTTP: every other suite trusts it to behave as
// lightfield-api.md says, so each rule it enforces is pinned here.
import * as assert from 'node:assert/strict';
import contactDefinitions from '../fixtures/contact-definitions.json';
import { IdempotencyStore } from '../fake-lightfield/idempotency';
import {
  API_VERSION,
  DEMO_KEY,
  READ_ONLY_KEY,
  startFakeLightfield,
  type FakeLightfield,
  type FakeLightfieldOptions,
} from '../fake-lightfield/server';
import { ALL_TYPES, callApi, errorOf, expectError, recordOf, type CallOptions } from '../fake-lightfield/testing';

const DAY_MS = 24 * 60 * 60 * 1000;

let fake: FakeLightfield;

async function start(options?: FakeLightfieldOptions): Promise<void> {
  await fake?.close();
  fake = await startFakeLightfield(options);
}

const call = (path: string, options?: CallOptions) => callApi(fake.url, path, options);

const create = (body: unknown, idempotencyKey?: string, headers: Record<string, string> = {}) =>
  call('/v1/contacts', {
    body,
    headers: idempotencyKey === undefined ? headers : { 'idempotency-key': idempotencyKey, ...headers },
  });

const ADA = {
  fields: { $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada@analytical-engines.example'] },
};

afterEach(async () => {
  await fake?.close();
});

describe('fake Lightfield: transport checks (§1, §15.1–2)', () => {
  beforeEach(() => start());

  it('answers 401 for a missing bearer, an unknown key and a non-Bearer scheme', async () => {
    const cases = [undefined, 'Bearer sk_lf_nope', `Basic ${DEMO_KEY}`, 'Bearer toString'];
    for (const authorization of cases) {
      expectError(await call('/v1/auth/validate', { headers: { authorization } }), 401, {
        type: 'unauthorized',
        message: 'Invalid API key.',
      });
    }
  });

  it('checks the key before the version header', async () => {
    const answer = await call('/v1/auth/validate', {
      headers: { authorization: undefined, 'lightfield-version': undefined },
    });
    expectError(answer, 401, { type: 'unauthorized' });
  });

  it('answers 400 version_header for a missing and a wrong Lightfield-Version', async () => {
    for (const version of [undefined, '2025-01-01']) {
      const answer = await call('/v1/auth/validate', { headers: { 'lightfield-version': version } });
      expectError(answer, 400, { type: 'bad_request', code: 'version_header' });
    }
  });

  it('answers 415 to a POST without a JSON content type, before routing', async () => {
    expectError(await create(ADA, undefined, { 'content-type': 'text/plain' }), 415, {
      type: 'unsupported_media_type',
    });
    expectError(await call('/v1/nowhere', { body: '{}', headers: { 'content-type': undefined } }), 415, {
      type: 'unsupported_media_type',
    });
    assert.equal((await create(ADA, undefined, { 'content-type': 'application/json; charset=utf-8' })).status, 200);
  });

  it('answers 404 not_found for unknown routes and unknown contact ids', async () => {
    expectError(await call('/v1/nowhere'), 404, { type: 'not_found' });
    expectError(await call('/v1/contacts/con_missing'), 404, { type: 'not_found' });
  });

  it('answers 403 naming the scope when a key lacks it', async () => {
    const answer = await create(ADA, undefined, { authorization: `Bearer ${READ_ONLY_KEY}` });
    expectError(answer, 403, { type: 'forbidden', message: "Token does not have the 'contacts:create' scope." });
    assert.equal(fake.contacts().length, 0);
    assert.equal(
      (await call('/v1/contacts/definitions', { headers: { authorization: `Bearer ${READ_ONLY_KEY}` } })).status,
      200,
    );
  });

  it('validates a key with its scopes; an empty list is full access', async () => {
    await start({ keys: { sk_lf_a: { scopes: [] }, sk_lf_b: { scopes: ['contacts:read'] } } });
    const full = await call('/v1/auth/validate', { headers: { authorization: 'Bearer sk_lf_a' } });
    assert.deepEqual(full.body, { active: true, tokenType: 'api_key', subjectType: 'user', scopes: [] });
    const scoped = await call('/v1/auth/validate', { headers: { authorization: 'Bearer sk_lf_b' } });
    assert.deepEqual((scoped.body as { scopes: string[] }).scopes, ['contacts:read']);
    assert.equal((await create(ADA, undefined, { authorization: 'Bearer sk_lf_a' })).status, 200);
    expectError(await call('/v1/auth/validate'), 401, { type: 'unauthorized' });
  });
});

describe('fake Lightfield: definitions (§5)', () => {
  it('serves the fixture by default and given definitions as given', async () => {
    await start();
    assert.deepEqual((await call('/v1/contacts/definitions')).body, contactDefinitions);
    const custom = {
      objectType: 'contact',
      fieldDefinitions: { note: { label: 'Note', valueType: 'TEXT', typeConfiguration: {}, future: 1 } },
      relationshipDefinitions: {},
    };
    await start({ definitions: custom });
    assert.deepEqual((await call('/v1/contacts/definitions')).body, custom);
  });
});

/** [field, value sent, value the record shows]. */
const ACCEPTED: [string, unknown, unknown][] = [
  ['text', 'Head of Engineering', 'Head of Engineering'],
  ['text', null, null],
  ['number', 42.5, 42.5],
  ['number', -1.15, -1.15],
  ['number', 2 ** 53, 2 ** 53],
  ['budget', 1200.5, 1200.5],
  ['vip', false, false],
  ['met', '2026-03-16T12:00:00+01:00', '2026-03-16T11:00:00.000Z'],
  ['met', '2026-03-16T12:00Z', '2026-03-16T12:00:00.000Z'],
  ['emails', 'ada@x.example', ['ada@x.example']],
  ['emails', [' Ada@X.example ', 'b@y.example'], ['Ada@X.example', 'b@y.example']],
  ['phones', '(202) 555-1234 x100', ['+12025551234;ext=100']],
  [
    'phones',
    ['1-202-555-1234 ext. 7', '202.555.1234 ext:8', '+1 415 555 0123 #42'],
    ['+12025551234;ext=7', '+12025551234;ext=8', '+14155550123;ext=42'],
  ],
  ['phones', ['+44 20 7946 0958', '555 1234', '030 1234567'], ['+442079460958', '5551234', '0301234567']],
  ['photo', 'https://img.example/ada.png', 'https://img.example/ada.png'],
  ['photo', ['http://img.example/a.png'], 'http://img.example/a.png'],
  ['sites', 'https://ada.example', ['https://ada.example']],
  [
    'address',
    {
      street: '1 Main St',
      street2: '',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      country: 'US',
      latitude: 39.8,
      longitude: -89.6,
    },
    {
      street: '1 Main St',
      street2: '',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      country: 'US',
      latitude: 39.8,
      longitude: -89.6,
    },
  ],
  ['name', { firstName: 'Ada' }, { firstName: 'Ada' }],
  ['linkedIn', 'https://www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace'],
  ['linkedIn', 'https://linkedin.com/company/acme/', 'https://linkedin.com/company/acme/'],
  ['x', 'https://x.com/ada', 'https://x.com/ada'],
  ['stage', 'opt_b', 'opt_b'],
  ['stage', 'alpha', 'opt_a'],
  ['tags', ['opt_a', 'opt_b'], ['opt_a', 'opt_b']],
  ['tags', [], []],
];

/** [field, value sent]: each must be refused with 400 invalid_type, param fields.<field>. */
const REFUSED: [string, unknown][] = [
  ['text', 5],
  ['text', { value: 'x' }],
  ['number', '42'],
  ['number', 1.234],
  ['number', 0.1 + 0.2],
  ['number', 2 ** 53 + 2],
  ['budget', true],
  ['vip', 'true'],
  ['met', '2026-03-16T12:00:00'],
  ['met', '2026-02-30T12:00:00Z'],
  ['met', '2026-03-16T24:00:00Z'],
  ['met', 1773662400000],
  ['emails', 'not-an-email'],
  ['emails', ['ada@x.example', 'bad']],
  ['emails', { address: 'ada@x.example' }],
  ['phones', '+123'],
  ['phones', '+0123456789'],
  ['phones', 'call me'],
  ['phones', '12345'],
  ['phones', [2025551234]],
  ['photo', 'ftp://img.example/a.png'],
  ['photo', 'img.example/a.png'],
  ['photo', ['https://a.example', 'https://b.example']],
  ['sites', [5]],
  ['address', '1 Main St, Springfield'],
  ['address', { zip: '62701' }],
  ['address', { country: 'USA' }],
  ['address', { latitude: 91 }],
  ['address', { city: 5 }],
  ['name', 'Ada Lovelace'],
  ['name', { firstName: 'Ada', middleName: 'B' }],
  ['name', { firstName: null }],
  ['linkedIn', 'ada-lovelace'],
  ['linkedIn', '@ada'],
  ['linkedIn', 'https://x.com/ada'],
  ['linkedIn', 'https://linkedin.com/feed/'],
  ['x', 'https://linkedin.com/in/ada'],
  ['stage', 'opt_zzz'],
  ['stage', ['opt_a']],
  ['tags', 'opt_a'],
  ['tags', ['opt_zzz']],
  ['tags', ['Alpha']],
];

describe('fake Lightfield: create validation (§6, §8, §15.3)', () => {
  // Some tests here send dozens of creates at once: more than §11's 25/s Write budget.
  beforeEach(() => start({ definitions: ALL_TYPES, rateLimitPerSecond: 1000 }));

  for (const [key, sent, shown] of ACCEPTED) {
    it(`accepts ${key} = ${JSON.stringify(sent)}`, async () => {
      const record = recordOf(await create({ fields: { [key]: sent } }));
      const valueType = ALL_TYPES.fieldDefinitions[key as keyof typeof ALL_TYPES.fieldDefinitions].valueType;
      assert.deepEqual(record.fields[key], { valueType, value: shown });
    });
  }

  it('refuses a wrong value shape for every valueType with 400 invalid_type naming the field', async () => {
    for (const [key, sent] of REFUSED) {
      const answer = await create({ fields: { [key]: sent } });
      assert.equal(answer.status, 400, `${key} = ${JSON.stringify(sent)} was accepted`);
      expectError(answer, 400, { type: 'bad_request', code: 'invalid_type', param: `fields.${key}` });
    }
    assert.equal(fake.contacts().length, 0);
  });

  it('refuses readOnly, MARKDOWN and HTML fields, even with null', async () => {
    for (const [key, sent] of [
      ['computed', 3],
      ['computed', null],
      ['notes', '**x**'],
      ['summary', '<b>x</b>'],
    ] as const) {
      expectError(await create({ fields: { [key]: sent } }), 422, {
        type: 'unprocessable_content',
        param: `fields.${key}`,
      });
    }
  });

  it('refuses an unknown field with 400 unknown_field', async () => {
    expectError(await create({ fields: { bogus: 'x' } }), 400, {
      code: 'unknown_field',
      param: 'fields.bogus',
      message: "Unrecognized field 'bogus' for 'contacts'.",
    });
    expectError(await create('{"fields": {"__proto__": "x"}}'), 400, {
      code: 'unknown_field',
      param: 'fields.__proto__',
    });
    expectError(await create({ fields: { toString: 'x' } }), 400, { code: 'unknown_field', param: 'fields.toString' });
  });

  it('refuses bodies that are not {fields, relationships?}', async () => {
    expectError(await create({ relationships: {} }), 400, { code: 'parameter_missing', param: 'fields' });
    expectError(await create({ fields: {}, externalId: 'x' }), 400, { code: 'unknown_field', param: 'externalId' });
    expectError(await create({ fields: ['text'] }), 400, { code: 'invalid_type', param: 'fields' });
    expectError(await create({ fields: {}, relationships: 'acc_1' }), 400, {
      code: 'invalid_type',
      param: 'relationships',
    });
    expectError(await create([ADA]), 400, { code: 'invalid_type' });
    expectError(await create('{"fields": '), 400, { type: 'bad_request' });
  });

  it('links relationships given as one id or an array', async () => {
    const acme = fake.seedAccount({ $name: 'Acme' });
    const record = recordOf(await create({ fields: {}, relationships: { $account: acme.id, $owner: ['mem_1'] } }));
    assert.deepEqual(record.relationships, {
      $account: { cardinality: 'HAS_MANY', objectType: 'account', values: [acme.id] },
      $owner: { cardinality: 'HAS_ONE', objectType: 'member', values: ['mem_1'] },
    });
    assert.deepEqual(recordOf(await create({ fields: {}, relationships: { $account: null } })).relationships, {});
  });

  it('refuses unknown relationships, missing entities, wrong shapes and more than 25 ids', async () => {
    const acme = fake.seedAccount({ $name: 'Acme' });
    expectError(await create({ fields: {}, relationships: { $manager: 'mem_1' } }), 400, {
      code: 'unknown_relationship',
      param: 'relationships.$manager',
    });
    expectError(await create({ fields: {}, relationships: { $account: [acme.id, 'con_2'] } }), 400, {
      code: 'relationship_entity_missing',
      param: 'relationships.$account',
    });
    expectError(await create({ fields: {}, relationships: { $account: 'acc_1' } }), 400, {
      code: 'relationship_entity_missing',
      param: 'relationships.$account',
    });
    expectError(await create({ fields: {}, relationships: { $owner: 'acc_1' } }), 400, {
      code: 'relationship_entity_missing',
      param: 'relationships.$owner',
    });
    expectError(await create({ fields: {}, relationships: { $account: { add: 'acc_1' } } }), 400, {
      code: 'invalid_type',
      param: 'relationships.$account',
    });
    expectError(await create({ fields: {}, relationships: { $owner: ['mem_1', 'mem_2'] } }), 400, {
      code: 'invalid_type',
      param: 'relationships.$owner',
    });
    const ids = Array.from({ length: 26 }, (_, i) => fake.seedAccount({ $name: `Account ${i}` }).id);
    expectError(await create({ fields: {}, relationships: { $account: ids } }), 422, {
      type: 'unprocessable_content',
      code: 'relationship_write_limit_exceeded',
    });
    assert.equal(
      recordOf(await create({ fields: {}, relationships: { $account: ids.slice(1) } })).relationships.$account.values
        .length,
      25,
    );
  });
});

describe('fake Lightfield: created contacts (§3, §8, §15.4)', () => {
  it('answers 200 with the record: con_ id, wrapped values, updatedAt null, normalized phone', async () => {
    const now = Date.parse('2026-11-20T15:04:05.123Z');
    await start({ now: () => now, webAppOrigin: 'https://crm.example' });
    const account = fake.seedAccount({ $name: 'Analytical Engines' });
    const record = recordOf(
      await create({
        fields: { ...ADA.fields, $phone: ['(202) 555-1234 x100'], 'lead-source': 'opt_01jb8x4k2m7n9p3q5r6s8t0v1w' },
        relationships: { $account: [account.id] },
      }),
    );
    assert.match(record.id, /^con_[0-9a-z]+$/);
    assert.equal(record.createdAt, '2026-11-20T15:04:05.123Z');
    assert.equal(record.updatedAt, null);
    assert.equal(record.externalId, null);
    assert.equal(record.httpLink, `https://crm.example/crm/contacts/${record.id}`);
    assert.deepEqual(record.fields.$name, {
      valueType: 'FULL_NAME',
      value: { firstName: 'Ada', lastName: 'Lovelace' },
    });
    assert.deepEqual(record.fields.$phone, { valueType: 'TELEPHONE', value: ['+12025551234;ext=100'] });
    assert.deepEqual(record.fields['lead-source'], {
      valueType: 'SINGLE_SELECT',
      value: 'opt_01jb8x4k2m7n9p3q5r6s8t0v1w',
    });
    assert.deepEqual(record.relationships.$account.values, [account.id]);
    assert.deepEqual(fake.contacts(), [record]);
    assert.deepEqual((await call(`/v1/contacts/${record.id}`)).body, record);
    assert.notEqual(recordOf(await create(ADA)).id, record.id, 'no server-side deduplication (§8)');
  });

  it('shows unset writable fields as null, or omits them when unsetFields is omit', async () => {
    await start();
    const shown = recordOf(await create(ADA));
    assert.deepEqual(shown.fields.$profilePhotoUrl, { valueType: 'URL', value: null });
    assert.equal(shown.fields.$lastInteractionAt, undefined, 'read-only fields never get a value');
    await start({ unsetFields: 'omit' });
    const omitted = recordOf(await create({ fields: { ...ADA.fields, $title: null } }));
    assert.deepEqual(Object.keys(omitted.fields), ['$name', '$email']);
  });
});

describe('fake Lightfield: Idempotency-Key (§9, §15.5)', () => {
  let clock: number;
  beforeEach(() => {
    clock = Date.parse('2026-11-20T15:00:00Z');
    return start({ now: () => clock });
  });

  it('replays the first response for the same key, even with another body', async () => {
    const first = await create(ADA, 'key-1');
    const again = await create({ fields: { $title: 'Someone else' } }, 'key-1');
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.equal(fake.contacts().length, 1);
    assert.equal(recordOf(await create(ADA, 'key-2')).fields.$title.value, null);
    assert.equal(fake.contacts().length, 2);
  });

  it('counts a key as new after 24 hours', async () => {
    const first = recordOf(await create(ADA, 'key-1'));
    clock += DAY_MS - 1;
    assert.equal(recordOf(await create(ADA, 'key-1')).id, first.id);
    clock += 1;
    assert.notEqual(recordOf(await create(ADA, 'key-1')).id, first.id);
    assert.equal(fake.contacts().length, 2);
  });

  it('answers 409 idempotency_conflict while the first request is in flight', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 300 });
    const first = create(ADA, 'key-1');
    await fake.waitForRequest((r) => r.method === 'POST');
    expectError(await create(ADA, 'key-1'), 409, {
      type: 'idempotency_conflict',
      message: 'An operation with this idempotency key is already in progress. Please wait and retry.',
    });
    assert.equal(fake.contacts().length, 0);
    const stored = recordOf(await first);
    assert.equal(recordOf(await create(ADA, 'key-1')).id, stored.id);
  });

  it('does not store failures: a retry with the same key runs again', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 500 });
    errorOf(await create(ADA, 'key-1'), 500);
    expectError(await create({ fields: { bogus: 1 } }, 'key-1'), 400, { code: 'unknown_field' });
    recordOf(await create(ADA, 'key-1'));
    assert.equal(fake.contacts().length, 1);
  });

  it('refuses keys longer than 255 characters', async () => {
    expectError(await create(ADA, 'k'.repeat(256)), 400, {
      type: 'bad_request',
      code: 'idempotency_key_too_long',
      param: 'Idempotency-Key',
    });
    recordOf(await create(ADA, 'k'.repeat(255)));
  });

  it('scopes keys to the organization; keys of one org share them', async () => {
    await start({
      keys: {
        sk_lf_a1: { scopes: [], org: 'org_a' },
        sk_lf_a2: { scopes: [], org: 'org_a' },
        sk_lf_b: { scopes: [], org: 'org_b' },
      },
    });
    const a1 = recordOf(await create(ADA, 'shared', { authorization: 'Bearer sk_lf_a1' }));
    assert.equal(recordOf(await create(ADA, 'shared', { authorization: 'Bearer sk_lf_a2' })).id, a1.id);
    assert.notEqual(recordOf(await create(ADA, 'shared', { authorization: 'Bearer sk_lf_b' })).id, a1.id);
  });

  it('scopes keys to the operation (same key, different operation, no collision)', async () => {
    // The store itself; fake-lightfield-lists.test.ts checks the same over HTTP with accounts and updates.
    const store = new IdempotencyStore(() => clock);
    const reply = (body: string) => async () => ({ status: 200, body });
    assert.deepEqual(await store.run('org', 'contact.create', 'k', reply('contact')), { status: 200, body: 'contact' });
    assert.deepEqual(await store.run('org', 'account.create', 'k', reply('account')), { status: 200, body: 'account' });
    assert.deepEqual(await store.run('org', 'contact.create', 'k', reply('other')), { status: 200, body: 'contact' });
  });
});

describe('fake Lightfield: faults', () => {
  beforeEach(() => start());

  it('status: answers with the documented envelope and retry headers, for `times` requests', async () => {
    fake.injectFault('GET /v1/auth/validate', { kind: 'status', status: 429, retryAfter: '2', retryAfterMs: 1500 }, 2);
    for (let i = 0; i < 2; i++) {
      const answer = await call('/v1/auth/validate');
      expectError(answer, 429, { type: 'too_many_requests', message: 'Rate limit exceeded. Please try again later.' });
      assert.equal(answer.headers.get('retry-after'), '2');
      assert.equal(answer.headers.get('retry-after-ms'), '1500');
    }
    assert.equal((await call('/v1/auth/validate')).status, 200);
  });

  it('status: uses a given body verbatim, and documented types for server errors', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 503, body: { oops: true } });
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 504 });
    assert.deepEqual((await create(ADA)).body, { oops: true });
    expectError(await create(ADA), 504, { type: 'gateway_timeout' });
    assert.equal(fake.contacts().length, 0);
  });

  it('matches route templates as well as literal paths', async () => {
    fake.injectFault('GET /v1/contacts/{id}', { kind: 'status', status: 500 });
    expectError(await call('/v1/contacts/con_x'), 500, { type: 'internal_server_error' });
  });

  it('delay: holds the request, then processes it normally', async () => {
    fake.injectFault('GET /v1/auth/validate', { kind: 'delay', ms: 200 });
    const started = Date.now();
    assert.equal((await call('/v1/auth/validate')).status, 200);
    assert.ok(Date.now() - started >= 190, 'answered too early');
    // The bench reads when the answer left; a held request's answer leaves after its hold.
    const [held] = fake.requests;
    assert.ok(held.answeredAt !== undefined && held.answeredAt - held.at >= 190, 'answeredAt after the hold');
  });

  it('dropAfterStore: stores the contact and its idempotent response, then closes without answering', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'dropAfterStore' });
    await assert.rejects(create(ADA, 'key-1'));
    const [stored] = fake.contacts();
    assert.ok(stored, 'contact stored');
    assert.equal(fake.requests[0].status, 0);
    assert.equal(recordOf(await create(ADA, 'key-1')).id, stored.id);
    assert.equal(fake.contacts().length, 1);
  });

  it('drop: closes without processing', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'drop' });
    await assert.rejects(create(ADA, 'key-1'));
    assert.equal(fake.contacts().length, 0);
    assert.equal(fake.requests[0].status, 0);
    assert.equal(fake.requests[0].answeredAt, undefined, 'a dropped request was never answered');
    recordOf(await create(ADA, 'key-1'));
  });

  it('malformed: answers the body as written, without processing', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'malformed', status: 200, body: '{"id":"con_' });
    fake.injectFault('POST /v1/contacts', {
      kind: 'malformed',
      status: 502,
      body: '<html>Bad Gateway</html>',
      contentType: 'text/html',
    });
    const send = () =>
      fetch(`${fake.url}/v1/contacts`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${DEMO_KEY}`,
          'lightfield-version': API_VERSION,
          'content-type': 'application/json',
        },
        body: JSON.stringify(ADA),
      });
    const cut = await send();
    assert.equal(cut.status, 200);
    assert.equal(await cut.text(), '{"id":"con_');
    const page = await send();
    assert.equal(page.status, 502);
    assert.equal(page.headers.get('content-type'), 'text/html');
    assert.equal(await page.text(), '<html>Bad Gateway</html>');
    assert.equal(fake.contacts().length, 0);
  });

  it('redirect: answers a 3xx to the location, without processing', async () => {
    fake.injectFault('POST /v1/contacts', {
      kind: 'redirect',
      status: 307,
      location: 'http://127.0.0.2:9/v1/contacts',
    });
    const answer = await fetch(`${fake.url}/v1/contacts`, { method: 'POST', redirect: 'manual', body: '{}' });
    assert.equal(answer.status, 307);
    assert.equal(answer.headers.get('location'), 'http://127.0.0.2:9/v1/contacts');
    assert.equal(fake.contacts().length, 0);
  });

  it('a fault source is asked for every request the queue leaves alone, until reset()', async () => {
    const asked: string[] = [];
    fake.setFaultSource((request) => {
      asked.push(request.headers['idempotency-key'] ?? '');
      return request.headers['idempotency-key'] === 'key-1' ? { kind: 'drop' } : undefined;
    });
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 500 });
    expectError(await create(ADA, 'key-0'), 500, { type: 'internal_server_error' });
    await assert.rejects(create(ADA, 'key-1'));
    recordOf(await create(ADA, 'key-2'));
    assert.deepEqual(asked, ['key-1', 'key-2']);
    fake.reset();
    recordOf(await create(ADA, 'key-1'));
    assert.deepEqual(asked, ['key-1', 'key-2']);
  });

  it('reset() drops requests held by a delay, so nothing lands in the cleared store', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 5000 });
    const held = create(ADA, 'key-1');
    await fake.waitForRequest((r) => r.method === 'POST');
    fake.reset();
    await assert.rejects(held);
    assert.deepEqual(fake.contacts(), []);
    assert.deepEqual(fake.requests, []);
    recordOf(await create(ADA, 'key-1'));
  });
});

describe('fake Lightfield: unwrapped errors (§10, §15.8)', () => {
  it('sends the bare error object when wrapErrors is false', async () => {
    await start({ wrapErrors: false });
    assert.deepEqual((await call('/v1/auth/validate', { headers: { authorization: undefined } })).body, {
      type: 'unauthorized',
      message: 'Invalid API key.',
    });
    assert.deepEqual((await create({ fields: { bogus: 1 } })).body, {
      type: 'bad_request',
      message: "Unrecognized field 'bogus' for 'contacts'.",
      code: 'unknown_field',
      param: 'fields.bogus',
    });
  });
});

describe('fake Lightfield: recording and admin routes', () => {
  beforeEach(() => start());
  const admin = (path: string, body?: unknown) =>
    fetch(`${fake.url}/__fake/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });

  it('records every API request with lowercased headers, raw and parsed body, and status', async () => {
    await create(ADA, 'key-1');
    await call('/v1/nowhere?x=1');
    const [post, missing] = fake.requests;
    assert.equal(post.method, 'POST');
    assert.equal(post.path, '/v1/contacts');
    assert.equal(post.headers.authorization, `Bearer ${DEMO_KEY}`);
    assert.equal(post.headers['idempotency-key'], 'key-1');
    assert.equal(post.rawBody, JSON.stringify(ADA));
    assert.deepEqual(post.body, ADA);
    assert.equal(post.status, 200);
    assert.deepEqual(
      [missing.path, missing.query, missing.status, missing.body],
      ['/v1/nowhere', 'x=1', 404, undefined],
    );
  });

  it('waitForRequest resolves on a later request and rejects on timeout', async () => {
    const waiting = fake.waitForRequest((r) => r.path === '/v1/auth/validate' && r.status === 200);
    await call('/v1/auth/validate');
    assert.equal((await waiting).status, 200);
    await assert.rejects(
      fake.waitForRequest((r) => r.method === 'DELETE', 50),
      /no match within 50 ms/,
    );
  });

  it('lets another process inject faults, read requests and contacts, and reset', async () => {
    assert.equal(
      (
        await admin('faults', {
          route: 'POST /v1/contacts',
          fault: { kind: 'status', status: 503, retryAfter: '1' },
          times: 1,
        })
      ).status,
      204,
    );
    expectError(await create(ADA), 503, { type: 'service_unavailable' });
    const stored = recordOf(await create(ADA));
    const requests = (await (await admin('requests')).json()) as { path: string; status: number }[];
    assert.deepEqual(
      requests.map((r) => [r.path, r.status]),
      [
        ['/v1/contacts', 503],
        ['/v1/contacts', 200],
      ],
    );
    assert.deepEqual(await (await admin('contacts')).json(), [stored]);
    assert.equal((await admin('reset', {})).status, 204);
    assert.deepEqual(await (await admin('contacts')).json(), []);
    assert.deepEqual(fake.requests, []);
  });

  it('refuses malformed faults and unknown admin routes', async () => {
    assert.equal((await admin('faults', { route: 'POST /v1/contacts', fault: { kind: 'explode' } })).status, 400);
    assert.equal((await admin('faults', { fault: { kind: 'drop' } })).status, 400);
    assert.equal(
      (await admin('faults', { route: 'POST /v1/contacts', fault: { kind: 'drop' }, times: 0 })).status,
      400,
    );
    assert.equal((await admin('nothing')).status, 404);
    assert.deepEqual(fake.requests, []);
  });
});
