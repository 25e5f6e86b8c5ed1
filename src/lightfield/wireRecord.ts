// A record as documented (lightfield-api.md §3), read defensively: only the documented parts are
// kept, and every value is copied with bounded depth and width (lightfield/limits.ts), so nothing
// that walks a record later (readers, JSON.stringify into storage, postMessage) can be sent into a
// stack overflow or a giant loop by a hostile answer. A value past the bounds reads as unset.
import * as l10n from '@vscode/l10n';
import { isRecord } from './guards';
import { UnexpectedResponseError } from './errors';
import { RECORD_LIMITS } from './limits';
import { LightfieldRecord } from './types';

/** The record in `raw`; anything without an id and fields is an unexpected answer. */
export function readRecord(raw: unknown): LightfieldRecord {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !isRecord(raw.fields)) {
    throw new UnexpectedResponseError({ status: 200, message: l10n.t('Lightfield answered without the record.') });
  }
  const record: LightfieldRecord = {
    id: raw.id,
    createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : '',
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : null,
    httpLink: typeof raw.httpLink === 'string' ? raw.httpLink : null,
    // One more level than a value: the {valueType, value} wrapper of reads.
    fields: boundedEntries(
      raw.fields,
      RECORD_LIMITS.fields,
      RECORD_LIMITS.valueDepth + 1,
    ) as LightfieldRecord['fields'],
    relationships: (isRecord(raw.relationships)
      ? boundedEntries(raw.relationships, RECORD_LIMITS.relationships, RECORD_LIMITS.valueDepth)
      : {}) as LightfieldRecord['relationships'],
  };
  if (typeof raw.externalId === 'string' || raw.externalId === null) record.externalId = raw.externalId;
  return record;
}

function boundedEntries(object: Record<string, unknown>, maxEntries: number, depth: number): Record<string, unknown> {
  const entries = Object.entries(object).slice(0, maxEntries);
  return Object.fromEntries(entries.map(([key, value]) => [key, bounded(value, depth)]));
}

/** A copy of a JSON value, `depth` levels of objects and lists at most; deeper parts become null. */
function bounded(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth <= 0) return null;
  if (Array.isArray(value)) return value.slice(0, RECORD_LIMITS.listItems).map((item) => bounded(item, depth - 1));
  return boundedEntries(value as Record<string, unknown>, RECORD_LIMITS.listItems, depth - 1);
}
