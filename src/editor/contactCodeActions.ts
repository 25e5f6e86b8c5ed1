// The lightbulb on an email address: "Create Lightfield Contact for <email>", or "Open <Name> in
// Lightfield" when the extension already knows the address. VS Code asks on every cursor move, so
// this looks at the cursor's line only, and there only near the cursor (emailAtCursor, loaded with
// its patterns the first time an `@` is that near); it parses nothing and asks nothing of the
// network. The block around the address is read only when the user chooses the action.
import {
  CodeAction,
  CodeActionKind,
  l10n,
  Position,
  type CodeActionProvider,
  type CodeActionProviderMetadata,
  type Range,
  type TextDocument,
} from 'vscode';
import type { CommandId } from '../commandIds';
import { hasAtSignNear } from '../parse/addressWindow';
import { loadAtCursor } from '../services/atCursorBundle';

/** A contact Lightfield already holds, as the extension remembers it. */
export interface KnownContact {
  name: string;
  link: string;
}

export type KnownContactLookup = (email: string) => KnownContact | undefined | PromiseLike<KnownContact | undefined>;

const CREATE_FROM_EMAIL_COMMAND: CommandId = 'lightfield.createContactFromEmailAt';
const OPEN_CONTACT_COMMAND: CommandId = 'lightfield.openContactLink';

export class ContactCodeActionProvider implements CodeActionProvider {
  static readonly metadata: CodeActionProviderMetadata = {
    providedCodeActionKinds: [CodeActionKind.QuickFix],
  };

  /** `known` answers from memory: it runs on every cursor move that lands on an address. */
  constructor(private readonly known: KnownContactLookup) {}

  async provideCodeActions(document: TextDocument, range: Range): Promise<CodeAction[] | undefined> {
    if (!range.isSingleLine) return undefined;
    const line = document.lineAt(range.start.line).text;
    if (!hasAtSignNear(line, range.start.character)) return undefined;
    const found = loadAtCursor().emailAtCursor(line, range.start.character, range.end.character);
    if (!found) return undefined;
    const contact = await this.known(found.email);
    if (contact) {
      const open = new CodeAction(l10n.t('Open {0} in Lightfield', contact.name), CodeActionKind.QuickFix);
      open.command = { title: open.title, command: OPEN_CONTACT_COMMAND, arguments: [contact.link] };
      return [open];
    }
    const create = new CodeAction(l10n.t('Create Lightfield Contact for {0}', found.email), CodeActionKind.QuickFix);
    create.command = {
      title: create.title,
      command: CREATE_FROM_EMAIL_COMMAND,
      arguments: [document.uri, new Position(range.start.line, found.start)],
    };
    return [create];
  }
}
