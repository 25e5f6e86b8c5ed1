// Lists (lightfield-api.md §7, §13): `limit`/`offset` paging and `<key>[<operator>]=<value>` filters,
// AND-ed. Where the spec is silent the choice is named UNCONFIRMED below, so a client test that leans
// on it knows it is leaning on the stand-in, not on Lightfield.
import { badRequest } from './errors';
import { checkValue } from './values';
import type { FieldDefinition, LightfieldRecord, ObjectDefinitions } from './wire';

/** §7: 1–25, default 25. */
const LIST_LIMIT_MAX = 25;

type Operator =
  'equal' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'startsWith' | 'contains';

/**
 * Which text comparisons ignore case. §13: "Case sensitivity of equal/startsWith: UNCONFIRMED".
 * 'partial' (default): `contains` and `startsWith` ignore case, `equal` is exact, so a client that
 * needs an exact case-blind match (§7's email recipe) has to check locally, as the spec tells it to.
 * 'all': `equal` ignores case too. 'none': everything is exact.
 */
export type CaseInsensitiveMatch = 'partial' | 'all' | 'none';

export interface ListQuery {
  limit: number;
  offset: number;
  /** All filters hold (AND). */
  matches(record: LightfieldRecord): boolean;
}

const COMPARISONS: readonly Operator[] = ['equal', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual'];
const TEXTUAL: readonly Operator[] = ['equal', 'startsWith'];
const PARTIAL: readonly Operator[] = ['contains'];
/** §7 "Allowed per type". A type missing here (MULTI_SELECT, MARKDOWN, HTML, newer ones) cannot be filtered. */
const OPERATORS: Record<string, readonly Operator[]> = {
  NUMBER: COMPARISONS,
  CURRENCY: COMPARISONS,
  DATETIME: COMPARISONS,
  TEXT: TEXTUAL,
  FULL_NAME: TEXTUAL,
  SOCIAL_HANDLE: TEXTUAL,
  ADDRESS: TEXTUAL,
  CHECKBOX: ['equal'],
  SINGLE_SELECT: ['equal'],
  EMAIL: PARTIAL,
  TELEPHONE: PARTIAL,
  URL: PARTIAL,
};
const KNOWN_OPERATORS = new Set<string>([...COMPARISONS, 'startsWith', 'contains']);

/** `$email[contains]`, `$name[-equal]` or a bare `$title`; URLSearchParams has already %-decoded it. */
const FILTER_PARAM = /^(?<key>[^[\]]+)(?:\[(?<negate>-?)(?<operator>[^[\]]*)\])?$/;
/** What may separate digits in a written number; stored numbers have none (phone.ts). */
const PHONE_SEPARATORS = /[\s\-.()]/g;
const ADDRESS_TEXT_KEYS = ['street', 'street2', 'city', 'state', 'postalCode', 'country'];

type Test = (record: LightfieldRecord) => boolean;

/**
 * `query` is the raw query string. URLSearchParams decodes keys and values alike, so a raw
 * `$email[contains]` (Lightfield's curl examples) and `%24email%5Bcontains%5D` (an SDK's encoder) are the
 * same filter; like any form decoder it reads a raw `+` as a space, so clients must send `%2B`.
 */
export function parseListQuery(
  query: string,
  definitions: ObjectDefinitions,
  caseInsensitive: CaseInsensitiveMatch,
): ListQuery {
  const params = new URLSearchParams(query);
  const tests: Test[] = [];
  for (const [name, value] of params) {
    if (name !== 'limit' && name !== 'offset') tests.push(filterTest(name, value, definitions, caseInsensitive));
  }
  return {
    // UNCONFIRMED what Lightfield answers outside the range (§7 says only "never send more than 25").
    // The stand-in refuses, so a client that pages wrongly finds out; `invalid_type` because it is the
    // documented 400 code (§10) closest to "this parameter's value is not acceptable".
    limit: wholeNumber(params.get('limit'), 'limit', 1, LIST_LIMIT_MAX) ?? LIST_LIMIT_MAX,
    offset: wholeNumber(params.get('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0,
    matches: (record) => tests.every((test) => test(record)),
  };
}

function wholeNumber(text: string | null, param: string, min: number, max: number): number | undefined {
  if (text === null) return undefined;
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(number >= min && number <= max)) {
    throw badRequest(
      'invalid_type',
      `'${param}' must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got '${text}'.`,
      param,
    );
  }
  return number;
}

/**
 * One filter. Errors are 400 with `param` = the query parameter as decoded (`$email[equal]`), which
 * names both the key and the operator to fix. Codes (UNCONFIRMED, §7 documents none): an unknown key
 * is `unknown_field` as in a write; an unknown operator, one §7 does not allow for the type, or a value
 * the type cannot compare against is `invalid_type`.
 */
function filterTest(
  name: string,
  text: string,
  definitions: ObjectDefinitions,
  caseInsensitive: CaseInsensitiveMatch,
): Test {
  const parts = FILTER_PARAM.exec(name)?.groups;
  const key = parts?.key ?? name;
  const definition = Object.hasOwn(definitions.fieldDefinitions, key) ? definitions.fieldDefinitions[key] : undefined;
  // Relationship filters (§13 `$account-contact[contains]=acc_…`) use a slug whose spelling is
  // UNCONFIRMED; the stand-in does not offer them, so they land here too.
  if (!parts || !definition) throw badRequest('unknown_field', `Unrecognized filter field '${key}'.`, name);
  const allowed = OPERATORS[definition.valueType] ?? [];
  if (allowed.length === 0)
    throw badRequest('invalid_type', `Field '${key}' (${definition.valueType}) cannot be filtered.`, name);
  // §7: no operator means `equal` where allowed, else `contains`.
  const operator = parts.operator ?? (allowed.includes('equal') ? 'equal' : 'contains');
  if (!KNOWN_OPERATORS.has(operator)) throw badRequest('invalid_type', `Unknown filter operator '${operator}'.`, name);
  if (!allowed.includes(operator as Operator)) {
    throw badRequest(
      'invalid_type',
      `Operator '${operator}' is not allowed for '${key}' (${definition.valueType}); use ${allowed.join(', ')}.`,
      name,
    );
  }
  const test = valueTest(operator as Operator, text, definition, caseInsensitive, name);
  const holds: Test = (record) => test(record.fields[key]?.value ?? null);
  // §7's negation: the complement over all records, so `-equal` also finds records without a value.
  return parts.negate === '-' ? (record) => !holds(record) : holds;
}

function valueTest(
  operator: Operator,
  text: string,
  definition: FieldDefinition,
  caseInsensitive: CaseInsensitiveMatch,
  param: string,
): (value: unknown) => boolean {
  const refuse = (what: string) => badRequest('invalid_type', `'${text}' is not ${what} for '${param}'.`, param);
  switch (definition.valueType) {
    case 'NUMBER':
    case 'CURRENCY':
    case 'DATETIME': {
      const instant = definition.valueType === 'DATETIME';
      // DATETIME: any form Date.parse reads (`2026-03-16`, `2026-03-16T12:00:00Z`); compared as instants.
      const wanted = text.trim() === '' ? NaN : instant ? Date.parse(text) : Number(text);
      if (!Number.isFinite(wanted)) throw refuse(instant ? 'a date-time' : 'a number');
      return (value) => {
        const actual = instant && typeof value === 'string' ? Date.parse(value) : value;
        return typeof actual === 'number' && compare(operator, actual, wanted);
      };
    }
    case 'CHECKBOX': {
      if (text !== 'true' && text !== 'false') throw refuse('true or false');
      // UNCONFIRMED: an unset checkbox counts as false, as the web app shows it unticked.
      return (value) => (value === true) === (text === 'true');
    }
    case 'SINGLE_SELECT': {
      // The option id, or its label as writes accept it (§6); an option the field lacks is refused,
      // not silently empty, since §5 warns that option ids differ per workspace.
      const checked = checkValue(text, definition);
      if (!('value' in checked)) throw refuse('an option of this field');
      return (value) => value === checked.value;
    }
    default: {
      const fold = operator === 'equal' ? caseInsensitive === 'all' : caseInsensitive !== 'none';
      const normalize = (s: string) => (fold ? s.toLowerCase() : s);
      const wanted = normalize(definition.valueType === 'TELEPHONE' ? text.replace(PHONE_SEPARATORS, '') : text);
      // Arrays (EMAIL, TELEPHONE, multi URL) match when any element does. With `startsWith` and an
      // empty value this is §7's "has a value": texts() never yields an empty string.
      return (value) =>
        texts(definition.valueType, value).some((candidate) => textMatches(operator, normalize(candidate), wanted));
    }
  }
}

function compare(operator: Operator, actual: number, wanted: number): boolean {
  switch (operator) {
    case 'greaterThan':
      return actual > wanted;
    case 'greaterThanOrEqual':
      return actual >= wanted;
    case 'lessThan':
      return actual < wanted;
    case 'lessThanOrEqual':
      return actual <= wanted;
    default:
      return actual === wanted;
  }
}

function textMatches(operator: Operator, candidate: string, wanted: string): boolean {
  if (operator === 'startsWith') return candidate.startsWith(wanted);
  if (operator === 'contains') return candidate.includes(wanted);
  return candidate === wanted;
}

/**
 * The non-empty strings a stored value is matched as. UNCONFIRMED how Lightfield matches structured
 * values; the stand-in's readings:
 * - FULL_NAME: one string, "firstName lastName" (the parts present, one space), so `equal` wants the
 *   whole name and `startsWith` the first name first (`$name[startsWith]=Ada L`).
 * - ADDRESS: each text part on its own (street, street2, city, state, postalCode, country), so
 *   `$primaryAddress[equal]=Berlin` finds an address in Berlin.
 */
function texts(valueType: string, value: unknown): string[] {
  let found: unknown[];
  if (valueType === 'FULL_NAME' && typeof value === 'object' && value !== null) {
    const { firstName, lastName } = value as { firstName?: unknown; lastName?: unknown };
    found = [[firstName, lastName].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ')];
  } else if (valueType === 'ADDRESS' && typeof value === 'object' && value !== null) {
    found = ADDRESS_TEXT_KEYS.map((part) => (value as Record<string, unknown>)[part]);
  } else {
    found = Array.isArray(value) ? value : [value];
  }
  return found.filter((item): item is string => typeof item === 'string' && item !== '');
}
