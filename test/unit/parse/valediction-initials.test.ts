// A sign-off's abbreviation that is also a firm's initials (da/no `Vh`) is a sign-off only as a line of its own.
import * as assert from 'node:assert/strict';
import { isValediction } from '../../../src/parse/readable';

describe('an abbreviated sign-off that firms use as initials', () => {
  it('reads `Vh` alone as a sign-off', () => {
    assert.equal(isValediction('Vh'), true);
  });

  it('does not read a firm opened by the same initials as one', () => {
    assert.equal(isValediction('VH Rådgivning ApS'), false);
  });
});
