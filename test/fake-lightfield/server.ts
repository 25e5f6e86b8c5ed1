// The local Lightfield stand-in: a plain `node:http` server that follows lightfield-api.md (§15 items
// 1–8, accounts §13, updates §8) so the extension's client, the in-host integration tests, the browser
// E2E tests and the demo all talk real HTTP to something that behaves like the API, failures included.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import accountDefinitionsFixture from '../fixtures/account-definitions.json';
import contactDefinitionsFixture from '../fixtures/contact-definitions.json';
import { ApiError, badRequest, errorForStatus, errorReply, type Reply } from './errors';
import { FaultQueue, frontFaultReply, parseFault, type Fault } from './faults';
import { IdempotencyStore } from './idempotency';
import { authenticate, DEFAULT_KEYS, DEFAULT_ORG, requireScope, type KeyConfig } from './keys';
import type { CaseInsensitiveMatch } from './lists';
import { DEFAULT_RATE_LIMIT_PER_SECOND, RateLimiter } from './ratelimit';
import { matchRoute, type RouteMatch } from './routes';
import type { AccountRecord, ContactRecord, LightfieldRecord, ObjectDefinitions } from './wire';
import { ACCOUNT, CONTACT, createRecord, type ObjectKind, type ObjectStore, type World } from './world';

export { DEMO_KEY, READ_ONLY_KEY } from './keys';
export type { ContactRecord, LightfieldRecord } from './wire';
export type { ListResponse } from './world';

/** §1: the only version that exists. */
export const API_VERSION = '2026-03-01';

export interface FakeLightfieldOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** Default DEFAULT_KEYS (DEMO_KEY with full access, READ_ONLY_KEY with `contacts:read`). */
  keys?: Record<string, KeyConfig>;
  /** Served by `GET /v1/contacts/definitions` and used to validate creates; default test/fixtures/contact-definitions.json. */
  definitions?: unknown;
  /** The same for accounts; default test/fixtures/account-definitions.json. */
  accountDefinitions?: unknown;
  /** §7 index lag: a record created less than this many ms ago (on `now`) is not listed yet. Default 0. */
  indexLagMs?: number;
  /** §11: requests per second per organization and category (Read, Write, Search). Default 25. */
  rateLimitPerSecond?: number;
  /** Which list filters ignore case (UNCONFIRMED, see lists.ts); default 'partial': contains and startsWith. */
  caseInsensitiveMatch?: CaseInsensitiveMatch;
  /** Default true: `{"error": {...}}`; false: the unwrapped object (§10, §15.8). */
  wrapErrors?: boolean;
  /** How records show writable fields that have no value (§3 UNCONFIRMED); default 'null'. */
  unsetFields?: 'null' | 'omit';
  /** `httpLink` base; default 'https://crm.lightfield.app'. */
  webAppOrigin?: string;
  /** The server's clock (ms): `createdAt`, `updatedAt`, the index lag, rate limits and the 24 h idempotency window. Default Date.now. */
  now?: () => number;
  /** One line per request: method, path, status, duration. Never headers. */
  log?: (line: string) => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Without the leading `?`. */
  query: string;
  /** Lowercased names. */
  headers: Record<string, string>;
  rawBody: string;
  /** Parsed JSON, or undefined (empty or not JSON). */
  body: unknown;
  /** What was answered; 0 while still being processed and when the connection was dropped. */
  status: number;
  /** Wall-clock arrival (Date.now, not the `now` option), so tests can measure a client's retry delays. */
  at: number;
  /** Wall-clock time the answer was written (Date.now); absent while processing and when dropped. */
  answeredAt?: number;
}

type FaultSource = (request: RecordedRequest) => Fault | undefined;

