// The contact draft the form edits, and its mapping to the body of `POST /v1/contacts`
// (lightfield-api.md §6 and §8: bare values, `$name` as {firstName, lastName}, emails and phones
// as arrays, empty fields omitted rather than sent as ""). The per-type rules live in values.ts.
import * as l10n from '@vscode/l10n';
import { CreateRecordBody, WriteValue } from '../lightfield/types';
import { isValidEmail } from './email';
import { FormField } from './formFields';
import { ContactDraft, DraftValue, EncodeContext, NameDraft, codecFor, filledValues } from './values';

export type { ContactDraft, DraftValue } from './values';

export interface DraftErrors {
  /** Per field key, shown at that field. */
  fields: Record<string, string>;
  /** About the whole form. */
  form?: string;
}

export interface EncodeOptions {
  /** E.164 for a typed phone number, undefined when it is none; without it phones go as typed. */
  normalizePhone?: (typed: string) => string | undefined;
  /** The country normalizePhone reads a number without a country code in. */
  phoneCountry?: string;
}

export function emptyValue(field: FormField): DraftValue {
  return codecFor(field).empty(field);
}

/**
 * The draft restricted to the given fields, each value in the shape its field expects. Used on
 * everything that comes from the webview (untrusted) and on stored drafts (the schema may change).
 */
export function conformDraft(raw: unknown, fields: readonly FormField[]): ContactDraft {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const draft: ContactDraft = {};
  for (const field of fields) {
    const value = Object.prototype.hasOwnProperty.call(source, field.key) ? source[field.key] : undefined;
    draft[field.key] = codecFor(field).conform(value, field);
  }
  return draft;
}

/** The create body and what is wrong with the draft, in one pass over the fields. */
export function encodeDraft(
  draft: ContactDraft,
  fields: readonly FormField[],
  options: EncodeOptions = {},
): { body: CreateRecordBody; errors: DraftErrors } {
  const context: EncodeContext = { ...options, draft, fields };
  const written: Record<string, WriteValue> = {};
  const relationships: Record<string, string | string[]> = {};
  const errors: DraftErrors = { fields: {} };
  for (const field of fields) {
    const encoded = codecFor(field).encode(draft[field.key] ?? emptyValue(field), field, context);
    if (encoded.error !== undefined) errors.fields[field.key] = encoded.error;
    else if (encoded.value === undefined) continue;
    else if (field.kind === 'account') relationships[field.key] = encoded.value as string | string[];
    else written[field.key] = encoded.value;
  }
  const identifies = fields.some(
    (field) =>
      (field.kind === 'fullName' || field.kind === 'email') &&
      (written[field.key] !== undefined || errors.fields[field.key] !== undefined),
  );
  if (!identifies) errors.form = l10n.t('Enter a name or an email address.');
  const body: CreateRecordBody = { fields: written };
  if (Object.keys(relationships).length > 0) body.relationships = relationships;
  return { body, errors };
}

/** Inline validation: every value well-formed for its type, and at least a name or an email. */
export function validateDraft(draft: ContactDraft, fields: readonly FormField[], options?: EncodeOptions): DraftErrors {
  return encodeDraft(draft, fields, options).errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return errors.form !== undefined || Object.keys(errors.fields).length > 0;
}

/** The email addresses a create body carries (every EMAIL field): what the duplicate check looks for. */
export function bodyEmails(body: CreateRecordBody, fields: readonly FormField[]): string[] {
  return fields
    .filter((field) => field.kind === 'email')
    .flatMap((field) => (body.fields[field.key] as string[] | undefined) ?? []);
}

/** The complete addresses typed into the email fields: what the duplicate check looks for while the user types. */
export function draftEmails(draft: ContactDraft, fields: readonly FormField[]): string[] {
  return fields
    .filter((field) => field.kind === 'email')
    .flatMap((field) => filledValues(draft[field.key] ?? ''))
    .filter(isValidEmail);
}

/** "Ada Lovelace", else the first email, else undefined: how the user will recognise the contact. */
export function draftDisplayName(draft: ContactDraft, fields: readonly FormField[]): string | undefined {
  const name = fields.find((field) => field.kind === 'fullName');
  const email = fields.find((field) => field.kind === 'email');
  const nameValue = name ? (draft[name.key] as NameDraft | undefined) : undefined;
  const fullName = nameValue ? `${nameValue.firstName.trim()} ${nameValue.lastName.trim()}`.trim() : '';
  if (fullName) return fullName;
  return email ? filledValues(draft[email.key] ?? '')[0] : undefined;
}

/** True when anything was typed or checked: a stored draft of any (even an older) schema. */
export function hasTypedValues(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(hasTypedValues);
  return typeof value === 'object' && value !== null && Object.values(value).some(hasTypedValues);
}
