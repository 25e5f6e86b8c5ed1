// What the words of a role segment say (roleCues.ts): title words counted one by one, or two at a
// time where a script writes a word's syllables apart.
import * as assert from 'node:assert/strict';
import { titleScore } from '../../../src/parse/roleCues';

describe('titleScore', () => {
  it('counts a Vietnamese title word written as two syllables', () => {
    assert.equal(titleScore('Kế toán'), 1);
    assert.equal(titleScore('Quản lý kho'), 1);
    assert.equal(titleScore('Phụ trách kinh doanh'), 1);
  });

  it('counts no pair made of a word and its neighbour elsewhere', () => {
    assert.equal(titleScore('Ocean Freight'), 0);
  });
});
