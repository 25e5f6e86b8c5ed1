// Activation registers the commands and the email lightbulb, and nothing else (ARCHITECTURE.md rule 11).
// What they run (the services, the form, the client: dist/commands.js) loads the first time one of
// them runs, or the first time the lightbulb looks up an address under the cursor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS, LIGHTBULB_COMMAND_IDS, PANEL_VIEW_TYPE } from './commandIds';
import type * as Commands from './commandTable';
import { registerContactCodeActions } from './editor/registerContactCodeActions';

export function activate(context: vscode.ExtensionContext): void {
  let table: Commands.CommandTable | undefined;
  const commands = (): Commands.CommandTable => {
    // dist/extension.js and dist/commands.js sit side by side in the package. A computed path keeps
    // esbuild from inlining the commands into the activation bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    table ??= (require(path.join(__dirname, 'commands.js')) as typeof Commands).commandTable(context);
    return table;
  };
  context.subscriptions.push(
    ...[...COMMAND_IDS, ...LIGHTBULB_COMMAND_IDS].map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => commands().run[id](...args)),
    ),
    // Which remembered contact an address is: dist/commands.js loads the first time the cursor is
    // on an address (the key's fingerprint needs node:crypto, milliseconds to load at activation).
    registerContactCodeActions((email) => commands().knownContact(email)),
    // The form open before a window reload comes back, with its draft (activation event onWebviewPanel:).
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => commands().restoreForm(panel),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Before the first command there is no form to update and no address looked up.
      if (!table) return;
      if (event.affectsConfiguration('lightfield.hiddenFields')) table.hiddenFieldsChanged();
      if (event.affectsConfiguration('lightfield.baseUrl')) table.baseUrlChanged();
    }),
  );
}
