// Entry of dist/parseWorker.js: reads one text in a worker thread, so that megabytes of selected
// text never hold up the extension host. It loads the parser bundle beside it, as the host does.
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type * as Parser from '../parse/index';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const parser = require(path.join(__dirname, 'parser.js')) as typeof Parser;
const { text, options } = workerData as { text: string; options: Parser.ReadOptions };
parentPort?.postMessage(parser.readContacts(text, options));
