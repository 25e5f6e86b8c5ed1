// Per-`valueType` checks of a written (bare) value, lightfield-api.md §6. Each check returns the value
// as the record will show it, or the problem to report as `invalid_type`. A type missing from
// VALIDATORS cannot be written: MARKDOWN and HTML (write format UNCONFIRMED, so the stand-in treats
// them as read-only) and any valueType newer than this file.
import { normalizeTelephone } from './phone';
import type { FieldDefinition, TypeConfiguration } from './wire';

export type Checked = { value: unknown } | { problem: string };
type Validator = (value: unknown, config: TypeConfiguration) => Checked;

const ok = (value: unknown): Checked => ({ value });
const problem = (text: string): Checked => ({ problem: text });

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain address check; the spec documents no stricter rule. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** ISO 8601 date-time that names its offset (§6 "with an offset"). Seconds and fraction optional. */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** NUMBER/CURRENCY: at most two decimals (§6); `String()` also exposes 1e-7 and float noise. */
const TWO_DECIMALS = /^-?\d+(?:\.\d{1,2})?$/;
/** The profile URL each `handleService` takes (§6: x.com, linkedin.com/in or /company, ...). */
const PROFILE_URLS: Record<string, RegExp> = {
  TWITTER: /^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/\w{1,15}\/?$/i,
  LINKEDIN: /^https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|company)\/[^/?#\s]+\/?$/i,
  FACEBOOK: /^https?:\/\/(?:www\.|m\.)?facebook\.com\/[^\s#]+$/i,
  INSTAGRAM: /^https?:\/\/(?:www\.)?instagram\.com\/[\w.]{1,30}\/?$/i,
};
const ADDRESS_TEXT_KEYS = new Set(['street', 'street2', 'city', 'state', 'postalCode', 'country']);
const ADDRESS_LIMITS: Record<string, number> = { latitude: 90, longitude: 180 };

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isValidDateTime(text: string): boolean {
  const parts = DATETIME.exec(text);
  if (!parts || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0));
  // Date.parse rolls 2026-02-30 over into March and takes 24:00; the API would not.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60
  );
}

/**
 * EMAIL, TELEPHONE and URL take one string or an array (§6); the record keeps an array when the
 * field is multi-valued. Without `multipleValues` in the definition, EMAIL and TELEPHONE default to
 * arrays (the spec sends them so) and URL to one string (contact `$profilePhotoUrl`).
 */
function stringList(
  what: string,
  multipleByDefault: boolean,
  normalize: (text: string) => string | undefined,
): Validator {
  return (value, config) => {
    const multiple = config.multipleValues ?? multipleByDefault;
    const items = Array.isArray(value) ? value : [value];
    if (!multiple && items.length > 1) return problem(`takes a single ${what}, got ${items.length}`);
    const normalized: string[] = [];
    for (const item of items) {
      const result = typeof item === 'string' ? normalize(item.trim()) : undefined;
      if (result === undefined)
        return problem(
          `expected ${what}${multiple ? ' or an array of them' : ''}, got ${describe(item)} ${JSON.stringify(item)}`,
        );
      normalized.push(result);
    }
    return ok(multiple ? normalized : (normalized[0] ?? null));
  };
}

function amount(value: unknown): Checked {
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem(`expected a number, got ${describe(value)}`);
  if (Math.abs(value) > 2 ** 53) return problem('must lie within ±2^53');
  return TWO_DECIMALS.test(String(value)) ? ok(value) : problem('takes at most 2 decimals');
}

function address(value: unknown): Checked {
  if (!isPlainObject(value)) return problem(`expected an address object, got ${describe(value)}`);
  for (const [key, part] of Object.entries(value)) {
    const limit = ADDRESS_LIMITS[key];
    if (limit !== undefined) {
      if (typeof part !== 'number' || !(Math.abs(part) <= limit))
        return problem(`${key} must be a number within ±${limit}`);
    } else if (!ADDRESS_TEXT_KEYS.has(key)) {
      return problem(`unknown address key '${key}'`);
    } else if (typeof part !== 'string') {
      return problem(`${key} must be a string, got ${describe(part)}`);
    }
  }
  if (value.country !== undefined && !/^[A-Za-z]{2}$/.test(value.country as string))
    return problem('country must be an ISO 3166-1 alpha-2 code');
  return ok(value);
}

