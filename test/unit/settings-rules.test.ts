// Where the key may go (lightfield.baseUrl) and how long to wait between retries.
import assert from 'node:assert/strict';
import { checkBaseUrl } from '../../src/lightfield/baseUrl';
import { isRetryableStatus, retryDelayMs } from '../../src/lightfield/retry';

describe('checkBaseUrl', () => {
  it('normalizes https origins, tolerating a trailing slash and /v1', () => {
    for (const raw of [
      'https://api.lightfield.app',
      'https://api.lightfield.app/',
      ' https://api.lightfield.app/v1/ ',
    ]) {
      assert.deepEqual(checkBaseUrl(raw), { ok: true, baseUrl: 'https://api.lightfield.app' }, raw);
    }
    assert.deepEqual(checkBaseUrl('https://proxy.example.com/lightfield/'), {
      ok: true,
      baseUrl: 'https://proxy.example.com/lightfield',
    });
  });

  it('allows plain http only to loopback', () => {
    for (const raw of ['http://127.0.0.1:4010', 'http://localhost:4010/', 'http://[::1]:4010']) {
      assert.equal(checkBaseUrl(raw).ok, true, raw);
    }
    for (const raw of [
      'http://api.lightfield.app',
      'http://10.0.0.5:4010',
      'http://127.0.0.1.nip.io',
      'http://localhost.example.com',
    ]) {
      const result = checkBaseUrl(raw);
      assert.equal(result.ok, false, raw);
      assert.match((result as { problem: string }).problem, /Refusing to send your API key over plain http/);
    }
  });

  it('refuses what is not a web origin', () => {
    for (const raw of [
      'api.lightfield.app',
      'ftp://api.lightfield.app',
      'https://user:pw@api.lightfield.app',
      'https://api.lightfield.app/?x=1',
      '',
    ]) {
      assert.equal(checkBaseUrl(raw).ok, false, raw);
    }
  });
});

describe('retry policy', () => {
  const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
  const none = headers({});

  it('retries 408, 409, 429 and 5xx only', () => {
    const retried = [400, 401, 403, 404, 408, 409, 415, 422, 429, 500, 502, 503, 504].filter((s) =>
      isRetryableStatus(s, none),
    );
    assert.deepEqual(retried, [408, 409, 429, 500, 502, 503, 504]);
  });

  it('uses retry-after-ms, then Retry-After seconds or date, then backoff with jitter', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    assert.equal(
      retryDelayMs(0, headers({ 'retry-after-ms': '120', 'retry-after': '5' }), () => 0, now),
      120,
    );
    assert.equal(
      retryDelayMs(0, headers({ 'retry-after': '3' }), () => 0, now),
      3000,
    );
    assert.equal(
      retryDelayMs(0, headers({ 'retry-after': 'Fri, 27 Nov 2026 10:00:04 GMT' }), () => 0, now),
      4000,
    );
    assert.equal(
      retryDelayMs(0, headers({ 'retry-after': '3600' }), () => 0, now),
      500,
      'an hour is not waited for',
    );
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, none, () => 0, now)),
      [500, 1000, 2000, 4000, 8000, 8000],
    );
    assert.equal(
      retryDelayMs(0, none, () => 0.999, now),
      375,
    );
  });
});
