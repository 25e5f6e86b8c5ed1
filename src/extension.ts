// Wiring only: build the dependencies, register the commands, hand every disposable to VS Code.
import fetch from 'node-fetch';
import * as vscode from 'vscode';
import { createContact } from './commands/createContact';
import { createContactFromClipboard } from './commands/createContactFromClipboard';
import { createContactFromEmailAt } from './commands/createContactFromEmail';
import { createContactFromSelection } from './commands/createContactFromSelection';
import { importContactsFromFile } from './commands/importContactsFromFile';
import { openContactLink } from './commands/openContactLink';
import { refreshFields } from './commands/refreshFields';
import { removeApiKey } from './commands/removeApiKey';
import { setApiKey } from './commands/setApiKey';
import { ApiKeyStore } from './config/secrets';
import { logSettingProblemsTo } from './config/settings';
import { CREATE_FROM_EMAIL_COMMAND, OPEN_CONTACT_COMMAND } from './editor/contactCodeActions';
import { KnownContacts } from './editor/knownContacts';
import { registerContactCodeActions } from './editor/registerContactCodeActions';
import { RecentContacts } from './services/recentContacts';
import { ContactFieldsSource } from './services/contactFields';
import { ContactFormDeps } from './services/contactFormDeps';
import { DefinitionsCache } from './services/definitionsCache';
import { FormStore } from './services/formStore';
import { LightfieldAccess } from './services/lightfieldAccess';
import { applyFieldSettings } from './webview/openForm';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Lightfield', { log: true });
  logSettingProblemsTo(log);
  const keys = new ApiKeyStore(context.secrets);
  const access = new LightfieldAccess(keys, log, fetch);
  const formDeps: ContactFormDeps = {
    extensionUri: context.extensionUri,
    access,
    fieldsSource: new ContactFieldsSource(access, new DefinitionsCache(context.globalState)),
    store: new FormStore(context.globalState),
    recent: new RecentContacts(context.globalState),
  };
  const known = new KnownContacts(keys, formDeps.recent);

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
    vscode.commands.registerCommand(CREATE_FROM_EMAIL_COMMAND, (uri: vscode.Uri, position: vscode.Position) =>
      createContactFromEmailAt(formDeps, uri, position),
    ),
    vscode.commands.registerCommand(OPEN_CONTACT_COMMAND, (link: string) => openContactLink(link)),
    registerContactCodeActions((email) => known.find(email)),
    keys.onDidChange(() => known.reset()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('lightfield.hiddenFields')) void applyFieldSettings(formDeps);
      if (event.affectsConfiguration('lightfield.baseUrl')) known.reset();
    }),
  );
}
