// The entry of dist/commands.js: builds the services once and says what each command runs.
// extension.ts loads it the first time a command runs, so activation costs only the registrations.
import * as l10n from '@vscode/l10n';
import {
  l10n as workbenchL10n,
  window,
  type ExtensionContext,
  type Position,
  type Uri,
  type WebviewPanel,
} from 'vscode';
import { CommandId } from './commandIds';
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
import type { KnownContact } from './editor/contactCodeActions';
import { KnownContacts } from './editor/knownContacts';
import { ContactFieldsSource } from './services/contactFields';
import { ContactFormDeps } from './services/contactFormDeps';
import { DefinitionsCache } from './services/definitionsCache';
import { FormStore } from './services/formStore';
import { LightfieldAccess } from './services/lightfieldAccess';
import { OwnWritesFirst } from './services/ownWritesFirst';
import { RecentContacts } from './services/recentContacts';
import { OpenFormPanel } from './webview/openPanel';
import { applyFieldSettings } from './webview/openForm';

export interface CommandTable {
  run: Record<CommandId, (...args: unknown[]) => Promise<void>>;
  /** After a window reload: the form that was open comes back with its draft. */
  restoreForm(panel: WebviewPanel): Promise<void>;
  /** lightfield.hiddenFields changed: the open form shows the fields now allowed. */
  hiddenFieldsChanged(): void;
  /** The email lightbulb: the remembered contact an address belongs to, from memory only. */
  knownContact(email: string): Promise<KnownContact | undefined>;
  /** lightfield.baseUrl changed: the contacts remembered for another workspace no longer apply. */
  baseUrlChanged(): void;
}

export function commandTable(context: ExtensionContext): CommandTable {
  // The code that does not import vscode (contact/, lightfield/) translates with the same bundle.
  if (workbenchL10n.bundle) l10n.config({ contents: workbenchL10n.bundle });
  const log = window.createOutputChannel('Lightfield', { log: true });
  context.subscriptions.push(log);
  logSettingProblemsTo(log);
  const keys = new ApiKeyStore(context.secrets);
  context.subscriptions.push(keys);
  const access = new LightfieldAccess(keys, log);
  const state = new OwnWritesFirst(context.globalState);
  const store = new FormStore(context.workspaceState);
  store.takeOver(state);
  const formDeps: ContactFormDeps = {
    extensionUri: context.extensionUri,
    access,
    fieldsSource: new ContactFieldsSource(access, new DefinitionsCache(state)),
    store,
    recent: new RecentContacts(state),
  };
  const known = new KnownContacts(keys, formDeps.recent);
  context.subscriptions.push(keys.onDidChange(() => known.reset()));
  return {
    run: {
      'lightfield.createContact': () => createContact(formDeps),
      'lightfield.createContactFromSelection': () => createContactFromSelection(formDeps),
      'lightfield.createContactFromClipboard': () => createContactFromClipboard(formDeps),
      // The Explorer's context menu passes the file.
      'lightfield.importContactsFromFile': (uri) => importContactsFromFile(formDeps, uri as Uri | undefined),
      'lightfield.refreshFields': () => refreshFields(formDeps),
      'lightfield.setApiKey': () => setApiKey(access),
      'lightfield.removeApiKey': () => removeApiKey(keys),
      'lightfield.createContactFromEmailAt': (uri, position) =>
        createContactFromEmailAt(formDeps, uri as Uri, position as Position),
      'lightfield.openContactLink': (link) => openContactLink(link as string),
      'lightfield.showLog': async () => log.show(true),
    },
    restoreForm: (panel) => OpenFormPanel.restore(formDeps, panel),
    hiddenFieldsChanged: () => void applyFieldSettings(formDeps),
    knownContact: (email) => known.find(email),
    baseUrlChanged: () => known.reset(),
  };
}
