// Lightfield: Create Contact from Selection: the contact (or people) in the selected text.
import * as path from 'node:path';
import { l10n, window } from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { captureText, isEmailMessage } from '../webview/capture';

export async function createContactFromSelection(deps: ContactFormDeps): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor && isEmailMessage(editor.document.uri) && editor.selections.every((selection) => selection.isEmpty)) {
    // Nothing selected in an open message: its sender, read from the whole message.
    const name = path.posix.basename(editor.document.uri.path);
    await captureText(deps, { input: { eml: new TextEncoder().encode(editor.document.getText()) }, what: name });
    return;
  }
  const selected =
    editor?.selections
      .filter((selection) => !selection.isEmpty)
      .map((selection) => editor.document.getText(selection)) ?? [];
  if (selected.join('').trim() === '') {
    void window.showInformationMessage(
      l10n.t('Select the text that holds the contact first: a signature, an email, a vCard.'),
    );
    return;
  }
  await captureText(deps, { input: { text: selected.join('\n\n') }, what: l10n.t('the selection'), fromEditor: true });
}