function fullName(value: unknown): Checked {
  if (!isPlainObject(value)) return problem(`expected {firstName, lastName}, got ${describe(value)}`);
  for (const [key, part] of Object.entries(value)) {
    if (key !== 'firstName' && key !== 'lastName') return problem(`unknown name key '${key}'`);
    if (typeof part !== 'string') return problem(`${key} must be a string, got ${describe(part)}`);
  }
  return ok(value);
}

/** §6 allows a label for some select fields; the stand-in resolves an exact (case-blind) label to its id. */
function singleSelect(value: unknown, config: TypeConfiguration): Checked {
  if (typeof value !== 'string') return problem(`expected an option id, got ${describe(value)}`);
  const options = config.options ?? [];
  const wanted = value.trim().toLowerCase();
  const option = options.find((o) => o.id === value) ?? options.find((o) => o.label.trim().toLowerCase() === wanted);
  return option ? ok(option.id) : problem(`'${value}' is not an option of this field`);
}

function multiSelect(value: unknown, config: TypeConfiguration): Checked {
  if (!Array.isArray(value)) return problem(`expected an array of option ids, got ${describe(value)}`);
  const ids = new Set((config.options ?? []).map((o) => o.id));
  const unknown = value.find((item) => typeof item !== 'string' || !ids.has(item));
  return unknown === undefined ? ok(value) : problem(`${JSON.stringify(unknown)} is not an option id of this field`);
}

function socialHandle(value: unknown, config: TypeConfiguration): Checked {
  // Bare handles (`@ada`) are UNCONFIRMED; the stand-in refuses them so clients send full URLs.
  const pattern = config.handleService ? PROFILE_URLS[config.handleService] : undefined;
  const valid = typeof value === 'string' && (pattern ? pattern.test(value.trim()) : isHttpUrl(value.trim()));
  return valid
    ? ok(value.trim())
    : problem(
        `expected a full ${config.handleService ?? 'profile'} URL, got ${describe(value)} ${JSON.stringify(value)}`,
      );
}

const VALIDATORS: Record<string, Validator> = {
  TEXT: (value) => (typeof value === 'string' ? ok(value) : problem(`expected a string, got ${describe(value)}`)),
  NUMBER: amount,
  // The currency itself is fixed by typeConfiguration.currency; only the amount is written.
  CURRENCY: amount,
  CHECKBOX: (value) =>
    typeof value === 'boolean' ? ok(value) : problem(`expected true or false, got ${describe(value)}`),
  // Stored as UTC (§6), so the record shows the instant in Z form.
  DATETIME: (value) =>
    typeof value === 'string' && isValidDateTime(value)
      ? ok(new Date(value).toISOString())
      : problem(`expected an ISO 8601 date-time with an offset, got ${describe(value)} ${JSON.stringify(value)}`),
  // Kept as sent (trimmed), not lowercased: the spec says nothing about case folding.
  EMAIL: stringList('an email address', true, (text) => (EMAIL.test(text) ? text : undefined)),
  TELEPHONE: stringList('a telephone number', true, normalizeTelephone),
  URL: stringList('an http(s) URL', false, (text) => (isHttpUrl(text) ? text : undefined)),
  ADDRESS: address,
  FULL_NAME: fullName,
  SOCIAL_HANDLE: socialHandle,
  SINGLE_SELECT: singleSelect,
  MULTI_SELECT: multiSelect,
};

export function isWritable(definition: FieldDefinition): boolean {
  return definition.readOnly !== true && definition.valueType in VALIDATORS;
}

/** Only for fields where isWritable() holds. `null` clears any type (§6). */
export function checkValue(value: unknown, definition: FieldDefinition): Checked {
  if (value === null) return ok(null);
  return VALIDATORS[definition.valueType](value, definition.typeConfiguration ?? {});
}
