// The Lightfield API client. No `vscode` here: fetch, the base URL and the key are injected, so the
// same code runs in the extension and under plain mocha against the local stand-in.
import * as l10n from '@vscode/l10n';
// Here: the typed endpoints and the retry loop; one attempt over HTTP is transport.ts, what its
// answer means is outcome.ts.
import { apiKeyProblem } from './apiKey';
import { readDefinitions } from './definitions';
import { CancelledError, InvalidApiKeyError, LightfieldError, UnexpectedResponseError } from './errors';
import { attemptOutcome } from './outcome';
import { MAX_RETRIES, retryDelayMs } from './retry';
import { Attempt, RequestSpec, TransportOptions, sendAttempt } from './transport';
import {
  AuthValidation,
  CreateRecordBody,
  LightfieldRecord,
  ListPage,
  ObjectDefinitions,
  UpdateRecordBody,
} from './types';
import { readRecord } from './wireRecord';

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

export interface ClientOptions extends TransportOptions {
  maxRetries?: number;
  /** Waits before a retry; resolves early (or rejects) when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRequest?: (entry: RequestLogEntry) => void;
  /** A problem with an answer that did not fail the request (a skipped definition), for the log. */
  onWarning?: (line: string) => void;
}

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
      throw new UnexpectedResponseError({
        status: 200,
        message: l10n.t('Lightfield answered without field definitions.'),
      });
    }
    for (const line of reading.skipped) this.options.onWarning?.(this.redact(line));
    if (Object.keys(reading.definitions.fieldDefinitions).length === 0) {
      throw new UnexpectedResponseError({
        status: 200,
        message: l10n.t(
          'none of the {0} contact fields it sent can be read, so the form has none to show.',
          reading.skipped.length,
        ),
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
      throw new UnexpectedResponseError({ status: 200, message: l10n.t('Lightfield answered a list without data.') });
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
        : await sendAttempt(this.options, spec, retries, (text) => this.redact(text));
      const done = attemptOutcome(attempt, spec, (text) => this.redact(text));
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
