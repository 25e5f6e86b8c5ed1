// One error class per failure kind (ARCHITECTURE.md rule 6). The client throws these; the host's
// presenter explains them. They ship in dist/http.js with the client (httpStack.ts). Messages never
// contain the API key: the client redacts it before an error is built, because a server message or a
// network error could echo request details.
import * as l10n from '@vscode/l10n';

export type LightfieldErrorKind =
  | 'auth'
  | 'permission'
  | 'validation'
  | 'notFound'
  | 'conflict'
  | 'rateLimit'
  | 'server'
  | 'connection'
  | 'timeout'
  | 'unexpected'
  | 'insecureBaseUrl'
  | 'redirect'
  | 'tooLarge'
  | 'cancelled'
  | 'invalidKey';

export abstract class LightfieldError extends Error {
  /** What tells these errors apart where their classes are not at hand (errorGuard.ts). */
  readonly source = 'lightfield';
  abstract readonly kind: LightfieldErrorKind;
  /** How many automatic retries were made before giving up. */
  retries = 0;
}

/** Fields shared by errors that carry an HTTP answer from Lightfield. */
export interface ApiErrorDetails {
  status: number;
  type?: string;
  code?: string;
  param?: string;
  message: string;
}

abstract class ApiError extends LightfieldError {
  readonly status: number;
  readonly type: string | undefined;
  readonly code: string | undefined;
  readonly param: string | undefined;

  constructor(details: ApiErrorDetails) {
    super(details.message);
    this.status = details.status;
    this.type = details.type;
    this.code = details.code;
    this.param = details.param;
  }
}

/** 401: the key is missing, wrong or revoked. */
export class AuthenticationError extends ApiError {
  readonly kind = 'auth';
}

/** 403: a valid key without the scope the operation needs. */
export class PermissionError extends ApiError {
  readonly kind = 'permission';
  constructor(
    details: ApiErrorDetails,
    readonly requiredScope: string | undefined,
  ) {
    super(details);
  }
}

/** 400, 415 and 422: the request was understood and refused. `fieldKey` is set for field errors. */
export class ValidationError extends ApiError {
  readonly kind = 'validation';
  /** `fields.$email` → `$email`. */
  get fieldKey(): string | undefined {
    return this.param?.startsWith('fields.') ? this.param.slice('fields.'.length) : undefined;
  }
}

export class NotFoundError extends ApiError {
  readonly kind = 'notFound';
}

/** 409 that did not clear after the retries (a lock, or an idempotency key still in flight). */
export class ConflictError extends ApiError {
  readonly kind = 'conflict';
}

export class RateLimitError extends ApiError {
  readonly kind = 'rateLimit';
}

/** 5xx. */
export class ServerError extends ApiError {
  readonly kind = 'server';
}

/** Any other status, or a success whose body is not what the API documents. */
export class UnexpectedResponseError extends ApiError {
  readonly kind = 'unexpected';
}

/** The server could not be reached at all (DNS, refused, reset, dropped). */
export class ConnectionError extends LightfieldError {
  readonly kind = 'connection';
}

/** An attempt took longer than the configured timeout. */
export class TimeoutError extends LightfieldError {
  readonly kind = 'timeout';
  constructor(readonly timeoutMs: number) {
    super(l10n.t('No answer from Lightfield within {0} s.', timeoutMs / 1000));
  }
}

/** The configured base URL would send the key where it must not go (or is not a URL). */
export class InsecureBaseUrlError extends LightfieldError {
  readonly kind = 'insecureBaseUrl';
}

/** A 3xx: nothing follows a redirect, so the key and the contact never reach the Location. */
export class RedirectError extends LightfieldError {
  readonly kind = 'redirect';
  constructor(
    readonly status: number,
    /** The origin the answer pointed to (`https://other.example:8443`), or undefined without a usable Location. */
    readonly locationOrigin: string | undefined,
  ) {
    super(
      locationOrigin === undefined
        ? l10n.t('Lightfield answered HTTP {0}, a redirect to an unreadable address; nothing was sent there.', status)
        : l10n.t('Lightfield answered HTTP {0}, a redirect to {1}; nothing was sent there.', status, locationOrigin),
    );
  }
}

/** The answer grew past what its kind can hold (lightfield/limits.ts); reading stopped there. */
export class ResponseTooLargeError extends LightfieldError {
  readonly kind = 'tooLarge';
  constructor(readonly limitBytes: number) {
    super(l10n.t("Lightfield's answer was too large (over {0} bytes); reading stopped there.", limitBytes));
  }
}

/** The caller aborted the request (its AbortSignal); nothing more is sent for it. */
export class CancelledError extends LightfieldError {
  readonly kind = 'cancelled';
  constructor() {
    super(l10n.t('The request to Lightfield was cancelled.'));
  }
}

/** The key cannot be sent at all (a character no HTTP header may hold); the message says which. */
export class InvalidApiKeyError extends LightfieldError {
  readonly kind = 'invalidKey';
}

/** What the error envelope may hold; tolerant of the unwrapped form (lightfield-api.md §10). */
export function parseErrorBody(body: unknown): { type?: string; code?: string; param?: string; message?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const wrapped = (body as { error?: unknown }).error;
  const envelope = (typeof wrapped === 'object' && wrapped !== null ? wrapped : body) as Record<string, unknown>;
  const text = (key: string) => (typeof envelope[key] === 'string' ? (envelope[key] as string) : undefined);
  return { type: text('type'), code: text('code'), param: text('param'), message: text('message') };
}

/** Builds the error for a non-success HTTP answer. */
export function errorForStatus(details: ApiErrorDetails, requiredScope?: string): LightfieldError {
  const { status } = details;
  if (status === 401) return new AuthenticationError(details);
  if (status === 403) return new PermissionError(details, requiredScope);
  if (status === 404) return new NotFoundError(details);
  if (status === 409) return new ConflictError(details);
  if (status === 429) return new RateLimitError(details);
  if (status === 400 || status === 415 || status === 422) return new ValidationError(details);
  if (status >= 500) return new ServerError(details);
  return new UnexpectedResponseError(details);
}
