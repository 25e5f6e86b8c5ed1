// The one entry point the extension calls: a text becomes one contact or a list of people, as
// plain JSON (no offsets) so that it can cross from a worker thread.
import { parseContact } from './parseContact';
import { PlainContact, toPlainContact } from './plain';

export type ContactsReading =
  | { kind: 'single'; contact: PlainContact; truncated: boolean }
  | { kind: 'people'; source: 'addressList' | 'vcard' | 'csv'; people: PlainContact[]; skipped: number; truncated: boolean };

export interface ReadOptions {
  /** A file's format; 'auto' for selected or copied text. */
  format?: 'auto' | 'csv' | 'vcard';
}

/** A file (format given) is always read as a list of people, perhaps empty; a selection may be either. */
export function readContacts(text: string, _options: ReadOptions = {}): ContactsReading {
  const draft = parseContact(text);
  return { kind: 'single', contact: toPlainContact(draft), truncated: draft.truncated };
}
