// Activation registers the commands and nothing else (ARCHITECTURE.md rule 11). What they run (the
// services, the form, the client: dist/commands.js) loads the first time one of them runs.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS, PANEL_VIEW_TYPE } from './commandIds';
import type * as Commands from './commandTable';

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
    ...COMMAND_IDS.map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => commands().run[id](...args)),
    ),
    // The form open before a window reload comes back, with its draft (activation event onWebviewPanel:).
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => commands().restoreForm(panel),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Before the first command there is no form to update.
      if (table && event.affectsConfiguration('lightfield.hiddenFields')) table.hiddenFieldsChanged();
    }),
  );
}
