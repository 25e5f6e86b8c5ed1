// Reads contacts from a text. Short texts are read right here; long ones (pasted mailboxes,
// exported files) in a worker thread, cancellable, so that the extension host stays responsive.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { loadParser } from './parserBundle';

/** Up to this many characters are read in-line: well under a millisecond of parsing. */
const IN_LINE_LIMIT = 64 * 1024;

export async function readText(text: string, options: ReadOptions, what: string): Promise<ContactsReading | undefined> {
  if (text.length <= IN_LINE_LIMIT) return loadParser().readContacts(text, options);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Reading contacts from {0}…', what),
      cancellable: true,
    },
    (_progress, token) => readInWorker(text, options, token),
  );
}

/** Undefined when cancelled. */
function readInWorker(
  text: string,
  options: ReadOptions,
  token: vscode.CancellationToken,
): Promise<ContactsReading | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'parseWorker.js'), { workerData: { text, options } });
    const cancel = token.onCancellationRequested(() => {
      void worker.terminate();
      resolve(undefined);
    });
    worker.once('message', (reading: ContactsReading) => resolve(reading));
    worker.once('error', reject);
    // After an answer (or a cancel) this changes nothing; without one, the worker died.
    worker.once('exit', (code) => {
      cancel.dispose();
      reject(new Error(vscode.l10n.t('The contact parser stopped without an answer (exit code {0}).', String(code))));
    });
  });
}
