// A record of one person pasted as it is, read as the form it is, one `key: value` line per field, so the
// labelled-field rules that read forms read it: a JSON export in the keys of its language (`{"navn": "Mette
// Lund", "firma": "Fjordlys ApS", …}`), or a CRM's record page laid out in columns (`Lead Owner    Rachel Lim`).
import { classifyHeaderRow } from './csvColumns';
import { padToLine } from './letterSpacing';
import { PATTERNS } from './patterns';
import type { Doc, Line } from './text';

/** A record names at least this many of a contact's fields in its keys (a package manifest names one or two). */
const MIN_CONTACT_KEYS = 3;

/** The fields a record must name one of to be a person's: a name or an email address. */
const PERSON_FIELDS = new Set(['fullName', 'firstName', 'lastName', 'email']);

/** A JSON object, not an array nor a plain value. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** The keys of `text` when it is one JSON object (recordKeys); undefined for any other text. */
function objectKeys(text: string): string[] | undefined {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}')) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? recordKeys(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An object's keys and, after them, those of the one object among its values that is a person's record on its own
 * (an API's `{"contact": {…}}`, `{"id": …, "properties": {…}}`). A webhook's `{"owner": {…}, "assignee": {…}}`
 * holds several people's: their fields are no one person's, so only the object's own keys are read.
 */
function recordKeys(object: Record<string, unknown>): string[] {
  const people = Object.values(object)
    .filter(isObject)
    .map((value) => Object.keys(value))
    .filter(isPersonRecord);
  return [...Object.keys(object), ...(people.length === 1 ? (people[0] ?? []) : [])];
}

/** Its keys name a person (`navn`, `email`) and enough of a contact's fields, by the CSV header words. */
function isPersonRecord(keys: readonly string[]): boolean {
  const fields = classifyHeaderRow(keys).flatMap((column) => (column ? [column.field] : []));
  return fields.length >= MIN_CONTACT_KEYS && fields.some((field) => PERSON_FIELDS.has(field));
}

/** Each key-value pair of `line` as a line of its own, its quotes read as spaces (`"firma": "X"` → ` firma:  X `). */
function pairLines(line: Line): Line[] {
  const out: Line[] = [];
  for (const m of line.text.matchAll(PATTERNS.jsonPair)) {
    const from = m.index;
    const to = from + m[0].length;
    const text = m[0].replaceAll('"', ' ');
    // The quotes read as spaces leave two after the colon: a word gap, not a column's.
    out.push({
      ...line,
      start: line.start + from,
      text,
      raw: line.raw.slice(from, to),
      long: false,
      spacedDouble: true,
    });
  }
  return out;
}

/** The document of a person's JSON record as its `key: value` lines; any other document as it is. */
export function restoreRecordLines(doc: Doc): Doc {
  const keys = objectKeys(doc.text);
  if (!keys || !isPersonRecord(keys)) return doc;
  // A letter-spaced or overlong line holds no pair a record's export writes.
  const pairs = doc.lines.flatMap((line) => (line.sourceAt || line.long ? [] : pairLines(line)));
  return pairs.length > 0 ? { ...doc, lines: pairs.map((line, index) => ({ ...line, index })) } : doc;
}

/**
 * `Lead Owner        Rachel Lim` as `Lead Owner: Rachel Lim`: the label closed by a colon, the value after one space,
 * each character keeping the offset it was read from (sourceAt), as a letter-spaced line closed up does.
 */
function labelledLine(line: Line, field: RegExpExecArray): Line {
  const label = (field[1] ?? '').trimEnd();
  const valueAt = field[0].length;
  const value = line.text.slice(valueAt).trimEnd();
  const sourceAt = [...label].map((_, i) => i);
  sourceAt.push(label.length, valueAt - 1);
  for (let i = 0; i < value.length; i++) sourceAt.push(valueAt + i);
  const closed = padToLine(`${label}: ${value}`, sourceAt, line.text.length);
  return { ...line, text: closed.text, sourceAt: closed.sourceAt };
}

/**
 * The document of a CRM's record page laid out in columns (`Designation       HR Director`) as its `key: value`
 * lines; any other document as it is. Its labels name enough of a person's fields (isPersonRecord); a label no
 * CSV header word names (`Lead Owner`, `Lead Source`) is the record's when its value stands in a named field's
 * column, as a signature's two columns (`Ana Ruiz        Director`) do not.
 */
export function restoreColumnRecordLines(doc: Doc): Doc {
  const fields = doc.lines.map((line) =>
    line.long || line.sourceAt || line.quoted ? null : PATTERNS.columnField.exec(line.text),
  );
  const found = fields.flatMap((field) => (field ? [field] : []));
  const labels = found.map((field) => (field[1] ?? '').trim());
  if (!isPersonRecord(labels)) return doc;
  const columns = classifyHeaderRow(labels);
  const valueColumns = new Set(found.flatMap((field, i) => (columns[i] ? [displayWidth(field[0])] : [])));
  // A record copied with a tab after each label (`Title\tVP, Sales` / `Lead Owner\tMegan Cole`) aligns its values by
  // the tab, not by the label's length: there any tabbed label is the record's.
  const tabbed = found.every((field, i) => !columns[i] || tabGap(field));
  // A field whose value wraps onto the lines below stays in its columns (wrapsBelow); the others are restored.
  const restored = fields.map((field, i) =>
    field &&
    (valueColumns.has(displayWidth(field[0])) || (tabbed && tabGap(field))) &&
    !wrapsBelow(doc.lines[i + 1], displayWidth(field[0]))
      ? field
      : null,
  );
  return { ...doc, lines: doc.lines.map((line, i) => (restored[i] ? labelledLine(line, restored[i]) : line)) };
}

/**
 * The line below carries on the value in its column (`Business address   Carrer de Pau Claris 162` / `   08037
 * Barcelona`): the field is left in its columns, where the address reads its lines together.
 */
function wrapsBelow(below: Line | undefined, valueAt: number): boolean {
  return !!below && !below.blank && below.text.length - below.text.trimStart().length === valueAt;
}

/**
 * The screen columns `text` takes (`姓` and `役職` two each): a record copied from a CJK page aligns its values by
 * what the screen drew, so `姓` is padded with two spaces more than `役職` to reach the same column.
 */
const displayWidth = (text: string): number => text.length + (text.match(PATTERNS.wideChar)?.length ?? 0);

/** A field's label and value parted by a tab (PATTERNS.columnField's gap, group 2). */
const tabGap = (field: RegExpExecArray): boolean => (field[2] ?? '').includes('\t');
