// One address grown outwards from its `@` (linear, no backtracking) and checked against
// PATTERNS.email. Shared by findEmails (every address in a text) and emailAtCursor (the one a
// cursor is on), so both agree on where an address starts and ends.
import { MAX_EMAIL_DOMAIN, MAX_EMAIL_LOCAL } from './limits';
import { PATTERNS } from './patterns';

export interface EmailSpan {
  start: number;
  end: number;
  /** The characters between start and end form an address. */
  valid: boolean;
}

/** The address around the `@` at index `at` of `text`; looks at most an address's length either side. */
export function emailSpanAt(text: string, at: number): EmailSpan {
  let left = at;
  while (left > 0 && at - left < MAX_EMAIL_LOCAL && PATTERNS.emailLocalChar.test(text.charAt(left - 1))) left--;
  let right = at + 1;
  while (right < text.length && right - at <= MAX_EMAIL_DOMAIN && PATTERNS.emailDomainChar.test(text.charAt(right)))
    right++;
  while (left < at && ".'".includes(text.charAt(left))) left++;
  while (right > at + 1 && '.-'.includes(text.charAt(right - 1))) right--;
  return { start: left, end: right, valid: PATTERNS.email.test(text.slice(left, right)) };
}
