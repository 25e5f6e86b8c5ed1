// Reading values back from records. Reads wrap values ({valueType, value}; lightfield-api.md §2),
// unset fields may be null or missing (§3, UNCONFIRMED), and a beta API may send types this
// version does not know: every reader here accepts all of that.
import { LightfieldRecord, WriteValue } from '../lightfield/types';
import { isRecord } from '../lightfield/guards';
import { isWebAddress } from './webAddress';

export interface ReadField {
  valueType: string | undefined;
  value: unknown;
}

/** The field's value unwrapped, or undefined when the record has none (missing, null, empty). */
export function readField(record: Pick<LightfieldRecord, 'fields'>, key: string): ReadField | undefined {
  const raw: unknown = isRecord(record.fields) ? record.fields[key] : undefined;
  // Tolerate a bare value where a wrapped one was documented.
  const wrapped = isRecord(raw) && 'value' in raw ? raw : { valueType: undefined, value: raw };
  if (isEmptyValue(wrapped.value)) return undefined;
  return { valueType: typeof wrapped.valueType === 'string' ? wrapped.valueType : undefined, value: wrapped.value };
}

/** null, undefined, blank text, an empty list, or an object all of whose parts are empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (isRecord(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

/** The values of `fields` that the record does not have yet: what "Add Missing Details" writes. */
export function missingDetails(
  record: Pick<LightfieldRecord, 'fields'>,
  fields: Record<string, WriteValue>,
): Record<string, WriteValue> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => readField(record, key) === undefined));
}

/** "Ada Lovelace" from the record's FULL_NAME value, else its first email; undefined when neither. */
export function recordDisplayName(record: Pick<LightfieldRecord, 'fields'>): string | undefined {
  const values = Object.keys(isRecord(record.fields) ? record.fields : {}).flatMap(
    (key) => readField(record, key) ?? [],
  );
  for (const { valueType, value } of values) {
    if (valueType !== 'FULL_NAME' || !isRecord(value)) continue;
    const name = [value.firstName, value.lastName]
      .filter((part) => typeof part === 'string' && part.trim() !== '')
      .join(' ');
    if (name) return name;
  }
  for (const { valueType, value } of values) {
    if (valueType !== 'EMAIL') continue;
    const email = (Array.isArray(value) ? value : [value]).find((v): v is string => typeof v === 'string' && v !== '');
    if (email) return email;
  }
  return undefined;
}

/** The emails of a record, whatever their shape (an array for contacts, one string for members). */
export function recordEmails(record: Pick<LightfieldRecord, 'fields'>, key = '$email'): string[] {
  const read = readField(record, key);
  const values = Array.isArray(read?.value) ? read.value : [read?.value];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/** The record's link into the Lightfield web app, when it is a web address (shown, never built). */
export function recordWebLink(record: Pick<LightfieldRecord, 'httpLink'>): string | undefined {
  return typeof record.httpLink === 'string' && isWebAddress(record.httpLink) ? record.httpLink : undefined;
}
