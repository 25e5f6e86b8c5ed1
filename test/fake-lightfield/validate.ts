// Validation of a write body against the object's definitions (lightfield-api.md §6, §8, §13, §15.3).
// Returns what the record will hold; throws the documented ApiError otherwise.
import { ApiError, badRequest } from './errors';
import { checkValue, isPlainObject, isWritable } from './values';
import type {
  FieldValue,
  LightfieldRecord,
  ObjectDefinitions,
  RelationshipDefinition,
  RelationshipValue,
} from './wire';

/** §8: "At most 25 ids referenced / 25 link changes per request". */
const RELATIONSHIP_WRITE_LIMIT = 25;

export interface ValidatedWrite {
  /** Create: every field sent; update: only the changed ones (§8 "changed fields only"). */
  fields: Record<string, FieldValue>;
  /** The relationships the record holds afterwards; one cleared with `null` is left out. */
  relationships: Record<string, RelationshipValue>;
}

/** Whether a referenced record exists; the server decides per object type. */
type EntityExists = (objectType: string, id: string) => boolean;

/** What a write to one object type is checked against. */
export interface WriteRules {
  definitions: ObjectDefinitions;
  /** How messages name the object, the way Lightfield does: 'contacts', 'accounts'. */
  collection: string;
  /** Fields that must keep a value (§13: an account's `$name`). */
  required: readonly string[];
  exists: EntityExists;
}

/** Keys come from the request: `__proto__` or `toString` must not find Object.prototype. */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The top level of a write: only `fields` and `relationships` (§8), both objects. */
function writeBody(
  body: unknown,
  fieldsRequired: boolean,
): { fields: Record<string, unknown>; relationships: Record<string, unknown> } {
  if (!isPlainObject(body)) throw badRequest('invalid_type', 'Request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    // UNCONFIRMED which code other top-level keys get (§8 only says they are not accepted).
    if (key !== 'fields' && key !== 'relationships')
      throw badRequest('unknown_field', `Unrecognized parameter '${key}'.`, key);
  }
  if (fieldsRequired && body.fields === undefined)
    throw badRequest('parameter_missing', "Missing required parameter 'fields'.", 'fields');
  const fields = body.fields ?? {};
  if (!isPlainObject(fields)) throw badRequest('invalid_type', "'fields' must be an object.", 'fields');
  const relationships = body.relationships ?? {};
  if (!isPlainObject(relationships))
    throw badRequest('invalid_type', "'relationships' must be an object.", 'relationships');
  return { fields, relationships };
}

export function validateCreate(body: unknown, rules: WriteRules): ValidatedWrite {
  const { fields, relationships } = writeBody(body, true);
  const validated = validateFields(fields, rules);
  for (const key of rules.required) requireValue(key, validated[key]);
  const linked: Record<string, RelationshipValue> = {};
  let named = 0;
  for (const [key, value] of Object.entries(relationships)) {
    const definition = relationshipDefinition(key, rules);
    if (value === null) continue; // null clears; on a create that means "no link"
    const ids = idList(key, value);
    named += ids.length;
    linked[key] = relationshipValue(key, definition, ids);
  }
  checkLinks(named, linked, rules.exists);
  return { fields: validated, relationships: linked };
}

/**
 * §8 update: changed fields only (same rules as a create); relationships take operations
 * `{"add": ids}`, `{"remove": ids}` (together allowed), `{"replace": ids | null}` (alone), or `null`
 * to clear. UNCONFIRMED whether the API accepts add and remove in one operation object; the stand-in
 * does, and refuses a bare id list, which is the create form.
 */
export function validateUpdate(body: unknown, rules: WriteRules, current: LightfieldRecord): ValidatedWrite {
  const { fields, relationships } = writeBody(body, false);
  const validated = validateFields(fields, rules);
  for (const key of rules.required) if (key in validated) requireValue(key, validated[key]);
  const result = { ...current.relationships };
  const added: Record<string, RelationshipValue> = {};
  let named = 0;
  for (const [key, operation] of Object.entries(relationships)) {
    const definition = relationshipDefinition(key, rules);
    const before = current.relationships[key]?.values ?? [];
    const { values, add, changes } = applyOperation(key, operation, before);
    named += changes;
    if (values === null) delete result[key];
    else result[key] = relationshipValue(key, definition, values);
    if (add.length > 0) added[key] = relationshipValue(key, definition, add);
  }
  checkLinks(named, added, rules.exists);
  return { fields: validated, relationships: result };
}

