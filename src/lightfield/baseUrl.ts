// Where the key may be sent. The key travels in a header, so plain http is allowed only to this
// machine (the local stand-in); anything else must be https.
import * as l10n from '@vscode/l10n';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; problem: string };

/** Normalizes the `lightfield.baseUrl` setting: origin (plus an optional proxy path), no trailing slash, no `/v1`. */
export function checkBaseUrl(raw: string): BaseUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: l10n.t('The setting lightfield.baseUrl is not a URL: "{0}".', raw) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      problem: l10n.t('The setting lightfield.baseUrl must start with https:// (found {0}//).', url.protocol),
    };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      problem: l10n.t(
        'Refusing to send your API key over plain http to {0}. Use https, or http only for this machine (127.0.0.1, localhost or [::1]) in lightfield.baseUrl.',
        url.host,
      ),
    };
  }
  if (url.username || url.password || url.search || url.hash) {
    return {
      ok: false,
      problem: l10n.t('The setting lightfield.baseUrl must not contain credentials, a query or a fragment.'),
    };
  }
  // Tolerate "https://api.lightfield.app/" and "…/v1": every request path starts with /v1 already.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  return { ok: true, baseUrl: url.origin + path };
}
