// A heading naming an assistant or a secretariat (`Sekretariat`, `Personal Assistant: Mr …`) opens their block.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('delegateHeading', () => {
  it('reads an assistant or secretariat heading alone or with a name, in several languages', () => {
    assert.ok(PATTERNS.delegateHeading.test('Sekretariat'));
    assert.ok(PATTERNS.delegateHeading.test('Secrétariat :'));
    assert.ok(PATTERNS.delegateHeading.test('Personal Assistant: Mr Jonathan Reed'));
    assert.ok(PATTERNS.delegateHeading.test('Segreteria: Dott.ssa Chiara Berti'));
  });

  it('reads no line carrying a number or an address, nor a title naming more', () => {
    assert.ok(!PATTERNS.delegateHeading.test('Sekretariat: +49 231 555-0100'));
    assert.ok(!PATTERNS.delegateHeading.test('Assistant: anna@firm.example'));
    assert.ok(!PATTERNS.delegateHeading.test('Assistant Professor of Chemistry'));
    assert.ok(!PATTERNS.delegateHeading.test('Leiterin Sekretariat'));
  });
});
