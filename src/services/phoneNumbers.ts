// Typed phone numbers → E.164. The phone metadata (in dist/parser.js) loads on the first number.
import { defaultPhoneCountry } from '../config/settings';
import { loadParser } from './parserBundle';

export function phoneNormalizer(): (typed: string) => string | undefined {
  const country = defaultPhoneCountry();
  return (typed) => loadParser().normalizePhoneNumber(typed, country);
}

/** Loads the phone metadata now (a phone number is being typed), so that Create does not wait for it. */
export function preparePhoneNumbers(): void {
  loadParser();
}
