// Public API of the parser bundle (dist/parser.js), loaded by the extension on first use.
export { parseContact } from './parseContact';
export { parsePeople, type PeopleFormat, type PeopleOptions } from './people';
export { toPlainContact, type PlainContact } from './plain';
export { MAX_INPUT_CHARS } from './limits';
export type {
  AddressParts,
  ParsedContact,
  ParsedValue,
  ParsedPeople,
  PhoneKind,
  PhoneValue,
  PostalAddress,
} from './types';
export { formatPhoneNumber, normalizePhoneNumber } from './normalizePhone';
export { readContacts, type ContactsReading, type ReadOptions } from './readContacts';
export { readEmail } from './eml';
export { decodeText } from './decode';
export { isFreeMailDomain } from './freemail';
export { companyDomainOf } from './domain';
