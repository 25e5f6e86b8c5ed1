// Entry of dist/parseWorker.js: reads texts (or the bytes of .eml messages) in a worker thread, so that
// parsing never holds up the extension host. It loads the parser bundle beside it once and answers every
// request it is sent, each by its id, for as long as the host keeps it.
import { parentPort } from 'node:worker_threads';
import type * as Parser from '../parse/index';
import { requireSibling } from '../base/siblingBundle';

/** What the host asks: text, or the bytes of an .eml message (read as MIME, with its charsets). */
export interface ParseRequest {
  id: number;
  input: string | Uint8Array;
  options: Parser.ReadOptions;
}

/** The answer to the request of the same id. */
export interface ParseAnswer {
  id: number;
  reading: Parser.ContactsReading;
}

const parser = requireSibling<typeof Parser>('parser.js');
parentPort?.on('message', ({ id, input, options }: ParseRequest) => {
  const answer = (reading: Parser.ContactsReading): void =>
    parentPort?.postMessage({ id, reading } satisfies ParseAnswer);
  if (typeof input === 'string') answer(parser.readContacts(input, options));
  else void parser.readEmail(input).then(answer);
});
