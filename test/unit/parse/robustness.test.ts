// Garbage in, empty (or sane) draft out: random text never throws, stays within a time bound, and
// every offset points into the input. Input past MAX_INPUT_CHARS is cut, not a crash.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_INPUT_CHARS, parseContact, type ContactDraftParse } from '../../../src/parse/index';

const RUNS = 10_000;
/** Per-input bound for random inputs (they are < 2 KB); generous for slow CI machines. */
const MAX_MS_PER_INPUT = 250;

const FRAGMENTS = [
  'Best regards,',
  '--',
  'Dr. Ana María de la Cruz, PhD',
  'ANNA LEE',
  '李 娜',
  'ليلى نصار',
  'Mobile: +44 7123 654321',
  'Fax 801-555-0111',
  'T +49 (0) 711 1234567 x 12',
  'ana@x.example',
  '<mailto:a@b.example>',
  '[cid:image001.png]',
  'On Mon, Jan 1, 2024 at 9:00 AM Bo <bo@y.example> wrote:',
  '> quoted',
  '-----Original Message-----',
  'From: Bo <bo@y.example>',
  'BEGIN:VCARD',
  'END:VCARD',
  'N:Doe;Jane;;;',
  'TEL;TYPE=CELL:+1 415 555 0100',
  'linkedin.com/in/x',
  '@handle',
  '1450 Peachtree St NE',
  'Atlanta, GA 30309',
  '〒530-0001',
  '|',
  '·',
  '\t',
  '  ',
  'Le 2 juin 2025 à 09:12, X <x@z.example> a écrit :',
  'Am 3. Juni 2025 schrieb Y <y@z.example>:',
  'Sent from my iPhone',
];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 })), { maxLength: 40 })
    .map((parts) => parts.join('\n')),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 })
    .map((parts) => parts.join(' ')),
);

function offsetsInside(draft: ContactDraftParse, input: string): boolean {
  const values = [
    draft.firstName,
    draft.lastName,
    draft.email,
    draft.title,
    draft.company,
    draft.website,
    draft.linkedin,
    draft.twitter,
    draft.address,
    ...draft.phones,
    ...draft.fax,
  ];
  return values.every(
    (v) => v === undefined || (Number.isInteger(v.start) && v.start >= 0 && v.start <= v.end && v.end <= input.length),
  );
}

describe('parser robustness', () => {
  it(`never throws, stays under ${MAX_MS_PER_INPUT} ms and keeps offsets inside the input (${RUNS} random inputs)`, function () {
    this.timeout(300_000);
    // First-use costs (the country-name and phone tables, built once per process) are paid here:
    // the bound is on each input's own parsing, which a cold table under load would mask.
    parseContact(FRAGMENTS.join('\n'));
    let slowest = 0;
    fc.assert(
      fc.property(text, (input) => {
        const started = performance.now();
        const draft = parseContact(input);
        const elapsed = performance.now() - started;
        slowest = Math.max(slowest, elapsed);
        return (
          elapsed < MAX_MS_PER_INPUT &&
          Array.isArray(draft.phones) &&
          Array.isArray(draft.fax) &&
          offsetsInside(draft, input)
        );
      }),
      { numRuns: RUNS },
    );
    assert.ok(slowest < MAX_MS_PER_INPUT);
  });

  it('does not throw on non-string input from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}, []])
      assert.deepEqual(parseContact(bad as unknown as string), { phones: [], fax: [], truncated: false });
  });

  it('reads only the first MAX_INPUT_CHARS of a larger input and says so', () => {
    const signature = 'Best,\nJane Roe\njane.roe@roe.example\n';
    const draft = parseContact(signature + 'x'.repeat(MAX_INPUT_CHARS));
    assert.equal(draft.truncated, true);
    assert.equal(draft.email?.value, 'jane.roe@roe.example');
    const beyond = parseContact('y '.repeat(MAX_INPUT_CHARS) + '\nJane Roe\njane.roe@roe.example');
    assert.equal(beyond.truncated, true);
    assert.equal(beyond.email, undefined, 'what lies beyond the cap is not read');
  });

  it('handles pathological lines (one 1 MB line, many @, many separators) quickly', () => {
    for (const input of [
      '@'.repeat(200_000),
      'a@'.repeat(100_000),
      '| '.repeat(100_000),
      '+1 '.repeat(100_000),
      'a.'.repeat(100_000),
    ]) {
      const started = performance.now();
      const draft = parseContact(input);
      assert.ok(performance.now() - started < 2000, 'bounded time');
      assert.ok(draft);
    }
  });
});
