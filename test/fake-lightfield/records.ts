// Records as reads return them (lightfield-api.md §3).
import { randomBytes } from 'node:crypto';
import type { ValidatedWrite } from './validate';
import { isWritable } from './values';
import type { FieldValue, LightfieldRecord, ObjectDefinitions } from './wire';

export interface RecordSettings {
  /** `httpLink` base. */
  webAppOrigin: string;
  /** §3 leaves open whether unset fields appear as `value: null` or not at all; tests pick. */
  unsetFields: 'null' | 'omit';
  now: () => number;
}

/** Opaque, prefixed, cuid-like (`con_…`); clients must not parse ids (§2). */
function newId(prefix: string): string {
  return (
    prefix +
    BigInt(`0x${randomBytes(16).toString('hex')}`)
      .toString(36)
      .padStart(25, '0')
  );
}

/**
 * Fields in definition order. Read-only fields never get a value here (the stand-in does no
 * background enrichment, §8), so they are left out rather than shown as null.
 */
function recordFields(
  written: Record<string, FieldValue>,
  definitions: ObjectDefinitions,
  settings: RecordSettings,
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [key, definition] of Object.entries(definitions.fieldDefinitions)) {
    const field =
      written[key] ?? (isWritable(definition) ? { valueType: definition.valueType, value: null } : undefined);
    if (field && (field.value !== null || settings.unsetFields === 'null')) fields[key] = field;
  }
  return fields;
}

/**
 * `collection` is the URL segment ('contacts'); the link path follows the fixture
 * (`/crm/contacts/con_…`), the real format being UNCONFIRMED.
 * Relationships show only the ones that were set, as in the fixture.
 */
export function newRecord(
  prefix: string,
  collection: string,
  write: ValidatedWrite,
  definitions: ObjectDefinitions,
  settings: RecordSettings,
): LightfieldRecord {
  const id = newId(prefix);
  return {
    id,
    createdAt: new Date(settings.now()).toISOString(),
    updatedAt: null,
    httpLink: `${settings.webAppOrigin}/crm/${collection}/${id}`,
    externalId: null,
    fields: recordFields(write.fields, definitions, settings),
    relationships: write.relationships,
  };
}

/** §8 update: the changed fields over the old ones (`null` clears), the relationships as validated, a new `updatedAt`. */
export function updatedRecord(
  record: LightfieldRecord,
  write: ValidatedWrite,
  definitions: ObjectDefinitions,
  settings: RecordSettings,
): LightfieldRecord {
  return {
    ...record,
    updatedAt: new Date(settings.now()).toISOString(),
    fields: recordFields({ ...record.fields, ...write.fields }, definitions, settings),
    relationships: write.relationships,
  };
}
