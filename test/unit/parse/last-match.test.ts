// The last match of a pattern in a line (address.ts reads an address's locality from it): overlapping matches are
// found, and a match opening on an astral character ends the search.
import * as assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';
import { lastMatch } from '../../../src/parse/text';

describe('lastMatch', () => {
  it('finds the last of matches that share a comma', () => {
    const found = lastMatch(PATTERNS.trailingPostcode, 'P.O. Box 66120, Zarqa 13110, Jordan');
    assert.deepEqual([found?.[1], found?.[2]], ['Zarqa', '13110']);
  });

  it('ends when a match opens on a character outside the basic plane', () => {
    assert.equal(lastMatch(PATTERNS.usLocality, '😀a IL 12345')?.index, 0);
    assert.equal(lastMatch(PATTERNS.usLocality, '𝐒ale, OR 97301')?.[3], '97301');
  });
});