export interface FakeLightfield {
  /** 'http://127.0.0.1:PORT': no trailing slash, no /v1. */
  url: string;
  /** Every API request (not the admin routes) in arrival order; reset() empties this same array. */
  requests: RecordedRequest[];
  /** Stored contacts in the documented wire shape (§3); copies. */
  contacts(): ContactRecord[];
  /** Stored accounts, likewise. */
  accounts(): AccountRecord[];
  /**
   * Stores a contact as `POST /v1/contacts` would (same validation; throws its error), without a
   * request, a rate-limit token or index lag: seeded records stand for data that was there before.
   * `fields`/`relationships` take bare write values (§6, §8).
   */
  seedContact(fields: Record<string, unknown>, relationships?: Record<string, unknown>): ContactRecord;
  /** The same for accounts (`$name` required); the result's id is a valid `$account` target. */
  seedAccount(fields: Record<string, unknown>, relationships?: Record<string, unknown>): AccountRecord;
  /** Changes the §7 index lag until reset() (which restores the `indexLagMs` option). */
  setIndexLag(ms: number): void;
  /** `route`: 'POST /v1/contacts', or a template such as 'GET /v1/contacts/{id}'. Applies to the next `times` (default 1) requests. */
  injectFault(route: string, fault: Fault, times?: number): void;
  /**
   * Asked for a fault for every request the injected faults leave alone (a random source for a soak);
   * undefined lets the request through. Until reset().
   */
  setFaultSource(source: FaultSource | undefined): void;
  /** Resolves with the first request (already seen or yet to come, answered or not) that matches; default timeout 5000 ms. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Clears requests, contacts, accounts, faults (and the fault source), rate-limit buckets and the idempotency store; restores the index lag; drops requests still being held by a delay. */
  reset(): void;
  /** Also closes open sockets. */
  close(): Promise<void>;
}

const ADMIN_PREFIX = '/__fake/';
const JSON_CONTENT_TYPE = /^application\/json\s*(?:;|$)/i;

function objectStore(kind: ObjectKind, body: unknown): ObjectStore {
  const definitions = body as Partial<ObjectDefinitions> | null;
  if (typeof definitions?.fieldDefinitions !== 'object' || definitions.fieldDefinitions === null) {
    throw new TypeError(`${kind.type} definitions must have a fieldDefinitions object (lightfield-api.md §5)`);
  }
  const parsed = { objectType: kind.type, relationshipDefinitions: {}, ...definitions } as ObjectDefinitions;
  return { kind, definitionsBody: body, definitions: parsed, records: new Map(), indexed: new Set() };
}

function checkIndexLag(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`indexLagMs must be a number >= 0, got ${ms}`);
  return ms;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(response: ServerResponse, reply: Reply): void {
  if (reply.rawBody !== undefined) {
    response.writeHead(reply.status, reply.headers);
    response.end(reply.rawBody);
    return;
  }
  const hasBody = reply.body !== undefined;
  response.writeHead(reply.status, { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...reply.headers });
  response.end(hasBody ? JSON.stringify(reply.body) : undefined);
}

class FakeLightfieldServer implements FakeLightfield {
  url = '';
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server;
  private readonly world: World;
  private readonly keys: Record<string, KeyConfig>;
  private readonly wrapErrors: boolean;
  private readonly log: (line: string) => void;
  private readonly faults = new FaultQueue();
  private faultSource: FaultSource | undefined;
  private readonly idempotency: IdempotencyStore;
  private readonly rateLimiter: RateLimiter;
  private readonly initialIndexLagMs: number;
  private readonly waiters = new Set<{ check(): void; fail(error: Error): void }>();
  /** Aborts requests held by a delay fault on reset() and close(), so nothing lands in a cleared store or keeps the process alive. */
  private held = new AbortController();

