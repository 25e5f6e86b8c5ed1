// Rate limits as lightfield-api.md §11 states them: per organization, N requests/second in each of
// three categories, reported in `X-RateLimit-*` headers, 429 + `Retry-After` beyond.

/** §11: Write = create, update; Read = retrieve, definitions, auth validate; Search = list. */
export type RateCategory = 'read' | 'write' | 'search';

/** §11's early-launch value. */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 25;

export interface RateVerdict {
  allowed: boolean;
  /** `X-RateLimit-Limit`, `-Remaining`, `-Reset`, and `Retry-After` when refused. */
  headers: Record<string, string>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket, not a fixed window: §11 calls `X-RateLimit-Limit` the "bucket size" and
 * `X-RateLimit-Reset` the time "when the bucket is full again", which is how a bucket reports itself.
 * Each (organization, category) bucket holds `perSecond` tokens and refills continuously at
 * `perSecond` tokens per second on the server's `now` clock (a frozen test clock never refills).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(perSecond) || perSecond < 1)
      throw new RangeError(`rateLimitPerSecond must be a positive integer, got ${perSecond}`);
  }

  /** Takes one token for this request if there is one. */
  take(org: string, category: RateCategory): RateVerdict {
    const now = this.now();
    const id = `${org}\0${category}`;
    const bucket = this.buckets.get(id) ?? { tokens: this.perSecond, at: now };
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + (Math.max(0, now - bucket.at) * this.perSecond) / 1000);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(id, bucket);
    const msToRefill = (tokens: number) => (Math.max(0, tokens) / this.perSecond) * 1000;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(this.perSecond),
      'x-ratelimit-remaining': String(Math.floor(bucket.tokens)),
      'x-ratelimit-reset': String(Math.ceil((now + msToRefill(this.perSecond - bucket.tokens)) / 1000)),
    };
    // Whole seconds (§11), at least 1: a client told 0 would retry at once into the same wall.
    if (!allowed) headers['retry-after'] = String(Math.max(1, Math.ceil(msToRefill(1 - bucket.tokens) / 1000)));
    return { allowed, headers };
  }

  clear(): void {
    this.buckets.clear();
  }
}
