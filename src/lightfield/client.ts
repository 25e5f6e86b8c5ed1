// The Lightfield API client. No `vscode` here: fetch, the base URL and the key are injected, so the
// same code runs in the extension and under plain mocha against the local stand-in.
import { apiKeyProblem } from './apiKey';
import {
  CancelledError,
  ConnectionError,
  InvalidApiKeyError,
  LightfieldError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
  errorForStatus,
  parseErrorBody,
} from './errors';
import { AnswerKind, BODY_LIMIT_BYTES, MAX_ERROR_DETAIL_LENGTH, MAX_SERVER_MESSAGE_LENGTH, capText } from './limits';
import { HeaderReader, MAX_RETRIES, isRetryableStatus, retryDelayMs } from './retry';
import { readBodyWithin } from './responseBody';
import {
  API_VERSION,
  AuthValidation,
  CreateRecordBody,
  LightfieldRecord,
  ListPage,
  ObjectDefinitions,
  UpdateRecordBody,
} from './types';
import { readRecord } from './wireRecord';
import { readDefinitions } from './definitions';

/**
 * The part of fetch the client uses; node-fetch 3 and the global fetch both fit. Redirects are never
 * followed (`redirect: 'manual'`): a 3xx comes back as an answer, and the client refuses it.
 */
export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    signal: AbortSignal;
    redirect: 'manual';
  },
) => Promise<{ status: number; headers: HeaderReader; body: AsyncIterable<Uint8Array | string> | null }>;

/** One line of the request log: what was asked and how it went. Never the key or field values. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** HTTP status of the last attempt; undefined when no answer came (network error, timeout). */
  status: number | undefined;
  durationMs: number;
  retries: number;
  outcome: 'ok' | LightfieldError['kind'];
}

/** A list filter: `key`, operator (`contains`, `startsWith`, … ; `-` negates) and value (lightfield-api.md §7). */
export interface ListFilter {
  key: string;
  operator: string;
  value: string;
}

/** The API's page size limit; more is never asked for. */
const MAX_PAGE_SIZE = 25;

export interface ClientOptions {
  /** Checked by `checkBaseUrl`: origin, no trailing slash, no /v1. */
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  timeoutMs: number;
  maxRetries?: number;
  /** Waits before a retry; resolves early (or rejects) when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRequest?: (entry: RequestLogEntry) => void;
  /** A problem with an answer that did not fail the request (a skipped definition), for the log. */
  onWarning?: (line: string) => void;
}

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  /** What a success holds: it sets how much of the answer is read. */
  answer: Exclude<AnswerKind, 'error'>;
  /** The scope a 403 would be about, to name it to the user. */
  scope?: string;
  body?: unknown;
  idempotencyKey?: string;
  /** Aborting it cancels the attempt in flight and any wait for a retry. */
  signal?: AbortSignal;
}

type Attempt =
  | { kind: 'answer'; status: number; headers: HeaderReader; text: string }
  | { kind: 'failed'; status?: number; error: LightfieldError };

/** Failures that another attempt may get past; redirects, oversized answers and cancels are final. */
const RETRYABLE_FAILURES: ReadonlySet<LightfieldError['kind']> = new Set(['connection', 'timeout']);

