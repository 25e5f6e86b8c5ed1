// A profile's or a listing's membership date (`Member since 2019`, `Anbieter seit 03.2011`) is no role line.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('memberSince', () => {
  it('reads membership, selling and using a site since a date, in several languages', () => {
    assert.ok(PATTERNS.memberSince.test('Member since October 2017'));
    assert.ok(PATTERNS.memberSince.test('Anbieter seit 03.2011'));
    assert.ok(PATTERNS.memberSince.test('Vendeur depuis 2016'));
    assert.ok(PATTERNS.memberSince.test('Sprzedawca od 2020'));
  });

  it('reads no firm nor a date alone', () => {
    assert.ok(!PATTERNS.memberSince.test('Anbieter GmbH'));
    assert.ok(!PATTERNS.memberSince.test('Seit 2011'));
  });
});
