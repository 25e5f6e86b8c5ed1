// The client against servers that misbehave on purpose (issue #10): redirects, oversized and
// endless bodies, messages that echo the key, answers nested too deep, cancels and unusable keys.
// Each case runs the real client with node-fetch 3 against a plain local server over real HTTP(S).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer as createHttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import fetch from 'node-fetch';
import { ClientOptions, LightfieldClient, RequestLogEntry } from '../../src/lightfield/client';
import { FetchLike } from '../../src/lightfield/transport';
import {
  CancelledError,
  InvalidApiKeyError,
  RedirectError,
  ResponseTooLargeError,
  ServerError,
  ValidationError,
} from '../../src/lightfield/errors';
import { explainError, MAX_EXPLANATION_LENGTH } from '../../src/lightfield/explain';
import { BODY_LIMIT_BYTES, MAX_SERVER_MESSAGE_LENGTH } from '../../src/lightfield/limits';
import { readField, recordDisplayName } from '../../src/contact/record';
import { repoRoot } from '../parser/corpus';
import { rejection } from './lightfieldRejection';
import { DEMO_KEY, FakeLightfield, startFakeLightfield } from '../fake-lightfield/server';

const ADA = { fields: { $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada@example.com'] } };
const RECORD = {
  id: 'con_1',
  createdAt: '2026-11-20T15:04:05.123Z',
  updatedAt: null,
  httpLink: null,
  relationships: {},
};
// A self-signed certificate for 127.0.0.1, made for these tests only (openssl req -x509, 100 years).
const TLS_DIR = path.join(repoRoot(), 'test/fixtures/tls');
const TLS = {
  key: fs.readFileSync(path.join(TLS_DIR, 'localhost-key.pem')),
  cert: fs.readFileSync(path.join(TLS_DIR, 'localhost-cert.pem')),
};

interface LocalServer {
  url: string;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

/**
 * A plain server on 127.0.0.1 answering every request with `handle`; it records what reached it.
 * `host` names it in its URL: `localhost` is another host than 127.0.0.1 to a client (and works on
 * every system, unlike 127.0.0.2 on macOS).
 */
async function localServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  { host = '127.0.0.1', tls = false }: { host?: '127.0.0.1' | 'localhost'; tls?: boolean } = {},
): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      });
      handle(request, response);
    });
  };
  const server = tls ? createHttpsServer(TLS, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    requests,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** node-fetch 3, trusting the test certificate for https. */
const fetchTrustingTestCert: FetchLike = (url, init) =>
  fetch(url, { ...init, agent: url.startsWith('https:') ? new Agent({ ca: TLS.cert }) : undefined });

function client(baseUrl: string, overrides: Partial<ClientOptions> = {}): LightfieldClient {
  return new LightfieldClient({
    baseUrl,
    apiKey: DEMO_KEY,
    fetch: fetchTrustingTestCert,
    timeoutMs: 5_000,
    sleep: async () => undefined,
    ...overrides,
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

describe('LightfieldClient never follows a redirect', () => {
  const servers: LocalServer[] = [];
  after(() => Promise.all(servers.map((server) => server.close())));

  async function server(...args: Parameters<typeof localServer>): Promise<LocalServer> {
    const started = await localServer(...args);
    servers.push(started);
    return started;
  }

  const targets: [string, () => Promise<LocalServer>, { tls: boolean }][] = [
    ['the same host on another port', () => server((_, res) => json(res, 200, RECORD)), { tls: false }],
    ['another host', () => server((_, res) => json(res, 200, RECORD), { host: 'localhost' }), { tls: false }],
    ['plain http from https', () => server((_, res) => json(res, 200, RECORD)), { tls: true }],
  ];

  for (const status of [301, 302, 303, 307, 308]) {
    for (const [where, startTarget, { tls }] of targets) {
      it(`refuses a ${status} to ${where}: nothing reaches the Location, nothing is retried`, async () => {
        const target = await startTarget();
        const origin = await server(
          (_, res) => {
            res.writeHead(status, { location: `${target.url}/v1/contacts`, 'content-type': 'text/plain' });
            res.end('Moved');
          },
          { tls },
        );
        const key = crypto.randomUUID();
        const error = await rejection(client(origin.url).createContact(ADA, key));

        assert.ok(error instanceof RedirectError, error.message);
        assert.equal(error.status, status);
        assert.equal(error.locationOrigin, target.url);
        assert.equal(error.retries, 0);
        assert.equal(origin.requests.length, 1);
        assert.equal(target.requests.length, 0, 'the key and the contact went to the Location');
        const explained = explainError(error, new URL(origin.url).host);
        assert.match(explained.message, new RegExp(`redirect to ${target.url.replace(/\./g, '\\.')}`));
        assert.deepEqual(explained.actions, ['openSettings']);
      });
    }
  }

  it('refuses a redirect of a read too, and one without a Location', async () => {
    const origin = await server((_, res) => {
      res.writeHead(302);
      res.end();
    });
    const error = await rejection(client(origin.url).getContactDefinitions());
    assert.ok(error instanceof RedirectError);
    assert.equal(error.locationOrigin, undefined);
    assert.equal(origin.requests.length, 1);
  });
});

describe('LightfieldClient reads bounded bodies', () => {
  let server: LocalServer | undefined;
  afterEach(() => server?.close());

  it('stops an endless 2xx body at the record limit, without a retry', async () => {
    server = await localServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('{"id":"con_1","fields":{},"padding":"');
      pump();
    });
    const error = await rejection(client(server.url).createContact(ADA, crypto.randomUUID()));
    assert.ok(error instanceof ResponseTooLargeError, error.message);
    assert.equal(error.limitBytes, BODY_LIMIT_BYTES.record);
    assert.match(error.message, /Lightfield's answer was too large/);
    assert.equal(server.requests.length, 1);
    assert.match(explainError(error, 'api.lightfield.app').message, /^Lightfield's answer was too large/);
  });

  it('does not retry a 5xx whose body is past the error limit', async () => {
    server = await localServer((_, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'x', message: 'y'.repeat(BODY_LIMIT_BYTES.error) } }));
    });
    const error = await rejection(client(server.url).createContact(ADA, crypto.randomUUID()));
    assert.ok(error instanceof ResponseTooLargeError, error.message);
    assert.equal(server.requests.length, 1);
  });

  it('refuses a body whose Content-Length is past the limit before reading it', async () => {
    server = await localServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BODY_LIMIT_BYTES.auth + 1) });
      res.write('{');
    });
    const error = await rejection(client(server.url).validateKey());
    assert.ok(error instanceof ResponseTooLargeError, error.message);
    assert.equal(server.requests.length, 1);
  });

  it('caps a long server message before people read it', async () => {
    server = await localServer((_, res) =>
      json(res, 400, { error: { type: 'bad_request', code: 'invalid_type', message: 'Nope. '.repeat(5_000) } }),
    );
    const error = await rejection(client(server.url).createContact(ADA, crypto.randomUUID()));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.message.length, MAX_SERVER_MESSAGE_LENGTH);
    assert.ok(error.message.endsWith('…'));
    assert.ok(explainError(error, 'api.lightfield.app').message.length <= MAX_EXPLANATION_LENGTH);
    assert.ok(explainError(new Error('x'.repeat(100_000)), 'h').message.length <= MAX_EXPLANATION_LENGTH);
  });

  it('keeps a record nested 200,000 levels deep walkable: the too-deep value reads as unset', async () => {
    const depth = 200_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    const name = '{"valueType":"FULL_NAME","value":{"firstName":"Ada"}}';
    server = await localServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"con_1","deep":${deep},"fields":{"$name":${name},"deep":{"valueType":"TEXT","value":${deep}}}}`);
    });
    const record = await client(server.url).createContact(ADA, crypto.randomUUID());
    assert.doesNotThrow(() => JSON.stringify(record));
    assert.doesNotThrow(() => structuredClone(record));
    assert.equal(readField(record, 'deep'), undefined);
    assert.equal(recordDisplayName(record), 'Ada');
    assert.equal((record as unknown as Record<string, unknown>).deep, undefined, 'undocumented parts are dropped');
  });

  it('keeps at most the field limit of a record with a huge number of fields', async () => {
    const fields = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, n) => [`f${n}`, { valueType: 'TEXT', value: 'x' }]),
    );
    server = await localServer((_, res) => json(res, 200, { ...RECORD, fields }));
    const record = await client(server.url).getContact('con_1');
    assert.equal(Object.keys(record.fields).length, 2_000);
  });
});

describe('LightfieldClient keeps the key out of everything it says', () => {
  let server: LocalServer | undefined;
  afterEach(() => server?.close());

  it('redacts the key from message, param, type, code and the request log', async () => {
    server = await localServer((_, res) =>
      json(res, 400, {
        error: {
          type: `bad_${DEMO_KEY}`,
          code: `code_${DEMO_KEY}`,
          param: `fields.${DEMO_KEY}`,
          message: `Unrecognized field '${DEMO_KEY}'.`,
        },
      }),
    );
    const logged: RequestLogEntry[] = [];
    const error = await rejection(
      client(server.url, { onRequest: (entry) => logged.push(entry) }).createContact(ADA, crypto.randomUUID()),
    );
    assert.ok(error instanceof ValidationError);
    const said = JSON.stringify({ error, message: error.message, fieldKey: error.fieldKey, logged });
    assert.ok(!said.includes(DEMO_KEY), said);
    assert.equal(error.param, 'fields.[redacted]');
    const explained = explainError(error, 'api.lightfield.app');
    assert.ok(!JSON.stringify(explained).includes(DEMO_KEY));
  });

  it('redacts the key from the origin of a redirect', async () => {
    const key = 'sk-lf-key-in-a-host-name';
    server = await localServer((_, res) => {
      res.writeHead(307, { location: `http://${key}.example/` });
      res.end();
    });
    const error = await rejection(client(server.url, { apiKey: key }).validateKey());
    assert.ok(error instanceof RedirectError);
    assert.ok(!error.message.includes(key), error.message);
  });
});

