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
  /** The address read there: the text between start and end, a space either side of its `@` dropped. */
  address: string;
}

/** The address around the `@` at index `at` of `text`, as written; looks at most an address's length either side. */
function writtenSpanAt(text: string, at: number): EmailSpan {
  let left = at;
  while (left > 0 && at - left < MAX_EMAIL_LOCAL && PATTERNS.emailLocalChar.test(text.charAt(left - 1))) left--;
  let right = at + 1;
  while (right < text.length && right - at <= MAX_EMAIL_DOMAIN && PATTERNS.emailDomainChar.test(text.charAt(right)))
    right++;
  while (left < at && ".'".includes(text.charAt(left))) left++;
  while (right > at + 1 && '.-'.includes(text.charAt(right - 1))) right--;
  const address = text.slice(left, right);
  return { start: left, end: right, valid: PATTERNS.email.test(address), address };
}

/**
 * The address around the `@` at index `at` of `text`. `seoyeon.kim @ hanabio.example`: a scan (OCR) or a justified
 * paste set one space either side of the `@`; a local part before it and a host after it still make one address.
 * Only an address's length either side is copied, so a text of many `@`s is read in linear time.
 */
export function emailSpanAt(text: string, at: number): EmailSpan {
  const written = writtenSpanAt(text, at);
  if (written.valid || text.charAt(at - 1) !== ' ' || text.charAt(at + 1) !== ' ') return written;
  const from = Math.max(0, at - 1 - MAX_EMAIL_LOCAL);
  const local = text.slice(from, at - 1);
  const joined = `${local}@${text.slice(at + 2, at + 3 + MAX_EMAIL_DOMAIN)}`;
  const read = writtenSpanAt(joined, local.length);
  if (!read.valid || read.start === local.length || read.end === local.length + 1) return written;
  return { start: from + read.start, end: at + 2 + (read.end - local.length - 1), valid: true, address: read.address };
}
