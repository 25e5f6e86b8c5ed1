// Activation registers the commands and nothing else (ARCHITECTURE.md rule 11); the email lightbulb, the
// form's serializer and the settings listener follow on the next turn.
// What they run (the services, the form, the client: dist/commands.js) loads the first time one of
// them runs, or the first time the lightbulb looks up an address under the cursor.
// Named imports from `vscode`: esbuild then requires it as it is, where `import * as` would copy each of
// the API's hundreds of properties onto a new object in every module that imports it, at activation.
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { requireSibling } from './base/siblingBundle';
import { COMMAND_IDS, LIGHTBULB_COMMAND_IDS, PANEL_VIEW_TYPE } from './commandIds';
import type * as Commands from './commandTable';
import { ContactCodeActionsRegistration } from './editor/contactCodeActionsRegistration';

export function activate(context: ExtensionContext): void {
  let table: Commands.CommandTable | undefined;
  const commandTable = (): Commands.CommandTable => {
    table ??= requireSibling<typeof Commands>('commands.js').commandTable(context);
    return table;
  };
  context.subscriptions.push(
    ...[...COMMAND_IDS, ...LIGHTBULB_COMMAND_IDS].map((id) =>
      commands.registerCommand(id, (...args: unknown[]) => commandTable().run[id](...args)),
    ),
  );
  // The rest waits for the turn after activation, whose time is the commands' alone (issue #12): these
  // registrations cost about two milliseconds there. A form waiting to be restored after a window reload
  // is revived when its serializer registers; VS Code asks for code actions again on the next cursor move.
  const rest = setImmediate(() => registerTheRest(context, commandTable, () => table));
  context.subscriptions.push({ dispose: () => clearImmediate(rest) });
}

function registerTheRest(
  context: ExtensionContext,
  commandTable: () => Commands.CommandTable,
  loadedTable: () => Commands.CommandTable | undefined,
): void {
  // Which remembered contact an address is: dist/commands.js loads the first time the cursor is
  // on an address (the key's fingerprint needs node:crypto, milliseconds to load at activation).
  const lightbulb = new ContactCodeActionsRegistration((email) => commandTable().knownContact(email));
  context.subscriptions.push(
    lightbulb,
    // The form open before a window reload comes back, with its draft (activation event onWebviewPanel:).
    window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => commandTable().restoreForm(panel),
    }),
    // One listener for every setting the extension follows.
    workspace.onDidChangeConfiguration((event) => {
      lightbulb.configurationChanged(event);
      // Before the first command there is no form to update and no address looked up.
      const table = loadedTable();
      if (!table) return;
      if (event.affectsConfiguration('lightfield.hiddenFields')) table.hiddenFieldsChanged();
      if (event.affectsConfiguration('lightfield.baseUrl')) table.baseUrlChanged();
    }),
  );
}
