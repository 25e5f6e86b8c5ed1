// A list of people found in one text (a To: line, a vCard file, a CSV export), each mapped onto the
// workspace's fields, created one by one with an Idempotency-Key of their own.
import * as l10n from '@vscode/l10n';
import type { PlainContact } from '../parse/plain';
import { ContactDraft, EncodeOptions, draftDisplayName, encodeDraft, hasErrors } from './draft';
import { FormField } from './formFields';
import { PrefillOptions, UnsavedValue, draftFromParsed } from './fromParsed';
import { PendingCreate } from './submission';
import { filledValues } from './values';

/** `exists`: Lightfield already has a contact with the person's email; not created. */
export type PersonStatus = 'ready' | 'invalid' | 'created' | 'exists' | 'failed';

export interface ListedPerson {
  id: string;
  draft: ContactDraft;
  unsaved: UnsavedValue[];
  status: PersonStatus;
  /** Why the person is invalid or failed. */
  message?: string;
  /** The key of this person's create, kept until it succeeds so a retry never duplicates. */
  pending?: PendingCreate;
}

export interface PeopleList {
  listId: string;
  /** "3 people in the selection". */
  heading: string;
  people: ListedPerson[];
}

export function buildPeopleList(
  contacts: readonly PlainContact[],
  fields: readonly FormField[],
  listId: string,
  heading: string,
  prefill: PrefillOptions = {},
): PeopleList {
  const people = contacts.map((contact, index): ListedPerson => {
    const { draft, unsaved } = draftFromParsed(contact, fields, prefill);
    const { problem } = checkPerson(draft, fields);
    return {
      id: `p${index + 1}`,
      draft,
      unsaved,
      status: problem ? 'invalid' : 'ready',
      ...(problem ? { message: problem } : {}),
    };
  });
  return { listId, heading, people };
}

/** The people a run may still create: not created, not already in Lightfield. A list without them is finished. */
export function peopleToCreate(list: PeopleList): ListedPerson[] {
  return list.people.filter((person) => person.status !== 'created' && person.status !== 'exists');
}

/** How the person shows in the list: their name (else email) and what else identifies them. */
export function describePerson(
  person: ListedPerson,
  fields: readonly FormField[],
): { name: string; details: string[] } {
  const name = draftDisplayName(person.draft, fields) ?? l10n.t('Unnamed person');
  const details = fields
    .filter((field) => field.kind === 'email' || field.kind === 'telephone' || field.kind === 'text')
    .flatMap((field) => filledValues(person.draft[field.key] ?? ''))
    .filter((value) => value !== name);
  return { name, details };
}

/** The one-line outcome of a run: "Created 2 of 3 contacts. Not created: Grace Hopper (…)." */
export function summarize(list: PeopleList, attemptedIds: readonly string[], fields: readonly FormField[]): string {
  const attempted = list.people.filter((person) => attemptedIds.includes(person.id));
  const created = attempted.filter((person) => person.status === 'created').length;
  const existing = attempted.filter((person) => person.status === 'exists').length;
  const failed = attempted.filter((person) => person.status !== 'created' && person.status !== 'exists');
  const sentences = [
    attempted.length === 1
      ? l10n.t('Created {0} of 1 contact.', created)
      : l10n.t('Created {0} of {1} contacts.', created, attempted.length),
  ];
  if (existing > 0) sentences.push(l10n.t('{0} already in Lightfield.', existing));
  if (failed.length > 0) {
    const reasons = failed.map((person) =>
      l10n.t('{0} ({1})', describePerson(person, fields).name, person.message ?? l10n.t('not attempted')),
    );
    sentences.push(l10n.t('Not created: {0}', reasons.join('; ')));
  }
  return sentences.join(' ');
}

/** The person's create body, or the first thing wrong with them: the rules of the single form. */
export function checkPerson(draft: ContactDraft, fields: readonly FormField[], phones?: EncodeOptions) {
  const encoded = encodeDraft(draft, fields, phones);
  return {
    body: encoded.body,
    problem: hasErrors(encoded.errors) ? (encoded.errors.form ?? Object.values(encoded.errors.fields)[0]) : undefined,
  };
}
