import { STATUS_CODES } from 'node:http';
import type { ErrorObject } from './wire';

/** What a handler answers; the server serializes it. Kept as data so idempotency can replay it. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Sent as written instead of `body` (a proxy's page, a cut-off answer): only injected faults use it. */
  rawBody?: string;
}

/** A documented API failure (§10). Handlers throw it; the server renders the envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  toObject(): ErrorObject {
    const object: ErrorObject = { type: this.type, message: this.message };
    if (this.code !== undefined) object.code = this.code;
    if (this.param !== undefined) object.param = this.param;
    return object;
  }
}

export function badRequest(code: string, message: string, param?: string): ApiError {
  return new ApiError(400, 'bad_request', message, code, param);
}

/** The `type` of §10's table for each documented status. */
const DOCUMENTED_TYPES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  415: 'unsupported_media_type',
  422: 'unprocessable_content',
  429: 'too_many_requests',
  500: 'internal_server_error',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** The rate-limit message is documented (§11); the others are the stand-in's own words. */
const DOCUMENTED_MESSAGES: Record<number, string> = {
  429: 'Rate limit exceeded. Please try again later.',
};

/**
 * The error a bare status stands for (injected faults). Statuses §10 does not list get the
 * snake_cased HTTP reason phrase (502 → `bad_gateway`), the same pattern the documented ones follow.
 */
export function errorForStatus(status: number): ApiError {
  const reason = STATUS_CODES[status] ?? 'Error';
  const type = DOCUMENTED_TYPES[status] ?? reason.toLowerCase().replace(/[^a-z]+/g, '_');
  return new ApiError(status, type, DOCUMENTED_MESSAGES[status] ?? `${reason} (injected by the fake).`);
}

/** §10: `{"error": {...}}`, or the bare object some official examples show (§15.8). */
export function errorReply(error: ApiError, wrapErrors: boolean, headers?: Record<string, string>): Reply {
  const object = error.toObject();
  return { status: error.status, body: wrapErrors ? { error: object } : object, headers };
}
