// Email addresses: found by scanning for `@` and growing outwards (linear, no backtracking), then
// validated against PATTERNS.email. Which one is the sender's is decided in message.ts.
import { MAX_EMAIL_DOMAIN, MAX_EMAIL_LOCAL } from './limits';
import { PATTERNS } from './patterns';
import type { ParsedValue } from './types';
import { isFreeMailDomain } from './freemail';
import { ROLE_MAILBOXES } from './vocabulary';

/** Every address in `text` (which starts at offset `start` in the input), lower-cased. */
export function findEmails(text: string, start: number): ParsedValue<string>[] {
  const out: ParsedValue<string>[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let left = at;
    while (left > 0 && at - left < MAX_EMAIL_LOCAL && PATTERNS.emailLocalChar.test(text.charAt(left - 1))) left--;
    let right = at + 1;
    while (right < text.length && right - at <= MAX_EMAIL_DOMAIN && PATTERNS.emailDomainChar.test(text.charAt(right)))
      right++;
    while (left < at && ".'".includes(text.charAt(left))) left++;
    while (right > at + 1 && '.-'.includes(text.charAt(right - 1))) right--;
    const candidate = text.slice(left, right);
    if (PATTERNS.email.test(candidate))
      out.push({ value: candidate.toLowerCase(), start: start + left, end: start + right });
    at = text.indexOf('@', Math.max(right, at + 1));
  }
  return out;
}

export function localPart(email: string): string {
  return email.slice(0, email.indexOf('@'));
}

export function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1);
}

/** `info@`, `noreply@`, `sales-team@`: a function, not a person. */
export function isRoleMailbox(email: string): boolean {
  const local = localPart(email).toLowerCase();
  if (ROLE_MAILBOXES.has(local)) return true;
  const first = local.split(PATTERNS.localPartSeparator)[0] ?? local;
  return (
    local.startsWith('noreply') ||
    local.startsWith('no-reply') ||
    local.startsWith('donotreply') ||
    (ROLE_MAILBOXES.has(first) && first.length > 3 && local.length - first.length < 8 && !local.includes('.'))
  );
}

export function isFreemail(email: string): boolean {
  return isFreeMailDomain(domainOf(email));
}
