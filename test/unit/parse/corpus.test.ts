// Golden cases: one test per labelled case in test/fixtures/signatures/*.jsonl (adding a case adds
// data, not code), then the aggregate targets per corpus.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { CORPORA, evaluate, loadCases, summarise, targetFailures } from '../../parser/corpus';

for (const [name, file] of Object.entries(CORPORA)) {
  describe(`parser corpus: ${name} (${file})`, () => {
    const cases = loadCases(file);
    const results = cases.map((c) => ({ c, result: evaluate(c, toPlainContact(parseContact(c.text))) }));

    for (const { c, result } of results) {
      it(`${c.id}: ${c.notes ?? ''}`, () => {
        assert.deepEqual(result.errors, {}, `fields wrong in ${c.id}`);
        if (result.noContactCase) assert.ok(result.empty, 'a text without a contact gives an empty draft');
        assert.equal(result.faxAsPhone, 0, 'no fax number among the phones');
        assert.equal(result.kindsRight, result.kindsLabelled, 'phone kinds as labelled');
      });
    }

    it('meets the issue targets (micro-F1 ≥ 95, names+email, empty no-contact, no fax, kinds ≥ 90 %)', () => {
      assert.deepEqual(targetFailures(summarise(results.map((r) => r.result))), []);
    });
  });
}
