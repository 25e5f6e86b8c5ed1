// The entry of dist/commands.js: builds the services once and says what each command runs.
// extension.ts loads it the first time a command runs, so activation costs only the registrations.
import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { createContact } from './commands/createContact';
import { createContactFromClipboard } from './commands/createContactFromClipboard';
import { createContactFromEmailAt } from './commands/createContactFromEmail';
import { createContactFromSelection } from './commands/createContactFromSelection';
import { importContactsFromFile } from './commands/importContactsFromFile';
import { refreshFields } from './commands/refreshFields';
import { removeApiKey } from './commands/removeApiKey';
import { setApiKey } from './commands/setApiKey';
import { ApiKeyStore } from './config/secrets';
import type { KnownContact } from './editor/contactCodeActions';
import { KnownContacts } from './editor/knownContacts';
import { logSettingProblemsTo } from './config/settings';
import { ContactFieldsSource } from './services/contactFields';
import { ContactFormDeps } from './services/contactFormDeps';
import { DefinitionsCache } from './services/definitionsCache';
import { FormStore } from './services/formStore';
import { lazyFetch } from './services/httpBundle';
import { LightfieldAccess } from './services/lightfieldAccess';
import { RecentContacts } from './services/recentContacts';
import { applyFieldSettings } from './webview/openForm';

export interface CommandTable {
  run: Record<CommandId, (...args: unknown[]) => Promise<void>>;
  /** lightfield.hiddenFields changed: the open form shows the fields now allowed. */
  hiddenFieldsChanged(): void;
  /** The email lightbulb's Create Lightfield Contact for <email>. */
  createContactFromEmailAt(uri: vscode.Uri, position: vscode.Position): Promise<void>;
  /** The email lightbulb: the remembered contact an address belongs to, from memory. */
  knownContact(email: string): Promise<KnownContact | undefined>;
}

export function commandTable(context: vscode.ExtensionContext): CommandTable {
  const log = vscode.window.createOutputChannel('Lightfield', { log: true });
  context.subscriptions.push(log);
  logSettingProblemsTo(log);
  const keys = new ApiKeyStore(context.secrets);
  const access = new LightfieldAccess(keys, log, lazyFetch);
  const formDeps: ContactFormDeps = {
    extensionUri: context.extensionUri,
    access,
    fieldsSource: new ContactFieldsSource(access, new DefinitionsCache(context.globalState)),
    store: new FormStore(context.globalState),
    recent: new RecentContacts(context.globalState),
  };
  const known = new KnownContacts(keys, formDeps.recent);
  context.subscriptions.push(
    keys.onDidChange(() => known.reset()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('lightfield.baseUrl')) known.reset();
    }),
  );
  return {
    run: {
      'lightfield.createContact': () => createContact(formDeps),
      'lightfield.createContactFromSelection': () => createContactFromSelection(formDeps),
      'lightfield.createContactFromClipboard': () => createContactFromClipboard(formDeps),
      // The Explorer's context menu passes the file.
      'lightfield.importContactsFromFile': (uri) => importContactsFromFile(formDeps, uri as vscode.Uri | undefined),
      'lightfield.refreshFields': () => refreshFields(formDeps),
      'lightfield.setApiKey': () => setApiKey(access),
      'lightfield.removeApiKey': () => removeApiKey(keys),
    },
    hiddenFieldsChanged: () => void applyFieldSettings(formDeps),
    createContactFromEmailAt: (uri, position) => createContactFromEmailAt(formDeps, uri, position),
    knownContact: (email) => known.find(email),
  };
}
