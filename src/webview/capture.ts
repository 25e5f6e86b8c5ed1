// Contacts from a text (the selection, the clipboard, a file): the text is read first (no key or
// network needed to find nothing); one person opens the form prefilled for review, several open the
// list; nothing is sent before the user says so.
import { randomUUID } from 'node:crypto';
import { l10n, ViewColumn, window, type Uri } from 'vscode';
import { buildPeopleList } from '../contact/peopleList';
import { draftFromParsed, isEmptyParse } from '../contact/fromParsed';
import type { ContactsReading, ReadOptions } from '../parse/index';
import { withKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { phoneFormatter } from '../services/phoneNumbers';
import type { ReadInput } from '../services/parseWorker';
import { readText } from '../services/readText';
import { OpenFormPanel } from './openPanel';
import { openContactForm, showPeople, showPrefilled, startEmpty } from './openForm';

export interface TextSource {
  input: ReadInput;
  /** How messages name it: "the selection", "the clipboard", "contacts.csv". */
  what: string;
  format?: ReadOptions['format'];
  /** The text is in an editor: the form opens beside it, so both stay in view. */
  fromEditor?: boolean;
}

/** An .eml message: read as MIME (headers, parts, charsets), not as plain text. */
export function isEmailMessage(uri: Uri): boolean {
  return uri.path.toLowerCase().endsWith('.eml');
}

export async function captureText(deps: ContactFormDeps, source: TextSource): Promise<void> {
  const reading = await readText(source.input, { format: source.format ?? 'auto' }, source.what);
  if (!reading) return;
  if (reading.truncated) {
    void window.showWarningMessage(l10n.t('The text in {0} is very long: only its beginning was read.', source.what));
  }
  if (isEmpty(reading)) {
    const openEmpty = l10n.t('Open Empty Form');
    const message =
      reading.kind === 'people' && source.format === 'csv'
        ? l10n.t(
            'No contacts found in {0}. It needs a header row naming its columns (Name, Email, Phone…).',
            source.what,
          )
        : l10n.t('No contact details found in {0}', source.what);
    if ((await window.showInformationMessage(message, openEmpty)) === openEmpty && (await startEmpty(deps)))
      await openContactForm(deps);
    return;
  }
  await withKey(
    deps.access,
    () => captureText(deps, source),
    async (apiKey) => {
      const fields = await deps.fieldsSource.load(apiKey, (fresher) => OpenFormPanel.updateFields(fresher));
      const column = source.fromEditor ? ViewColumn.Beside : ViewColumn.Active;
      if (reading.kind === 'people') {
        const heading = peopleHeading(reading.people.length, reading.skipped, source.what);
        await showPeople(
          deps,
          fields,
          buildPeopleList(reading.people, fields, randomUUID(), heading, { formatPhone: phoneFormatter() }),
          column,
        );
        return;
      }
      const { draft, fromText, unsaved } = draftFromParsed(reading.contact, fields, {
        companyToPicker: true,
        formatPhone: phoneFormatter(),
      });
      await showPrefilled(deps, fields, draft, { source: source.what, fromText, unsaved }, column);
    },
  );
}

function isEmpty(reading: ContactsReading): boolean {
  return reading.kind === 'people' ? reading.people.length === 0 : isEmptyParse(reading.contact);
}

/** "3 people in the selection (1 without a name or email left out)", as one sentence per case. */
function peopleHeading(count: number, skipped: number, what: string): string {
  if (skipped === 0) return count === 1 ? l10n.t('1 person in {0}', what) : l10n.t('{0} people in {1}', count, what);
  return count === 1
    ? l10n.t('1 person in {0} ({1} without a name or email left out)', what, skipped)
    : l10n.t('{0} people in {1} ({2} without a name or email left out)', count, what, skipped);
}
