// CSV with a header row → one draft per data row. The header says what each column holds
// (csvColumns.ts); a row's values keep their cell's span. Names in a full-name column are split by
// the parser's name rules; national-format phone numbers are read in the country the row implies
// (address, number prefixes, hosts, script), else the one most rows imply, else the fallback.
import type { CountryCode } from 'libphonenumber-js/max';
import { addressFromFields, findAddress, type AddressFields } from './address';
import { CountryEvidence, countryCodeOf, weighCountryCode, weighHost, weighScript, weighSegment } from './country';
import { HEADER_SCAN_CHARS, detectDelimiter, readRecords, type Cell, type Row } from './csv';
import { classifyHeaderRow, groupRank, headerWords, kindFromWords, type Column, type ColumnKind } from './csvColumns';
import { domainOf, findEmails } from './email';
import { MAX_CELL_CHARS, MAX_HEADER_CHARS, MAX_HEADER_WORDS, MAX_NAME_TOKENS, MAX_PEOPLE } from './limits';
import {
  displayName,
  nameFromEmail,
  onlyHonorifics,
  splitName,
  withoutClosingSuffixes,
  type NameToken,
  type PersonName,
} from './names';
import { PATTERNS } from './patterns';
import { findPhones } from './phones';
import { isProse, trimmedSegment, words, type Segment } from './text';
import { emptyParsedContact, type ParsedContact, type ParsedValue, type PostalAddress } from './types';
import { findWeb } from './web';

const BOM = 0xfeff;
/** Google Contacts puts several values in one cell: `+1 555 0100 ::: +1 555 0101`. */
const VALUE_SEPARATOR = ':::';

type Field = Column['field'];

interface Sheet {
  columns: Array<Column | undefined>;
  rows: Row[];
}

const PERSON_FIELDS: ReadonlySet<Field> = new Set(['fullName', 'firstName', 'lastName', 'email']);

/** A header cell as written in a header row, not a value or a sentence. */
function headerLike(cell: Cell): boolean {
  if (!cell.text) return true;
  const { words: found } = headerWords(cell.text);
  return (
    cell.text.length <= MAX_HEADER_CHARS &&
    found.length > 0 &&
    found.length <= MAX_HEADER_WORDS &&
    !cell.text.includes('@') &&
    !isProse(cell.text)
  );
}

/**
 * The header and data rows when `text` is CSV whose header names a name or email column. `auto`
 * (text that may be anything): the header also has two or more header-like cells and the first data
 * row as many cells.
 */
function readSheet(text: string, auto: boolean, cut: boolean, start: number): Sheet | undefined {
  const from = start + (text.charCodeAt(start) === BOM ? 1 : 0);
  const delimiter = detectDelimiter(text, from);
  if (auto && !delimiter) return undefined;
  // The header and first row decide, read from the text's head only: a first record that runs past
  // it (a To: line of thousands of addresses) is no header. Only then is the whole text read.
  const head = text.slice(0, from + 2 * HEADER_SCAN_CHARS);
  const [header, first] = readRecords(head, from, delimiter ?? ',', false, 2);
  if (!header || (!first && head.length < text.length)) return undefined;
  const columns = classifyHeaderRow(header.map((c) => c.text));
  if (!columns.some((c) => c && PERSON_FIELDS.has(c.field))) return undefined;
  if (auto && (!header.every(headerLike) || first?.length !== header.length)) return undefined;
  return { columns, rows: readRecords(text, from, delimiter ?? ',', cut).slice(1) };
}

const readable = (cell: Cell | undefined): cell is Cell =>
  !!cell && cell.text.length > 0 && cell.text.length <= MAX_CELL_CHARS;

/** The row's readable cells under columns of `field`, in column order, with their column. */
function cellsOf<F extends Field>(
  row: Row,
  sheet: Sheet,
  field: F,
): Array<{ cell: Cell; column: Extract<Column, { field: F }> }> {
  const out: Array<{ cell: Cell; column: Extract<Column, { field: F }> }> = [];
  for (const [i, column] of sheet.columns.entries()) {
    const cell = row[i];
    if (column?.field === field && readable(cell)) out.push({ cell, column: column as Extract<Column, { field: F }> });
  }
  return out;
}

const firstCell = (row: Row, sheet: Sheet, field: Field): Cell | undefined => cellsOf(row, sheet, field)[0]?.cell;

/** The cell on one line: inner line breaks and runs of space become one space. */
const valueOf = (cell: Cell): ParsedValue<string> => ({
  value: cell.text.replace(PATTERNS.whitespaceRun, ' '),
  start: cell.start,
  end: cell.end,
});

/** `cell` split at `separator`, each piece trimmed, as segments (offsets exact unless `""` escapes precede them). */
function split(cell: Cell, separator: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const [i, piece] of cell.text.split(separator).entries()) {
    const found = trimmedSegment(piece.replaceAll('\r', ' '), cell.start + from, i, 0);
    if (found) out.push({ ...found, start: Math.min(found.start, cell.end), end: Math.min(found.end, cell.end) });
    from += piece.length + separator.length;
  }
  return out;
}