function validateFields(fields: Record<string, unknown>, rules: WriteRules): Record<string, FieldValue> {
  const validated: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    const param = `fields.${key}`;
    const definition = own(rules.definitions.fieldDefinitions, key);
    if (!definition) throw badRequest('unknown_field', `Unrecognized field '${key}' for '${rules.collection}'.`, param);
    // Status and code UNCONFIRMED (§6: "expect 400/422"). 422, because the JSON is well formed and
    // breaks a rule of the schema (§10's meaning of 422); no code, so clients must cope with its absence.
    if (!isWritable(definition))
      throw new ApiError(422, 'unprocessable_content', `Field '${key}' is read-only.`, undefined, param);
    const checked = checkValue(value, definition);
    if ('problem' in checked)
      throw badRequest(
        'invalid_type',
        `Invalid value for '${key}' (${definition.valueType}): ${checked.problem}.`,
        param,
      );
    validated[key] = { valueType: definition.valueType, value: checked.value };
  }
  return validated;
}

/**
 * §10's one example of a missing required field: an account without a name is 422 with
 * `param: "fields.name"`, the key WITHOUT its `$` (unlike every other param). Followed as written; no
 * `code`, as the example shows none. A blank string counts as no name.
 */
function requireValue(key: string, field: FieldValue | undefined): void {
  const value = field?.value;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new ApiError(
      422,
      'unprocessable_content',
      `Field '${key}' is required.`,
      undefined,
      `fields.${key.replace(/^\$/, '')}`,
    );
  }
}

function relationshipDefinition(key: string, rules: WriteRules): RelationshipDefinition {
  const definition = own(rules.definitions.relationshipDefinitions, key);
  if (!definition)
    throw badRequest(
      'unknown_relationship',
      `Unrecognized relationship '${key}' for '${rules.collection}'.`,
      `relationships.${key}`,
    );
  return definition;
}

/** One id or an array of ids (§8). */
function idList(key: string, value: unknown): string[] {
  const ids = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    throw badRequest('invalid_type', `Relationship '${key}' takes one id or an array of ids.`, `relationships.${key}`);
  }
  return ids;
}

function relationshipValue(key: string, definition: RelationshipDefinition, ids: string[]): RelationshipValue {
  // UNCONFIRMED what a HAS_ONE relationship does with several ids; refusing them is the safe reading.
  if (definition.cardinality.toUpperCase() === 'HAS_ONE' && ids.length > 1) {
    throw badRequest('invalid_type', `Relationship '${key}' takes a single id.`, `relationships.${key}`);
  }
  return { cardinality: definition.cardinality, objectType: definition.objectType, values: ids };
}

const OPERATIONS = new Set(['add', 'remove', 'replace']);

/**
 * The ids after one update operation (null: cleared, shown like a create's `null`), the ids it links
 * anew, and how many ids it names (the §8 limit; clearing counts the links it drops).
 */
function applyOperation(
  key: string,
  operation: unknown,
  before: string[],
): { values: string[] | null; add: string[]; changes: number } {
  if (operation === null) return { values: null, add: [], changes: before.length };
  const param = `relationships.${key}`;
  const ops = isPlainObject(operation) ? Object.keys(operation) : [];
  if (ops.length === 0 || !ops.every((op) => OPERATIONS.has(op)) || (ops.includes('replace') && ops.length > 1)) {
    throw badRequest(
      'invalid_type',
      `Relationship '${key}' takes {"add": ids}, {"remove": ids}, {"add", "remove"} or {"replace": ids | null} on update.`,
      param,
    );
  }
  const { add, remove, replace } = operation as Record<string, unknown>;
  if (replace !== undefined) {
    if (replace === null) return { values: null, add: [], changes: before.length };
    const ids = idList(key, replace);
    return { values: [...new Set(ids)], add: ids, changes: ids.length };
  }
  const added = add === undefined ? [] : idList(key, add);
  const removed = remove === undefined ? [] : idList(key, remove);
  const values = [...new Set([...before.filter((id) => !removed.includes(id)), ...added])];
  return { values, add: added, changes: added.length + removed.length };
}

/** The §8 limit first (it needs no lookups), then every newly linked id must exist. */
function checkLinks(named: number, linked: Record<string, RelationshipValue>, exists: EntityExists): void {
  if (named > RELATIONSHIP_WRITE_LIMIT) {
    throw new ApiError(
      422,
      'unprocessable_content',
      `At most ${RELATIONSHIP_WRITE_LIMIT} related ids per request, got ${named}.`,
      'relationship_write_limit_exceeded',
      'relationships',
    );
  }
  for (const [key, relationship] of Object.entries(linked)) {
    const missing = relationship.values.find((id) => !exists(relationship.objectType, id));
    if (missing !== undefined) {
      throw badRequest(
        'relationship_entity_missing',
        `No ${relationship.objectType} with id '${missing}' for relationship '${key}'.`,
        `relationships.${key}`,
      );
    }
  }
}