  constructor(options: FakeLightfieldOptions) {
    const now = options.now ?? Date.now;
    this.initialIndexLagMs = checkIndexLag(options.indexLagMs ?? 0);
    this.world = {
      contacts: objectStore(CONTACT, options.definitions ?? contactDefinitionsFixture),
      accounts: objectStore(ACCOUNT, options.accountDefinitions ?? accountDefinitionsFixture),
      records: {
        webAppOrigin: options.webAppOrigin ?? 'https://crm.lightfield.app',
        unsetFields: options.unsetFields ?? 'null',
        now,
      },
      indexLagMs: this.initialIndexLagMs,
      caseInsensitiveMatch: options.caseInsensitiveMatch ?? 'partial',
    };
    this.keys = options.keys ?? DEFAULT_KEYS;
    this.wrapErrors = options.wrapErrors ?? true;
    this.log = options.log ?? (() => undefined);
    this.idempotency = new IdempotencyStore(now);
    this.rateLimiter = new RateLimiter(options.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT_PER_SECOND, now);
    this.server = createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        // Only a bug of the stand-in gets here; say so loudly instead of hanging the client.
        if (!response.headersSent)
          send(
            response,
            errorReply(new ApiError(500, 'internal_server_error', `Fake Lightfield failed: ${String(error)}`), true),
          );
      });
    });
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  contacts(): ContactRecord[] {
    return structuredClone([...this.world.contacts.records.values()]);
  }

  accounts(): AccountRecord[] {
    return structuredClone([...this.world.accounts.records.values()]);
  }

  seedContact(fields: Record<string, unknown>, relationships?: Record<string, unknown>): ContactRecord {
    return this.seed(this.world.contacts, fields, relationships);
  }

  seedAccount(fields: Record<string, unknown>, relationships?: Record<string, unknown>): AccountRecord {
    return this.seed(this.world.accounts, fields, relationships);
  }

  setIndexLag(ms: number): void {
    this.world.indexLagMs = checkIndexLag(ms);
  }

  private seed(
    store: ObjectStore,
    fields: Record<string, unknown>,
    relationships: Record<string, unknown> | undefined,
  ): LightfieldRecord {
    return structuredClone(
      createRecord(this.world, store, relationships === undefined ? { fields } : { fields, relationships }, true),
    );
  }

  injectFault(route: string, fault: Fault, times?: number): void {
    this.faults.inject(route, fault, times);
  }

  setFaultSource(source: FaultSource | undefined): void {
    this.faultSource = source;
  }

  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const found = this.requests.find(pred);
          if (found) settle(() => resolve(found));
        },
        fail: (error: Error) => settle(() => reject(error)),
      };
      const timer = setTimeout(
        () =>
          waiter.fail(
            new Error(`waitForRequest: no match within ${timeoutMs} ms (${this.requests.length} requests seen)`),
          ),
        timeoutMs,
      );
      const settle = (finish: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        finish();
      };
      this.waiters.add(waiter);
      waiter.check();
    });
  }

  reset(): void {
    this.requests.length = 0;
    for (const store of [this.world.contacts, this.world.accounts]) {
      store.records.clear();
      store.indexed.clear();
    }
    this.world.indexLagMs = this.initialIndexLagMs;
    this.faults.clear();
    this.faultSource = undefined;
    this.idempotency.clear();
    this.rateLimiter.clear();
    this.releaseHeld();
  }

  async close(): Promise<void> {
    this.releaseHeld();
    for (const waiter of [...this.waiters]) waiter.fail(new Error('waitForRequest: the fake was closed'));
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private releaseHeld(): void {
    this.held.abort();
    this.held = new AbortController();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const rawBody = await readBody(request);
    const { pathname, search } = new URL(request.url ?? '/', 'http://fake.invalid');
    const method = request.method ?? 'GET';
    let status: number;
    if (pathname.startsWith(ADMIN_PREFIX)) {
      const reply = this.serveAdmin(`${method} ${pathname}`, parseJson(rawBody));
      send(response, reply);
      status = reply.status;
    } else {
      const recorded: RecordedRequest = {
        method,
        path: pathname,
        query: search.slice(1),
        headers: flattenHeaders(request),
        rawBody,
        body: parseJson(rawBody),
        status: 0,
        at: started,
      };
      this.requests.push(recorded);
      this.notify();
      const reply = await this.serveApi(recorded);
      if (reply) send(response, reply);
      else request.socket.destroy();
      if (reply) recorded.answeredAt = Date.now();
      recorded.status = reply?.status ?? 0;
      this.notify();
      status = recorded.status;
    }
    this.log(`${method} ${pathname} ${status || 'dropped'} ${Date.now() - started}ms`);
  }

  /**
   * The reply to send, or undefined to drop the connection. Injected `status`, `malformed`, `redirect`
   * and `drop` faults act in front of the API (a proxy, the network): they take no rate-limit token and
   * carry no `X-RateLimit-*`.
   */
  private async serveApi(recorded: RecordedRequest): Promise<Reply | undefined> {
    const match = matchRoute(recorded.method, recorded.path);
    const routeNames = [`${recorded.method} ${recorded.path}`];
    if (match) routeNames.push(`${match.route.method} ${match.route.path}`);
    const fault = this.faults.take(routeNames) ?? this.faultSource?.(recorded);
    if (fault?.kind === 'drop') return undefined;
    if (fault?.kind === 'status' || fault?.kind === 'malformed' || fault?.kind === 'redirect')
      return frontFaultReply(fault, this.wrapErrors);
    const signal = this.held.signal;
    try {
      const reply = await this.process(recorded, match, fault?.kind === 'delay' ? fault.ms : 0, signal);
      return fault?.kind === 'dropAfterStore' ? undefined : reply;
    } catch (error) {
      if (signal.aborted) return undefined;
      throw error;
    }
  }

  /**
   * The checks in the order the API makes them (auth, rate limit, version, media type, route, scope),
   * then the handler; documented failures become error replies. Every reply after authentication
   * carries the organization's `X-RateLimit-*` headers (§11), errors and idempotent replays included;
   * a 401 has no organization to count against, so it carries none.
   */
  private async process(
    recorded: RecordedRequest,
    match: RouteMatch | undefined,
    delayMs: number,
    signal: AbortSignal,
  ): Promise<Reply> {
    const { headers } = recorded;
    let rateHeaders: Record<string, string> | undefined;
    try {
      const key = authenticate(headers, this.keys);
      const org = key.org ?? DEFAULT_ORG;
      // An unknown endpoint still costs a token: GETs from the Read bucket, POSTs from the Write one.
      const verdict = this.rateLimiter.take(
        org,
        match?.route.category ?? (recorded.method === 'POST' ? 'write' : 'read'),
      );
      rateHeaders = verdict.headers;
      if (!verdict.allowed) throw errorForStatus(429); // §11's documented body
      if (headers['lightfield-version'] !== API_VERSION) {
        // `param` naming the header is our choice; §1 documents only the code.
        throw badRequest(
          'version_header',
          `Missing or unsupported Lightfield-Version header; use ${API_VERSION}.`,
          'Lightfield-Version',
        );
      }
      if (recorded.method === 'POST' && !JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')) {
        throw new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json.');
      }
      if (!match) throw new ApiError(404, 'not_found', `Unknown endpoint ${recorded.method} ${recorded.path}.`);
      const { route, params } = match;
      requireScope(key, route.scope);
      const perform = async (): Promise<Reply> => {
        if (delayMs > 0) await sleep(delayMs, undefined, { signal });
        return route.handle({ params, query: recorded.query, body: recorded.body, key, world: this.world });
      };
      // An empty header is treated as no key: there is nothing to scope a replay by.
      const idempotencyKey = headers['idempotency-key'] || undefined;
      const reply = route.idempotentOperation
        ? await this.idempotency.run(org, route.idempotentOperation, idempotencyKey, perform)
        : await perform();
      return { ...reply, headers: { ...reply.headers, ...rateHeaders } };
    } catch (error) {
      if (!(error instanceof ApiError) || signal.aborted) throw error;
      return errorReply(error, this.wrapErrors, rateHeaders);
    }
  }

  /** Test control for other processes (e.g. the extension host): no auth, not recorded. */
  private serveAdmin(route: string, body: unknown): Reply {
    const ok = (payload?: unknown): Reply => ({ status: payload === undefined ? 204 : 200, body: payload });
    switch (route) {
      case 'GET /__fake/requests':
        return ok(this.requests);
      case 'GET /__fake/contacts':
        return ok(this.contacts());
      case 'GET /__fake/accounts':
        return ok(this.accounts());
      // Seeding from another process: body `{fields, relationships?}` as for seedContact/seedAccount.
      case 'POST /__fake/contacts':
      case 'POST /__fake/accounts': {
        const { fields, relationships } = (body ?? {}) as {
          fields?: Record<string, unknown>;
          relationships?: Record<string, unknown>;
        };
        const store = route.endsWith('contacts') ? this.world.contacts : this.world.accounts;
        try {
          return ok(this.seed(store, fields as Record<string, unknown>, relationships));
        } catch (error) {
          if (error instanceof ApiError) return errorReply(error, true);
          throw error;
        }
      }
      case 'POST /__fake/index-lag': {
        const { ms } = (body ?? {}) as { ms?: unknown };
        if (typeof ms !== 'number' || !(ms >= 0))
          return errorReply(new ApiError(400, 'bad_request', "'ms' must be a number >= 0"), true);
        this.setIndexLag(ms);
        return ok();
      }
      case 'POST /__fake/reset':
        this.reset();
        return ok();
      case 'POST /__fake/faults': {
        const { route: target, fault, times } = (body ?? {}) as { route?: unknown; fault?: unknown; times?: unknown };
        try {
          if (typeof target !== 'string' || target === '')
            throw new Error("'route' must be a string like 'POST /v1/contacts'");
          if (times !== undefined && typeof times !== 'number') throw new Error("'times' must be a number");
          this.injectFault(target, parseFault(fault), times);
        } catch (error) {
          return errorReply(new ApiError(400, 'bad_request', (error as Error).message), true);
        }
        return ok();
      }
      default:
        return errorReply(new ApiError(404, 'not_found', `Unknown admin route ${route}.`), true);
    }
  }
}

export async function startFakeLightfield(options: FakeLightfieldOptions = {}): Promise<FakeLightfield> {
  const fake = new FakeLightfieldServer(options);
  await fake.listen(options.port ?? 0);
  return fake;
}
