// The one HTML builder and the one Content-Security-Policy for the contact form (ARCHITECTURE.md
// rule 4). No `vscode` import: the host passes in the webview's CSP source and resource URIs.
import { randomBytes } from 'node:crypto';
import type { HostMessage } from '../shared/protocol';

export interface FormPage {
  /** `webview.cspSource`: the origin the webview serves extension resources from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  /** What the page says until the script has drawn the form. */
  loading: string;
  /**
   * What the script handles before anything else, as if the host had posted it: the words, and the
   * form when its fields are known, so the page draws it without waiting on a round trip to the host.
   * The form only on the page's first load (webview-ui/pageLoad.ts).
   */
  initial: HostMessage[];
  /** This page load's id: the same page loaded again (its panel shown after being hidden) has the same. */
  pageId: string;
}

/** A fresh nonce for each page load: 128 random bits, base64. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Nothing by default; styles only from the extension; scripts only with this page's nonce; no
 * inline handlers (no 'unsafe-inline'), no connect-src: the webview never talks to the network, the
 * key and every request stay in the host.
 */
export function buildCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The page shell. The script draws the form its first load carries (the initial messages, in an
 * attribute escaped as any attribute value: data the script parses, never markup), then what the
 * host posts; all text is set as text.
 */
export function buildFormHtml(page: FormPage): string {
  const attr = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(buildCsp(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(page.styleUri)}">
<title>${attr(page.title)}</title>
</head>
<body>
<main id="app" aria-busy="true" data-page="${attr(page.pageId)}" data-initial="${attr(JSON.stringify(page.initial))}"><p class="loading">${attr(page.loading)}</p></main>
<script nonce="${attr(page.nonce)}" src="${attr(page.scriptUri)}"></script>
</body>
</html>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
