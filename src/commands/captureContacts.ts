// Contacts from text: Create Contact from Selection, from Clipboard, and Import Contacts from File.
// The text is read first (no key or network needed to find nothing); one person opens the form
// prefilled for review, several open the list; nothing is sent before the user says so.
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildPeopleList } from '../contact/peopleList';
import { draftFromParsed, isEmptyParse } from '../contact/fromParsed';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { ContactFormDeps, ContactFormPanel } from '../webview/contactFormPanel';
import { createContact, withKey } from './createContact';
import { phoneFormatter } from './phoneNumbers';
import { readText } from './readText';

interface TextSource {
  text: string;
  /** How messages name it: "the selection", "the clipboard", "contacts.csv". */
  what: string;
  format?: ReadOptions['format'];
}

/** Files larger than this are refused rather than read: far beyond any address book export. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function createContactFromSelection(deps: ContactFormDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected =
    editor?.selections
      .filter((selection) => !selection.isEmpty)
      .map((selection) => editor.document.getText(selection)) ?? [];
  if (selected.join('').trim() === '') {
    void vscode.window.showInformationMessage(
      'Select the text that holds the contact first: a signature, an email, a vCard.',
    );
    return;
  }
  await capture(deps, { text: selected.join('\n\n'), what: 'the selection' });
}

export async function createContactFromClipboard(deps: ContactFormDeps): Promise<void> {
  const text = await vscode.env.clipboard.readText();
  if (text.trim() === '') {
    void vscode.window.showInformationMessage('The clipboard holds no text to read a contact from.');
    return;
  }
  await capture(deps, { text, what: 'the clipboard' });
}

export async function importContactsFromFile(deps: ContactFormDeps, uri?: vscode.Uri): Promise<void> {
  const file =
    uri ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Import Contacts',
        filters: { 'Contacts (vCard, CSV)': ['vcf', 'vcard', 'csv'] },
      })
    )?.[0];
  if (!file) return;
  const name = path.posix.basename(file.path);
  const { size } = await vscode.workspace.fs.stat(file);
  if (size > MAX_FILE_BYTES) {
    void vscode.window.showErrorMessage(
      `${name} is ${Math.round(size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported.`,
    );
    return;
  }
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
  const format = /\.csv$/i.test(name) ? 'csv' : 'vcard';
  await capture(deps, { text, what: name, format });
}

async function capture(deps: ContactFormDeps, source: TextSource): Promise<void> {
  const reading = await readText(source.text, { format: source.format ?? 'auto' }, source.what);
  if (!reading) return;
  if (reading.truncated) {
    void vscode.window.showWarningMessage(`${capitalize(source.what)} is very long: only its beginning was read.`);
  }
  if (isEmpty(reading)) {
    const openEmpty = 'Open Empty Form';
    const message =
      reading.kind === 'people' && source.format === 'csv'
        ? `No contacts found in ${source.what}. It needs a header row naming its columns (Name, Email, Phone…).`
        : `No contact details found in ${source.what}`;
    if (
      (await vscode.window.showInformationMessage(message, openEmpty)) === openEmpty &&
      (await ContactFormPanel.startEmpty(deps))
    )
      await createContact(deps);
    return;
  }
  await withKey(
    deps,
    () => capture(deps, source),
    async (apiKey) => {
      const fields = await deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher));
      if (reading.kind === 'people') {
        const skipped = reading.skipped > 0 ? ` (${reading.skipped} without a name or email left out)` : '';
        const heading = `${reading.people.length} ${reading.people.length === 1 ? 'person' : 'people'} in ${source.what}${skipped}`;
        await ContactFormPanel.showPeople(
          deps,
          fields,
          buildPeopleList(reading.people, fields, randomUUID(), heading, { formatPhone: phoneFormatter() }),
        );
        return;
      }
      const { draft, fromText, unsaved } = draftFromParsed(reading.contact, fields, {
        companyToPicker: true,
        formatPhone: phoneFormatter(),
      });
      await ContactFormPanel.showPrefilled(deps, fields, draft, { source: source.what, fromText, unsaved });
    },
  );
}

function isEmpty(reading: ContactsReading): boolean {
  return reading.kind === 'people' ? reading.people.length === 0 : isEmptyParse(reading.contact);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
