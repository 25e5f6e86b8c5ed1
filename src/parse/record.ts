// A JSON record of one person pasted as it is (a CRM's or a lead form's export, in the keys of its
// language: `{"navn": "Mette Lund", "firma": "Fjordlys ApS", "tlf": "+45 32 12 34 56", …}`): read as
// the form it is, one `key: value` line per field, so the labelled-field rules that read forms read it.
import { classifyHeaderRow } from './csvColumns';
import { PATTERNS } from './patterns';
import type { Doc, Line } from './text';

/** A record names at least this many of a contact's fields in its keys (a package manifest names one or two). */
const MIN_CONTACT_KEYS = 3;

/** The fields a record must name one of to be a person's: a name or an email address. */
const PERSON_FIELDS = new Set(['fullName', 'firstName', 'lastName', 'email']);

/** The top-level keys of `text` when it is one JSON object, undefined for any other text. */
function objectKeys(text: string): string[] | undefined {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}')) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
  } catch {
    return undefined;
  }
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
