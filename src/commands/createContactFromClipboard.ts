// Lightfield: Create Contact from Clipboard: the contact (or people) in the clipboard's text.
import * as vscode from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { captureText } from '../webview/capture';

export async function createContactFromClipboard(deps: ContactFormDeps): Promise<void> {
  const text = await vscode.env.clipboard.readText();
  if (text.trim() === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('The clipboard holds no text to read a contact from.'));
    return;
  }
  await captureText(deps, { text, what: vscode.l10n.t('the clipboard') });
}
