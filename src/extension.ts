// Activation registers the commands and nothing else (ARCHITECTURE.md rule 11). What they run (the
// services, the form, the client: dist/commands.js) loads the first time one of them runs.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from './commandIds';
import type * as Commands from './commandTable';
import { openContactLink } from './commands/openContactLink';
import { ApiKeyStore } from './config/secrets';
import { CREATE_FROM_EMAIL_COMMAND, OPEN_CONTACT_COMMAND } from './editor/contactCodeActions';
import { KnownContacts } from './editor/knownContacts';
import { registerContactCodeActions } from './editor/registerContactCodeActions';
import { RecentContacts } from './services/recentContacts';

export function activate(context: vscode.ExtensionContext): void {
  let table: Commands.CommandTable | undefined;
  const commands = (): Commands.CommandTable => {
    // dist/extension.js and dist/commands.js sit side by side in the package. A computed path keeps
    // esbuild from inlining the commands into the activation bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    table ??= (require(path.join(__dirname, 'commands.js')) as typeof Commands).commandTable(context);
    return table;
  };
  // The email lightbulb answers from memory on cursor moves, without loading dist/commands.js.
  const keys = new ApiKeyStore(context.secrets);
  const known = new KnownContacts(keys, new RecentContacts(context.globalState));
  context.subscriptions.push(
    ...COMMAND_IDS.map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => commands().run[id](...args)),
    ),
    vscode.commands.registerCommand(CREATE_FROM_EMAIL_COMMAND, (uri: vscode.Uri, position: vscode.Position) =>
      commands().createContactFromEmailAt(uri, position),
    ),
    vscode.commands.registerCommand(OPEN_CONTACT_COMMAND, (link: string) => openContactLink(link)),
    registerContactCodeActions((email) => known.find(email)),
    keys.onDidChange(() => known.reset()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Before the first command there is no form to update.
      if (table && event.affectsConfiguration('lightfield.hiddenFields')) table.hiddenFieldsChanged();
      if (event.affectsConfiguration('lightfield.baseUrl')) known.reset();
    }),
  );
}
