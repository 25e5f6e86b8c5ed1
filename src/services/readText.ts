// Reads contacts from a text (or an .eml message's bytes) in a worker thread, never on the extension
// host thread: a few hundred characters can already take milliseconds (phone metadata, long digit
// runs), and a pasted mailbox far longer. Long inputs show a cancellable progress notification.
import { l10n, ProgressLocation, window } from 'vscode';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { readInWorker } from './warmParseWorker';

/** Texts up to this many characters are read without a progress notification (a blink, not a wait). */
const QUIET_LIMIT = 64 * 1024;

/** `input`: text, or the bytes of an .eml message (read as MIME, with its charsets). */
export async function readText(
  input: string | Uint8Array,
  options: ReadOptions,
  what: string,
): Promise<ContactsReading | undefined> {
  if (input.length <= QUIET_LIMIT) return readInWorker(input, options);
  return window.withProgress(
    {
      location: ProgressLocation.Notification,
      title: l10n.t('Reading contacts from {0}…', what),
      cancellable: true,
    },
    (_progress, token) => readInWorker(input, options, token),
  );
}
