// The lightbulb on an email address: "Create Lightfield Contact for <email>", or "Open <Name> in
// Lightfield" when the extension already knows the address. VS Code asks on every cursor move, so
// this looks at the cursor's line only (emailAtCursor), parses nothing and asks nothing of the
// network; the block around the address is read only when the user chooses the action.
import * as vscode from 'vscode';
import { emailAtCursor } from '../parse/emailAtCursor';

/** A contact Lightfield already holds, as the extension remembers it. */
export interface KnownContact {
  name: string;
  link: string;
}

/** Internal commands the actions run (not in the palette: they need a document and a position). */
export const CREATE_FROM_EMAIL_COMMAND = 'lightfield.createContactFromEmailAt';
export const OPEN_CONTACT_COMMAND = 'lightfield.openContactLink';

export class ContactCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  /** `known` answers from memory only: it runs on every cursor move that lands on an address. */
  constructor(private readonly known: (email: string) => KnownContact | undefined) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] | undefined {
    if (!range.isSingleLine) return undefined;
    const found = emailAtCursor(document.lineAt(range.start.line).text, range.start.character, range.end.character);
    if (!found) return undefined;
    const contact = this.known(found.email);
    if (contact) {
      const open = new vscode.CodeAction(`Open ${contact.name} in Lightfield`, vscode.CodeActionKind.QuickFix);
      open.command = { title: open.title, command: OPEN_CONTACT_COMMAND, arguments: [contact.link] };
      return [open];
    }
    const create = new vscode.CodeAction(
      `Create Lightfield Contact for ${found.email}`,
      vscode.CodeActionKind.QuickFix,
    );
    create.command = {
      title: create.title,
      command: CREATE_FROM_EMAIL_COMMAND,
      arguments: [document.uri, new vscode.Position(range.start.line, found.start)],
    };
    return [create];
  }
}
