// When and how long to wait before retrying, as Lightfield's own SDKs do (lightfield-api.md §12).

export const MAX_RETRIES = 2;
const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
const MAX_JITTER = 0.25;
/** A server-given delay above this is not waited for; the backoff applies instead. */
const MAX_SERVER_DELAY_MS = 60_000;

/** Header lookup, case-insensitive, as both node-fetch and WHATWG fetch provide. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** Retried: 408, 409 (a key still in flight), 429 and every 5xx, unless `x-should-retry` says otherwise. */
export function isRetryableStatus(status: number, headers: HeaderReader): boolean {
  const override = headers.get('x-should-retry');
  if (override === 'true') return true;
  if (override === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Delay before retry number `retry` (0 for the first retry): `retry-after-ms`, else `Retry-After`
 * (seconds or an HTTP date), else exponential backoff `min(0.5 s × 2^retry, 8 s)` reduced by 0–25 %.
 */
export function retryDelayMs(
  retry: number,
  headers: HeaderReader | undefined,
  random: () => number,
  now: number,
): number {
  const fromServer = headers ? serverRequestedDelayMs(headers, now) : undefined;
  if (fromServer !== undefined) return fromServer;
  const backoff = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_BACKOFF_MS);
  return Math.round(backoff * (1 - random() * MAX_JITTER));
}

function serverRequestedDelayMs(headers: HeaderReader, now: number): number | undefined {
  const candidates: (number | undefined)[] = [
    parseNumber(headers.get('retry-after-ms')),
    secondsOrDate(headers.get('retry-after'), now),
  ];
  return candidates.find((ms) => ms !== undefined && ms >= 0 && ms <= MAX_SERVER_DELAY_MS);
}

function secondsOrDate(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const seconds = parseNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
