// Opening the contact form: makes sure there is a key, then shows the form with the workspace's
// contact fields (cached when possible); and giving the open form the fields the settings allow.
import * as vscode from 'vscode';
import { withKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { errorMessage } from '../shared/errorMessage';
import { ContactFormPanel } from './contactFormPanel';

export async function openContactForm(deps: ContactFormDeps): Promise<void> {
  if (ContactFormPanel.revealExisting()) return;
  await withKey(
    deps.access,
    () => openContactForm(deps),
    async (apiKey) => {
      const fields = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Loading Lightfield contact fields…' },
        () => deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher)),
      );
      ContactFormPanel.show(deps, fields);
    },
  );
}

/** Shows the open form with the fields the settings now allow (lightfield.hiddenFields changed). */
export async function applyFieldSettings(deps: ContactFormDeps): Promise<void> {
  if (!ContactFormPanel.isOpen()) return;
  const apiKey = await deps.access.keys.get();
  if (!apiKey) return;
  try {
    ContactFormPanel.updateFields(
      await deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher)),
    );
  } catch (error) {
    deps.access.log.warn(`Could not apply the changed field settings: ${errorMessage(error)}`);
  }
}
