// Reads contacts from a text (or an .eml message's bytes) in a worker thread, never on the extension
// host thread: a few hundred characters can already take milliseconds (phone metadata, long digit
// runs), and a pasted mailbox far longer. Long inputs show a cancellable progress notification.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { l10n, ProgressLocation, window, type CancellationToken } from 'vscode';
import type { ContactsReading, ReadOptions } from '../parse/index';

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

/** Undefined when cancelled. */
function readInWorker(
  input: string | Uint8Array,
  options: ReadOptions,
  token?: CancellationToken,
): Promise<ContactsReading | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'parseWorker.js'), { workerData: { input, options } });
    const cancel = token?.onCancellationRequested(() => {
      void worker.terminate();
      resolve(undefined);
    });
    worker.once('message', (reading: ContactsReading) => resolve(reading));
    worker.once('error', reject);
    // After an answer (or a cancel) this changes nothing; without one, the worker died.
    worker.once('exit', (code) => {
      cancel?.dispose();
      reject(new Error(l10n.t('The contact parser stopped without an answer (exit code {0}).', String(code))));
    });
  });
}
