// Idempotency-Key handling exactly as lightfield-api.md §9 states it.
import { ApiError, badRequest, type Reply } from './errors';

const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

type Entry = { state: 'inFlight' } | { state: 'done'; reply: Reply; storedAt: number };

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /**
   * Runs `operation` once per (org, operation, key) within 24 h and answers every repeat with the
   * first success, whatever its body. A repeat while the first still runs gets 409; a failure (thrown
   * or non-2xx) is forgotten so that a retry runs again.
   */
  async run(org: string, operation: string, key: string | undefined, perform: () => Promise<Reply>): Promise<Reply> {
    if (key === undefined) return perform();
    if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw badRequest(
        'idempotency_key_too_long',
        `Idempotency-Key must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
        'Idempotency-Key',
      );
    }
    // NUL cannot occur in a header value, so the parts cannot run into each other.
    const id = `${org}\0${operation}\0${key}`;
    const entry = this.entries.get(id);
    if (entry?.state === 'inFlight') {
      // §9's documented body; its envelope follows wrapErrors like every other error.
      throw new ApiError(
        409,
        'idempotency_conflict',
        'An operation with this idempotency key is already in progress. Please wait and retry.',
      );
    }
    if (entry?.state === 'done' && this.now() - entry.storedAt < IDEMPOTENCY_WINDOW_MS)
      return structuredClone(entry.reply);
    this.entries.set(id, { state: 'inFlight' });
    try {
      const reply = await perform();
      if (reply.status >= 200 && reply.status < 300) {
        this.entries.set(id, { state: 'done', reply: structuredClone(reply), storedAt: this.now() });
      } else {
        this.entries.delete(id);
      }
      return reply;
    } catch (error) {
      this.entries.delete(id);
      throw error;
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
