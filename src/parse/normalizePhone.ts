// A phone number's two forms: E.164 on the wire (lightfield-api.md §6), and formatted for reading in
// the form — national for the user's own country, international for any other — with the same
// metadata the parser uses. An extension is kept in the "x100" form the API documents.
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PATTERNS } from './patterns';

function parseValid(typed: string, defaultCountry: string | undefined): PhoneNumber | undefined {
  const country =
    defaultCountry && PATTERNS.countryCode.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(typed.trim(), country ? { defaultCountry: country } : undefined);
  return parsed?.isValid() ? parsed : undefined;
}

/** `+1 (202) 555-1234 ext. 100` → `+12025551234 x100`; undefined when it is not a valid number. */
export function normalizePhoneNumber(typed: string, defaultCountry?: string): string | undefined {
  const parsed = parseValid(typed, defaultCountry);
  if (!parsed) return undefined;
  return parsed.ext ? `${parsed.number} x${parsed.ext}` : parsed.number;
}

/**
 * `+14155550123` → `(415) 555-0123` when the default country is US, `+1 415 555 0123` otherwise.
 * What is not a valid number comes back as it was, for the user to correct.
 */
export function formatPhoneNumber(typed: string, defaultCountry?: string): string {
  const parsed = parseValid(typed, defaultCountry);
  if (!parsed) return typed;
  return parsed.country !== undefined && parsed.country === defaultCountry
    ? parsed.formatNational()
    : parsed.formatInternational();
}
