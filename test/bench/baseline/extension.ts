// The bench's floor: a trivial extension that registers Lightfield's command ids and shows a static
// form of the same shape. What it costs is what the workbench itself costs; `npm run bench` compares
// the real extension with it. Built and packaged by test/bench/baseline.ts in each bench run.
import { randomBytes, randomUUID } from 'node:crypto';
import * as vscode from 'vscode';

const FIELDS = [
  ['firstName', 'First name', 'text'],
  ['lastName', 'Last name', 'text'],
  ['email', 'Email', 'email'],
  ['title', 'Job title', 'text'],
  ['phone', 'Phone', 'tel'],
] as const;

type Values = Record<(typeof FIELDS)[number][0], string>;

let panel: vscode.WebviewPanel | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const ignore = () => vscode.window.showInformationMessage('Not part of the baseline.');
  context.subscriptions.push(
    vscode.commands.registerCommand('lightfield.createContact', () => showForm(context)),
    vscode.commands.registerCommand('lightfield.setApiKey', async () => {
      const key = await vscode.window.showInputBox({ prompt: 'Lightfield API key', password: true });
      if (!key) return;
      await context.secrets.store('lightfield.apiKey', key);
      void vscode.window.showInformationMessage('Lightfield API key saved.');
    }),
    ...[
      'lightfield.createContactFromSelection',
      'lightfield.createContactFromClipboard',
      'lightfield.importContactsFromFile',
      'lightfield.refreshFields',
      'lightfield.removeApiKey',
    ].map((id) => vscode.commands.registerCommand(id, ignore)),
  );
}

function showForm(context: vscode.ExtensionContext): void {
  if (panel) return panel.reveal();
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  panel = vscode.window.createWebviewPanel(
    'lightfield.contactForm',
    'New Lightfield Contact',
    vscode.ViewColumn.Active,
    {
      enableScripts: true,
      localResourceRoots: [dist],
    },
  );
  const webview = panel.webview;
  const nonce = randomBytes(16).toString('base64');
  const rows = FIELDS.map(
    ([name, label, type]) =>
      `<div class="field"><label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type}"></div>`,
  ).join('');
  webview.html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'">
<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(dist, 'form.css'))}"></head>
<body><main id="app"><form id="form"><h1>New Lightfield Contact</h1>${rows}
<div class="actions"><button type="submit">Create Contact</button></div><p id="status" role="status"></p></form></main>
<script nonce="${nonce}" src="${webview.asWebviewUri(vscode.Uri.joinPath(dist, 'form.js'))}"></script></body></html>`;
  webview.onDidReceiveMessage((values: Values) => void create(context, values));
  panel.onDidDispose(() => (panel = undefined));
}

async function create(context: vscode.ExtensionContext, values: Values): Promise<void> {
  const baseUrl = vscode.workspace.getConfiguration('lightfield').get<string>('baseUrl');
  const response = await fetch(`${baseUrl}/v1/contacts`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await context.secrets.get('lightfield.apiKey')}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'lightfield-version': '2026-03-01',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({
      fields: {
        $name: { firstName: values.firstName, lastName: values.lastName },
        $email: [values.email],
        $title: values.title,
        $phone: [values.phone.replace(/[^+\d]/g, '')],
      },
    }),
  });
  const name = `${values.firstName} ${values.lastName}`;
  if (!response.ok) return void vscode.window.showErrorMessage(`Could not create ${name}: ${response.status}`);
  void vscode.window.showInformationMessage(`Created contact ${name}`, 'Open in Lightfield', 'Create Another');
  void panel?.webview.postMessage(`Created contact ${name}`);
}
