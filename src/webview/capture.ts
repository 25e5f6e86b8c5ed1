// Contacts from a text (the selection, the clipboard, a file): the text is read first (no key or
// network needed to find nothing); one person opens the form prefilled for review, several open the
// list; nothing is sent before the user says so.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { buildPeopleList } from '../contact/peopleList';
import { draftFromParsed, isEmptyParse } from '../contact/fromParsed';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { withKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { phoneFormatter } from '../services/phoneNumbers';
import { readText } from '../services/readText';
import { ContactFormPanel } from './contactFormPanel';
import { openContactForm, showPeople, showPrefilled, startEmpty } from './openForm';

export interface TextSource {
  text: string;
  /** How messages name it: "the selection", "the clipboard", "contacts.csv". */
  what: string;
  format?: ReadOptions['format'];
}

export async function captureText(deps: ContactFormDeps, source: TextSource): Promise<void> {
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
    if ((await vscode.window.showInformationMessage(message, openEmpty)) === openEmpty && (await startEmpty(deps)))
      await openContactForm(deps);
    return;
  }
  await withKey(
    deps.access,
    () => captureText(deps, source),
    async (apiKey) => {
      const fields = await deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher));
      if (reading.kind === 'people') {
        const skipped = reading.skipped > 0 ? ` (${reading.skipped} without a name or email left out)` : '';
        const heading = `${reading.people.length} ${reading.people.length === 1 ? 'person' : 'people'} in ${source.what}${skipped}`;
        await showPeople(
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
      await showPrefilled(deps, fields, draft, { source: source.what, fromText, unsaved });
    },
  );
}

function isEmpty(reading: ContactsReading): boolean {
  return reading.kind === 'people' ? reading.people.length === 0 : isEmptyParse(reading.contact);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
