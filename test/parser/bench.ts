// npm run bench:parser — speed of the production parser bundle (dist/parser.js): median and p95
// time per corpus case, and time for 125 KB … 1 MB inputs (growth must be linear) and one past the
// size cap. A benchmark, not a test: it prints, it does not assert.
import * as path from 'node:path';
import type * as Parser from '../../src/parse/index';
import { benchCursor } from './bench-cursor';
import { CORPORA, loadCases } from './corpus';

const ROUNDS_PER_CASE = 25;
const WARM_UP_ROUNDS = 3;
const ROUNDS_PER_SIZE = 5;
const SIZES_KB = [125, 250, 500, 1000];

const parser = require(path.join(process.cwd(), 'dist/parser.js')) as typeof Parser;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (x: number): string => `${x.toFixed(3)} ms`;

function time(text: string): number {
  const started = process.hrtime.bigint();
  parser.parseContact(text);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(text: string, rounds: number): number {
  const times = Array.from({ length: rounds }, () => time(text)).sort((a, b) => a - b);
  return quantile(times, 0.5);
}

/** A long thread: prose paragraphs, quoted replies, then the signature at the very end. */
function bigInput(bytes: number): string {
  const paragraph =
    'Update: the vendor shortlist is unchanged, call +1 415 555 0100 or write to team@example.com; details at https://example.com/x.\n\n';
  const quoted = '> On Mon, Jan 6, 2025 at 9:00 AM Bo Li <bo@li.example> wrote:\n> Bo Li | Analyst | +1 415 555 0199\n';
  const signature =
    '\nBest regards,\nAna Pereira\nHead of Research, Example Labs\n+1 415 555 0123\nana.pereira@example.com\n';
  let body = '';
  while (body.length + signature.length < bytes) body += body.length % 3 === 0 ? quoted : paragraph;
  return body.slice(0, bytes - signature.length) + signature;
}

const cases = Object.values(CORPORA).flatMap((file) => loadCases(file));
for (const c of cases) for (let i = 0; i < WARM_UP_ROUNDS; i++) parser.parseContact(c.text);
const perCase = cases.map((c) => median(c.text, ROUNDS_PER_CASE)).sort((a, b) => a - b);
console.log(`corpus: ${cases.length} cases × ${ROUNDS_PER_CASE} rounds (dist/parser.js)`);
console.log(
  `  per-case median: ${ms(quantile(perCase, 0.5))}  p95: ${ms(quantile(perCase, 0.95))}  max: ${ms(perCase[perCase.length - 1] ?? 0)}`,
);

console.log('large inputs (median of 5):');
let previous: number | undefined;
for (const kb of SIZES_KB) {
  const text = bigInput(kb * 1000);
  const t = median(text, ROUNDS_PER_SIZE);
  const ratio = previous ? `  ×${(t / previous).toFixed(2)} for ×2 size` : '';
  console.log(`  ${String(kb).padStart(5)} KB: ${ms(t).padStart(12)}  (${(t / kb).toFixed(3)} ms/KB)${ratio}`);
  previous = t;
}
const capped = bigInput(2 * parser.MAX_INPUT_CHARS);
console.log(
  `  ${String(Math.round(capped.length / 1000)).padStart(5)} KB: ${ms(median(capped, ROUNDS_PER_SIZE)).padStart(12)}  (past MAX_INPUT_CHARS = ${parser.MAX_INPUT_CHARS}: only the first ${parser.MAX_INPUT_CHARS} chars are read, truncated: ${parser.parseContact(capped).truncated})`,
);

// The email lightbulb (issue 14): its own block, in its own file.
benchCursor();
