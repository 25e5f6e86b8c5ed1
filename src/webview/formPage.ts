// The form panel's page: what its webview may run and read, its title and icon, and the HTML it loads
// (the one builder in html.ts). A panel restored after a reload gets the same as a new one.
import { l10n, Uri, type WebviewOptions, type WebviewPanel, type WebviewPanelOptions } from 'vscode';
import { HostMessage } from '../shared/protocol';
import { buildFormHtml, createNonce } from './html';
import { WEBVIEW_ROOTS, WEBVIEW_SCRIPT, WEBVIEW_STYLE } from './resources';

export const formPanelTitle = (): string => l10n.t('New Lightfield Contact');

export function formWebviewOptions(extensionUri: Uri): WebviewPanelOptions & WebviewOptions {
  const roots = WEBVIEW_ROOTS.map((folder) => Uri.joinPath(extensionUri, ...folder));
  return { enableScripts: true, localResourceRoots: roots };
}

/** Loads the form's page into the panel; its script handles `initial` first (html.ts), then what the host posts. */
export function loadFormPage(panel: WebviewPanel, extensionUri: Uri, initial: HostMessage[]): void {
  const webview = panel.webview;
  webview.html = buildFormHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    scriptUri: webview.asWebviewUri(Uri.joinPath(extensionUri, ...WEBVIEW_SCRIPT)).toString(),
    styleUri: webview.asWebviewUri(Uri.joinPath(extensionUri, ...WEBVIEW_STYLE)).toString(),
    title: formPanelTitle(),
    loading: l10n.t('Opening the contact form…'),
    initial,
    pageId: createNonce(),
  });
  panel.title = formPanelTitle();
  panel.iconPath = Uri.joinPath(extensionUri, 'media', 'icon.png');
}
