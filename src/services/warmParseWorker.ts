// The parse worker, kept between reads. Starting one costs loading the parser bundle and its first use
// (country names built from the platform's CLDR data, patterns compiled): hundreds of milliseconds that
// every capture paid when each read had a worker of its own. Stopped when idle, and when a read is cancelled.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { l10n, type CancellationToken } from 'vscode';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { MAX_INPUT_CHARS } from '../parse/limits';
import type { ParseAnswer, ParseRequest, ReadInput } from './parseWorker';

/** A worker unused this long is stopped, freeing the parser's memory until the next read. */
const IDLE_STOP_MS = 5 * 60 * 1000;

interface PendingRead {
  resolve: (reading: ContactsReading | undefined) => void;
  reject: (error: Error) => void;
}

/** A worker thread and the reads it has not answered yet: a stopped worker fails its own reads, no later one's. */
interface Running {
  thread: Worker;
  pending: Map<number, PendingRead>;
}

export class WarmParseWorker {
  private running: Running | undefined;
  private idleStop: NodeJS.Timeout | undefined;
  private lastId = 0;

  /** `file`: the worker's bundle (dist/parseWorker.js). */
  constructor(
    private readonly file: string,
    private readonly idleStopMs = IDLE_STOP_MS,
  ) {}

  /** Undefined when cancelled. */
  read(input: ReadInput, options: ReadOptions, token?: CancellationToken): Promise<ContactsReading | undefined> {
    clearTimeout(this.idleStop);
    const worker = (this.running ??= this.start());
    const id = ++this.lastId;
    return new Promise<ContactsReading | undefined>((resolve, reject) => {
      // A cancelled read is answered at once; stopping the worker is the only way to stop its parse.
      const cancel = token?.onCancellationRequested(() => {
        worker.pending.get(id)?.resolve(undefined);
        this.stop(worker);
      });
      const settled = (): void => {
        cancel?.dispose();
        worker.pending.delete(id);
      };
      worker.pending.set(id, {
        resolve: (reading) => {
          settled();
          resolve(reading);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
      });
      worker.thread.postMessage({ id, input: withinReadLimit(input), options } satisfies ParseRequest);
    }).finally(() => this.stopWhenIdle(worker));
  }

  /** The worker's thread id while one runs: a read answered by a warm worker leaves it unchanged. */
  get threadId(): number | undefined {
    return this.running?.thread.threadId;
  }

  private start(): Running {
    const worker: Running = { thread: new Worker(this.file), pending: new Map() };
    // An idle worker does not keep the extension host's process alive.
    worker.thread.unref();
    worker.thread.on('message', ({ id, reading }: ParseAnswer) => worker.pending.get(id)?.resolve(reading));
    worker.thread.on('error', (error) => failAll(worker, error));
    worker.thread.on('exit', (code) => {
      if (this.running === worker) this.running = undefined;
      failAll(worker, new Error(l10n.t('The contact parser stopped without an answer (exit code {0}).', String(code))));
    });
    return worker;
  }

  private stopWhenIdle(worker: Running): void {
    if (worker !== this.running || worker.pending.size > 0) return;
    clearTimeout(this.idleStop);
    this.idleStop = setTimeout(() => this.stop(worker), this.idleStopMs);
    this.idleStop.unref();
  }

  /** A read asked from now on starts a new worker, not one that is stopping. */
  private stop(worker: Running): void {
    if (this.running === worker) this.running = undefined;
    void worker.thread.terminate();
  }
}

/**
 * A text cut to what the parser reads, and one character more so its reading still says it was cut:
 * copying megabytes into the message would hold the host thread for tens of milliseconds.
 */
function withinReadLimit(input: ReadInput): ReadInput {
  return 'text' in input && input.text.length > MAX_INPUT_CHARS + 1
    ? { text: input.text.slice(0, MAX_INPUT_CHARS + 1) }
    : input;
}

function failAll(worker: Running, error: Error): void {
  for (const read of [...worker.pending.values()]) read.reject(error);
}

let shared: WarmParseWorker | undefined;

/** Reads in the extension's one parse worker (dist/parseWorker.js, beside this bundle). Undefined when cancelled. */
export function readInWorker(
  input: ReadInput,
  options: ReadOptions,
  token?: CancellationToken,
): Promise<ContactsReading | undefined> {
  shared ??= new WarmParseWorker(path.join(__dirname, 'parseWorker.js'));
  return shared.read(input, options, token);
}
