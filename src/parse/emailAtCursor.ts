// The address a cursor is on, for the editor's code action. It runs on every cursor move, so it
// looks only at the cursor's line, and there only at an address's length either side of the cursor:
// the cost is the same on a 10-character line and on a 1 MB one.
import { addressWindow } from './addressWindow';
import { emailSpanAt } from './emailSpan';

export interface EmailAtCursor {
  /** As written in the text. */
  email: string;
  start: number;
  end: number;
}

/**
 * The address on `line` that holds `column` (a cursor just after its last character counts), or
 * undefined. With `endColumn`, the whole range `column`…`endColumn` must lie inside that address.
 */
export function emailAtCursor(line: string, column: number, endColumn = column): EmailAtCursor | undefined {
  const { from, to } = addressWindow(line, column);
  const window = line.slice(from, to);
  for (let at = window.indexOf('@'); at >= 0; at = window.indexOf('@', at + 1)) {
    const span = emailSpanAt(line, from + at);
    if (span.valid && span.start <= column && endColumn <= span.end)
      return { email: line.slice(span.start, span.end), start: span.start, end: span.end };
  }
  return undefined;
}
