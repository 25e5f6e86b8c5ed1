// A typed phone number → E.164 for the form (lightfield-api.md §6), with the same metadata the
// parser uses. An extension is kept in the "x100" form the API documents; it answers ";ext=100".
import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PATTERNS } from './patterns';

/** `+1 (202) 555-1234 ext. 100` → `+12025551234 x100`; undefined when it is not a valid number. */
export function normalizePhoneNumber(typed: string, defaultCountry?: string): string | undefined {
  const country =
    defaultCountry && PATTERNS.countryCode.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(typed.trim(), country ? { defaultCountry: country } : undefined);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.ext ? `${parsed.number} x${parsed.ext}` : parsed.number;
}
