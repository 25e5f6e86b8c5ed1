// Postal addresses found in a signature's segments: where an address ends and what it keeps.
import * as assert from 'node:assert/strict';
import { findAddress } from '../../../src/parse/address';
import { prepare, splitSegments } from '../../../src/parse/text';

const addressIn = (text: string) => findAddress(prepare(text).lines.flatMap(splitSegments));

describe('findAddress', () => {
  it('keeps a labelled line under an address that holds no locality yet: it labels a part of the same address', () => {
    assert.equal(addressIn('Street: 12 High St\nPostcode: SY23 1PB')?.value.postalCode, 'SY23 1PB');
  });

  it("ends an address before a comma part naming a register after a label ('Tax ID: NIP …')", () => {
    const text = 'ul. Marszałkowska 140, 00-546 Warszawa, Tax ID: NIP 525-555-41-20';
    assert.equal(addressIn(text)?.value.line, 'ul. Marszałkowska 140, 00-546 Warszawa');
  });

  it('ends the span of an address cut after a hyphenated word it joined where its text ends', () => {
    const text = 'Outer Ring Road, Bellan-\ndur, Bengaluru 560103, Tel +91 80 5555 0147';
    const found = addressIn(text);
    assert.equal(found?.value.line, 'Outer Ring Road, Bellandur, Bengaluru 560103');
    assert.ok(text.slice(found.start, found.end).endsWith('560103'));
  });
});
