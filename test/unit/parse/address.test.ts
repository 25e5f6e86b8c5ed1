// Postal addresses found in a signature's segments: where an address ends and what it keeps.
import * as assert from 'node:assert/strict';
import { findAddress } from '../../../src/parse/address';
import { prepare, splitSegments } from '../../../src/parse/text';

const addressIn = (text: string) => findAddress(prepare(text).lines.flatMap(splitSegments));

describe('findAddress', () => {
  it('keeps a labelled line under an address that holds no locality yet: it labels a part of the same address', () => {
    assert.equal(addressIn('Street: 12 High St\nPostcode: SY23 1PB')?.value.postalCode, 'SY23 1PB');
  });
});
