// Phone numbers in the user's country: typed ones → E.164 for the wire, found ones → formatted for
// reading. The phone metadata (in dist/parser.js) loads on the first number.
import { defaultPhoneCountry } from '../config/settings';
import type { EncodeOptions } from '../contact/draft';
import { loadParser } from './parserBundle';

/** What encodeDraft needs to read typed numbers and to say how it read them. */
export function phoneEncoding(): EncodeOptions {
  const country = defaultPhoneCountry();
  return {
    normalizePhone: (typed) => loadParser().normalizePhoneNumber(typed, country),
    ...(country ? { phoneCountry: country } : {}),
  };
}

/** A number as the form shows it: national format for the user's country, international otherwise. */
export function phoneFormatter(): (number: string) => string {
  const country = defaultPhoneCountry();
  return (number) => loadParser().formatPhoneNumber(number, country);
}

/**
 * Reads the typed numbers now, while they are typed: the metadata loads, and its first reading (tens
 * of milliseconds while the engine warms up, a fraction of one after) is not Create's to wait for.
 */
export function preparePhoneNumbers(typed: readonly string[]): void {
  const country = defaultPhoneCountry();
  for (const number of typed) loadParser().normalizePhoneNumber(number, country);
}
