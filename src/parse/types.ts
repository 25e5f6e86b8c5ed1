/** A value found in the input, with the UTF-16 offsets of the text it came from (`end` exclusive). */
export interface ParsedValue<T> {
  value: T;
  start: number;
  end: number;
}

/** What a phone number is for; fax numbers are kept apart (`ParsedContact.fax`). */
export type PhoneKind = 'mobile' | 'work' | 'main' | 'other';

export interface PhoneValue {
  /** E.164, extension dropped. */
  number: string;
  kind: PhoneKind;
}

export interface AddressParts {
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, when the address names or implies its country. */
  country?: string;
}

export interface PostalAddress extends AddressParts {
  /** The address as written, lines joined with `, `. */
  line: string;
}

/** The contact of the sender of the newest message in a text. Absent fields were not found. */
export interface ParsedContact {
  firstName?: ParsedValue<string>;
  lastName?: ParsedValue<string>;
  email?: ParsedValue<string>;
  title?: ParsedValue<string>;
  company?: ParsedValue<string>;
  phones: ParsedValue<PhoneValue>[];
  fax: ParsedValue<string>[];
  website?: ParsedValue<string>;
  linkedin?: ParsedValue<string>;
  /** Handle without `@`. */
  twitter?: ParsedValue<string>;
  address?: ParsedValue<PostalAddress>;
  /** True when the input was longer than `MAX_INPUT_CHARS` and only its start was read. */
  truncated: boolean;
}

/** The fields of a ParsedContact that hold one value; `phones` and `fax` hold lists. */
export const SINGLE_VALUE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'title',
  'company',
  'website',
  'linkedin',
  'twitter',
  'address',
] as const satisfies readonly (keyof ParsedContact)[];

export function emptyParsedContact(truncated = false): ParsedContact {
  return { phones: [], fax: [], truncated };
}

/** The people in a text that lists several: a To/Cc list, a file of vCards, CSV with a header row. */
export interface ParsedPeople {
  source: 'addressList' | 'vcard' | 'csv';
  /** In the order the text lists them; each value's offsets point into the original text. */
  people: ParsedContact[];
  /** Entries, cards or rows left out: no name and no address, or (lists) a role mailbox. */
  skipped: number;
  /** Only part of the text was read: longer than `MAX_INPUT_CHARS`, or more than `MAX_PEOPLE` people. */
  truncated: boolean;
}
