// A raw iCalendar file's text (`BEGIN:VCALENDAR` … an .ics opened as text) read as the invitation mail it stands for:
// its organizer as the message's `From:` line, its description's escaped text (`\n`, `\,`) as the message's lines.
// The attendees, the room and the schedule's fields are no one's signature, so they are not read. Each character
// keeps the offset it was read from (sourceAt), as a letter-spaced line closed up does.
import { MAX_LINE_CHARS } from './limits';
import { PATTERNS } from './patterns';
import { nextNonBlank, type Doc, type Line } from './text';

/** A content line as read across its folded lines (RFC 5545 folds at 75 octets): each character with its input offset. */
interface ContentLine {
  text: string;
  at: number[];
}

/** The file's content lines: a line opening with a space or a tab carries on the one before it. */
function contentLines(lines: readonly Line[]): ContentLine[] {
  const out: ContentLine[] = [];
  // An index loop, as restoreRunOnLines: no iterator step allocated on each line of a long text.
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    const folded = line.raw.startsWith(' ') || line.raw.startsWith('\t');
    const current = folded ? out.at(-1) : undefined;
    const into = current ?? { text: '', at: [] };
    if (!current) out.push(into);
    for (let i = folded ? 1 : 0; i < line.raw.length; i++) {
      const ch = line.raw.charAt(i);
      if (ch === '\r') continue;
      into.text += ch;
      into.at.push(line.start + i);
    }
  }
  return out;
}

/** A property's name (upper case) and where its parameters and its value start in its content line. */
function propertyOf(content: ContentLine): { name: string; paramsAt: number; valueAt: number } | undefined {
  const m = PATTERNS.vcardProperty.exec(content.text);
  if (!m) return undefined;
  const valueAt = content.text.length - (m[3] ?? '').length;
  return { name: (m[1] ?? '').toUpperCase(), paramsAt: valueAt - 1 - (m[2] ?? '').length, valueAt };
}

/** A line's characters with their input offsets, and the input offset the line begins at. */
interface Read {
  chars: string[];
  at: number[];
  from: number;
}

/** A line of `read`'s characters, `width` long, each character mapped to its input offset. */
function lineOf(read: Read, width: number, input: string): Line {
  const start = read.from;
  const sourceAt = read.at.map((offset) => offset - start);
  const last = sourceAt.at(-1) ?? -1;
  while (sourceAt.length < width) sourceAt.push(last);
  sourceAt.push(last + 1);
  const text = read.chars.join('').padEnd(width);
  const blank = text.trim().length === 0;
  return {
    index: 0,
    start,
    text,
    raw: input.slice(start, start + last + 1),
    quoted: false,
    blank,
    rule: !blank && PATTERNS.ruleLine.test(text),
    long: text.length > MAX_LINE_CHARS,
    sourceAt,
  };
}

/** The description's text unescaped (`\,` → `,`), one Read for each of its lines (`\n`). */
function descriptionLines(content: ContentLine, valueAt: number): Read[] {
  const out: Read[] = [{ chars: [], at: [], from: content.at[valueAt] ?? 0 }];
  for (let i = valueAt; i < content.text.length; i++) {
    const ch = content.text.charAt(i);
    const next = content.text.charAt(i + 1);
    const read = out.at(-1) as Read;
    if (ch !== '\\' || !next) {
      read.chars.push(ch);
      read.at.push(content.at[i] as number);
      continue;
    }
    i++;
    if (next === 'n' || next === 'N') out.push({ chars: [], at: [], from: (content.at[i] as number) + 1 });
    else {
      read.chars.push(next);
      read.at.push(content.at[i] as number);
    }
  }
  return out;
}

/** `ORGANIZER;CN="Ana Ibarrola":mailto:ana@…` as `From: "Ana Ibarrola" <ana@…>`; undefined with no address. */
function organizerHeader(content: ContentLine, paramsAt: number, valueAt: number): Read | undefined {
  const value = content.text.slice(valueAt);
  const mailto = PATTERNS.mailtoValue.exec(value);
  if (!mailto) return undefined;
  const emailAt = valueAt + mailto.index + mailto[0].length;
  const email = content.text.slice(emailAt).trim();
  if (!email.includes('@')) return undefined;
  const emailFrom = content.text.indexOf(email, emailAt);
  const read: Read = { chars: [...'From: '], at: content.at.slice(0, 'From: '.length), from: content.at[0] as number };
  const cn = PATTERNS.calendarCommonName.exec(content.text.slice(paramsAt, valueAt));
  const name = cn?.[1]?.trim();
  if (cn && name) {
    const nameAt = paramsAt + cn.index + cn[0].indexOf(name);
    for (let i = 0; i < name.length; i++) {
      read.chars.push(name.charAt(i));
      read.at.push(content.at[nameAt + i] as number);
    }
    read.chars.push(' ');
    read.at.push(content.at[emailFrom - 1] as number);
  }
  read.chars.push('<');
  read.at.push(content.at[emailFrom - 1] as number);
  for (let i = 0; i < email.length; i++) {
    read.chars.push(email.charAt(i));
    read.at.push(content.at[emailFrom + i] as number);
  }
  read.chars.push('>');
  read.at.push(content.at[emailFrom + email.length - 1] as number);
  return read;
}

/**
 * The document of an iCalendar file (its first line `BEGIN:VCALENDAR` or `BEGIN:VEVENT`) as its first event's
 * organizer's `From:` line over its description's lines; any other document as it is. The `From:` line stands where
 * the file begins, before the description, wherever the organizer is written (Outlook writes it after).
 */
export function restoreCalendarLines(doc: Doc): Doc {
  const first = doc.lines[nextNonBlank(doc.lines, 0)];
  if (!first || !PATTERNS.calendarBegin.test(first.text)) return doc;
  let organizer: Read | undefined;
  let description: Read[] = [];
  for (const content of contentLines(doc.lines.slice(first.index))) {
    const property = propertyOf(content);
    if (property?.name === 'END' && content.text.slice(property.valueAt).trim().toUpperCase() === 'VEVENT') break;
    if (property?.name === 'ORGANIZER' && !organizer)
      organizer = organizerHeader(content, property.paramsAt, property.valueAt);
    if (property?.name === 'DESCRIPTION' && description.length === 0)
      description = descriptionLines(content, property.valueAt);
  }
  const body = description.map((read) => lineOf(read, (read.at.at(-1) ?? read.from - 1) - read.from + 1, doc.text));
  // The `From:` line takes the room before the description's first line: none left, and the body is read unsent.
  const room = (body[0]?.start ?? doc.text.length) - first.start;
  const header =
    organizer && organizer.chars.length <= room ? [lineOf({ ...organizer, from: first.start }, room, doc.text)] : [];
  const lines = [...header, ...body];
  return lines.length > 0 ? { ...doc, lines: lines.map((line, index) => ({ ...line, index })) } : doc;
}
