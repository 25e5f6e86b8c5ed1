// Lightfield: Create Contact and Lightfield: Refresh Fields. Makes sure there is a key, then opens
// the form from the workspace's contact fields (cached when possible), or refreshes those fields.
import * as vscode from 'vscode';
import { explainError } from '../lightfield/explain';
import { ContactFormDeps, ContactFormPanel } from '../webview/contactFormPanel';
import { presentError } from './presentError';
import { askForApiKey, ensureApiKey } from './setApiKey';

export async function createContact(deps: ContactFormDeps): Promise<void> {
  if (ContactFormPanel.revealExisting()) return;
  await withKey(
    deps,
    () => createContact(deps),
    async (apiKey) => {
      const fields = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Loading Lightfield contact fields…' },
        () => deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher)),
      );
      ContactFormPanel.show(deps, fields);
    },
  );
}

export async function refreshFields(deps: ContactFormDeps): Promise<void> {
  await withKey(
    deps,
    () => refreshFields(deps),
    async (apiKey) => {
      const fields = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Refreshing Lightfield contact fields…' },
        () => deps.fieldsSource.refresh(apiKey),
      );
      ContactFormPanel.updateFields(fields);
      void vscode.window.showInformationMessage(
        `Lightfield contact fields refreshed: the form offers ${fields.length} fields.`,
      );
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
    deps.access.log.warn(
      `Could not apply the changed field settings: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Runs `work` with the stored key (asking for one first); explains a failure with its remedies. */
export async function withKey(
  deps: ContactFormDeps,
  again: () => Promise<void>,
  work: (apiKey: string) => Promise<void>,
): Promise<void> {
  const { access } = deps;
  const apiKey = await ensureApiKey(access);
  if (!apiKey) return;
  try {
    await work(apiKey);
  } catch (error) {
    await presentError(explainError(error, access.host()), {
      retry: again,
      setApiKey: async () => {
        if (await askForApiKey(access)) await again();
      },
    });
  }
}