describe('LightfieldClient cancels', () => {
  let fake: FakeLightfield;
  before(async () => {
    fake = await startFakeLightfield();
  });
  after(() => fake.close());
  beforeEach(() => fake.reset());

  it('aborts a request in flight: CancelledError, no retry, nothing stored', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'delay', ms: 3_000 });
    const cancel = new AbortController();
    const created = client(fake.url, { fetch }).createContact(ADA, crypto.randomUUID(), cancel.signal);
    await fake.waitForRequest((request) => request.method === 'POST');
    cancel.abort();
    const error = await rejection(created);
    assert.ok(error instanceof CancelledError, error.message);
    assert.equal(fake.requests.length, 1);
    assert.equal(explainError(error, 'h').retryable, true);
  });

  it('cuts the wait for a retry short, and sends nothing more', async () => {
    fake.injectFault('POST /v1/contacts', { kind: 'status', status: 503, retryAfter: '30' });
    const cancel = new AbortController();
    // The default sleep: a real timer, which the cancel must cut short (the test would time out otherwise).
    const created = new LightfieldClient({
      baseUrl: fake.url,
      apiKey: DEMO_KEY,
      fetch,
      timeoutMs: 5_000,
    }).createContact(ADA, crypto.randomUUID(), cancel.signal);
    await fake.waitForRequest((request) => request.status === 503);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the client is waiting to retry by now
    cancel.abort();
    const error = await rejection(created);
    assert.ok(error instanceof CancelledError, error.message);
    assert.equal(error.retries, 1);
    assert.equal(fake.requests.length, 1);
    assert.equal(fake.contacts().length, 0);
  });

  it('sends nothing when cancelled before it starts', async () => {
    const error = await rejection(client(fake.url, { fetch }).listContacts([], 25, AbortSignal.abort()));
    assert.ok(error instanceof CancelledError);
    assert.equal(fake.requests.length, 0);
  });
});

describe('LightfieldClient with a key that cannot be sent', () => {
  it('refuses a key with a zero-width space at once: no request, no retry, a message that says why', async () => {
    let calls = 0;
    const error = await rejection(
      client('https://api.lightfield.example', {
        apiKey: 'sk_lf_abc\u200bdef',
        fetch: async () => {
          calls++;
          throw new TypeError('Invalid character in header content ["Authorization"]');
        },
      }).validateKey(),
    );
    assert.ok(error instanceof InvalidApiKeyError, error.message);
    assert.equal(calls, 0);
    assert.match(error.message, /U\+200B/);
    assert.deepEqual(explainError(error, 'h').actions, ['setApiKey']);
    assert.ok(!(error instanceof ServerError));
  });
});
