// Typed phone numbers shown for reading once the user leaves their field, by the same formatter as
// the numbers read from a text (services/phoneNumbers.ts). It runs here, in the host, because the
// phone metadata would make the webview's bundle many times larger.
import { FormField } from '../contact/formFields';
import { HostMessage, WebviewMessage } from '../shared/protocol';

type FormatRequest = Extract<WebviewMessage, { type: 'formatPhones' }>;

/**
 * The answer to a `formatPhones` request: each value with how it reads (an invalid number as typed).
 * Undefined when there is nothing to change, or `key` is not one of the form's phone fields.
 */
export function phonesForReading(
  request: FormatRequest,
  fields: readonly FormField[],
  format: (typed: string) => string,
): Extract<HostMessage, { type: 'phonesFormatted' }> | undefined {
  if (!fields.some((field) => field.key === request.key && field.kind === 'telephone')) return undefined;
  const numbers = request.values.map((typed) => ({ typed, formatted: typed.trim() ? format(typed) : typed }));
  if (numbers.every(({ typed, formatted }) => typed === formatted)) return undefined;
  return { type: 'phonesFormatted', formId: request.formId, key: request.key, numbers };
}
