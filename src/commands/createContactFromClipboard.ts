// Lightfield: Create Contact from Clipboard: the contact (or people) in the clipboard's text.
import { env, l10n, window } from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { captureText } from '../webview/capture';

export async function createContactFromClipboard(deps: ContactFormDeps): Promise<void> {
  const text = await env.clipboard.readText();
  if (text.trim() === '') {
    void window.showInformationMessage(l10n.t('The clipboard holds no text to read a contact from.'));
    return;
  }
  await captureText(deps, { input: { text }, what: l10n.t('the clipboard') });
}
