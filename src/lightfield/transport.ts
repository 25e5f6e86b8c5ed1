// One attempt of a request over HTTP: the headers, a timeout that covers the body too, the caller's
// cancel, no redirect followed, and a body read only up to the limit for its kind. What the answer
// means is outcome.ts's job; retrying is the client's.
import * as l10n from '@vscode/l10n';
import { errorMessage } from '../base/errorMessage';
import {
  CancelledError,
  ConnectionError,
  LightfieldError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
import { AnswerKind, BODY_LIMIT_BYTES, MAX_ERROR_DETAIL_LENGTH, MAX_SERVER_MESSAGE_LENGTH, capText } from './limits';
import { HeaderReader } from './retry';
import { readBodyWithin } from './responseBody';
import { API_VERSION } from './types';

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

/** What an attempt needs of the client's options. */
export interface TransportOptions {
  /** Checked by `checkBaseUrl`: origin, no trailing slash, no /v1. */
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  timeoutMs: number;
}

/** Takes the key out of text that leaves the client. */
export type Redact = (text: string) => string;

export interface RequestSpec {
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

export type Attempt =
  | { kind: 'answer'; status: number; headers: HeaderReader; text: string }
  | { kind: 'failed'; status?: number; error: LightfieldError };

export async function sendAttempt(
  options: TransportOptions,
  spec: RequestSpec,
  retries: number,
  redact: Redact,
): Promise<Attempt> {
  const url = options.baseUrl + spec.path;
  // One controller stops the attempt for every reason: the timeout, the caller's cancel, or an
  // answer the client will not read (a redirect, a body past its limit).
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, options.timeoutMs);
  const onCancel = () => stop.abort();
  spec.signal?.addEventListener('abort', onCancel);
  try {
    const response = await options.fetch(url, {
      method: spec.method,
      headers: requestHeaders(options.apiKey, spec, retries),
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: stop.signal,
      redirect: 'manual',
    });
    const { status, headers } = response;
    if (status >= 300 && status < 400) {
      stop.abort();
      return { kind: 'failed', status, error: new RedirectError(status, locationOrigin(headers, url, redact)) };
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
    if (timedOut) return { kind: 'failed', error: new TimeoutError(options.timeoutMs) };
    const reason = errorMessage(error);
    return {
      kind: 'failed',
      error: new ConnectionError(
        capText(redact(l10n.t('Could not connect to {0}: {1}', options.baseUrl, reason)), MAX_SERVER_MESSAGE_LENGTH),
      ),
    };
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onCancel);
  }
}

/** Where a 3xx pointed, as an origin only (a path or query could carry anything). */
function locationOrigin(headers: HeaderReader, requestUrl: string, redact: Redact): string | undefined {
  const location = headers.get('location');
  if (location === null) return undefined;
  try {
    const { origin } = new URL(location, requestUrl);
    return origin === 'null' ? undefined : capText(redact(origin), MAX_ERROR_DETAIL_LENGTH);
  } catch {
    return undefined;
  }
}

function requestHeaders(apiKey: string, spec: RequestSpec, retries: number): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${apiKey}`,
    'Lightfield-Version': API_VERSION,
    Accept: 'application/json',
    // Harmless to the server; tells its logs which attempt this is, as the official SDKs do.
    'X-Stainless-Retry-Count': String(retries),
  };
  if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
  if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
  return headers;
}
