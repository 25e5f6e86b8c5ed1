// The one entry point the extension calls: a text becomes one contact or a list of people, as
// plain JSON (no offsets) so that it can cross from a worker thread.
import { parseContact } from './parseContact';
import { PeopleFormat, parsePeople } from './people';
import { PlainContact, toPlainContact } from './plain';

export type ContactsReading =
  | { kind: 'single'; contact: PlainContact; truncated: boolean }
  | {
      kind: 'people';
      source: 'addressList' | 'vcard' | 'csv';
      people: PlainContact[];
      skipped: number;
      truncated: boolean;
    };

export interface ReadOptions {
  /** A file's format; 'auto' for selected or copied text. */
  format?: PeopleFormat;
}

/**
 * Several people when the text lists them (To/Cc line, several vCards, CSV with a header), else the
 * sender of the newest message. A file (format given) is always read as a list, perhaps empty.
 */
export function readContacts(text: string, options: ReadOptions = {}): ContactsReading {
  const format = options.format ?? 'auto';
  const people = parsePeople(text, { format });
  if (people)
    return {
      kind: 'people',
      source: people.source,
      people: people.people.map(toPlainContact),
      skipped: people.skipped,
      truncated: people.truncated,
    };
  if (format !== 'auto') return { kind: 'people', source: format, people: [], skipped: 0, truncated: false };
  const draft = parseContact(text);
  return { kind: 'single', contact: toPlainContact(draft), truncated: draft.truncated };
}
