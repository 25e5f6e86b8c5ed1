// Email addresses: found by scanning for `@` and growing outwards (emailSpan.ts). Which one is the
// sender's is decided in message.ts.
import { emailSpanAt } from './emailSpan';
import { PATTERNS } from './patterns';
import type { ParsedValue } from './types';
import { isFreeMailDomain } from './freemail';
import { ROLE_MAILBOXES } from './vocabulary';

/** Every address in `text` (which starts at offset `start` in the input), lower-cased. */
export function findEmails(text: string, start: number): ParsedValue<string>[] {
  const out: ParsedValue<string>[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const span = emailSpanAt(text, at);
    if (span.valid)
      out.push({
        value: text.slice(span.start, span.end).toLowerCase(),
        start: start + span.start,
        end: start + span.end,
      });
    at = text.indexOf('@', Math.max(span.end, at + 1));
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
