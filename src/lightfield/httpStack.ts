// The entry of dist/http.js: the HTTP stack, loaded on first use (services/httpBundle.ts: the form's
// page being ready, or the first request), not at activation. It alone holds the client with its retries and transport, the error classes they
// throw, and node-fetch 3 with its polyfills; the rest of the extension knows these by type only and
// tells the errors apart by their discriminant (errorGuard.ts), so no class exists twice.
import * as l10n from '@vscode/l10n';
import fetch from 'node-fetch';
import { ClientOptions, LightfieldClient } from './client';
import { InsecureBaseUrlError } from './errors';

/** This bundle's copy of @vscode/l10n speaks the user's language too: the host hands it its bundle. */
export function translateWith(contents: l10n.l10nJsonFormat): void {
  l10n.config({ contents });
}

/** A client that sends its requests with node-fetch. */
export function createClient(options: Omit<ClientOptions, 'fetch'>): LightfieldClient {
  return new LightfieldClient({ ...options, fetch });
}

/** The error for a base URL setting that must not receive the key (`problem` says why). */
export function insecureBaseUrlError(problem: string): InsecureBaseUrlError {
  return new InsecureBaseUrlError(problem);
}
