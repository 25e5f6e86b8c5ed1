// Entry of dist/parseWorker.js: reads one text (or the bytes of an .eml message) in a worker thread,
// so that parsing never holds up the extension host. It loads the parser bundle beside it.
import { parentPort, workerData } from 'node:worker_threads';
import type * as Parser from '../parse/index';
import { requireSibling } from '../base/siblingBundle';

const parser = requireSibling<typeof Parser>('parser.js');
const { input, options } = workerData as { input: string | Uint8Array; options: Parser.ReadOptions };
if (typeof input === 'string') parentPort?.postMessage(parser.readContacts(input, options));
else void parser.readEmail(input).then((reading) => parentPort?.postMessage(reading));
