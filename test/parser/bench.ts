// npm run bench:parser — speed of the production parser bundle (dist/parser.js): median and p95
// time per corpus case; readContacts (what the worker runs) on 64 KB and 1 MB of each input shape
// (a thread, a repeated signature, a roster of name-like lines, CSV, vCards, a To: list, random
// text; growth must be linear); and one input past the size cap (`-- --shapes`: all but the per-case
// times). A benchmark, not a test: it prints, it does not assert.
import * as path from 'node:path';
import type * as Parser from '../../src/parse/index';
import { benchCursor } from './bench-cursor';
import { scoredCorpora } from './corpus';
import { PATHOLOGICAL_LINES, PEOPLE_FORMATS, pathologicalPeople } from './pathological';
import { median, quantile } from '../bench/quantile';

const ROUNDS_PER_CASE = 25;
const WARM_UP_ROUNDS = 3;
const ROUNDS_PER_SIZE = 5;
const SIZES_KB = [64, 1000];

const parser = require(path.join(process.cwd(), 'dist/parser.js')) as typeof Parser;

const ms = (x: number): string => `${x.toFixed(3)} ms`;

function time(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function medianTime(run: () => unknown, rounds: number): number {
  return median(Array.from({ length: rounds }, () => time(run)));
}

/** `unit(i)` repeated up to `bytes` characters. */
function repeat(bytes: number, unit: (i: number) => string, head = ''): string {
  let text = head;
  for (let i = 0; text.length < bytes; i++) text += unit(i);
  return text.slice(0, bytes);
}

/** A deterministic pseudo-random generator (no clock, no Math.random): the same text every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const GIVEN = ['Ana', 'Bo', 'Chidi', 'Dana', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jon'];
const FAMILY = ['Pereira', 'Li', 'Okafor', 'Novak', 'Yilmaz', 'Adeyemi', 'Berg', 'Sato', 'Ruiz', 'Holm'];
const person = (i: number): string => `${GIVEN[i % 10]} ${FAMILY[Math.floor(i / 10) % 10]}`;
const address = (i: number): string => `${person(i).toLowerCase().replace(' ', '.')}${i}@example.com`;
const printable = lcg(42);

const SHAPES: Record<string, (bytes: number) => string> = {
  thread: bigInput,
  signature: (bytes) =>
    repeat(bytes, (i) => `Best regards,\n${person(i)}\nHead of Research, Example Labs\n+1 415 555 01${i % 100}\n\n`),
  roster: (bytes) => repeat(bytes, (i) => `${person(i)}\n`),
  csv: (bytes) =>
    repeat(
      bytes,
      (i) => `${person(i).replace(' ', ',')},${address(i)},+1 415 555 0100\n`,
      'First Name,Last Name,E-mail Address,Phone\n',
    ),
  vcard: (bytes) =>
    repeat(
      bytes,
      (i) =>
        `BEGIN:VCARD\nVERSION:3.0\nN:${FAMILY[i % 10]};${GIVEN[i % 10]};;;\nFN:${person(i)}\nEMAIL:${address(i)}\nEND:VCARD\n`,
    ),
  'To: list': (bytes) => repeat(bytes, (i) => `"${person(i)}" <${address(i)}>, `, 'To: '),
  random: (bytes) =>
    repeat(bytes, () => String.fromCharCode(32 + Math.floor(printable() * 95)) + (printable() < 0.02 ? '\n' : '')),
};

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

/** Median time per corpus case: the corpus is every scored case, so this part takes most of the run. */
function benchCorpus(): void {
  const cases = scoredCorpora().flatMap((corpus) => corpus.cases);
  for (const c of cases) for (let i = 0; i < WARM_UP_ROUNDS; i++) parser.parseContact(c.text);
  const perCase = cases
    .map((c) => medianTime(() => parser.parseContact(c.text), ROUNDS_PER_CASE))
    .sort((a, b) => a - b);
  console.log(`corpus: ${cases.length} cases × ${ROUNDS_PER_CASE} rounds (dist/parser.js)`);
  console.log(
    `  per-case median: ${ms(quantile(perCase, 0.5))}  p95: ${ms(quantile(perCase, 0.95))}  max: ${ms(perCase[perCase.length - 1] ?? 0)}`,
  );
}

// `npm run bench:parser -- --shapes`: the input shapes and what follows them, without the hour the corpus takes.
if (!process.argv.includes('--shapes')) benchCorpus();

console.log(`readContacts by input shape (median of ${ROUNDS_PER_SIZE}):`);
for (const [shape, make] of Object.entries(SHAPES)) {
  let previous: number | undefined;
  for (const kb of SIZES_KB) {
    const text = make(kb * 1000);
    // The first call is a warm-up (first-use costs, tables and compiled code, are not the shape's).
    const reading = parser.readContacts(text);
    // A list is read up to its first MAX_PEOPLE people: past that, more bytes are only scanned.
    const people = reading.kind === 'people' ? `, ${reading.people.length} people read` : '';
    const t = medianTime(() => parser.readContacts(text), ROUNDS_PER_SIZE);
    const ratio = previous
      ? `  ×${(t / previous).toFixed(2)} for ×${(SIZES_KB[1] ?? 1) / (SIZES_KB[0] ?? 1)} size`
      : '';
    console.log(
      `  ${shape.padEnd(10)} ${String(kb).padStart(5)} KB: ${ms(t).padStart(12)}  (${(t / kb).toFixed(3)} ms/KB${people})${ratio}`,
    );
    previous = t;
  }
}
const capped = bigInput(2 * parser.MAX_INPUT_CHARS);
console.log(
  `  ${String(Math.round(capped.length / 1000)).padStart(5)} KB: ${ms(medianTime(() => parser.parseContact(capped), ROUNDS_PER_SIZE)).padStart(12)}  (past MAX_INPUT_CHARS = ${parser.MAX_INPUT_CHARS}: only the first ${parser.MAX_INPUT_CHARS} chars are read, truncated: ${parser.parseContact(capped).truncated})`,
);

// Short random texts, and the inputs built to make the parser work hard (their results: test/unit/parse).
const shortTexts = Array.from({ length: 2000 }, (_, i) => SHAPES.random?.(1 + ((i * 997) % 2000)) ?? '');
const perText = shortTexts.map((text) => time(() => parser.parseContact(text))).sort((a, b) => a - b);
console.log(
  `parseContact, ${shortTexts.length} random texts up to 2 KB: median ${ms(quantile(perText, 0.5))}  p95: ${ms(quantile(perText, 0.95))}  max: ${ms(perText[perText.length - 1] ?? 0)}`,
);
console.log('pathological input (one run each):');
for (const line of PATHOLOGICAL_LINES)
  console.log(
    `  parseContact ${JSON.stringify(line.slice(0, 6)).padEnd(20)} ${ms(time(() => parser.parseContact(line)))}`,
  );
for (const input of pathologicalPeople(parser.MAX_INPUT_CHARS))
  for (const format of PEOPLE_FORMATS)
    console.log(
      `  parsePeople  ${JSON.stringify(input.slice(0, 12)).padEnd(20)} ${format.padEnd(5)} ${ms(time(() => parser.parsePeople(input, { format })))}`,
    );

// The email lightbulb (issue 14): its own block, in its own file.
benchCursor();
