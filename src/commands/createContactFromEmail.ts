// "Create Lightfield Contact for <email>" (the lightbulb on an address): the block the address
// belongs to is read now, when chosen, and goes the way of Create Contact from Selection.
import { l10n, window, workspace, type Position, type Uri } from 'vscode';
import { loadAtCursor } from '../services/atCursorBundle';
import { ContactFormDeps } from '../services/contactFormDeps';
import { captureText } from '../webview/capture';

export async function createContactFromEmailAt(deps: ContactFormDeps, uri: Uri, position: Position): Promise<void> {
  const document = await workspace.openTextDocument(uri);
  const { contactBlock, emailAtCursor } = loadAtCursor();
  const found =
    position.line < document.lineCount
      ? emailAtCursor(document.lineAt(position.line).text, position.character)
      : undefined;
  if (!found) {
    void window.showInformationMessage(l10n.t('The email address is no longer there: the text has changed.'));
    return;
  }
  const lines = { lineCount: document.lineCount, lineAt: (index: number) => document.lineAt(index).text };
  const block = contactBlock(lines, position.line, found.start, found.end);
  await captureText(deps, { input: { text: block.text }, what: l10n.t('the text around {0}', found.email) });
}
