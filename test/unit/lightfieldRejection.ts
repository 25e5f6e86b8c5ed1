// The error a client call failed with, asserting that it failed with a LightfieldError.
import assert from 'node:assert/strict';
import { LightfieldError } from '../../src/lightfield/errors';

export async function rejection(promise: Promise<unknown>): Promise<LightfieldError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LightfieldError, `expected a LightfieldError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}
