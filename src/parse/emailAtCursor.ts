// The address a cursor is on, for the editor's code action. It runs on every cursor move, so it
// looks only at the cursor's line, and there only at an address's length either side of the cursor:
// the cost is the same on a 10-character line and on a 1 MB one.
import { emailSpanAt } from './emailSpan';
import { MAX_EMAIL_DOMAIN, MAX_EMAIL_LOCAL } from './limits';

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
  // A cursor in the domain is at most MAX_EMAIL_DOMAIN after the `@`; in the local part, at most
  // MAX_EMAIL_LOCAL before it.
  const from = Math.max(0, column - MAX_EMAIL_DOMAIN - 1);
  const window = line.slice(from, Math.min(line.length, column + MAX_EMAIL_LOCAL + 1));
  for (let at = window.indexOf('@'); at >= 0; at = window.indexOf('@', at + 1)) {
    const span = emailSpanAt(line, from + at);
    if (span.valid && span.start <= column && endColumn <= span.end)
      return { email: line.slice(span.start, span.end), start: span.start, end: span.end };
  }
  return undefined;
}
