// Builds API clients from the current settings and the stored key, and logs every request to the
// "Lightfield" output channel: method, path, status, duration and retries; never the key or values.
import type { LogOutputChannel } from 'vscode';
import { ApiKeyStore } from '../config/secrets';
import { baseUrl, requestTimeoutMs } from '../config/settings';
import type { LightfieldClient, RequestLogEntry } from '../lightfield/client';
import { loadHttpStack } from './httpBundle';

export class LightfieldAccess {
  constructor(
    readonly keys: ApiKeyStore,
    readonly log: LogOutputChannel,
  ) {}

  /** The checked base URL; throws InsecureBaseUrlError when the setting is unsafe. */
  baseUrl(): string {
    const checked = baseUrl();
    // The error's class comes with the HTTP stack: an unsafe setting stops the request it was for.
    if (!checked.ok) throw loadHttpStack().insecureBaseUrlError(checked.problem);
    return checked.baseUrl;
  }

  /** A client for `apiKey` (the HTTP stack loads with the first); throws InsecureBaseUrlError when the base URL setting is unsafe. */
  client(apiKey: string): LightfieldClient {
    return loadHttpStack().createClient({
      baseUrl: this.baseUrl(),
      apiKey,
      timeoutMs: requestTimeoutMs(),
      onRequest: (entry) => this.logRequest(entry),
      onWarning: (line) => this.log.warn(line),
    });
  }

  /** The server's host for messages ("api.lightfield.app"), or the raw setting when it is invalid. */
  host(): string {
    const checked = baseUrl();
    return checked.ok ? new URL(checked.baseUrl).host : 'the configured base URL';
  }

  /**
   * Written once the answer has been handled: the write (a log file, and a message to the workbench
   * while the log is shown) is not what the notification or the panel update the answer leads to waits for.
   */
  private logRequest(entry: RequestLogEntry): void {
    const answer = entry.status === undefined ? 'no answer' : String(entry.status);
    const line = `${entry.method} ${entry.path} → ${answer} in ${entry.durationMs} ms, ${entry.retries} ${entry.retries === 1 ? 'retry' : 'retries'}`;
    setTimeout(() => {
      if (entry.outcome === 'ok') this.log.info(line);
      else this.log.warn(`${line} (${entry.outcome})`);
    });
  }
}
