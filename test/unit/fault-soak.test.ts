// The fault soak (issue #10): many creates through the real client (node-fetch 3) against the
// stand-in, each request at risk of a random fault; a person retries a failed create with the same
// Idempotency-Key until it succeeds. Whatever happened on the way, every create that reported
// success has exactly one stored contact (the one it reported), and no create that never succeeded
// left one behind. Seeded: a fault is a function of (seed, create, try, attempt), not of timing.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fetch from 'node-fetch';
import { LightfieldClient } from '../../src/lightfield/client';
import { LightfieldError } from '../../src/lightfield/errors';
import { type Fault } from '../fake-lightfield/faults';
import { DEMO_KEY, startFakeLightfield } from '../fake-lightfield/server';
import { seeded } from '../seededRandom';

const SEED = 20261130;
const CREATES = 200;
/** A person gives up after this many tries of one create; the faults make that all but impossible. */
const MAX_TRIES = 10;
/**
 * Short timeouts keep the soak quick. A held request outlives the attempt's timeout by 10 ms, and the
 * retry after it comes at least 37 ms later (backoff 500 ms less 25 % jitter, scaled), so it finds the
 * first one done. The faults drawn do not depend on timing; on a machine that stalls a request for
 * tens of ms, an extra timeout or 409 can add a request to the printed total.
 */
const TIMEOUT_MS = 100;
const HELD_MS = TIMEOUT_MS + 10;
/** Retry waits (backoff, Retry-After 0 or 1 s) are really waited for, at 1/10 of their length. */
const TIME_SCALE = 1 / 10;
const PAUSE_BEFORE_TRYING_AGAIN_MS = 20;

type FaultName =
  'server error' | '429' | 'drop after commit' | 'drop before commit' | 'timeout' | 'malformed' | 'redirect';

/** Each fault with its weight; the rest of the requests (weight 13 of 20) pass. */
const FAULTS: [FaultName, number, (pick: () => number, redirectTo: string) => Fault][] = [
  ['server error', 1, (pick) => ({ kind: 'status', status: [500, 502, 503, 504][Math.floor(pick() * 4)] })],
  ['429', 1, (pick) => ({ kind: 'status', status: 429, retryAfter: pick() < 0.5 ? '0' : '1' })],
  ['drop after commit', 1, () => ({ kind: 'dropAfterStore' })],
  ['drop before commit', 1, () => ({ kind: 'drop' })],
  ['timeout', 1, () => ({ kind: 'delay', ms: HELD_MS })],
  [
    'malformed',
    1,
    (pick) =>
      pick() < 0.5
        ? { kind: 'malformed', status: 200, body: '{"id":"con_' }
        : { kind: 'malformed', status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' },
  ],
  ['redirect', 1, (_pick, redirectTo) => ({ kind: 'redirect', status: 307, location: `${redirectTo}/v1/contacts` })],
];
const PASS_WEIGHT = 13;

/** The fault (or none) for one request, the same on every run whatever the timing. */
function faultFor(create: number, tryNumber: number, attempt: number, redirectTo: string) {
  const pick = seeded(SEED ^ Math.imul(create + 1, 0x9e3779b1) ^ Math.imul(tryNumber + 1, 0x85ebca6b) ^ attempt);
  let roll = pick() * (PASS_WEIGHT + FAULTS.reduce((sum, [, weight]) => sum + weight, 0));
  for (const [name, weight, make] of FAULTS) {
    if (roll < weight) return { name, fault: make(pick, redirectTo) };
    roll -= weight;
  }
  return undefined;
}

const sleepScaled = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms * TIME_SCALE));

describe('fault soak', function () {
  this.timeout(60_000);

  it(`${CREATES} creates under random faults: one contact per success, none left by a failure`, async () => {
    const fake = await startFakeLightfield({ rateLimitPerSecond: 100_000 });
    // Where the redirects point: nothing may ever arrive here.
    let redirected = 0;
    const elsewhere = createServer((_, response) => {
      redirected++;
      response.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const redirectTo = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    try {
      const client = new LightfieldClient({
        baseUrl: fake.url,
        apiKey: DEMO_KEY,
        fetch,
        timeoutMs: TIMEOUT_MS,
        sleep: sleepScaled,
        random: seeded(SEED),
      });
      const injected = new Map<FaultName, number>(FAULTS.map(([name]) => [name, 0]));
      let current = { create: 0, tryNumber: 0 };
      fake.setFaultSource((request) => {
        const attempt = Number(request.headers['x-stainless-retry-count'] ?? 0);
        const chosen = faultFor(current.create, current.tryNumber, attempt, redirectTo);
        if (chosen) injected.set(chosen.name, (injected.get(chosen.name) ?? 0) + 1);
        return chosen?.fault;
      });

      const reported = new Map<number, string>(); // create → the id its success reported
      const failures: string[] = [];
      let calls = 0;
      for (let create = 0; create < CREATES; create++) {
        const key = `soak-${SEED}-${create}`;
        const body = { fields: { $email: [`person${create}@soak.example`] } };
        for (let tryNumber = 0; tryNumber < MAX_TRIES && !reported.has(create); tryNumber++) {
          current = { create, tryNumber };
          calls++;
          try {
            reported.set(create, (await client.createContact(body, key)).id);
          } catch (error) {
            assert.ok(error instanceof LightfieldError, String(error));
            failures.push(error.kind);
            await new Promise((resolve) => setTimeout(resolve, PAUSE_BEFORE_TRYING_AGAIN_MS));
          }
        }
      }
      // Let requests still held by a delay finish before the store is read.
      await new Promise((resolve) => setTimeout(resolve, HELD_MS * 2));

      const stored = fake.contacts();
      const byCreate = new Map<number, string[]>();
      for (const contact of stored) {
        const email = (contact.fields.$email?.value as string[])[0];
        const create = Number(/^person(\d+)@/.exec(email)?.[1]);
        byCreate.set(create, [...(byCreate.get(create) ?? []), contact.id]);
      }
      for (let create = 0; create < CREATES; create++) {
        const ids = byCreate.get(create) ?? [];
        if (reported.has(create)) assert.deepEqual(ids, [reported.get(create)], `create ${create}`);
        else assert.deepEqual(ids, [], `create ${create} never succeeded yet left a contact`);
      }
      assert.equal(redirected, 0, 'a request followed a redirect');
      const failureKinds = new Set(failures);
      for (const kind of ['auth', 'permission', 'validation', 'notFound', 'tooLarge', 'invalidKey'])
        assert.ok(!failureKinds.has(kind as LightfieldError['kind']), `a create failed as ${kind}`);

      const faults = [...injected].map(([name, count]) => `${name} ${count}`).join(', ');
      console.log(
        `      fault soak (seed ${SEED}): ${CREATES} creates, ${calls} calls, ${reported.size} succeeded, ` +
          `${failures.length} failed calls retried with the same key, ${CREATES - reported.size} given up; ` +
          `${fake.requests.length} requests, faults: ${faults}; ${stored.length} contacts stored, ` +
          `${stored.length - byCreate.size} duplicates, ${redirected} requests followed a redirect`,
      );
      assert.equal(reported.size, CREATES, 'a create never succeeded within the tries');
    } finally {
      await fake.close();
      elsewhere.closeAllConnections();
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});
