// The HTTP stack (dist/http.js: the client, its retries and transport, its error classes, node-fetch
// and its polyfills) loads on first use, not at activation: when the form's page is ready (so Create
// does not wait for it) or at the first request. The type import below is erased; the bundle is
// required by path.
import { l10n } from 'vscode';
import type * as HttpStack from '../lightfield/httpStack';
import { requireSibling } from '../base/siblingBundle';

let loaded: typeof HttpStack | undefined;

/** True once the HTTP stack is loaded: a request then costs the host thread no module loading. */
export function httpStackLoaded(): boolean {
  return loaded !== undefined;
}

export function loadHttpStack(): typeof HttpStack {
  if (!loaded) {
    loaded = requireSibling<typeof HttpStack>('http.js');
    if (l10n.bundle) loaded.translateWith(l10n.bundle);
  }
  return loaded;
}
