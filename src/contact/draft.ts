// The contact draft the form edits, and its mapping to the body of `POST /v1/contacts`
// (lightfield-api.md §6 and §8: bare values, `$name` as {firstName, lastName}, emails and phones
// as arrays, empty fields omitted rather than sent as "").
import { CreateRecordBody, FullName, WriteValue } from '../lightfield/types';
import { isValidEmail } from './email';
import { FormField } from './formFields';
import { isRecord } from '../shared/guards';

export interface NameDraft {
  firstName: string;
  lastName: string;
}

/** Per field key: a name, the values of a multi-value field, or one string. */
export type DraftValue = NameDraft | string[] | string;
export type ContactDraft = Record<string, DraftValue>;

export interface DraftErrors {
  /** Per field key, shown at that field. */
  fields: Record<string, string>;
  /** About the whole form. */
  form?: string;
}

/** Upper bound for one typed value; far above any real contact detail, it keeps messages small. */
export const MAX_VALUE_LENGTH = 2_000;
/** Upper bound for the inputs of one multi-value field. */
export const MAX_VALUES_PER_FIELD = 20;

export function emptyValue(field: FormField): DraftValue {
  if (field.kind === 'fullName') return { firstName: '', lastName: '' };
  return field.multiple ? [''] : '';
}

/**
 * The draft restricted to the given fields, each value in the shape its field expects. Used on
 * everything that comes from the webview (untrusted) and on stored drafts (the schema may change).
 */
export function conformDraft(raw: unknown, fields: readonly FormField[]): ContactDraft {
  const source = isRecord(raw) ? raw : {};
  const draft: ContactDraft = {};
  for (const field of fields) {
    const value = Object.prototype.hasOwnProperty.call(source, field.key) ? source[field.key] : undefined;
    draft[field.key] = conformValue(value, field);
  }
  return draft;
}

function conformValue(value: unknown, field: FormField): DraftValue {
  if (field.kind === 'fullName') {
    const name = isRecord(value) ? value : {};
    return { firstName: text(name.firstName), lastName: text(name.lastName) };
  }
  if (field.multiple) {
    const values = (Array.isArray(value) ? value : [value]).slice(0, MAX_VALUES_PER_FIELD).map(text);
    return values.length > 0 ? values : [''];
  }
  return text(Array.isArray(value) ? value[0] : value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_VALUE_LENGTH) : '';
}

/** The create body: trimmed values, empty ones left out. */
export function toCreateBody(draft: ContactDraft, fields: readonly FormField[]): CreateRecordBody {
  const body: Record<string, WriteValue> = {};
  for (const field of fields) {
    const value = writeValue(draft[field.key] ?? emptyValue(field), field);
    if (value !== undefined) body[field.key] = value;
  }
  return { fields: body };
}

function writeValue(value: DraftValue, field: FormField): WriteValue | undefined {
  if (field.kind === 'fullName') {
    const name = value as NameDraft;
    const written: FullName = {};
    if (name.firstName.trim()) written.firstName = name.firstName.trim();
    if (name.lastName.trim()) written.lastName = name.lastName.trim();
    return Object.keys(written).length > 0 ? written : undefined;
  }
  const values = filledValues(value);
  if (values.length === 0) return undefined;
  // EMAIL and TELEPHONE are arrays on the wire; a single-value URL or TEXT is a plain string.
  if (field.kind === 'email' || field.kind === 'telephone' || field.multiple) return values;
  return values[0];
}

/** Inline validation: well-formed emails and URLs, and at least a name or an email. */
export function validateDraft(draft: ContactDraft, fields: readonly FormField[]): DraftErrors {
  const errors: DraftErrors = { fields: {} };
  let hasNameOrEmail = false;
  for (const field of fields) {
    const value = draft[field.key] ?? emptyValue(field);
    if (field.kind === 'fullName') {
      const name = value as NameDraft;
      hasNameOrEmail ||= name.firstName.trim() !== '' || name.lastName.trim() !== '';
      continue;
    }
    const values = filledValues(value);
    if (field.kind === 'email') {
      hasNameOrEmail ||= values.length > 0;
      const bad = values.find((v) => !isValidEmail(v));
      if (bad !== undefined) errors.fields[field.key] = `"${bad}" is not an email address. Use the form name@example.com.`;
    }
    if (field.kind === 'url') {
      const bad = values.find((v) => !isWebUrl(v));
      if (bad !== undefined) errors.fields[field.key] = `"${bad}" is not a web address. Use the full address, starting with https://.`;
    }
  }
  if (!hasNameOrEmail) errors.form = 'Enter a name or an email address.';
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return errors.form !== undefined || Object.keys(errors.fields).length > 0;
}

/** The non-empty, trimmed values of a one- or many-value field. */
function filledValues(value: DraftValue): string[] {
  return (Array.isArray(value) ? value : [value as string]).map((v) => v.trim()).filter((v) => v !== '');
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** "Ada Lovelace", else the first email, else undefined: how the user will recognise the contact. */
export function draftDisplayName(draft: ContactDraft, fields: readonly FormField[]): string | undefined {
  const name = fields.find((field) => field.kind === 'fullName');
  const email = fields.find((field) => field.kind === 'email');
  const nameValue = name ? (draft[name.key] as NameDraft | undefined) : undefined;
  const fullName = nameValue ? `${nameValue.firstName.trim()} ${nameValue.lastName.trim()}`.trim() : '';
  if (fullName) return fullName;
  const emails = email ? (draft[email.key] as string[] | undefined) : undefined;
  return emails?.map((v) => v.trim()).find((v) => v !== '');
}

/** True when nothing has been typed yet. */
export function isDraftEmpty(draft: ContactDraft, fields: readonly FormField[]): boolean {
  return Object.keys(toCreateBody(draft, fields).fields).length === 0;
}
