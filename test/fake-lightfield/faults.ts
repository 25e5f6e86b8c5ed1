// Injected failures: what a remote SaaS does to a client that a well-behaved stand-in never would.
import { errorForStatus, errorReply, type Reply } from './errors';

export type Fault =
  /** Answer with this status: the documented envelope for it unless `body` is given, plus the retry headers given. */
  | { kind: 'status'; status: number; retryAfter?: string; retryAfterMs?: number; body?: unknown }
  /** Hold the request `ms` before processing it normally; its Idempotency-Key is in flight meanwhile. */
  | { kind: 'delay'; ms: number }
  /** Process normally (record and idempotent response stored), then close the socket without answering. */
  | { kind: 'dropAfterStore' }
  /** Close the socket without processing. */
  | { kind: 'drop' }
  /** Answer `body` as written, without processing: a proxy's HTML page, a cut-off or garbled answer. */
  | { kind: 'malformed'; status: number; body: string; contentType?: string }
  /** Answer a redirect to `location` without processing, as a misconfigured proxy or a moved host would. */
  | { kind: 'redirect'; status: number; location: string };

interface Queued {
  fault: Fault;
  remaining: number;
}

/** Faults per route (`'POST /v1/contacts'`), first injected first applied, each for `times` requests. */
export class FaultQueue {
  private readonly queues = new Map<string, Queued[]>();

  inject(route: string, fault: Fault, times = 1): void {
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`times must be a positive integer, got ${times}`);
    const queue = this.queues.get(route) ?? [];
    queue.push({ fault, remaining: times });
    this.queues.set(route, queue);
  }

  /** The fault for this request, if any, under the first of `routes` that has one. */
  take(routes: string[]): Fault | undefined {
    for (const route of routes) {
      const queue = this.queues.get(route);
      const head = queue?.[0];
      if (!queue || !head) continue;
      head.remaining -= 1;
      if (head.remaining === 0) queue.shift();
      return head.fault;
    }
    return undefined;
  }

  clear(): void {
    this.queues.clear();
  }
}

function statusFaultReply(fault: Extract<Fault, { kind: 'status' }>, wrapErrors: boolean): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  if (fault.body !== undefined) return { status: fault.status, body: fault.body, headers };
  return errorReply(errorForStatus(fault.status), wrapErrors, headers);
}

/** The reply of a fault that answers in front of the API (status, malformed, redirect). */
export function frontFaultReply(
  fault: Extract<Fault, { kind: 'status' | 'malformed' | 'redirect' }>,
  wrapErrors: boolean,
): Reply {
  switch (fault.kind) {
    case 'status':
      return statusFaultReply(fault, wrapErrors);
    case 'malformed':
      return {
        status: fault.status,
        body: undefined,
        rawBody: fault.body,
        headers: { 'content-type': fault.contentType ?? 'application/json' },
      };
    case 'redirect':
      return { status: fault.status, body: undefined, headers: { location: fault.location } };
  }
}

/** A fault from outside the process (the admin route); throws a message naming what is wrong. */
export function parseFault(value: unknown): Fault {
  const fault = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const isNumber = (x: unknown, min: number) => typeof x === 'number' && Number.isInteger(x) && x >= min;
  switch (fault.kind) {
    case 'status':
      if (!isNumber(fault.status, 100) || (fault.status as number) > 599)
        throw new Error('status fault needs an HTTP status');
      if (fault.retryAfter !== undefined && typeof fault.retryAfter !== 'string')
        throw new Error('retryAfter must be a string');
      if (fault.retryAfterMs !== undefined && !isNumber(fault.retryAfterMs, 0))
        throw new Error('retryAfterMs must be a whole number');
      return fault as Fault;
    case 'delay':
      if (!isNumber(fault.ms, 0)) throw new Error('delay fault needs ms >= 0');
      return fault as Fault;
    case 'dropAfterStore':
    case 'drop':
      return fault as Fault;
    case 'malformed':
      if (!isNumber(fault.status, 100) || (fault.status as number) > 599)
        throw new Error('malformed fault needs an HTTP status');
      if (typeof fault.body !== 'string') throw new Error('malformed fault needs a body string');
      if (fault.contentType !== undefined && typeof fault.contentType !== 'string')
        throw new Error('contentType must be a string');
      return fault as Fault;
    case 'redirect':
      if (!isNumber(fault.status, 300) || (fault.status as number) > 399)
        throw new Error('redirect fault needs a 3xx status');
      if (typeof fault.location !== 'string') throw new Error('redirect fault needs a location');
      return fault as Fault;
    default:
      throw new Error(`unknown fault kind ${JSON.stringify(fault.kind)}`);
  }
}
