// Address lists: `To:`/`Cc:` header lines and pasted lists of addresses, entries separated by `,`
// or `;` (only `;` when it separates two entries, so `Doe, Jane <…>; …` keeps its comma) or one
// a line, each `Name <addr>`, `"Last, First" <addr>`, `'Name' <addr>`, `addr (Name)` or a bare
// `addr`. A text is a list when (a) it is a mail header block (From/To/Cc/Subject lines and their
// continuations, nothing else) whose To/Cc/Bcc lines hold two or more addresses, or (b) without
// header lines, when two or more addresses make up most of it (MIN_LIST_ENTRY_SHARE): so an email
// body that mentions addresses, or a whole message under its header, is not a list.
import { addressParser } from 'postal-mime';
import { findEmails } from './email';
import { MAX_ENTRY_CHARS, MAX_NAME_CHARS, MIN_LIST_ENTRIES, MIN_LIST_ENTRY_SHARE } from './limits';
import { PATTERNS } from './patterns';
import { isProse, trimmedSegment, type Segment } from './text';
import { headerKeyOf, headerRole, headerValueAt } from './thread';
import type { ParsedValue } from './types';

export interface ListEntry {
  email: ParsedValue<string>;
  /** The display name as written, quotes removed. */
  name?: Segment;
}

interface ListLine {
  /** The header key's role; undefined for a line without one. */
  role?: ReturnType<typeof headerRole>;
  blank: boolean;
  indented: boolean;
  entries: ListEntry[];
  /** Pieces that are not entries (prose, a group name). */
  others: number;
  /** Visible characters of the line after its key or label, and of its entries. */
  visible: number;
  entryVisible: number;
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»' };

function visibleChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** `text` split at any of `separators` outside `"…"`, `<…>` and `(…)`, pieces trimmed. */
function splitOutside(text: string, start: number, separators: string): Segment[] {
  const out: Segment[] = [];
  let quoted = false;
  let depth = 0;
  let from = 0;
  const push = (to: number): void => {
    const piece = trimmedSegment(text.slice(from, to), start + from, 0, out.length);
    if (piece) out.push(piece);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '<' || ch === '(') depth++;
    else if (ch === '>' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

/** The address when `text` (at `start`) is exactly one address. */
function exactEmail(text: string, start: number): ParsedValue<string> | undefined {
  const found = findEmails(text, start);
  const email = found[0];
  return found.length === 1 && email && email.start === start && email.end === start + text.length ? email : undefined;
}

/** An entry with the display name in `raw` (at `start`); undefined when that is no display name. */
function withName(email: ParsedValue<string>, raw: string, start: number): ListEntry | undefined {
  let name = trimmedSegment(raw, start, 0, 0);
  const close = name ? QUOTES[name.text.charAt(0)] : undefined;
  if (name && close && name.text.length > 1 && name.text.endsWith(close))
    name = trimmedSegment(name.text.slice(1, -1), name.start + 1, 0, 0);
  if (!name) return { email };
  if (name.text.length > MAX_NAME_CHARS || name.text.includes('<') || name.text.includes('>') || isProse(name.text))
    return undefined;
  return { email, name };
}

/** One piece of a list as an entry; undefined when it is not one. */
function entryOf(piece: Segment): ListEntry | undefined {
  const { text, start } = piece;
  if (text.length > MAX_ENTRY_CHARS) return undefined;
  if (text.endsWith('>')) {
    const open = text.lastIndexOf('<');
    const inner = open >= 0 ? trimmedSegment(text.slice(open + 1, -1), start + open + 1, 0, 0) : undefined;
    const email = inner && exactEmail(inner.text, inner.start);
    return email ? withName(email, text.slice(0, open), start) : undefined;
  }
  if (text.endsWith(')')) {
    const open = text.indexOf('(');
    const email = open > 0 ? exactEmail(text.slice(0, open).trimEnd(), start) : undefined;
    return email ? withName(email, text.slice(open + 1, -1), start + open + 1) : undefined;
  }
  const email = exactEmail(text, start);
  return email ? { email } : undefined;
}

/**
 * A header's entries by the RFC 5322 address parser (postal-mime): groups (`Team: a@x, b@y;`) and
 * encoded words (`=?UTF-8?B?…?=`) need it. Offsets: each address where it is written; a name where
 * it is written, or over its encoded words when it was decoded.
 */
function rfcEntries(content: string, start: number): { entries: ListEntry[]; others: number } {
  const entries: ListEntry[] = [];
  let others = 0;
  let cursor = 0;
  const lower = content.toLowerCase();
  for (const { name, address = '' } of addressParser(content, { flatten: true })) {
    const at = address ? lower.indexOf(address.toLowerCase(), cursor) : -1;
    const email = at >= 0 ? exactEmail(content.slice(at, at + address.length), start + at) : undefined;
    if (!email) {
      others++;
      continue;
    }
    const before = content.slice(cursor, at);
    const written = name ? before.lastIndexOf(name) : -1;
    const encoded = PATTERNS.encodedWord.exec(before);
    const within = written >= 0 ? written : (encoded?.index ?? -1);
    const nameStart = start + cursor + within;
    cursor = at + address.length;
    const entry =
      name && within >= 0 && name.length <= MAX_NAME_CHARS && !isProse(name)
        ? { email, name: { text: name, start: nameStart, end: nameStart + name.length, line: 0, order: 0 } }
        : { email };
    entries.push(entry);
  }
  return { entries, others };
}

function readLine(text: string, start: number): ListLine {
  const key = headerKeyOf(text);
  const label = key === undefined ? PATTERNS.labelPrefix.exec(text.slice(0, MAX_NAME_CHARS)) : null;
  const from = key !== undefined ? headerValueAt(text) : label ? label[0].length : 0;
  const content = text.slice(from);
  const bySemicolon = splitOutside(content, start + from, ';');
  const pieces = bySemicolon.length > 1 ? bySemicolon : splitOutside(content, start + from, ',;');
  const line: ListLine = {
    role: key === undefined ? undefined : headerRole(key),
    blank: content.trim() === '' && key === undefined,
    indented: text.startsWith(' ') || text.startsWith('\t'),
    entries: [],
    others: 0,
    visible: visibleChars(content),
    entryVisible: 0,
  };
  if (key !== undefined && (PATTERNS.addressGroupStart.test(content) || PATTERNS.encodedWord.test(content))) {
    const rfc = rfcEntries(content, start + from);
    line.entries = rfc.entries;
    line.others = rfc.others;
    line.entryVisible = line.visible;
    return line;
  }
  for (const piece of pieces) {
    const entry = entryOf(piece);
    if (!entry) line.others++;
    else {
      line.entries.push(entry);
      line.entryVisible += visibleChars(piece.text);
    }
  }
  return line;
}

/** The text's lines with their offsets, `\r` blanked. */
function rawLines(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ text: text.slice(start, end).replaceAll('\r', ' '), start });
    start = end + 1;
  }
  return out;
}

