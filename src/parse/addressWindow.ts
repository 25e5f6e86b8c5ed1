// Where on a line an address holding a given column may have its `@`: a cursor in the domain is at
// most MAX_EMAIL_DOMAIN after it, a cursor in the local part at most MAX_EMAIL_LOCAL before it.
// No regex and no import beyond the limits, so the editor's lightbulb can ask this on every cursor
// move without loading the parser's patterns (building them costs milliseconds).
import { MAX_EMAIL_DOMAIN, MAX_EMAIL_LOCAL } from './limits';

export interface AddressWindow {
  from: number;
  to: number;
}

export function addressWindow(line: string, column: number): AddressWindow {
  return { from: Math.max(0, column - MAX_EMAIL_DOMAIN - 1), to: Math.min(line.length, column + MAX_EMAIL_LOCAL + 1) };
}

/** False when no address can hold `column`: there is no `@` within an address's length of it. */
export function hasAtSignNear(line: string, column: number): boolean {
  const { from, to } = addressWindow(line, column);
  return line.slice(from, to).includes('@');
}
