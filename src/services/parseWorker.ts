// Entry of dist/parseWorker.js: reads texts (or the bytes of .eml messages) in a worker thread, so that
// parsing never holds up the extension host. It loads the parser bundle beside it once and answers every
// request it is sent, each by its id, for as long as the host keeps it.
import { parentPort } from 'node:worker_threads';
import type * as Parser from '../parse/index';
import { requireSibling } from '../base/siblingBundle';

/**
 * What to read: text; a file's bytes (decoded here by their byte-order mark, else as UTF-8, else as
 * Windows-1252, so a large file costs the host no decoding); or an .eml message's bytes (read as MIME,
 * with its charsets).
 */
export type ReadInput = { text: string } | { file: Uint8Array } | { eml: Uint8Array };

/** What the host asks. */
export interface ParseRequest {
  id: number;
  input: ReadInput;
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
  if ('eml' in input) void parser.readEmail(input.eml).then(answer);
  else answer(parser.readContacts('text' in input ? input.text : parser.decodeText(input.file), options));
});
