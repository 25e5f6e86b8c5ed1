// Lightfield: Create Contact from Selection: the contact (or people) in the selected text.
import * as vscode from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { captureText } from '../webview/capture';

export async function createContactFromSelection(deps: ContactFormDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected =
    editor?.selections
      .filter((selection) => !selection.isEmpty)
      .map((selection) => editor.document.getText(selection)) ?? [];
  if (selected.join('').trim() === '') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Select the text that holds the contact first: a signature, an email, a vCard.'),
    );
    return;
  }
  await captureText(deps, { text: selected.join('\n\n'), what: vscode.l10n.t('the selection'), fromEditor: true });
}
