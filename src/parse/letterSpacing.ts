// A line set in spaced-out letters (`K A R I N   S O L B E R G`, a scan's `박 지 훈`) closed up into its words
// (`KARIN SOLBERG`, `박지훈`). The closed text is shorter than the line: it is padded with spaces to the line's
// length, and each of its characters keeps the offset in the line it was read from (sourceAt).
import { MAX_SPACED_WORD_GAP, MIN_SPACED_LETTERS, MIN_SPACED_UNCASED_LETTERS } from './limits';
import { PATTERNS } from './patterns';
import { LEGAL_FORMS, LEGAL_MARKS } from './vocabulary';

export interface ClosedLine {
  text: string;
  /** For each character of `text` (and its end), the offset in the line it was read from. */
  sourceAt: number[];
}

interface Token {
  text: string;
  start: number;
}

function spaceSeparatedTokens(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || text.charAt(i) === ' ';
    if (space && start >= 0) {
      out.push({ text: text.slice(start, i), start });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** One character, not a digit: a letter of a spaced-out word, or the punctuation set among them (`&`, `.`). */
const isSpacedChar = (token: string): boolean => [...token].length === 1 && !PATTERNS.anyDigit.test(token);

const isCasedLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

const isLetter = (t: Token): boolean => PATTERNS.letter.test(t.text);

/**
 * Tokens `from`…`to` (one character each) are letter-spaced: they hold enough letters (fewer in a script
 * without case) and a single space stands between two of those letters somewhere in the run (a word's
 * letters, not columns, nor `A & B & C & D`).
 */
function isLetterSpacedRun(tokens: readonly Token[], from: number, to: number): boolean {
  const run = tokens.slice(from, to + 1);
  const letters = run.filter(isLetter);
  const needed = letters.some((t) => isCasedLetter(t.text)) ? MIN_SPACED_LETTERS : MIN_SPACED_UNCASED_LETTERS;
  const singleGap = run.some((t, i) => {
    const before = run[i - 1];
    return before !== undefined && isLetter(t) && isLetter(before) && t.start === before.start + before.text.length + 1;
  });
  return letters.length >= needed && singleGap;
}

/**
 * The run `from`…`to` stands apart on its line: a gap of two or more (or the line's edge) parts it from the
 * words beside it, or a legal form opens it (`(주) 새 별 …`). Initials before a name (`R T K M van Dijk`) and
 * one-syllable words in prose run on into their neighbours with single spaces.
 */
function standsApart(tokens: readonly Token[], from: number, to: number, gapBefore: (i: number) => number): boolean {
  const before = tokens[from - 1];
  const openedApart =
    before === undefined ||
    gapBefore(from) > 1 ||
    LEGAL_MARKS.includes(before.text) ||
    LEGAL_FORMS.has(before.text.toLowerCase());
  return openedApart && (to + 1 === tokens.length || gapBefore(to + 1) > 1);
}

/**
 * The line with each run of one-character tokens closed up: a single space between two of them joins a
 * word, a wider one (up to a column's) parts two words. Undefined when no run spells a letter-spaced word.
 */
export function closeLetterSpacing(text: string): ClosedLine | undefined {
  // Every line of the input comes here: most hold no run of one-character tokens at all.
  if (!PATTERNS.spacedLetterRun.test(text)) return undefined;
  const tokens = spaceSeparatedTokens(text);
  const gapBefore = (i: number): number =>
    (tokens[i] as Token).start - (tokens[i - 1] as Token).start - (tokens[i - 1] as Token).text.length;
  let out = '';
  const sourceAt: number[] = [];
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      out += text.charAt(i);
      sourceAt.push(i);
    }
  };
  let copied = 0;
  let closed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSpacedChar((tokens[i] as Token).text)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      isSpacedChar((tokens[last + 1] as Token).text) &&
      gapBefore(last + 1) <= MAX_SPACED_WORD_GAP
    )
      last++;
    if (standsApart(tokens, i, last, gapBefore) && isLetterSpacedRun(tokens, i, last)) {
      const first = tokens[i] as Token;
      copy(copied, first.start);
      for (let k = i; k <= last; k++) {
        const token = tokens[k] as Token;
        if (k > i && gapBefore(k) > 1) {
          out += ' ';
          sourceAt.push(token.start - 1);
        }
        copy(token.start, token.start + token.text.length);
      }
      copied = (tokens[last] as Token).start + (tokens[last] as Token).text.length;
      closed = true;
    }
    i = last;
  }
  if (!closed) return undefined;
  copy(copied, text.length);
  return padToLine(out, sourceAt, text.length);
}

/**
 * A closed-up line (`out`, its characters read from `sourceAt`) padded to the line's `length`, so the lines after
 * it keep their offsets; its padding maps to the line's last character, so a value's span never runs past the
 * line's end.
 */
export function padToLine(out: string, sourceAt: number[], length: number): ClosedLine {
  const padding = Math.max(0, length - out.length);
  for (let i = 0; i < padding; i++) sourceAt.push(length - 1);
  sourceAt.push(length);
  return { text: out + ' '.repeat(padding), sourceAt };
}
