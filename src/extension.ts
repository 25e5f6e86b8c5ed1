// Wiring only: build the dependencies, register the commands, hand every disposable to VS Code.
import * as l10n from '@vscode/l10n';
import fetch from 'node-fetch';
import * as vscode from 'vscode';
import { createContact } from './commands/createContact';
import { createContactFromClipboard } from './commands/createContactFromClipboard';
import { createContactFromSelection } from './commands/createContactFromSelection';
import { importContactsFromFile } from './commands/importContactsFromFile';
import { refreshFields } from './commands/refreshFields';
import { removeApiKey } from './commands/removeApiKey';
import { setApiKey } from './commands/setApiKey';
import { ApiKeyStore } from './config/secrets';
import { RecentContacts } from './services/recentContacts';
import { ContactFieldsSource } from './services/contactFields';
import { ContactFormDeps } from './services/contactFormDeps';
import { DefinitionsCache } from './services/definitionsCache';
import { FormStore } from './services/formStore';
import { LightfieldAccess } from './services/lightfieldAccess';
import { ContactFormPanel, PANEL_VIEW_TYPE } from './webview/contactFormPanel';
import { applyFieldSettings } from './webview/openForm';

export function activate(context: vscode.ExtensionContext): void {
  // The code that does not import vscode (contact/, lightfield/) translates with the same bundle.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const log = vscode.window.createOutputChannel('Lightfield', { log: true });
  const keys = new ApiKeyStore(context.secrets);
  const access = new LightfieldAccess(keys, log, fetch);
  const formDeps: ContactFormDeps = {
    extensionUri: context.extensionUri,
    access,
    fieldsSource: new ContactFieldsSource(access, new DefinitionsCache(context.globalState)),
    store: new FormStore(context.globalState),
    recent: new RecentContacts(context.globalState),
  };

  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('lightfield.createContact', () => createContact(formDeps)),
    vscode.commands.registerCommand('lightfield.createContactFromSelection', () =>
      createContactFromSelection(formDeps),
    ),
    vscode.commands.registerCommand('lightfield.createContactFromClipboard', () =>
      createContactFromClipboard(formDeps),
    ),
    vscode.commands.registerCommand('lightfield.importContactsFromFile', (uri?: vscode.Uri) =>
      importContactsFromFile(formDeps, uri),
    ),
    vscode.commands.registerCommand('lightfield.refreshFields', () => refreshFields(formDeps)),
    vscode.commands.registerCommand('lightfield.setApiKey', () => setApiKey(access)),
    vscode.commands.registerCommand('lightfield.removeApiKey', () => removeApiKey(keys)),
    vscode.commands.registerCommand('lightfield.showLog', () => log.show(true)),
    // The form open before a window reload comes back, with its draft.
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => ContactFormPanel.restore(formDeps, panel),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('lightfield.hiddenFields')) void applyFieldSettings(formDeps);
    }),
  );
}
