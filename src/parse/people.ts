// Several people in one text: a file of vCards, CSV with a header row, a To/Cc list. Each person
// is a ParsedContact read by the parser's own pieces (vCard reader, name rules, email and
// phone rules), with offsets into the original text. One person is not a list: parseContact reads
// it (except a vCard file imported as such, which is a list of one). Never throws.
import { csvDrafts } from './csvPeople';
import { isRoleMailbox } from './email';
import { MAX_INPUT_CHARS, MAX_PEOPLE, MIN_LIST_ENTRIES } from './limits';
import { displayName, nameFromEmail } from './names';
import { listEntries, type ListEntry } from './addressList';
import { PATTERNS } from './patterns';
import { prepare } from './text';
import { emptyParsedContact, type ParsedContact, type ParsedPeople } from './types';
import { parseVCards } from './vcard';

export type PeopleFormat = 'auto' | 'csv' | 'vcard';

export interface PeopleOptions {
  /** `csv` or `vcard` for a file of that format; `auto` (the default) for text of any kind. */
  format?: PeopleFormat;
}

/** Keeps the drafts with a name or an address, at most MAX_PEOPLE; the rest are skipped or cut. */
function collect(
  source: ParsedPeople['source'],
  drafts: Iterable<ParsedContact | undefined>,
  cut: boolean,
): ParsedPeople {
  const result: ParsedPeople = { source, people: [], skipped: 0, truncated: cut };
  for (const draft of drafts) {
    if (!draft || (!draft.firstName && !draft.lastName && !draft.email)) result.skipped++;
    else if (result.people.length >= MAX_PEOPLE) {
      result.truncated = true;
      break;
    } else result.people.push(draft);
  }
  return result;
}

function vcardPeople(text: string, cut: boolean, minCards: number): ParsedPeople | undefined {
  if (!PATTERNS.vcardAnywhere.test(text)) return undefined;
  const drafts = parseVCards(prepare(text).lines, cut);
  return drafts.length >= minCards ? collect('vcard', drafts, cut) : undefined;
}

/** An entry as a draft; undefined (skipped) for a role mailbox (`info@`, `noreply@`). */
function entryDraft(entry: ListEntry): ParsedContact | undefined {
  if (isRoleMailbox(entry.email.value)) return undefined;
  const draft = emptyParsedContact();
  const person =
    (entry.name && displayName(entry.name.text, entry.name.start, entry.email)) || nameFromEmail(entry.email);
  if (person.first) draft.firstName = person.first;
  if (person.last) draft.lastName = person.last;
  draft.email = entry.email;
  return draft;
}

function listPeople(text: string, cut: boolean): ParsedPeople | undefined {
  // A capped text may end inside an entry: its last line is not read.
  const whole = cut ? text.slice(0, Math.max(0, text.lastIndexOf('\n'))) : text;
  const entries = listEntries(whole);
  if (!entries) return undefined;
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(e.email.value) && seen.add(e.email.value));
  // Drafts are made as collect asks for them: it stops at MAX_PEOPLE.
  return collect(
    'addressList',
    (function* () {
      for (const entry of unique) yield entryDraft(entry);
    })(),
    cut,
  );
}

function csvPeople(text: string, auto: boolean, cut: boolean): ParsedPeople | undefined {
  const drafts = csvDrafts(text, auto, cut);
  return drafts ? collect('csv', drafts, cut) : undefined;
}

function read(input: string, format: PeopleFormat): ParsedPeople | undefined {
  const cut = input.length > MAX_INPUT_CHARS;
  const text = cut ? input.slice(0, MAX_INPUT_CHARS) : input;
  if (format === 'vcard') return vcardPeople(text, cut, 1);
  if (format === 'csv') return csvPeople(text, false, cut);
  const csv = csvPeople(text, true, cut);
  // A CSV of one person is not a list either: parseContact reads it.
  const csvList = csv && csv.people.length + csv.skipped >= MIN_LIST_ENTRIES ? csv : undefined;
  return vcardPeople(text, cut, MIN_LIST_ENTRIES) ?? csvList ?? listPeople(text, cut);
}

/**
 * The people in a text that lists several — a To/Cc list, several vCards, CSV with a header row —
 * or undefined when it does not. `format: 'vcard'` (a .vcf file) also takes a single card;
 * `format: 'csv'` (a .csv file) still needs a header naming a name or email column.
 */
export function parsePeople(text: string, options: PeopleOptions = {}): ParsedPeople | undefined {
  try {
    const format = options?.format === 'csv' || options?.format === 'vcard' ? options.format : 'auto';
    return read(typeof text === 'string' ? text : '', format);
  } catch {
    return undefined;
  }
}
