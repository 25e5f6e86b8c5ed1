// Lightfield: Create Contact. Makes sure there is a key, loads the workspace's contact fields and
// opens the form (or brings the open one to the front).
import * as vscode from 'vscode';
import { buildFormFields } from '../contact/formFields';
import { explainError } from '../lightfield/explain';
import { ContactFormDeps, ContactFormPanel } from '../webview/contactFormPanel';
import { presentError } from './presentError';
import { askForApiKey, ensureApiKey } from './setApiKey';

export async function createContact(deps: ContactFormDeps): Promise<void> {
  if (ContactFormPanel.revealExisting()) return;
  const { access } = deps;
  const apiKey = await ensureApiKey(access);
  if (!apiKey) return;
  try {
    const definitions = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Loading Lightfield contact fields…' }, () =>
      access.client(apiKey).getContactDefinitions(),
    );
    ContactFormPanel.show(deps, buildFormFields(definitions));
  } catch (error) {
    await presentError(explainError(error, access.host()), {
      retry: () => createContact(deps),
      setApiKey: async () => {
        if (await askForApiKey(access)) await createContact(deps);
      },
    });
  }
}
