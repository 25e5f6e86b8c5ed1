// The contact schema as documented (lightfield-api.md §5), read before anything uses or caches it.
// A definition that does not have the documented shape (null, a label that is not text, options that
// are not a list, a relationship without a cardinality) is skipped with a line saying why, so one bad
// field cannot keep the form from opening. Only documented properties are copied.
import { isRecord } from './guards';
import { capText } from './limits';
import { FieldDefinition, ObjectDefinitions, RelationshipDefinition, SelectOption, TypeConfiguration } from './types';

export interface DefinitionsReading {
  definitions: ObjectDefinitions;
  /** One line per skipped definition, for the log. */
  skipped: string[];
}

/** Thrown by a reader: why a definition is skipped. */
class Unusable extends Error {}

const isText = (value: unknown): value is string => typeof value === 'string';
const optional = <T>(value: unknown, is: (value: unknown) => value is T, what: string): T | undefined => {
  if (value === undefined) return undefined;
  if (is(value)) return value;
  throw new Unusable(what);
};
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** The usable definitions in `raw`; undefined when it has no field definitions object at all. */
export function readDefinitions(raw: unknown, objectType = 'contact'): DefinitionsReading | undefined {
  if (!isRecord(raw) || !isRecord(raw.fieldDefinitions)) return undefined;
  const skipped: string[] = [];
  const readAll = <T>(entries: unknown, what: string, read: (value: unknown) => T): Record<string, T> => {
    const usable: Record<string, T> = {};
    for (const [key, value] of Object.entries(isRecord(entries) ? entries : {})) {
      try {
        usable[key] = read(value);
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        skipped.push(`The ${objectType} ${what} ${JSON.stringify(capText(key, 80))} is skipped: ${error.message}.`);
      }
    }
    return usable;
  };
  return {
    definitions: {
      objectType: isText(raw.objectType) ? raw.objectType : objectType,
      fieldDefinitions: readAll(raw.fieldDefinitions, 'field', readField),
      relationshipDefinitions: readAll(raw.relationshipDefinitions, 'relationship', readRelationship),
    },
    skipped,
  };
}

/** What fields and relationships share: an object with a text label and an optional description. */
function described(raw: unknown): { raw: Record<string, unknown>; label: string; description: string | null } {
  if (!isRecord(raw)) throw new Unusable('its definition is not an object');
  if (!isText(raw.label)) throw new Unusable('its label is not text');
  const description = optional(raw.description, isTextOrNull, 'its description is not text') ?? null;
  return { raw, label: raw.label, description };
}

function readField(value: unknown): FieldDefinition {
  const { raw, label, description } = described(value);
  if (!isText(raw.valueType)) throw new Unusable('its valueType is not text');
  const field: FieldDefinition = {
    label,
    description,
    valueType: raw.valueType,
    typeConfiguration: readTypeConfiguration(raw.typeConfiguration),
  };
  const readOnly = optional(raw.readOnly, isBoolean, 'readOnly is not true or false');
  if (readOnly !== undefined) field.readOnly = readOnly;
  return withMetadata(field, raw);
}

function readTypeConfiguration(raw: unknown): TypeConfiguration {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) throw new Unusable('its typeConfiguration is not an object');
  const config: TypeConfiguration = {};
  if (raw.options !== undefined) {
    if (!Array.isArray(raw.options)) throw new Unusable('its options are not a list');
    config.options = raw.options.map(readOption);
  }
  for (const key of ['currency', 'handleService', 'parentFieldKey'] as const) {
    const value = optional(raw[key], isText, `its ${key} is not text`);
    if (value !== undefined) config[key] = value;
  }
  for (const key of ['unique', 'multipleValues'] as const) {
    const value = optional(raw[key], isBoolean, `its ${key} is not true or false`);
    if (value !== undefined) config[key] = value;
  }
  return config;
}

function readOption(raw: unknown): SelectOption {
  if (!isRecord(raw) || !isText(raw.id) || !isText(raw.label)) throw new Unusable('an option has no text id and label');
  const option: SelectOption = { id: raw.id, label: raw.label };
  const description = optional(raw.description, isTextOrNull, "an option's description is not text");
  if (description !== undefined) option.description = description;
  const parentId = optional(raw.parentId, isText, "an option's parentId is not text");
  if (parentId !== undefined) option.parentId = parentId;
  return option;
}

function readRelationship(value: unknown): RelationshipDefinition {
  const { raw, label, description } = described(value);
  if (!isText(raw.cardinality)) throw new Unusable('its cardinality is not text');
  if (!isText(raw.objectType)) throw new Unusable('its objectType is not text');
  const relationship: RelationshipDefinition = {
    label,
    description,
    cardinality: raw.cardinality,
    objectType: raw.objectType,
  };
  return withMetadata(relationship, raw);
}

/** `id`, `slug` and `system` are kept when they have their documented type; nothing reads them. */
function withMetadata<T extends FieldDefinition | RelationshipDefinition>(
  definition: T,
  raw: Record<string, unknown>,
): T {
  if (isTextOrNull(raw.id)) definition.id = raw.id;
  if (isText(raw.slug)) definition.slug = raw.slug;
  if (isBoolean(raw.system)) definition.system = raw.system;
  return definition;
}
