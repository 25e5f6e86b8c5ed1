// The create flow shared by the form and the people list, against the local stand-in over real
// HTTP: create, duplicate found, Add Missing Details, a retry with the same key, and the index lag.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import fetch from 'node-fetch';
import { buildFormFields } from '../../src/contact/formFields';
import { LightfieldClient } from '../../src/lightfield/client';
import { CancelledError, ConnectionError } from '../../src/lightfield/errors';
import { CreateRecordBody, ObjectDefinitions } from '../../src/lightfield/types';
import { CreateFlowDeps, CreateRequest, PendingKeys, createOrDetect } from '../../src/services/createFlow';
import { RecentContacts } from '../../src/services/recentContacts';
import { DEMO_KEY, FakeLightfield, startFakeLightfield } from '../fake-lightfield/server';
import standard from '../fixtures/contact-definitions.json';
import { memoryStorage } from './memoryStorage';

const { fields } = buildFormFields(standard as unknown as ObjectDefinitions);

const ADA: CreateRecordBody = {
  fields: {
    $name: { firstName: 'Ada', lastName: 'Lovelace' },
    $email: ['ada@analytical-engines.example'],
    $title: 'Head of Engineering',
  },
};

describe('create flow against the stand-in', () => {
  let fake: FakeLightfield;
  let deps: CreateFlowDeps;
  /** What the caller persisted, in order: the keys are kept before each request that uses them. */
  let kept: PendingKeys[];

  before(async () => {
    fake = await startFakeLightfield();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.reset();
    kept = [];
    deps = {
      client: new LightfieldClient({
        baseUrl: fake.url,
        apiKey: DEMO_KEY,
        fetch,
        timeoutMs: 2000,
        sleep: async () => undefined,
      }),
      recent: new RecentContacts(memoryStorage()),
      workspace: { baseUrl: fake.url, apiKey: DEMO_KEY },
      newKey: randomUUID,
    };
  });

  function request(overrides: Partial<CreateRequest> = {}): CreateRequest {
    return {
      body: ADA,
      fields,
      action: 'create',
      fallbackName: 'in Lightfield',
      keys: {},
      keepKeys: async (keys) => void kept.push(keys),
      ...overrides,
    };
  }

  /** A client that tries once: a dropped request fails at once instead of being retried. */
  const noRetryClient = () =>
    new LightfieldClient({ baseUrl: fake.url, apiKey: DEMO_KEY, fetch, timeoutMs: 2000, maxRetries: 0 });
  const isCreatePost = (r: { method: string; path: string }) => r.method === 'POST' && r.path === '/v1/contacts';

  /** A keepKeys whose storage write takes until `finish`: the keys are noted (in `kept`) at the call. */
  function heldWrite() {
    let finish: () => void = () => assert.fail('no write was started');
    const keepKeys = (keys: PendingKeys) => {
      kept.push(keys);
      return new Promise<void>((resolve) => (finish = resolve));
    };
    return { keepKeys, finish: () => finish() };
  }
  const creates = () => fake.requests.filter(isCreatePost);

  it('creates a contact after checking for duplicates, with the key it kept first', async () => {
    const outcome = await createOrDetect(deps, request());
    assert.equal(outcome.kind, 'created');
    assert.equal(outcome.kind === 'created' && outcome.name, 'Ada Lovelace');
    assert.equal(fake.contacts().length, 1);
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/contacts', 'POST /v1/contacts'],
    );
    assert.equal(kept.length, 1);
    assert.equal(creates()[0].headers['idempotency-key'], kept[0].pending?.idempotencyKey);
    assert.equal(
      deps.recent.find(fake.url, DEMO_KEY, ['ADA@analytical-engines.example'])?.id,
      fake.contacts()[0].id,
      'remembered for the duplicate check',
    );
  });

  it('finds a duplicate by email and creates nothing; Create Anyway creates', async () => {
    const existing = fake.seedContact({
      $name: { firstName: 'Ada', lastName: 'King' },
      $email: ['Ada@Analytical-Engines.example'],
    });
    const outcome = await createOrDetect(deps, request());
    assert.deepEqual(outcome.kind === 'duplicate' && [outcome.existing.id, outcome.existing.name, outcome.email], [
      existing.id,
      'Ada King',
      'ada@analytical-engines.example', // as typed: how it was found
    ]);
    assert.equal(creates().length, 0);
    assert.equal(kept.length, 1, "the form's key is kept before the check");

    const anyway = await createOrDetect(deps, request({ action: 'createAnyway', keys: kept[0] }));
    assert.equal(anyway.kind, 'created');
    assert.equal(fake.contacts().length, 2);
    assert.equal(creates()[0].headers['idempotency-key'], kept[0].pending?.idempotencyKey, 'the key kept before');
  });

  it('sends the POST while its key is being written, and ends only once the write has', async () => {
    // The write is issued before the request, and the caller holds the key from that call on.
    const write = heldWrite();
    let ended = false;
    const flow = createOrDetect(deps, request({ keepKeys: write.keepKeys })).finally(() => (ended = true));
    const post = await fake.waitForRequest(isCreatePost);
    assert.equal(kept.length, 1);
    assert.equal(post.headers['idempotency-key'], kept[0].pending?.idempotencyKey, 'the key handed to the write');
    await sleep(100);
    assert.equal(ended, false, 'the create does not end before its key is written');
    write.finish();
    assert.equal((await flow).kind, 'created');
  });

  it('a create that fails while its key is written leaves the key for the retry: one contact', async () => {
    deps.client = noRetryClient();
    fake.injectFault('POST /v1/contacts', { kind: 'dropAfterStore' });
    const write = heldWrite();
    let ended = false;
    const first = createOrDetect(deps, request({ keepKeys: write.keepKeys })).finally(() => (ended = true));
    await fake.waitForRequest(isCreatePost);
    await sleep(100);
    assert.equal(ended, false, 'the failure is told only once the key is written');
    write.finish();
    await assert.rejects(first, ConnectionError);
    const retried = await createOrDetect(deps, request({ action: 'createAnyway', keys: kept[0] }));
    assert.equal(retried.kind, 'created');
    assert.deepEqual(
      creates().map((r) => r.headers['idempotency-key']),
      [kept[0].pending?.idempotencyKey, kept[0].pending?.idempotencyKey],
    );
    assert.equal(fake.contacts().length, 1, 'the retry made no second contact');
  });

  it("a key write that fails does not turn the create's answer into an error", async () => {
    const failedWrite = async (keys: PendingKeys) => {
      kept.push(keys);
      throw new Error('storage is full');
    };
    const outcome = await createOrDetect(deps, request({ keepKeys: failedWrite }));
    assert.equal(outcome.kind, 'created');
    assert.equal(fake.contacts().length, 1);

    deps.client = noRetryClient();
    fake.injectFault('POST /v1/contacts', { kind: 'dropAfterStore' });
    const body = { ...ADA, fields: { ...ADA.fields, $email: ['grace@navy.example'] } };
    await assert.rejects(createOrDetect(deps, request({ body, keepKeys: failedWrite })), ConnectionError);
  });

  it('keeps the key before the duplicate check: a second submit during the check sends the same key', async () => {
    fake.injectFault('GET /v1/contacts', { kind: 'delay', ms: 300 });
    // The second submit starts with what the first kept, as a reopened panel reads the stored form.
    const first = createOrDetect(deps, request());
    await fake.waitForRequest((r) => r.method === 'GET' && r.path === '/v1/contacts');
    assert.equal(kept.length, 1, 'kept before the check answered');
    const second = createOrDetect(deps, request({ keys: kept[0] }));
    const outcomes = await Promise.all([first, second]);
    assert.ok(outcomes.some((outcome) => outcome.kind === 'created'));
    assert.ok(creates().length > 0);
    for (const create of creates())
      assert.equal(create.headers['idempotency-key'], kept[0].pending?.idempotencyKey, 'every POST: the kept key');
    assert.equal(fake.contacts().length, 1, 'one contact');
  });

  it('Add Missing Details fills only the blanks of the existing contact', async () => {
    const existing = fake.seedContact({
      $name: { firstName: 'Ada', lastName: 'King' },
      $email: ['ada@analytical-engines.example'],
      $title: 'Countess',
    });
    const body: CreateRecordBody = { fields: { ...ADA.fields, $phone: ['+441234567890'] } };
    const outcome = await createOrDetect(deps, request({ body, action: 'addMissingDetails' }));
    assert.equal(outcome.kind, 'updated');
    assert.deepEqual(outcome.kind === 'updated' && outcome.added, ['Phone']);
    const record = fake.contacts().find((contact) => contact.id === existing.id);
    assert.equal(record?.fields.$title?.value, 'Countess', 'a value is never overwritten');
    assert.deepEqual(record?.fields.$name?.value, { firstName: 'Ada', lastName: 'King' });
    assert.deepEqual(record?.fields.$phone?.value, ['+441234567890']);
    assert.equal(kept.length, 1);
    const update = fake.requests.find((r) => r.method === 'POST' && r.path === `/v1/contacts/${existing.id}`);
    assert.equal(update?.headers['idempotency-key'], kept[0].pendingUpdate?.idempotencyKey);
    assert.deepEqual(update?.body, { fields: { $phone: ['+441234567890'] } });

    const again = await createOrDetect(deps, request({ body, action: 'addMissingDetails' }));
    assert.deepEqual(again.kind === 'updated' && again.added, [], 'nothing left to add, nothing sent');
    assert.equal(kept.length, 1);
  });

  it('Add Missing Details says so when the existing contact is gone', async () => {
    assert.deepEqual(await createOrDetect(deps, request({ action: 'addMissingDetails' })), { kind: 'gone' });
  });

  it('retries a create that reached Lightfield with the same key: one contact', async () => {
    deps.client = noRetryClient();
    // The contact is stored, and the answer lost.
    fake.injectFault('POST /v1/contacts', { kind: 'dropAfterStore' });
    await assert.rejects(createOrDetect(deps, request()), ConnectionError);
    const [keys] = kept;
    assert.ok(keys.pending);
    assert.equal(fake.contacts().length, 1);

    // As the people list retries a person with a kept key: with the key, not a new duplicate check.
    const retried = await createOrDetect(deps, request({ action: 'createAnyway', keys }));
    assert.deepEqual(retried.kind === 'created' && retried.id, fake.contacts()[0].id);
    assert.equal(fake.contacts().length, 1, 'the retry made no second contact');
    assert.equal(kept.length, 1, 'the key kept before is not kept again');
    assert.deepEqual(
      creates().map((r) => r.headers['idempotency-key']),
      [keys.pending.idempotencyKey, keys.pending.idempotencyKey],
    );

    // A changed contact is a new action: a new key.
    const changed = { fields: { $email: ['grace@navy.example'] } };
    await createOrDetect(deps, request({ action: 'createAnyway', keys, body: changed }));
    assert.equal(kept.length, 2, 'the new key is kept before it is sent');
    assert.notEqual(kept[1].pending?.idempotencyKey, keys.pending.idempotencyKey);
  });

  it('a cancelled create keeps its key, and the next Create sends the same key: one contact', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 1000 });
    const cancel = new AbortController();
    const first = createOrDetect(deps, request({ signal: cancel.signal }));
    await fake.waitForRequest(isCreatePost);
    cancel.abort();
    await assert.rejects(first, CancelledError);
    assert.equal(kept.length, 1, 'the key was kept before the POST');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the held POST finishes at the stand-in
    const again = await createOrDetect(deps, request({ action: 'createAnyway', keys: kept[0] }));
    assert.equal(again.kind, 'created');
    assert.deepEqual(
      creates().map((r) => r.headers['idempotency-key']),
      [kept[0].pending?.idempotencyKey, kept[0].pending?.idempotencyKey],
    );
    assert.ok(fake.contacts().length <= 1, 'never a second contact');
  });

  it('finds a contact it created moments ago, though the lagging index does not list it yet', async () => {
    fake.setIndexLag(60_000);
    assert.equal((await createOrDetect(deps, request())).kind, 'created');
    const listed = await deps.client.listContacts([
      { key: '$email', operator: 'contains', value: 'ada@analytical-engines.example' },
    ]);
    assert.equal(listed.data.length, 0, 'the index lags');
    const second = await createOrDetect(deps, request());
    assert.equal(second.kind, 'duplicate');
    assert.equal(fake.contacts().length, 1);
  });

  it('sends the POST at once with the answer of the check made while typing, searching nothing', async () => {
    const asked: (readonly string[])[] = [];
    const outcome = await createOrDetect(deps, request({ existingContact: async (emails) => void asked.push(emails) }));
    assert.equal(outcome.kind, 'created');
    assert.deepEqual(asked, [['ada@analytical-engines.example']]);
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path}`),
      ['POST /v1/contacts'],
    );
  });

  it('a duplicate found while typing creates nothing', async () => {
    const existing = { id: 'con_1', name: 'Ada Lovelace', emails: ['ada@analytical-engines.example'], httpLink: null };
    const outcome = await createOrDetect(deps, request({ existingContact: async () => existing }));
    assert.deepEqual(outcome, { kind: 'duplicate', existing, email: 'ada@analytical-engines.example' });
    assert.equal(fake.requests.length, 0);
  });

  it('tells of the new contact before remembering it', async () => {
    const storage = memoryStorage();
    deps.recent = new RecentContacts(storage);
    let rememberedWhenTold: boolean | undefined;
    const outcome = await createOrDetect(
      deps,
      request({
        onCreated: (created) => {
          assert.equal(created.name, 'Ada Lovelace');
          rememberedWhenTold = deps.recent.find(fake.url, DEMO_KEY, ['ada@analytical-engines.example']) !== undefined;
        },
      }),
    );
    assert.equal(rememberedWhenTold, false);
    assert.equal(outcome.kind, 'created');
    assert.ok(deps.recent.find(fake.url, DEMO_KEY, ['ada@analytical-engines.example']), 'remembered afterwards');
  });
});
