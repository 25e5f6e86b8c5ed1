// Inputs built to make a parser work hard (one long line, a character repeated up to the size cap):
// the unit tests check what each gives, the benchmark (npm run bench:parser) how long it takes.

/** For parseContact: lines of 200,000 characters, within the size cap. */
export const PATHOLOGICAL_LINES: readonly string[] = [
  '@'.repeat(200_000),
  'a@'.repeat(100_000),
  '| '.repeat(100_000),
  '+1 '.repeat(100_000),
  'a.'.repeat(100_000),
];

/** For parsePeople: quotes, delimiters, brackets and addresses up to `maxChars` (MAX_INPUT_CHARS). */
export function pathologicalPeople(maxChars: number): string[] {
  return [
    '"'.repeat(maxChars),
    ','.repeat(maxChars),
    'Name,Email\n' + '",'.repeat(maxChars / 2),
    '<'.repeat(maxChars),
    'a@b.example,'.repeat(maxChars / 12),
    'BEGIN:VCARD\n'.repeat(maxChars / 12),
    ';\t'.repeat(maxChars / 2),
  ];
}

export const PEOPLE_FORMATS = ['auto', 'csv', 'vcard'] as const;
