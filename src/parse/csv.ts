// CSV text (RFC 4180): quoted fields with `""` escapes, delimiters and line breaks inside quotes,
// CRLF or LF records; `,`, `;` or tab as the delimiter. One linear scan, no regex; every cell keeps
// the span of its content in the input (inside the quotes, trimmed).

export interface Cell {
  /** The content: unquoted, `""` → `"`, trimmed. */
  text: string;
  start: number;
  end: number;
}

export type Row = Cell[];

export type Delimiter = ',' | ';' | '\t';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
/** The header row is looked for in this many characters; a longer first record is no header. */
export const HEADER_SCAN_CHARS = 8192;

function cellOf(text: string, start: number): Cell {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  return { text: value, start: start + lead, end: start + lead + value.length };
}

/**
 * The delimiter of the first record (from `from`): the one of `,` `;` tab it holds most of outside
 * quotes, ties going to that order; undefined when it holds none (a single column).
 */
export function detectDelimiter(text: string, from: number): Delimiter | undefined {
  const counts = new Map<string, number>();
  let quoted = false;
  const end = Math.min(text.length, from + HEADER_SCAN_CHARS);
  for (let i = from; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && DELIMITERS.includes(ch as Delimiter)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter | undefined;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = d;
  return best;
}

/** Index of the first delimiter or line break at or after `i` (or the text's end). */
function fieldEnd(text: string, i: number, delimiter: Delimiter): number {
  let at = i;
  while (at < text.length) {
    const ch = text.charAt(at);
    if (ch === delimiter || ch === '\n' || ch === '\r') break;
    at++;
  }
  return at;
}

/** A quoted field whose opening quote is at `open`: its cell and the index just past the closing quote. */
function quotedField(text: string, open: number): { cell: Cell; next: number } {
  let value = '';
  let at = open + 1;
  let close = text.length;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) {
      value += text.slice(at);
      at = text.length;
      break;
    }
    if (text.charAt(quote + 1) === '"') {
      value += text.slice(at, quote + 1);
      at = quote + 2;
      continue;
    }
    value += text.slice(at, quote);
    close = quote;
    at = quote + 1;
    break;
  }
  const lead = value.length - value.trimStart().length;
  const trail = value.length - value.trimEnd().length;
  return {
    cell: { text: value.trim(), start: open + 1 + lead, end: Math.max(open + 1 + lead, close - trail) },
    next: at,
  };
}

/**
 * The records of `text` from `from`, each a list of cells. Records whose cells are all empty are
 * left out. When `cut` (the input was capped), the last record is dropped: it may be partial.
 */
export function readRecords(text: string, from: number, delimiter: Delimiter, cut: boolean, maxRows = Infinity): Row[] {
  const rows: Row[] = [];
  let row: Row = [];
  let i = from;
  for (;;) {
    let j = i;
    while (j < text.length && (text.charAt(j) === ' ' || (text.charAt(j) === '\t' && delimiter !== '\t'))) j++;
    let next: number;
    if (text.charAt(j) === '"') {
      const field = quotedField(text, j);
      row.push(field.cell);
      next = fieldEnd(text, field.next, delimiter);
    } else {
      next = fieldEnd(text, i, delimiter);
      row.push(cellOf(text.slice(i, next), i));
    }
    if (text.charAt(next) === delimiter) {
      i = next + 1;
      continue;
    }
    if (row.some((c) => c.text)) rows.push(row);
    row = [];
    if (next >= text.length || rows.length >= maxRows) return rows;
    i = next + (text.charAt(next) === '\r' && text.charAt(next + 1) === '\n' ? 2 : 1);
  }
  if (cut && !text.endsWith('\n')) rows.pop();
  return rows;
}
