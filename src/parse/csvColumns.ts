// What each column of a CSV header row holds, read from its words (any order and case, common
// spellings, Outlook and Google Contacts exports): `Given Name` → first name, `E-mail 1 - Value` →
// email, `Business Phone` → a work phone, `Phone 1 - Type` → the kind of the `Phone 1 - Value`
// number, `Business Postal Code` → part of the business address.
import type { AddressFields } from './address';
import { MAX_HEADER_CHARS, MAX_HEADER_WORDS } from './limits';
import { PATTERNS } from './patterns';
import { withoutMarks } from './text';
import type { PhoneKind } from './types';
import { CSV_HEADER_WORDS } from './vocabulary';

export type ColumnKind = PhoneKind | 'fax';

export type Column =
  | { field: 'fullName' | 'firstName' | 'lastName' | 'email' | 'company' | 'website' | 'linkedin' | 'twitter' }
  /** `plain`: the header is just `Title`, which Outlook uses for the honorific next to `Job Title`. */
  | { field: 'title'; plain: boolean }
  /** `group` pairs a number column with its type column (`Phone 1 - Value` ↔ `Phone 1 - Type`). */
  | { field: 'phone'; kind: ColumnKind | undefined; group: string }
  | { field: 'phoneType'; group: string }
  | { field: 'address'; part: keyof AddressFields | 'line'; group: string };

type HeaderKind = keyof typeof CSV_HEADER_WORDS;
/**
 * The header words without their diacritics, as headerWords reads a header: exports often drop the marks
 * (`pozicia`, `spolocnost`, `Pavarde` for `pozícia`, `spoločnosť`, `Pavardė`).
 */
const WORDS = {} as Record<HeaderKind, ReadonlySet<string>>;
for (const kind of Object.keys(CSV_HEADER_WORDS) as HeaderKind[])
  WORDS[kind] = new Set([...CSV_HEADER_WORDS[kind]].map((w) => withoutMarks(w)));
const KNOWN = new Set(Object.values(WORDS).flatMap((s) => [...s]));
const PAIRING = new Set(['type', 'label', 'value']);
/** Address groups read first (business), last (home, other); the rest in column order. */
function qualifierRank(word: string): number | undefined {
  if (WORDS.work.has(word)) return 0;
  if (WORDS.home.has(word)) return 2;
  return word === 'other' ? 3 : undefined;
}

/**
 * A phone's kind from words (a header's, or a type cell's `Work Fax`, `* Mobile`); undefined when they
 * name none (`Telefon`, `Phone Number`), for the number's plan to say.
 */
export function kindFromWords(words: readonly string[]): ColumnKind | undefined {
  const has = (...w: string[]): boolean => w.some((x) => words.includes(x));
  if (has('fax', 'telefax')) return 'fax';
  if (words.some((w) => WORDS.mobile.has(w))) return 'mobile';
  if (has('main')) return 'main';
  if (has('company') || words.some((w) => WORDS.work.has(w))) return 'work';
  if (has('other', 'pager', 'callback', 'car', 'assistant', 'radio') || words.some((w) => WORDS.home.has(w)))
    return 'other';
  return undefined;
}

/** Lower-case words of a header or type cell without diacritics, `e-mail` (`e-pošta`, `el. paštas`, …) as `email`; digits apart. */
export function headerWords(text: string): { words: string[]; digits: string[] } {
  const words: string[] = [];
  const digits: string[] = [];
  if (text.length > MAX_HEADER_CHARS) return { words, digits };
  for (const m of text.toLowerCase().matchAll(PATTERNS.headerToken)) {
    const token = withoutMarks(m[0]);
    if (PATTERNS.digitsOnly.test(token)) digits.push(token);
    else if (WORDS.mailAfterE.has(token) && WORDS.mailOpeners.has(words[words.length - 1] ?? ''))
      words[words.length - 1] = 'email';
    else words.push(token);
  }
  return { words, digits };
}

/** The address parts a header can name, in the order they are tried: `Country Code` is the country's. */
const ADDRESS_PARTS = ['country', 'postalCode', 'city', 'region', 'street'] as const;

function addressPart(words: readonly string[]): keyof AddressFields | 'line' {
  const names = (part: (typeof ADDRESS_PARTS)[number]): boolean =>
    words.some((w) => WORDS[part].has(w)) ||
    // `Business Postal` is the code; `Postal Address` the whole address.
    (part === 'postalCode' && words.includes('postal') && !words.includes('address'));
  return ADDRESS_PARTS.find(names) ?? 'line';
}

/** What the column under `header` holds; undefined for columns we do not read. */
function classifyHeader(header: string): Column | undefined {
  const { words, digits } = headerWords(header);
  if (words.length === 0 || words.length > MAX_HEADER_WORDS || words.some((w) => !KNOWN.has(w))) return undefined;
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  if (has(WORDS.ignored)) return undefined;
  const pairing = [...words.filter((w) => !PAIRING.has(w)), ...digits].join(' ');
  const last = words[words.length - 1] as string;
  if (last === 'type' || last === 'label') return has(WORDS.phone) ? { field: 'phoneType', group: pairing } : undefined;
  if (words.includes('linkedin')) return { field: 'linkedin' };
  if (words.includes('twitter') || words.join(' ') === 'x' || words.join(' ') === 'x handle')
    return { field: 'twitter' };
  if (has(WORDS.email)) return words.includes('display') ? undefined : { field: 'email' };
  if (has(WORDS.phone)) return { field: 'phone', kind: kindFromWords(words), group: pairing };
  if (has(WORDS.title)) return { field: 'title', plain: words.join(' ') === 'title' };
  if (has(WORDS.company)) return { field: 'company' };
  if (has(WORDS.website)) return { field: 'website' };
  if (has(WORDS.firstName)) return { field: 'firstName' };
  if (has(WORDS.lastName)) return { field: 'lastName' };
  if (has(WORDS.address) || ADDRESS_PARTS.some((part) => has(WORDS[part]))) {
    const qualifier = words.find((w) => qualifierRank(w) !== undefined);
    // `Address1`, `Work Address 2`: a numbered column of the address word alone is one of the street's lines, its
    // number no address's (`Address 1 - City`, `Address 1 - Formatted` are the first address's city, whole line).
    const named = words.filter((w) => w !== qualifier);
    const streetLine = digits.length > 0 && named.length === 1 && WORDS.address.has(named[0] as string);
    if (streetLine) return { field: 'address', part: 'street', group: qualifier ?? '' };
    return { field: 'address', part: addressPart(words), group: qualifier ?? digits.join(' ') };
  }
  if (words.includes('name') || has(WORDS.fullName)) return { field: 'fullName' };
  return undefined;
}

export const groupRank = (group: string): number => qualifierRank(group) ?? 1;

/** The header row's columns, by position. A plain `Title` next to a `Job Title` is the honorific: not read. */
export function classifyHeaderRow(headers: readonly string[]): Array<Column | undefined> {
  const columns = headers.map(classifyHeader);
  const jobTitle = columns.some((c) => c?.field === 'title' && !c.plain);
  return columns.map((c) => (c?.field === 'title' && c.plain && jobTitle ? undefined : c));
}
