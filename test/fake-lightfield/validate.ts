// Validation of a create body against the object's definitions (lightfield-api.md §6, §8, §15.3).
// Returns what the record will hold; throws the documented ApiError otherwise.
import { ApiError, badRequest } from './errors';
import { checkValue, isPlainObject, isWritable } from './values';
import type { FieldValue, ObjectDefinitions, RelationshipValue } from './wire';

/** §8: "At most 25 ids referenced / 25 link changes per request". */
export const RELATIONSHIP_WRITE_LIMIT = 25;

export interface ValidatedWrite {
  fields: Record<string, FieldValue>;
  relationships: Record<string, RelationshipValue>;
}

/** Whether a referenced record exists; the route decides per object type. */
export type EntityExists = (objectType: string, id: string) => boolean;

/** Keys come from the request: `__proto__` or `toString` must not find Object.prototype. */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** `collection` names the object in messages the way Lightfield does: 'contacts', 'accounts'. */
export function validateCreate(body: unknown, definitions: ObjectDefinitions, collection: string, exists: EntityExists): ValidatedWrite {
  if (!isPlainObject(body)) throw badRequest('invalid_type', 'Request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    // UNCONFIRMED which code other top-level keys get (§8 only says they are not accepted).
    if (key !== 'fields' && key !== 'relationships') throw badRequest('unknown_field', `Unrecognized parameter '${key}'.`, key);
  }
  if (body.fields === undefined) throw badRequest('parameter_missing', "Missing required parameter 'fields'.", 'fields');
  if (!isPlainObject(body.fields)) throw badRequest('invalid_type', "'fields' must be an object.", 'fields');
  const relationships = body.relationships ?? {};
  if (!isPlainObject(relationships)) throw badRequest('invalid_type', "'relationships' must be an object.", 'relationships');
  return {
    fields: validateFields(body.fields, definitions, collection),
    relationships: validateRelationships(relationships, definitions, collection, exists),
  };
}

function validateFields(fields: Record<string, unknown>, definitions: ObjectDefinitions, collection: string): Record<string, FieldValue> {
  const validated: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    const param = `fields.${key}`;
    const definition = own(definitions.fieldDefinitions, key);
    if (!definition) throw badRequest('unknown_field', `Unrecognized field '${key}' for '${collection}'.`, param);
    // Status and code UNCONFIRMED (§6: "expect 400/422"). 422, because the JSON is well formed and
    // breaks a rule of the schema (§10's meaning of 422); no code, so clients must cope with its absence.
    if (!isWritable(definition)) throw new ApiError(422, 'unprocessable_content', `Field '${key}' is read-only.`, undefined, param);
    const checked = checkValue(value, definition);
    if ('problem' in checked) throw badRequest('invalid_type', `Invalid value for '${key}' (${definition.valueType}): ${checked.problem}.`, param);
    validated[key] = { valueType: definition.valueType, value: checked.value };
  }
  return validated;
}

function validateRelationships(
  relationships: Record<string, unknown>,
  definitions: ObjectDefinitions,
  collection: string,
  exists: EntityExists,
): Record<string, RelationshipValue> {
  const validated: Record<string, RelationshipValue> = {};
  for (const [key, value] of Object.entries(relationships)) {
    const param = `relationships.${key}`;
    const definition = own(definitions.relationshipDefinitions, key);
    if (!definition) throw badRequest('unknown_relationship', `Unrecognized relationship '${key}' for '${collection}'.`, param);
    if (value === null) continue; // null clears; on a create that means "no link"
    const ids = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      throw badRequest('invalid_type', `Relationship '${key}' takes one id or an array of ids.`, param);
    }
    // UNCONFIRMED what a HAS_ONE relationship does with several ids; refusing them is the safe reading.
    if (definition.cardinality.toUpperCase() === 'HAS_ONE' && ids.length > 1) {
      throw badRequest('invalid_type', `Relationship '${key}' takes a single id.`, param);
    }
    validated[key] = { cardinality: definition.cardinality, objectType: definition.objectType, values: ids };
  }
  const total = Object.values(validated).reduce((sum, r) => sum + r.values.length, 0);
  if (total > RELATIONSHIP_WRITE_LIMIT) {
    throw new ApiError(422, 'unprocessable_content', `At most ${RELATIONSHIP_WRITE_LIMIT} related ids per request, got ${total}.`, 'relationship_write_limit_exceeded', 'relationships');
  }
  for (const [key, relationship] of Object.entries(validated)) {
    const missing = relationship.values.find((id) => !exists(relationship.objectType, id));
    if (missing !== undefined) {
      throw badRequest('relationship_entity_missing', `No ${relationship.objectType} with id '${missing}' for relationship '${key}'.`, `relationships.${key}`);
    }
  }
  return validated;
}
