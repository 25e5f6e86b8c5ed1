// A company profile's row: a firm's fact's label (`Founded:`, `資本金　…`) opening the line.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('firmFactRow', () => {
  it("reads a firm's fact's label before a colon, a tab, a wide or an ideographic space", () => {
    assert.ok(PATTERNS.firmFactRow.test('Founded: 1994'));
    assert.ok(PATTERNS.firmFactRow.test('資本金　2,000万円'));
    assert.ok(PATTERNS.firmFactRow.test('· 설립: 2019년 5월'));
    assert.ok(PATTERNS.firmFactRow.test('Stammkapital\t25.000 EUR'));
  });

  it('reads no sentence about a founding, nor a label elsewhere on the line', () => {
    assert.ok(!PATTERNS.firmFactRow.test('Founded in 1994 by two brothers'));
    assert.ok(!PATTERNS.firmFactRow.test('Our office, founded: 1994'));
  });
});

describe('clauseAfterName', () => {
  it('reads the clause a comma or a dash sets after a name', () => {
    assert.equal(
      PATTERNS.clauseAfterName.exec(', Head of Procurement, at Lindqvist Tools')?.[1],
      'Head of Procurement',
    );
    assert.equal(PATTERNS.clauseAfterName.exec(' — Senior Buyer.')?.[1], 'Senior Buyer');
  });

  it('reads no clause run on without a comma or a dash, nor one holding an address', () => {
    assert.ok(!PATTERNS.clauseAfterName.test(' Head of Procurement'));
    assert.equal(PATTERNS.clauseAfterName.exec(', mail me at anna@firm.example')?.[1], undefined);
  });
});
