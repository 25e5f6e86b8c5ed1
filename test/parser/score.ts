// npm run score:parser — per-field precision/recall/F1 of the parser on each labelled corpus,
// micro-F1, the headline figures, and the worst cases (never for a held-out part). Exit
// code 1 when a target is missed on a gated corpus (dev, own).
import { parseContact, toPlainContact } from '../../src/parse/index';
import {
  FIELDS,
  evaluate,
  scoredCorpora,
  summarise,
  targetFailures,
  type CaseResult,
  type ScoredCorpus,
} from './corpus';

const WORST_SHOWN = 8;
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function report({ name, file, cases, blind, gated }: ScoredCorpus): boolean {
  const results: CaseResult[] = cases.map((c) => evaluate(c, toPlainContact(parseContact(c.text))));
  const s = summarise(results);
  console.log(`\n=== ${name}: ${file} (${s.cases} cases) ===`);
  console.log('field        P      R      F1    tp  fp  fn');
  for (const field of FIELDS) {
    const f = s.perField[field];
    console.log(
      `${field.padEnd(10)} ${pct(f.p)}  ${pct(f.r)}  ${pct(f.f1)}  ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}`,
    );
  }
  console.log(`micro-F1: ${pct(s.microF1).trim()}`);
  console.log(`first+last+email exactly right: ${s.nameEmailRight}/${s.cases}`);
  console.log(`no-contact cases left empty: ${s.noContactEmpty}/${s.noContactCases}`);
  console.log(`fax numbers captured as phones: ${s.faxAsPhone}`);
  console.log(
    `phone kinds right: ${s.kindsRight}/${s.kindsLabelled} (${pct(s.kindsLabelled ? s.kindsRight / s.kindsLabelled : 1).trim()} %)`,
  );
  const worst = results
    .map((r) => ({
      r,
      errors: FIELDS.reduce((n, f) => n + r.counts[f].fp + r.counts[f].fn, 0) + (r.noContactCase && !r.empty ? 1 : 0),
    }))
    .filter((w) => w.errors > 0)
    .sort((a, b) => b.errors - a.errors)
    .slice(0, blind ? 0 : WORST_SHOWN);
  if (blind) console.log('worst cases: not shown (held out from tuning)');
  else console.log(`worst cases (${worst.length} shown):`);
  for (const { r, errors } of worst) {
    console.log(`  ${r.id} (${errors} errors)`);
    for (const [field, message] of Object.entries(r.errors)) console.log(`    ${field}: ${message}`);
    if (r.noContactCase && !r.empty) console.log('    expected an empty draft');
  }
  const failures = targetFailures(s);
  console.log(failures.length ? `TARGETS MISSED: ${failures.join('; ')}` : 'targets: all met');
  return !gated || failures.length === 0;
}

const ok = scoredCorpora()
  .map((corpus) => report(corpus))
  .every(Boolean);
process.exitCode = ok ? 0 : 1;
