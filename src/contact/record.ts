// Reading values back from a record (reads wrap values: {valueType, value}; lightfield-api.md §2).
import { LightfieldRecord } from '../lightfield/types';
import { isRecord } from '../shared/guards';

/** "Ada Lovelace" from the record's FULL_NAME value, else its first email; undefined when neither. */
export function recordDisplayName(record: LightfieldRecord): string | undefined {
  for (const wrapped of Object.values(record.fields)) {
    if (wrapped?.valueType !== 'FULL_NAME' || !isRecord(wrapped.value)) continue;
    const { firstName, lastName } = wrapped.value;
    const name = [firstName, lastName].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ');
    if (name) return name;
  }
  for (const wrapped of Object.values(record.fields)) {
    if (wrapped?.valueType !== 'EMAIL') continue;
    const emails = Array.isArray(wrapped.value) ? wrapped.value : [wrapped.value];
    const email = emails.find((value): value is string => typeof value === 'string' && value !== '');
    if (email) return email;
  }
  return undefined;
}

/** The record's link into the Lightfield web app, when it is a web address (shown, never built). */
export function recordWebLink(record: LightfieldRecord): string | undefined {
  if (typeof record.httpLink !== 'string') return undefined;
  try {
    const { protocol } = new URL(record.httpLink);
    return protocol === 'https:' || protocol === 'http:' ? record.httpLink : undefined;
  } catch {
    return undefined;
  }
}
