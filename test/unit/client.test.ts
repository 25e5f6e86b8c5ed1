// The API client against the local Lightfield stand-in over real HTTP, with the fetch the extension
// ships (node-fetch 3): headers, body, retries, idempotency reuse, timeouts and every error kind.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import fetch from 'node-fetch';
import { ClientOptions, LightfieldClient, RequestLogEntry } from '../../src/lightfield/client';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/lightfield/errors';
import { CreateRecordBody } from '../../src/lightfield/types';
import { rejection } from './lightfieldRejection';
import { DEMO_KEY, FakeLightfield, READ_ONLY_KEY, startFakeLightfield } from '../fake-lightfield/server';

const ADA: CreateRecordBody = {
  fields: {
    $name: { firstName: 'Ada', lastName: 'Lovelace' },
    $email: ['ada@analytical-engines.example'],
    $title: 'Head of Engineering',
  },
};
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('LightfieldClient against the stand-in', () => {
  let fake: FakeLightfield;
  let delays: number[];
  let logged: RequestLogEntry[];

  before(async () => {
    fake = await startFakeLightfield();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.reset();
    delays = [];
    logged = [];
  });

  /** A client with instant, recorded backoff (the delay policy is what is asserted, not waited for). */
  function client(overrides: Partial<ClientOptions> = {}): LightfieldClient {
    return new LightfieldClient({
      baseUrl: fake.url,
      apiKey: DEMO_KEY,
      fetch,
      timeoutMs: 2_000,
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      onRequest: (entry) => logged.push(entry),
      ...overrides,
    });
  }

  it('creates a contact with exactly the documented headers and body', async () => {
    const key = crypto.randomUUID();
    const record = await client().createContact(ADA, key);

    assert.equal(fake.requests.length, 1);
    const [request] = fake.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/contacts');
    assert.deepEqual(JSON.parse(request.rawBody), ADA);
    assert.equal(request.headers.authorization, `Bearer ${DEMO_KEY}`);
    assert.equal(request.headers['lightfield-version'], '2026-03-01');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers.accept, 'application/json');
    assert.equal(request.headers['idempotency-key'], key);
    assert.match(key, UUID_V4);

    assert.match(record.id, /^con_/);
    assert.deepEqual(record.fields.$name, {
      valueType: 'FULL_NAME',
      value: { firstName: 'Ada', lastName: 'Lovelace' },
    });
    assert.equal(record.updatedAt, null);
    assert.equal(fake.contacts().length, 1);
  });

  it('validates a key and reads its scopes; GETs carry no body headers', async () => {
    const validation = await client({ apiKey: READ_ONLY_KEY }).validateKey();
    assert.equal(validation.active, true);
    assert.deepEqual(validation.scopes, ['contacts:read']);
    const [request] = fake.requests;
    assert.equal(request.path, '/v1/auth/validate');
    assert.equal(request.headers['content-type'], undefined);
    assert.equal(request.headers['idempotency-key'], undefined);
  });

  it('reads the contact definitions', async () => {
    const definitions = await client().getContactDefinitions();
    assert.equal(definitions.objectType, 'contact');
    assert.equal(definitions.fieldDefinitions.$email.valueType, 'EMAIL');
    assert.equal(definitions.relationshipDefinitions.$account.objectType, 'account');
  });

  it('retries a 500 with the same idempotency key and creates exactly one contact', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 500 });
    const key = crypto.randomUUID();
    await client().createContact(ADA, key);

    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [500, 200],
    );
    assert.deepEqual(
      fake.requests.map((r) => r.headers['idempotency-key']),
      [key, key],
    );
    assert.equal(fake.contacts().length, 1);
    // min(0.5 s × 2^0, 8 s) reduced by 25 % × random(0.5) = 437.5 ms
    assert.deepEqual(delays, [438]);
    assert.deepEqual(
      logged.map((e) => [e.method, e.path, e.status, e.retries, e.outcome]),
      [['POST', '/v1/contacts', 200, 1, 'ok']],
    );
  });

  it('backs off exponentially and gives up after 2 retries', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 503 }, 5);
    const error = await rejection(client({ random: () => 0 }).createContact(ADA, crypto.randomUUID()));

    assert.ok(error instanceof ServerError);
    assert.equal(error.status, 503);
    assert.equal(error.retries, 2);
    assert.equal(fake.requests.length, 3);
    assert.deepEqual(delays, [500, 1000]);
    assert.equal(fake.contacts().length, 0);
  });

  it('honors Retry-After seconds and retry-after-ms on 429', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 429, retryAfter: '2' });
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 429, retryAfterMs: 250, retryAfter: '9' });
    await client().createContact(ADA, crypto.randomUUID());
    assert.deepEqual(delays, [2000, 250]);
    assert.equal(fake.contacts().length, 1);
  });

  it('gives up on a lasting 429 with a RateLimitError', async () => {
    fake.injectFault('GET /v1/contacts/definitions', { kind: 'status', status: 429, retryAfter: '1' }, 3);
    const error = await rejection(client().getContactDefinitions());
    assert.ok(error instanceof RateLimitError);
    assert.equal(fake.requests.length, 3);
  });

  it('retries 408 and 409, as the official SDKs do', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 408 });
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 409 });
    await client().createContact(ADA, crypto.randomUUID());
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [408, 409, 200],
    );
  });

  for (const [status, errorClass] of [
    [400, ValidationError],
    [401, AuthenticationError],
    [403, PermissionError],
    [404, NotFoundError],
    [415, ValidationError],
    [422, ValidationError],
  ] as const) {
    it(`never retries ${status}`, async () => {
      fake.injectFault('POST /v1/contacts', { kind: 'status', status });
      const error = await rejection(client().createContact(ADA, crypto.randomUUID()));
      assert.ok(error instanceof errorClass, `${status} → ${error.constructor.name}`);
      assert.equal(fake.requests.length, 1);
      assert.deepEqual(delays, []);
    });
  }

  it('reports a real 401 for a wrong key, without the key in the message', async () => {
    const wrongKey = 'sk_lf_not_a_real_key_123';
    const error = await rejection(client({ apiKey: wrongKey }).validateKey());
    assert.ok(error instanceof AuthenticationError);
    assert.ok(!error.message.includes(wrongKey));
  });

  it('names the missing scope on a real 403', async () => {
    const error = await rejection(client({ apiKey: READ_ONLY_KEY }).createContact(ADA, crypto.randomUUID()));
    assert.ok(error instanceof PermissionError);
    assert.equal(error.requiredScope, 'contacts:create');
    assert.equal(error.status, 403);
  });

  it('maps a server-side field error to its field', async () => {
    const body: CreateRecordBody = { fields: { $email: ['not-an-email'] } };
    const error = await rejection(client().createContact(body, crypto.randomUUID()));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.code, 'invalid_type');
    assert.equal(error.fieldKey, '$email');
  });

  it('maps an unknown field to its field', async () => {
    const error = await rejection(client().createContact({ fields: { bogus: 'x' } }, crypto.randomUUID()));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.code, 'unknown_field');
    assert.equal(error.fieldKey, 'bogus');
  });

  it('reads the unwrapped error envelope too', async () => {
    const unwrapped = await startFakeLightfield({ wrapErrors: false });
    try {
      const error = await rejection(
        client({ baseUrl: unwrapped.url }).createContact({ fields: { bogus: 'x' } }, crypto.randomUUID()),
      );
      assert.ok(error instanceof ValidationError);
      assert.equal(error.code, 'unknown_field');
      assert.equal(error.param, 'fields.bogus');
    } finally {
      await unwrapped.close();
    }
  });

  it('redacts the key from a server message that echoes it', async () => {
    fake.injectFault('POST /v1/contacts', {
      kind: 'status',
      status: 400,
      body: { error: { type: 'bad_request', message: `Bad token ${DEMO_KEY}.` } },
    });
    const error = await rejection(client().createContact(ADA, crypto.randomUUID()));
    assert.equal(error.message, 'Bad token [redacted].');
  });

  it('times out a stalled attempt, then gets the stored result with the same key', async () => {
    // The first attempt is held 600 ms (past the 200 ms timeout) but completes on the server; the
    // retry, 700 ms later, gets the stored response instead of a second contact.
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 600 });
    const sleepReally = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const record = await client({ timeoutMs: 200, sleep: () => sleepReally(700) }).createContact(
      ADA,
      crypto.randomUUID(),
    );

    assert.equal(fake.contacts().length, 1);
    assert.equal(record.id, fake.contacts()[0].id);
    assert.equal(fake.requests.length, 2);
    assert.equal(fake.requests[0].headers['idempotency-key'], fake.requests[1].headers['idempotency-key']);
  });

  it('waits out a key still in flight (409), then gets the stored result', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 500 });
    const sleepReally = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const record = await client({ timeoutMs: 100, sleep: (ms) => sleepReally(Math.min(ms, 300)) }).createContact(
      ADA,
      crypto.randomUUID(),
    );
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [200, 409, 200],
    );
    assert.equal(fake.contacts().length, 1);
    assert.equal(record.id, fake.contacts()[0].id);
  });

  it('fails with TimeoutError when every attempt stalls', async () => {
    fake.injectFault('GET /v1/auth/validate', { kind: 'delay', ms: 400 }, 3);
    const error = await rejection(client({ timeoutMs: 100 }).validateKey());
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.retries, 2);
    assert.equal(fake.requests.length, 3);
  });

  it('recovers from a connection dropped after the contact was stored, without a duplicate', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'dropAfterStore' });
    const record = await client().createContact(ADA, crypto.randomUUID());
    assert.equal(fake.contacts().length, 1);
    assert.equal(record.id, fake.contacts()[0].id);
    assert.equal(fake.requests.length, 2);
  });

  it('reports a ConnectionError when nothing listens, after retrying', async () => {
    const port = await closedPort();
    const error = await rejection(client({ baseUrl: `http://127.0.0.1:${port}` }).validateKey());
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.retries, 2);
    assert.ok(!error.message.includes(DEMO_KEY));
    assert.deepEqual(
      logged.map((e) => [e.status, e.outcome]),
      [[undefined, 'connection']],
    );
  });

  it('gives up on a lasting 409 with a ConflictError', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 409 }, 3);
    const error = await rejection(client().createContact(ADA, crypto.randomUUID()));
    assert.ok(error instanceof ConflictError);
  });

  it('logs list requests without their query, which holds searched emails', async () => {
    await client().listContacts([{ key: '$email', operator: 'contains', value: 'ada@analytical-engines.example' }]);
    assert.deepEqual(
      logged.map((e) => [e.method, e.path, e.status]),
      [['GET', '/v1/contacts', 200]],
    );
    assert.match(fake.requests[0].query, /ada%40analytical-engines\.example/);
  });

  it('never writes the key into its request log', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 500 });
    await client().createContact(ADA, crypto.randomUUID());
    assert.ok(logged.length > 0);
    assert.ok(!JSON.stringify(logged).includes(DEMO_KEY));
    assert.ok(!JSON.stringify(logged).includes('Lovelace'));
  });
});

describe('LightfieldClient retry rules without a server', () => {
  it('lets x-should-retry: false stop a retry of a 500, and true force one on a 400', async () => {
    const statuses = [
      { status: 500, header: 'false' },
      { status: 400, header: 'true' },
      { status: 200, header: null },
    ];
    let calls = 0;
    const client = new LightfieldClient({
      baseUrl: 'https://api.lightfield.example',
      apiKey: 'k',
      timeoutMs: 1000,
      sleep: async () => undefined,
      fetch: async () => {
        const answer = statuses[calls++];
        return {
          status: answer.status,
          headers: { get: (name: string) => (name === 'x-should-retry' ? answer.header : null) },
          body: streamOf(
            answer.status === 200 ? '{"active":true,"scopes":[]}' : '{"error":{"type":"x","message":"m"}}',
          ),
        };
      },
    });
    await assert.rejects(client.validateKey(), ServerError);
    assert.equal(calls, 1);
    const validation = await client.validateKey();
    assert.equal(validation.active, true);
    assert.equal(calls, 3);
  });
});

async function* streamOf(...chunks: string[]): AsyncIterable<string> {
  yield* chunks;
}

/** A port on which nothing listens (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