export class LightfieldClient {
  private readonly maxRetries: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: ClientOptions) {
    this.maxRetries = options.maxRetries ?? MAX_RETRIES;
    this.sleep = options.sleep ?? sleepUnlessAborted;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /** `GET /v1/auth/validate`: is the key good, and what may it do. */
  async validateKey(signal?: AbortSignal): Promise<AuthValidation> {
    const body = (await this.request({ method: 'GET', path: '/v1/auth/validate', answer: 'auth', signal })) as Record<
      string,
      unknown
    >;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return {
      active: body.active === true,
      tokenType: text(body.tokenType),
      subjectType: text(body.subjectType),
      scopes: Array.isArray(body.scopes)
        ? body.scopes.filter((scope): scope is string => typeof scope === 'string')
        : [],
    };
  }

  /**
   * `GET /v1/contacts/definitions`: the workspace's contact fields, read by `readDefinitions`. A bad
   * definition is skipped (each reported to `onWarning`); with no usable field left, it fails.
   */
  async getContactDefinitions(signal?: AbortSignal): Promise<ObjectDefinitions> {
    const body = await this.request({
      method: 'GET',
      path: '/v1/contacts/definitions',
      answer: 'definitions',
      scope: 'contacts:read',
      signal,
    });
    const reading = readDefinitions(body, 'contact');
    if (!reading) {
      throw new UnexpectedResponseError({ status: 200, message: 'Lightfield answered without field definitions.' });
    }
    for (const line of reading.skipped) this.options.onWarning?.(this.redact(line));
    if (Object.keys(reading.definitions.fieldDefinitions).length === 0) {
      throw new UnexpectedResponseError({
        status: 200,
        message: `none of the ${reading.skipped.length} contact fields it sent can be read, so the form has none to show.`,
      });
    }
    return reading.definitions;
  }

  /**
   * `POST /v1/contacts`. The idempotency key makes retries safe: pass the same key for every retry
   * of one user action, and a fresh one for a new action.
   */
  createContact(body: CreateRecordBody, idempotencyKey: string, signal?: AbortSignal): Promise<LightfieldRecord> {
    return this.write('POST', '/v1/contacts', 'contacts:create', body, idempotencyKey, signal);
  }

  /** `POST /v1/contacts/{id}`: changed fields only; relationships as add/remove/replace operations. */
  updateContact(
    id: string,
    body: UpdateRecordBody,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<LightfieldRecord> {
    return this.write(
      'POST',
      `/v1/contacts/${encodeURIComponent(id)}`,
      'contacts:update',
      body,
      idempotencyKey,
      signal,
    );
  }

  /** `GET /v1/contacts/{id}`: fresh, unlike lists (which lag writes). */
  async getContact(id: string, signal?: AbortSignal): Promise<LightfieldRecord> {
    return readRecord(
      await this.request({
        method: 'GET',
        path: `/v1/contacts/${encodeURIComponent(id)}`,
        answer: 'record',
        scope: 'contacts:read',
        signal,
      }),
    );
  }

  /** `GET /v1/contacts?…`: one page, at most 25 records. */
  listContacts(filters: ListFilter[], limit = MAX_PAGE_SIZE, signal?: AbortSignal): Promise<ListPage> {
    return this.list('contacts', filters, limit, signal);
  }

  /** `GET /v1/accounts?…`: one page, at most 25 records. */
  listAccounts(filters: ListFilter[], limit = MAX_PAGE_SIZE, signal?: AbortSignal): Promise<ListPage> {
    return this.list('accounts', filters, limit, signal);
  }

  /** `POST /v1/accounts`, with its own idempotency key. */
  createAccount(body: CreateRecordBody, idempotencyKey: string, signal?: AbortSignal): Promise<LightfieldRecord> {
    return this.write('POST', '/v1/accounts', 'accounts:create', body, idempotencyKey, signal);
  }

  private async write(
    method: 'POST',
    path: string,
    scope: string,
    body: unknown,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<LightfieldRecord> {
    return readRecord(await this.request({ method, path, answer: 'record', scope, body, idempotencyKey, signal }));
  }

  private async list(
    collection: 'contacts' | 'accounts',
    filters: ListFilter[],
    limit: number,
    signal?: AbortSignal,
  ): Promise<ListPage> {
    const query = new URLSearchParams(
      filters.map((filter): [string, string] => [`${filter.key}[${filter.operator}]`, filter.value]),
    );
    query.set('limit', String(Math.min(Math.max(1, limit), MAX_PAGE_SIZE)));
    const body = (await this.request({
      method: 'GET',
      path: `/v1/${collection}?${query}`,
      answer: 'list',
      scope: `${collection}:read`,
      signal,
    })) as Partial<ListPage>;
    if (!Array.isArray(body.data))
      throw new UnexpectedResponseError({ status: 200, message: 'Lightfield answered a list without data.' });
    return {
      object: 'list',
      data: body.data.map(readRecord),
      totalCount: typeof body.totalCount === 'number' ? body.totalCount : body.data.length,
    };
  }

  private async request(spec: RequestSpec): Promise<unknown> {
    const started = this.now();
    const keyProblem = apiKeyProblem(this.options.apiKey);
    if (keyProblem !== undefined) throw new InvalidApiKeyError(keyProblem);
    let retries = 0;
    for (;;) {
      const attempt = spec.signal?.aborted
        ? ({ kind: 'failed', error: new CancelledError() } as const)
        : await this.attempt(spec, retries);
      const done = this.outcome(attempt, spec);
      const canRetry = retries < this.maxRetries && done.retryable && !spec.signal?.aborted;
      if (!canRetry) {
        this.log(spec, attempt, started, retries, done.error);
        if (done.error) {
          done.error.retries = retries;
          throw done.error;
        }
        return done.value;
      }
      const headers = attempt.kind === 'answer' ? attempt.headers : undefined;
      await this.sleep(retryDelayMs(retries, headers, this.random, this.now()), spec.signal).catch(() => undefined);
      retries++;
    }
  }

  private outcome(
    attempt: Attempt,
    spec: RequestSpec,
  ): { value?: unknown; error?: LightfieldError; retryable: boolean } {
    if (attempt.kind === 'failed') {
      // Network failures and timeouts are retried; a POST only with an idempotency key, so that a
      // request the server did get never creates a second record.
      const retryable =
        RETRYABLE_FAILURES.has(attempt.error.kind) && (spec.method === 'GET' || spec.idempotencyKey !== undefined);
      return { error: attempt.error, retryable };
    }
    const json = parseJson(attempt.text);
    if (attempt.status >= 200 && attempt.status < 300) {
      if (typeof json === 'object' && json !== null) return { value: json, retryable: false };
      return {
        error: new UnexpectedResponseError({
          status: attempt.status,
          message: 'Lightfield answered with a body that is not JSON.',
        }),
        retryable: false,
      };
    }
    const parsed = parseErrorBody(json);
    const detail = (text: string | undefined) =>
      text === undefined ? undefined : capText(this.redact(text), MAX_ERROR_DETAIL_LENGTH);
    const error = errorForStatus(
      {
        status: attempt.status,
        type: detail(parsed.type),
        code: detail(parsed.code),
        param: detail(parsed.param),
        message: capText(
          this.redact(parsed.message ?? `Lightfield answered HTTP ${attempt.status}.`),
          MAX_SERVER_MESSAGE_LENGTH,
        ),
      },
      spec.scope,
    );
    const retryable =
      isRetryableStatus(attempt.status, attempt.headers) &&
      (spec.method === 'GET' || spec.idempotencyKey !== undefined);
    return { error, retryable };
  }

  private async attempt(spec: RequestSpec, retries: number): Promise<Attempt> {
    const url = this.options.baseUrl + spec.path;
    // One controller stops the attempt for every reason: the timeout, the caller's cancel, or an
    // answer the client will not read (a redirect, a body past its limit).
    const stop = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop.abort();
    }, this.options.timeoutMs);
    const onCancel = () => stop.abort();
    spec.signal?.addEventListener('abort', onCancel);
    try {
      const response = await this.options.fetch(url, {
        method: spec.method,
        headers: this.headers(spec, retries),
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: stop.signal,
        redirect: 'manual',
      });
      const { status, headers } = response;
      if (status >= 300 && status < 400) {
        stop.abort();
        return { kind: 'failed', status, error: new RedirectError(status, this.locationOrigin(headers, url)) };
      }
      // The timeout covers the body too: a server that stalls mid-answer is as dead as a silent one.
      const limit = BODY_LIMIT_BYTES[status >= 200 && status < 300 ? spec.answer : 'error'];
      const text = await readBodyWithin(response, limit);
      if (text === undefined) {
        stop.abort();
        return { kind: 'failed', status, error: new ResponseTooLargeError(limit) };
      }
      return { kind: 'answer', status, headers, text };
    } catch (error) {
      if (spec.signal?.aborted) return { kind: 'failed', error: new CancelledError() };
      if (timedOut) return { kind: 'failed', error: new TimeoutError(this.options.timeoutMs) };
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: 'failed',
        error: new ConnectionError(
          capText(this.redact(`Could not connect to ${this.options.baseUrl}: ${reason}`), MAX_SERVER_MESSAGE_LENGTH),
        ),
      };
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onCancel);
    }
  }

  /** Where a 3xx pointed, as an origin only (a path or query could carry anything). */
  private locationOrigin(headers: HeaderReader, requestUrl: string): string | undefined {
    const location = headers.get('location');
    if (location === null) return undefined;
    try {
      const { origin } = new URL(location, requestUrl);
      return origin === 'null' ? undefined : capText(this.redact(origin), MAX_ERROR_DETAIL_LENGTH);
    } catch {
      return undefined;
    }
  }

  private headers(spec: RequestSpec, retries: number): Record<string, string> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.options.apiKey}`,
      'Lightfield-Version': API_VERSION,
      Accept: 'application/json',
      // Harmless to the server; tells its logs which attempt this is, as the official SDKs do.
      'X-Stainless-Retry-Count': String(retries),
    };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
    return headers;
  }

  private log(
    spec: RequestSpec,
    attempt: Attempt,
    started: number,
    retries: number,
    error: LightfieldError | undefined,
  ): void {
    this.options.onRequest?.({
      method: spec.method,
      // Without the query: list filters carry searched emails and names.
      path: this.redact(spec.path.split('?')[0]),
      status: attempt.status,
      durationMs: this.now() - started,
      retries,
      outcome: error ? error.kind : 'ok',
    });
  }

  /** Whatever a server or the network says, the key must not travel on into messages or logs. */
  private redact(text: string): string {
    return this.options.apiKey ? text.split(this.options.apiKey).join('[redacted]') : text;
  }
}

/** The default wait before a retry: a timer that a cancel cuts short. */
function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