const distinct = (entries: readonly ListEntry[]): number => new Set(entries.map((e) => e.email.value)).size;

/** A header block's sender and recipient entries; undefined when lines other than headers follow. */
function headerEntries(raw: ReadonlyArray<{ text: string; start: number }>): ListEntry[] | undefined {
  const entries: ListEntry[] = [];
  const recipients: ListEntry[] = [];
  let role: ListLine['role'];
  let ended = false;
  for (const { text, start } of raw) {
    const line = readLine(text, start);
    if (line.blank) {
      ended = role !== undefined;
      continue;
    }
    if (ended) return undefined;
    const continues =
      line.role === undefined &&
      role !== undefined &&
      (line.indented || (line.others === 0 && line.entries.length > 0));
    if (line.role === undefined && !continues) return undefined;
    role = line.role ?? role;
    if (role === 'other') continue;
    entries.push(...line.entries);
    if (role === 'recipient') recipients.push(...line.entries);
  }
  return distinct(recipients) >= MIN_LIST_ENTRIES ? entries : undefined;
}

/**
 * The entries of an address list in text order (duplicates included); undefined when `text` is not
 * one. Reading stops as soon as the text can no longer be a list, so prose costs little.
 */
export function listEntries(text: string): ListEntry[] | undefined {
  // Two addresses at the least; a text without them (a roster of names) is not split into lines.
  const firstAt = text.indexOf('@');
  if (firstAt < 0 || text.indexOf('@', firstAt + 1) < 0) return undefined;
  const raw = rawLines(text);
  if (raw.some((l) => headerKeyOf(l.text) !== undefined)) return headerEntries(raw);
  // Every entry holds an `@` and at most MAX_ENTRY_CHARS; lines' visible characters never add up to
  // more than the text's. Past these bounds the text is no list, whatever its lines hold.
  const total = visibleChars(text);
  if (text.split('@').length - 1 < (MIN_LIST_ENTRY_SHARE * total) / MAX_ENTRY_CHARS) return undefined;
  const allowedOutside = (1 - MIN_LIST_ENTRY_SHARE) * total;
  const entries: ListEntry[] = [];
  let visible = 0;
  let inEntries = 0;
  for (const { text: lineText, start } of raw) {
    const line = readLine(lineText, start);
    entries.push(...line.entries);
    visible += line.visible;
    inEntries += line.entryVisible;
    if (visible - inEntries > allowedOutside) return undefined;
  }
  return distinct(entries) >= MIN_LIST_ENTRIES && inEntries >= MIN_LIST_ENTRY_SHARE * visible ? entries : undefined;
}
