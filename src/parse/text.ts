// The input as lines and segments, with offsets into the original text. Clean-up never changes a
// length: leftovers (`<mailto:…>`, `[cid:…]`, quote markers, box borders) are blanked with spaces,
// so an offset in the cleaned text is the same offset in the input.
import { MAX_INPUT_CHARS, MAX_LINE_CHARS, PROSE_LOWERCASE_SHARE, PROSE_MIN_WORDS } from './limits';
import { PATTERNS } from './patterns';
import { LEGAL_FORMS, PARTICLES } from './vocabulary';

export interface Line {
  index: number;
  /** Offset of the line's first character in the input. */
  start: number;
  /** Cleaned text (same length as the raw line). */
  text: string;
  /** Raw text, for URLs that clean-up blanks (`Company<https://…>`). */
  raw: string;
  quoted: boolean;
  blank: boolean;
  /** A rule or `--` delimiter line. */
  rule: boolean;
  /** Too long to be anything but prose. */
  long: boolean;
}

export interface Doc {
  text: string;
  lines: Line[];
  truncated: boolean;
}

const blankOut = (match: string): string => ' '.repeat(match.length);

function cleanLine(raw: string): { text: string; quoted: boolean } {
  if (raw.length > MAX_LINE_CHARS) return { text: raw, quoted: false };
  let text = raw.replace(PATTERNS.invisible, ' ').replaceAll('\r', ' ');
  // Cheap guards first: most lines hold no link leftovers at all.
  if (text.includes('<')) text = text.replace(PATTERNS.mailtoAngle, blankOut).replace(PATTERNS.urlAngle, blankOut);
  if (text.includes('ailto:') || text.includes('AILTO:')) text = text.replace(PATTERNS.mailtoPrefix, blankOut);
  if (text.includes('[')) text = text.replace(PATTERNS.inlineImage, blankOut);
  // `[image: LinkedIn] <https://www.linkedin.com/in/…>`: a link behind an icon is the line's content.
  if (text.trim() === '' && raw.includes('<http'))
    text = raw.replace(PATTERNS.inlineImage, blankOut).replace(PATTERNS.urlAngle, (m) => ` ${m.slice(1, -1)} `);
  const quote = PATTERNS.quotePrefix.exec(text);
  if (quote) text = blankOut(quote[0]) + text.slice(quote[0].length);
  // A box drawn around a signature: `| EDMUND FAIRCLOUGH |`.
  const trimmed = text.trim();
  if (trimmed.length > 2 && trimmed.startsWith('|') && trimmed.endsWith('|')) {
    const first = text.indexOf('|');
    const last = text.lastIndexOf('|');
    text = text.slice(0, first) + ' ' + text.slice(first + 1, last) + ' ' + text.slice(last + 1);
  }
  return { text, quoted: quote !== null };
}

/** Splits the (capped) input into cleaned lines. Linear in the input length. */
export function prepare(input: string): Doc {
  const truncated = input.length > MAX_INPUT_CHARS;
  const text = truncated ? input.slice(0, MAX_INPUT_CHARS) : input;
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const { text: cleaned, quoted } = cleanLine(raw);
    const blank = cleaned.trim().length === 0;
    lines.push({
      index: lines.length,
      start,
      text: cleaned,
      raw,
      quoted,
      blank,
      rule:
        !blank && raw.length <= MAX_LINE_CHARS && (PATTERNS.ruleLine.test(cleaned) || PATTERNS.armorLine.test(cleaned)),
      long: raw.length > MAX_LINE_CHARS,
    });
    start = end + 1;
  }
  return { text, lines, truncated };
}

/** A piece of a line between separators (`Name | Title | Company`), trimmed, with offsets. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  line: number;
  /** Position among the segments of its line. */
  order: number;
}

/** The source text between two segments of one line (their separator). */
export type Between = (left: Segment, right: Segment) => string;

/** Trims `text` (found at `start`) and returns it as a segment, or undefined when nothing is left. */
export function trimmedSegment(text: string, start: number, line: number, order: number): Segment | undefined {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  if (!value) return undefined;
  return { text: value, start: start + lead, end: start + lead + value.length, line, order };
}

/** A space a web mail padded with non-breaking ones (`Samira\u00a0 El\u00a0Idrissi`): one word gap, not a column's. */
function isPaddedSpace(rawGap: string): boolean {
  let spaces = 0;
  let padding = 0;
  for (const ch of rawGap)
    if (ch === ' ') spaces++;
    else if (ch === '\u00a0') padding++;
    else return false;
  return padding > 0 && spaces <= 1;
}

export function splitSegments(line: Line): Segment[] {
  if (line.blank || line.rule) return [];
  if (line.long)
    return [{ text: line.text, start: line.start, end: line.start + line.text.length, line: line.index, order: 0 }];
  const out: Segment[] = [];
  let from = 0;
  const push = (to: number): void => {
    const segment = trimmedSegment(line.text.slice(from, to), line.start + from, line.index, out.length);
    if (segment) out.push(segment);
  };
  for (const match of line.text.matchAll(PATTERNS.segmentSeparator)) {
    const at = match.index ?? 0;
    if (isPaddedSpace(line.raw.slice(at, at + match[0].length))) continue;
    push(at);
    from = at + match[0].length;
  }
  push(line.text.length);
  return out;
}

/** Lower case without diacritics, ß → ss: for comparing names with email local parts. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('œ', 'oe')
    .replaceAll('ł', 'l')
    .replaceAll('đ', 'd')
    .normalize('NFD')
    .replace(PATTERNS.combiningMarks, '')
    .replace(PATTERNS.lettersOnly, '');
}

/** German transliteration (ü → ue): `Weißmüller` ↔ `weissmueller`. */
export function foldGerman(text: string): string {
  return fold(text.toLowerCase().replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue'));
}

/** White-space separated words (a plain scan: this runs on every line). */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
    if (space && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** Lower case, edge punctuation and pictographs removed: how vocabularies are looked up. */
export function normalizeKey(text: string): string {
  return text
    .replace(PATTERNS.pictograph, ' ')
    .replace(PATTERNS.edgePunctuation, '')
    .replace(PATTERNS.whitespaceRun, ' ')
    .trim()
    .toLowerCase();
}

/** Prose: a sentence rather than a signature item. */
export function isProse(text: string, all: readonly string[] = words(text)): boolean {
  if (all.length < PROSE_MIN_WORDS) return false;
  const lower = all.filter((w) => PATTERNS.lowerStart.test(w) && !PARTICLES.has(w)).length;
  if (lower / all.length >= PROSE_LOWERCASE_SHARE && lower >= 2) return true;
  // A final dot after a legal form (`Sp. z o.o.`, `Co.`) ends a company name, not a sentence.
  const last = (all[all.length - 1] ?? '').toLowerCase();
  return PATTERNS.sentenceEnd.test(text) && lower >= 2 && !LEGAL_FORMS.has(last);
}