/** The values of a Google Contacts cell: `+1 555 0100 ::: +1 555 0101`. */
const pieces = (cell: Cell): Segment[] => split(cell, VALUE_SEPARATOR);

const segment = (cell: Cell, line: number): Segment => ({
  text: cell.text,
  start: cell.start,
  end: cell.end,
  line,
  order: 0,
});

function emailOf(row: Row, sheet: Sheet): ParsedValue<string> | undefined {
  for (const { cell } of cellsOf(row, sheet, 'email')) {
    for (const piece of pieces(cell)) {
      const email = findEmails(piece.text, piece.start)[0];
      if (email) return email;
    }
  }
  return undefined;
}

/** A name column's words split by the name rules, even when they do not pass as a name in prose (`jane doe`). */
function nameOfCell(cell: Cell, email: ParsedValue<string> | undefined): PersonName {
  const named = displayName(cell.text, cell.start, email);
  if (named) return named;
  const tokens: NameToken[] = [];
  let from = 0;
  for (const word of words(cell.text).slice(0, MAX_NAME_TOKENS)) {
    const at = cell.text.indexOf(word, from);
    tokens.push({ text: word, start: cell.start + at, end: cell.start + at + word.length });
    from = at + word.length;
  }
  return splitName(tokens);
}

interface AddressGroup {
  fields: AddressFields;
  line?: Cell;
  cells: Cell[];
  rank: number;
  /** The postal code's column comes before the city's (`PLZ;Ort`). */
  postcodeFirst: boolean;
}

/** The row's address: the first group of address columns with a value, business before home. */
function addressOf(row: Row, sheet: Sheet): ParsedValue<PostalAddress> | undefined {
  const groups = new Map<string, AddressGroup>();
  for (const { cell, column } of cellsOf(row, sheet, 'address')) {
    let group = groups.get(column.group);
    if (!group)
      groups.set(
        column.group,
        (group = { fields: {}, cells: [], rank: groupRank(column.group), postcodeFirst: false }),
      );
    group.cells.push(cell);
    const text = valueOf(cell).value;
    if (column.part === 'postalCode' && !group.fields.city) group.postcodeFirst = true;
    if (column.part === 'line') group.line ??= cell;
    else
      group.fields[column.part] =
        column.part === 'street' && group.fields.street
          ? `${group.fields.street}, ${text}`
          : (group.fields[column.part] ?? text);
  }
  let best: AddressGroup | undefined;
  for (const group of groups.values()) if (!best || group.rank < best.rank) best = group;
  // `Porto` and `Portugal` from city and country columns alone say where the person is, as a city line does in free
  // text: an address names a street, a postcode or a whole address line besides.
  if (!best || !(best.line || best.fields.street || best.fields.postalCode)) return undefined;
  const fromFields = addressFromFields(best.fields, best.postcodeFirst);
  let value: PostalAddress | undefined = fromFields;
  if (best.line) {
    const segments = split(best.line, '\n');
    const parsed = findAddress(segments)?.value;
    const written = segments.map((s) => s.text).join(', ');
    // `Adresse;Code postal;Ville`: a column naming only the address, where no column names the street, holds the
    // street; the parts it does not already hold close the line.
    const missing = (part: string | undefined): string | undefined =>
      part && !written.includes(part) ? part : undefined;
    const closed = best.fields.street
      ? undefined
      : addressFromFields(
          {
            ...best.fields,
            street: written,
            city: missing(best.fields.city),
            region: missing(best.fields.region),
            postalCode: missing(best.fields.postalCode),
            country: missing(best.fields.country),
          },
          best.postcodeFirst,
        );
    value = { ...parsed, ...fromFields, line: closed?.line ?? written };
  }
  if (!value) return undefined;
  return { value, start: Math.min(...best.cells.map((c) => c.start)), end: Math.max(...best.cells.map((c) => c.end)) };
}

/** The country a row's own values imply (address, `+` numbers, email and web hosts, script). */
function rowCountry(row: Row, sheet: Sheet): CountryCode | undefined {
  const evidence = new CountryEvidence();
  for (const [i, column] of sheet.columns.entries()) {
    const cell = row[i];
    if (!column || !readable(cell)) continue;
    if (
      column.field === 'address' ||
      column.field === 'company' ||
      (column.field === 'phone' && cell.text.includes('+'))
    )
      weighSegment(evidence, cell.text, column.field === 'address' ? 'anywhere' : 'listed');
    if (column.field === 'address' && column.part === 'country') weighCountryCode(evidence, countryCodeOf(cell.text));
    // `東雲精機株式会社` beside `高野 里美`: a firm's legal form or an address's kana says Japan where the name's kanji do not.
    if (['fullName', 'firstName', 'lastName', 'company', 'address'].includes(column.field))
      weighScript(evidence, cell.text);
    if (column.field === 'website') weighHost(evidence, cell.text.split('/')[cell.text.includes('://') ? 2 : 0] ?? '');
  }
  const email = emailOf(row, sheet);
  if (email) weighHost(evidence, domainOf(email.value));
  return evidence.best();
}

