// Lightfield: Import Contacts from File: the people of a vCard or CSV file, as a list to create, or
// the sender of an .eml message.
import * as path from 'node:path';
import { l10n, window, workspace, type Uri } from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { showError } from '../services/presentError';
import { captureText, isEmailMessage } from '../webview/capture';

/** Files larger than this are refused rather than read: far beyond any address book export. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function importContactsFromFile(deps: ContactFormDeps, uri?: Uri): Promise<void> {
  const file =
    uri ??
    (
      await window.showOpenDialog({
        canSelectMany: false,
        openLabel: l10n.t('Import Contacts'),
        filters: { [l10n.t('Contacts (vCard, CSV, email)')]: ['vcf', 'vcard', 'csv', 'eml'] },
      })
    )?.[0];
  if (!file) return;
  const name = path.posix.basename(file.path);
  const { size } = await workspace.fs.stat(file);
  if (size > MAX_FILE_BYTES) {
    void showError(
      l10n.t(
        '{0} is {1} MB; files up to {2} MB can be imported.',
        name,
        Math.round(size / 1024 / 1024),
        MAX_FILE_BYTES / 1024 / 1024,
      ),
    );
    return;
  }
  const bytes = await workspace.fs.readFile(file);
  if (isEmailMessage(file)) {
    await captureText(deps, { input: { eml: bytes }, what: name });
    return;
  }
  const format = /\.csv$/i.test(name) ? 'csv' : 'vcard';
  await captureText(deps, { input: { file: bytes }, what: name, format });
}
