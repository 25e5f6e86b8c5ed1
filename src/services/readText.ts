// Reads contacts from a text (or an .eml message's bytes) in a worker thread, never on the extension
// host thread: a few hundred characters can already take milliseconds (phone metadata, long digit
// runs), and a pasted mailbox far longer. Long inputs show a cancellable progress notification.
import { l10n, ProgressLocation, window } from 'vscode';
import type { ContactsReading, ReadOptions } from '../parse/index';
import type { ReadInput } from './parseWorker';
import { readInWorker } from './warmParseWorker';

/** Texts up to this many characters are read without a progress notification (a blink, not a wait). */
const QUIET_LIMIT = 64 * 1024;

export async function readText(
  input: ReadInput,
  options: ReadOptions,
  what: string,
): Promise<ContactsReading | undefined> {
  if (sizeOf(input) <= QUIET_LIMIT) return readInWorker(input, options);
  return window.withProgress(
    {
      location: ProgressLocation.Notification,
      title: l10n.t('Reading contacts from {0}…', what),
      cancellable: true,
    },
    (_progress, token) => readInWorker(input, options, token),
  );
}

/** Characters of a text, bytes of a file or message. */
const sizeOf = (input: ReadInput): number =>
  ('text' in input ? input.text : 'file' in input ? input.file : input.eml).length;
