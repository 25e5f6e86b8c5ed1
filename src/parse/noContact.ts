// Texts that hold no one contact, whatever names and addresses they carry: a log of commits by
// several people, a table of people (rows of cells, each row with an address of its own).
import { findEmails, isRoleMailbox } from './email';
import { MESSAGE_HEAD_LINES, MESSAGE_TAIL_LINES } from './limits';
import { PATTERNS } from './patterns';
import type { Line } from './text';

/** A table row has at least this many cells (name, something, address). */
const MIN_TABLE_CELLS = 3;
/** Rows of people in a row that make a table, not a signature. */
const MIN_TABLE_ROWS = 2;

/** Several commits (`commit 4e1b9c0…`), or one with several people in its Author/Co-authored-by lines. */
function isCommitLog(lines: readonly Line[]): boolean {
  let commits = 0;
  const people = new Set<string>();
  for (const line of lines) {
    if (PATTERNS.commitLine.test(line.text)) commits++;
    else if (PATTERNS.commitPersonLine.test(line.text))
      for (const email of findEmails(line.text, 0)) people.add(email.value);
  }
  return commits >= 2 || (commits === 1 && people.size >= 2);
}

const cellsOf = (text: string): number => Math.max(text.split('\t').length, text.split(' | ').length);

/** Consecutive rows of as many cells, each with one personal address, none repeated. */
function isPeopleTable(lines: readonly Line[]): boolean {
  let rows = 0;
  let cells = 0;
  const seen = new Set<string>();
  for (const line of lines) {
    // Only a line with an address can be a row: the others are not split (this runs on every line).
    const count = line.long || !line.text.includes('@') ? 0 : cellsOf(line.text);
    const emails = count >= MIN_TABLE_CELLS ? findEmails(line.text, 0).filter((e) => !isRoleMailbox(e.value)) : [];
    const email = emails.length === 1 ? emails[0]?.value : undefined;
    if (email && !seen.has(email) && (rows === 0 || count === cells)) {
      rows++;
      cells = count;
      seen.add(email);
      if (rows >= MIN_TABLE_ROWS) return true;
    } else {
      rows = email ? 1 : 0;
      cells = count;
      seen.clear();
      if (email) seen.add(email);
    }
  }
  return false;
}

/**
 * The text (the unquoted lines of its head and tail, where a contact would be read) is a commit
 * log or a table of people: no one contact.
 */
export function holdsNoContact(lines: readonly Line[]): boolean {
  const ends =
    lines.length <= MESSAGE_HEAD_LINES + MESSAGE_TAIL_LINES
      ? lines
      : [...lines.slice(0, MESSAGE_HEAD_LINES), ...lines.slice(lines.length - MESSAGE_TAIL_LINES)];
  const own = ends.filter((line) => !line.quoted);
  return isCommitLog(own) || isPeopleTable(own);
}
