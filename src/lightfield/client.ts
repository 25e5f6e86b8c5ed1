// The Lightfield API client. No `vscode` here: fetch, the base URL and the key are injected, so the
// same code runs in the extension and under plain mocha against the local stand-in.
import * as l10n from '@vscode/l10n';
import {
  ConnectionError,
  LightfieldError,
  TimeoutError,
  UnexpectedResponseError,
  errorForStatus,
  parseErrorBody,
} from './errors';
import { HeaderReader, MAX_RETRIES, isRetryableStatus, retryDelayMs } from './retry';
import {
  API_VERSION,
  AuthValidation,
  CreateRecordBody,
  LightfieldRecord,
  ListPage,
  ObjectDefinitions,
  UpdateRecordBody,
} from './types';

/** The part of fetch the client uses; node-fetch 3 and the global fetch both fit. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<{ status: number; headers: HeaderReader; text(): Promise<string> }>;

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
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRequest?: (entry: RequestLogEntry) => void;
}

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  /** The scope a 403 would be about, to name it to the user. */
  scope?: string;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type Attempt =
  { kind: 'answer'; status: number; headers: HeaderReader; text: string } | { kind: 'failed'; error: LightfieldError };

export class LightfieldClient {
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: ClientOptions) {
    this.maxRetries = options.maxRetries ?? MAX_RETRIES;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /** `GET /v1/auth/validate`: is the key good, and what may it do. */
  async validateKey(signal?: AbortSignal): Promise<AuthValidation> {
    const body = await this.request({ method: 'GET', path: '/v1/auth/validate', signal });
    const scopes = (body as { scopes?: unknown }).scopes;
    return {
      ...(body as object),
      active: (body as { active?: unknown }).active === true,
      scopes: Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string') : [],
    };
  }

  /** `GET /v1/contacts/definitions`: the workspace's contact fields. */
  async getContactDefinitions(signal?: AbortSignal): Promise<ObjectDefinitions> {
    const body = (await this.request({
      method: 'GET',
      path: '/v1/contacts/definitions',
      scope: 'contacts:read',
      signal,
    })) as Partial<ObjectDefinitions>;
    if (typeof body.fieldDefinitions !== 'object' || body.fieldDefinitions === null) {
      throw new UnexpectedResponseError({
        status: 200,
        message: l10n.t('Lightfield answered without field definitions.'),
      });
    }
    return {
      objectType: body.objectType ?? 'contact',
      fieldDefinitions: body.fieldDefinitions,
      relationshipDefinitions: body.relationshipDefinitions ?? {},
    };
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
    return toRecord(
      await this.request({
        method: 'GET',
        path: `/v1/contacts/${encodeURIComponent(id)}`,
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
    return toRecord(await this.request({ method, path, scope, body, idempotencyKey, signal }));
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
      scope: `${collection}:read`,
      signal,
    })) as Partial<ListPage>;
    if (!Array.isArray(body.data))
      throw new UnexpectedResponseError({ status: 200, message: l10n.t('Lightfield answered a list without data.') });
    return {
      object: 'list',
      data: body.data.map(toRecord),
      totalCount: typeof body.totalCount === 'number' ? body.totalCount : body.data.length,
    };
  }

  private async request(spec: RequestSpec): Promise<unknown> {
    const started = this.now();
    let retries = 0;
    for (;;) {
      const attempt = await this.attempt(spec, retries);
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
      await this.sleep(retryDelayMs(retries, headers, this.random, this.now()));
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
      return { error: attempt.error, retryable: spec.method === 'GET' || spec.idempotencyKey !== undefined };
    }
    const json = parseJson(attempt.text);
    if (attempt.status >= 200 && attempt.status < 300) {
      if (typeof json === 'object' && json !== null) return { value: json, retryable: false };
      return {
        error: new UnexpectedResponseError({
          status: attempt.status,
          message: l10n.t('Lightfield answered with a body that is not JSON.'),
        }),
        retryable: false,
      };
    }
    const parsed = parseErrorBody(json);
    const message = this.redact(parsed.message ?? l10n.t('Lightfield answered HTTP {0}.', attempt.status));
    const error = errorForStatus(
      { status: attempt.status, type: parsed.type, code: parsed.code, param: parsed.param, message },
      spec.scope,
    );
    const retryable =
      isRetryableStatus(attempt.status, attempt.headers) &&
      (spec.method === 'GET' || spec.idempotencyKey !== undefined);
    return { error, retryable };
  }

  private async attempt(spec: RequestSpec, retries: number): Promise<Attempt> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs);
    const onCancel = () => timeout.abort();
    spec.signal?.addEventListener('abort', onCancel);
    try {
      const response = await this.options.fetch(this.options.baseUrl + spec.path, {
        method: spec.method,
        headers: this.headers(spec, retries),
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: timeout.signal,
      });
      // The timeout covers the body too: a server that stalls mid-answer is as dead as a silent one.
      const text = await response.text();
      return { kind: 'answer', status: response.status, headers: response.headers, text };
    } catch (error) {
      if (spec.signal?.aborted)
        return { kind: 'failed', error: new ConnectionError(l10n.t('The request was cancelled.')) };
      if (timeout.signal.aborted) return { kind: 'failed', error: new TimeoutError(this.options.timeoutMs) };
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: 'failed',
        error: new ConnectionError(this.redact(l10n.t('Could not connect to {0}: {1}', this.options.baseUrl, reason))),
      };
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onCancel);
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
      path: spec.path.split('?')[0],
      status: attempt.kind === 'answer' ? attempt.status : undefined,
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

/** A record as documented (§3), with the optional parts defaulted; anything else is an unexpected answer. */
function toRecord(raw: unknown): LightfieldRecord {
  const record = raw as Partial<LightfieldRecord> | null;
  if (typeof record?.id !== 'string' || typeof record.fields !== 'object' || record.fields === null) {
    throw new UnexpectedResponseError({ status: 200, message: l10n.t('Lightfield answered without the record.') });
  }
  return { updatedAt: null, httpLink: null, relationships: {}, ...record } as LightfieldRecord;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
