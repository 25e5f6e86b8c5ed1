// A zh/ja/ko form's known label parted from its value by a column of ideographic spaces (`氏名　　…`) is a label.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('labelPrefix (ideographic-space column)', () => {
  it('reads a known field, firm fact or profile row label before two or more ideographic spaces', () => {
    assert.equal(PATTERNS.labelPrefix.exec('氏名　　　森本 彩花')?.[1], '氏名');
    assert.equal(PATTERNS.labelPrefix.exec('設立　　　1998年4月')?.[1], '設立');
    assert.equal(PATTERNS.labelPrefix.exec('代表者　　代表取締役　西田 一郎')?.[1], '代表者');
  });

  it('reads no firm or person aligned with ideographic spaces, nor a single one', () => {
    assert.ok(!PATTERNS.labelPrefix.test('株式会社サンプル精工　　営業部'));
    assert.ok(!PATTERNS.labelPrefix.test('森本 彩花　　営業部長'));
    assert.ok(!PATTERNS.labelPrefix.test('氏名　森本 彩花'));
  });
});
