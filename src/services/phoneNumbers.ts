// Phone numbers in the user's country: typed ones → E.164 for the wire, found ones → formatted for
// reading. The phone metadata (in dist/parser.js) loads on the first number.
import { boundedMemo } from '../base/boundedMemo';
import { defaultPhoneCountry } from '../config/settings';
import type { EncodeOptions } from '../contact/draft';
import { loadParser } from './parserBundle';

/**
 * Typed numbers as read, by country and text: Create finds the numbers read while they were typed
 * (preparePhoneNumbers) and does not read them again, which costs milliseconds once the engine has
 * let the metadata's code go cold. A form holds a few numbers; a list of people, more.
 */
const normalized = boundedMemo(
  ({ typed, country }: { typed: string; country: string | undefined }) =>
    loadParser().normalizePhoneNumber(typed, country),
  ({ typed, country }) => `${country ?? ''}\n${typed}`,
  64,
);

/** What encodeDraft needs to read typed numbers and to say how it read them. */
export function phoneEncoding(): EncodeOptions {
  const country = defaultPhoneCountry();
  return {
    normalizePhone: (typed) => normalized({ typed, country }),
    ...(country ? { phoneCountry: country } : {}),
  };
}

/** A number as the form shows it: national format for the user's country, international otherwise. */
export function phoneFormatter(): (number: string) => string {
  const country = defaultPhoneCountry();
  return (number) => loadParser().formatPhoneNumber(number, country);
}

/**
 * Reads the typed numbers now, while they are typed, and keeps what they are: the metadata loads, and
 * neither its first reading (tens of milliseconds while the engine warms up) nor any other is
 * Create's to wait for.
 */
export function preparePhoneNumbers(typed: readonly string[]): void {
  const country = defaultPhoneCountry();
  for (const number of typed) normalized({ typed: number, country });
}
