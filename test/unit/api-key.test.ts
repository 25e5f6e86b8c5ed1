// What Set API Key accepts: a key that can travel in the Authorization header (issue #10, finding 9).
import assert from 'node:assert/strict';
import { apiKeyProblem } from '../../src/lightfield/apiKey';

describe('apiKeyProblem', () => {
  it('accepts printable keys', () => {
    for (const key of ['sk_lf_abc123', 'sk_lf_AZaz09-._~+/=']) assert.equal(apiKeyProblem(key), undefined, key);
  });

  it('refuses, and names, a character a header cannot hold', () => {
    for (const [key, code, position] of [
      ['sk_lf_abc\u200bdef', 'U+200B', 10],
      ['\ufeffsk_lf_abc', 'U+FEFF', 1],
      ['sk_lf_abc\ndef', 'U+000A', 10],
      ['sk_lf abc', 'U+0020', 6],
      ['sk_lf_abcé', 'U+00E9', 10],
    ] as const) {
      const problem = apiKeyProblem(key);
      assert.ok(problem, key);
      assert.match(problem, new RegExp(`\\(${code.replace('+', '\\+')}, character ${position}\\)`));
      assert.match(problem, /cannot be sent in an HTTP header/);
    }
    assert.equal(apiKeyProblem(''), 'The API key is empty.');
  });
});
