// The block an address belongs to — its paragraph or signature — read from the lines around it
// when the user asks for a contact from the address under the cursor. Bounded: at most
// BLOCK_LINES_UP/DOWN lines either side, each looked at only when short enough to be a
// signature line; it stops at blank lines, rules (`--`), header lines and a change of quote depth.
import {
  BLOCK_LINES_DOWN,
  BLOCK_LINES_UP,
  LONG_LINE_CONTEXT_CHARS,
  MAX_LINE_CHARS,
  MAX_SIGNATURE_PART_LINES,
} from './limits';
import { PATTERNS } from './patterns';

/** A document seen line by line (an editor's document, or an array in tests). */
export interface LineSource {
  readonly lineCount: number;
  lineAt(index: number): string;
}

export interface ContactBlock {
  /** The block's lines, quote markers removed, joined by `\n`. */
  text: string;
  firstLine: number;
  lastLine: number;
}

interface BlockLine {
  /** Without its quote markers. */
  text: string;
  /** How many `>` precede it. */
  depth: number;
}

/** The block holding the address at `start`…`end` of line `line`. */
export function contactBlock(lines: LineSource, line: number, start: number, end: number): ContactBlock {
  const own = lines.lineAt(line);
  if (own.length > MAX_LINE_CHARS) {
    const text = own.slice(Math.max(0, start - LONG_LINE_CONTEXT_CHARS), end + LONG_LINE_CONTEXT_CHARS);
    return { text, firstLine: line, lastLine: line };
  }
  const address = unquote(own);
  // `From: Ana Pereira <ana@x.example>`: the header line names the person; the lines below are other headers.
  if (PATTERNS.headerKey.test(address.text)) return { text: address.text, firstLine: line, lastLine: line };

  const at = (index: number): BlockLine | undefined => {
    if (index < 0 || index >= lines.lineCount) return undefined;
    const raw = lines.lineAt(index);
    if (raw.length > MAX_LINE_CHARS) return undefined;
    const quoted = unquote(raw);
    return quoted.depth === address.depth ? quoted : undefined;
  };
  const belongs = (candidate: BlockLine | undefined): candidate is BlockLine =>
    candidate !== undefined &&
    candidate.text.trim() !== '' &&
    !PATTERNS.ruleLine.test(candidate.text) &&
    !PATTERNS.headerKey.test(candidate.text);

  let first = line;
  while (line - first < BLOCK_LINES_UP && belongs(at(first - 1))) first--;
  let last = line;
  while (last - line < BLOCK_LINES_DOWN && belongs(at(last + 1))) last++;

  // A name and title above one blank line, contact details below it: one signature.
  if (at(first - 1)?.text.trim() === '' && isSignaturePart(at, first, last)) {
    let above = first - 1;
    while (first - 1 - above <= MAX_SIGNATURE_PART_LINES && belongs(at(above - 1))) above--;
    if (above < first - 1 && line - above <= BLOCK_LINES_UP && isSignaturePart(at, above, first - 2)) first = above;
  }

  const text: string[] = [];
  for (let index = first; index <= last; index++) text.push(at(index)?.text ?? '');
  return { text: text.join('\n'), firstLine: first, lastLine: last };
}

/** A few lines, none of them a sentence. */
function isSignaturePart(at: (index: number) => BlockLine | undefined, first: number, last: number): boolean {
  if (last - first + 1 > MAX_SIGNATURE_PART_LINES) return false;
  for (let index = first; index <= last; index++) {
    if (PATTERNS.sentenceEnd.test((at(index)?.text ?? '').trim())) return false;
  }
  return true;
}

function unquote(raw: string): BlockLine {
  const prefix = PATTERNS.quotePrefix.exec(raw)?.[0] ?? '';
  let depth = 0;
  for (const ch of prefix) if (ch === '>') depth++;
  return { text: raw.slice(prefix.length), depth };
}
