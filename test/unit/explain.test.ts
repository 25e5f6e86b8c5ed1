// What the user reads for each kind of failure, and what they are offered.
import assert from 'node:assert/strict';
import {
  AuthenticationError,
  ConnectionError,
  InsecureBaseUrlError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/lightfield/errors';
import { explainError } from '../../src/lightfield/explain';

describe('explainError', () => {
  const host = 'api.lightfield.app';
  const details = (status: number, extra: object = {}) => ({ status, message: 'Server said so.', ...extra });

  it('offers Set API Key on 401', () => {
    const e = explainError(new AuthenticationError(details(401)), host);
    assert.match(e.message, /rejected the API key/);
    assert.deepEqual(e.actions, ['setApiKey']);
    assert.equal(e.retryable, false);
  });

  it('names the missing scope on 403', () => {
    const e = explainError(new PermissionError(details(403), 'contacts:create'), host);
    assert.match(e.message, /lacks the 'contacts:create' scope/);
  });

  it('puts a field error at its field', () => {
    const e = explainError(
      new ValidationError(details(400, { code: 'invalid_type', param: 'fields.$email', message: 'Invalid email.' })),
      host,
    );
    assert.deepEqual(e.fieldErrors, { $email: 'Invalid email.' });
    assert.deepEqual(e.actions, []);
  });

  it('says the server could not be reached, with Retry, for 5xx, network errors and timeouts', () => {
    for (const [error, why] of [
      [new ServerError(details(503)), 'server error 503'],
      [new ConnectionError('ECONNREFUSED'), 'network error'],
      [new TimeoutError(30_000), 'no answer within 30 s'],
    ] as const) {
      const e = explainError(error, host);
      assert.equal(
        e.message,
        `Could not reach Lightfield at api.lightfield.app (${why}). Nothing was lost: retry when it is back.`,
      );
      assert.deepEqual(e.actions, ['retry']);
      assert.equal(e.retryable, true);
    }
  });

  it('offers Retry after a rate limit and Open Settings for an unsafe base URL', () => {
    assert.deepEqual(explainError(new RateLimitError(details(429)), host).actions, ['retry']);
    assert.deepEqual(explainError(new InsecureBaseUrlError('Refusing…'), host).actions, ['openSettings']);
  });

  // explainError knows the client's errors by their discriminant, not by class: the classes ship in
  // dist/http.js, explain in dist/commands.js.
  it('explains any other error as itself, even one that looks like a client error by its kind', () => {
    const impostor = Object.assign(new Error('disk full'), { kind: 'auth' });
    const e = explainError(impostor, host);
    assert.equal(e.message, 'Something went wrong: disk full');
    assert.deepEqual(e.actions, []);
    assert.equal(e.retryable, false);
  });
});