function addPhones(draft: ParsedContact, row: Row, sheet: Sheet, country: CountryCode | undefined): void {
  const types = new Map<string, ColumnKind>();
  for (const { cell, column } of cellsOf(row, sheet, 'phoneType')) {
    const kind = kindFromWords(headerWords(cell.text).words);
    if (kind) types.set(column.group, kind);
  }
  const seen = new Set<string>();
  for (const { cell, column } of cellsOf(row, sheet, 'phone')) {
    // `Telefon`, `Phone Number`: a column that names no kind leaves it to the number's plan (and label).
    const said = column.kind ?? types.get(column.group);
    const found = findPhones(pieces(cell), country);
    const numbers = [
      ...found.phones.map((p) => ({ ...p, value: p.value.number, kind: said ?? p.value.kind })),
      ...found.fax.map((p) => ({ ...p, kind: said ?? ('fax' as const) })),
    ];
    for (const { kind, ...number } of numbers) {
      if (seen.has(number.value)) continue;
      seen.add(number.value);
      if (kind === 'fax') draft.fax.push(number);
      else draft.phones.push({ value: { number: number.value, kind }, start: number.start, end: number.end });
    }
  }
}

function addWeb(draft: ParsedContact, row: Row, sheet: Sheet): void {
  const cells = [
    ...cellsOf(row, sheet, 'linkedin'),
    ...cellsOf(row, sheet, 'twitter'),
    ...cellsOf(row, sheet, 'website'),
  ];
  Object.assign(
    draft,
    findWeb(
      cells.map((c, i) => segment(c.cell, i)),
      (s) => s.text,
    ),
  );
  const twitter = firstCell(row, sheet, 'twitter');
  const handle = twitter && !draft.twitter ? PATTERNS.twitterHandle.exec(twitter.text) : null;
  if (twitter && handle) draft.twitter = { value: handle[1] ?? '', start: twitter.start, end: twitter.end };
}

/**
 * The row's surname: its surname columns' values joined in column order, each once (`Apellido Paterno` and `Apellido
 * Materno` → `Quintero Salas`), without a closing suffix.
 */
function surnameOf(row: Row, sheet: Sheet): ParsedValue<string> | undefined {
  const values = cellsOf(row, sheet, 'lastName').map(({ cell }) => valueOf(cell));
  const first = values[0];
  const last = values[values.length - 1];
  if (!first || !last) return undefined;
  const joined = [...new Set(values.map(({ value }) => value))].join(' ');
  return withoutClosingSuffixes({ value: joined, start: first.start, end: last.end });
}

/** One data row as a draft; undefined when it holds no name and no email. */
function rowDraft(row: Row, sheet: Sheet, country: CountryCode | undefined): ParsedContact | undefined {
  const draft = emptyParsedContact();
  const email = emailOf(row, sheet);
  const first = firstCell(row, sheet, 'firstName');
  const last = surnameOf(row, sheet);
  const full = firstCell(row, sheet, 'fullName');
  let person: PersonName = {};
  if (first || last) person = { first: first && valueOf(first), last };
  else if (full) person = nameOfCell(full, email);
  else if (email) person = nameFromEmail(email);
  if (!person.first && !person.last && !email) return undefined;
  if (person.first) draft.firstName = person.first;
  if (person.last) draft.lastName = person.last;
  if (email) draft.email = email;
  // `Titel;…;Position` → `Dr.;…;Geschäftsführerin`: a title column of honorifics alone is a form of address.
  const title = cellsOf(row, sheet, 'title').find(({ cell }) => !onlyHonorifics(cell.text))?.cell;
  const company = firstCell(row, sheet, 'company');
  if (title) draft.title = valueOf(title);
  if (company) draft.company = valueOf(company);
  addPhones(draft, row, sheet, country);
  addWeb(draft, row, sheet);
  const address = addressOf(row, sheet);
  if (address) draft.address = address;
  return draft;
}

/**
 * The rows of CSV `text` as drafts (undefined for a row without a name or email), read lazily;
 * undefined when the text is not CSV with a recognised header (see readSheet).
 */
export function csvDrafts(
  text: string,
  auto: boolean,
  cut: boolean,
  start = 0,
): Iterable<ParsedContact | undefined> | undefined {
  const sheet = readSheet(text, auto, cut, start);
  if (!sheet) return undefined;
  // The file's country is voted by the rows that can be read (at most MAX_PEOPLE people are), not all.
  const countries = sheet.rows.slice(0, MAX_PEOPLE).map((row) => rowCountry(row, sheet));
  const votes = new CountryEvidence();
  for (const country of countries) votes.add(country, 1);
  const fileCountry = votes.best();
  return (function* () {
    for (const [i, row] of sheet.rows.entries())
      yield rowDraft(row, sheet, (i < countries.length ? countries[i] : rowCountry(row, sheet)) ?? fileCountry);
  })();
}
