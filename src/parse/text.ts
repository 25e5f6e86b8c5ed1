// The input as lines and segments, with offsets into the original text. Clean-up never changes a
// length: leftovers (`<mailto:…>`, `[cid:…]`, quote markers, box borders) are blanked with spaces,
// so an offset in the cleaned text is the same offset in the input. A letter-spaced line closed up
// (`K A R I N` → `KARIN`) is padded to its length and keeps a map back to the input (sourceOffset).
import { boundedMemo } from '../base/boundedMemo';
import { MAX_INPUT_CHARS, MAX_LINE_CHARS, PROSE_LOWERCASE_SHARE, PROSE_MIN_WORDS } from './limits';
import { closeLetterSpacing, padToLine, type ClosedLine } from './letterSpacing';
import { revealObfuscatedEmails } from './obfuscatedEmail';
import { PATTERNS } from './patterns';
import {
  CYRILLIC_ROMANISATION,
  HONORIFICS,
  SCIENCE_DEGREES,
  JOINING_OF,
  LEGAL_FORMS,
  SPELLED_LEGAL_FORMS,
  ORDINAL_SUFFIXES,
  CJK_NUMBER_COUNTERS,
  PARTICLES,
  PHONE_LABELS,
  ROLE_CONNECTORS,
  SURNAME_CONJUNCTIONS,
  TRADITIONAL_LABEL_CHARS,
  VOWELS,
} from './vocabulary';

export interface Line {
  index: number;
  /** Offset of the line's first character in the input. */
  start: number;
  /** Cleaned text (same length as the raw line). */
  text: string;
  /** Raw text, for URLs that clean-up blanks (`Company<https://…>`). */
  raw: string;
  quoted: boolean;
  blank: boolean;
  /** A rule or `--` delimiter line. */
  rule: boolean;
  /** Too long to be anything but prose. */
  long: boolean;
  /** A letter-spaced line closed up: for each offset in `text`, the one in `raw` it was read from. */
  sourceAt?: readonly number[];
  /** Its two spaces are word gaps: the paste pads the word gaps of several lines (markPaddedThroughout). */
  spacedDouble?: boolean;
  /** Closed up from letter spacing (`P O L I M E R`), not from an address spelt out. */
  letterSpaced?: boolean;
}

export interface Doc {
  text: string;
  lines: Line[];
  truncated: boolean;
}

const blankOut = (match: string): string => ' '.repeat(match.length);

/** Does the document spell this folded word? It confirms a scan's reading (`karin.lund@` for `Kar1n`). */
type Spells = (word: string) => boolean;

/** `raw` cleaned; `visible` is `raw` with its invisible characters and carriage returns already spaced out (prepare). */
function cleanLine(
  raw: string,
  visible: string,
  spells: Spells,
): { text: string; quoted: boolean; sourceAt?: readonly number[]; letterSpaced?: boolean } {
  if (raw.length > MAX_LINE_CHARS) return { text: raw, quoted: false };
  let text = visible;
  // Cheap guards first: most lines hold no link leftovers at all.
  if (text.includes('<')) text = text.replace(PATTERNS.mailtoAngle, blankOut).replace(PATTERNS.urlAngle, blankOut);
  if (text.includes('ailto:') || text.includes('AILTO:')) text = text.replace(PATTERNS.mailtoPrefix, blankOut);
  if (text.includes('[')) text = text.replace(PATTERNS.inlineImage, blankOut);
  // A chat export's or wire release's stand-in for a file or picture it dropped is no one's text.
  if (text.includes('<') || text.includes('[') || text.includes('://') || text.includes(' omitted'))
    text = text.replace(PATTERNS.mediaPlaceholder, blankOut);
  // `[image: LinkedIn] <https://www.linkedin.com/in/…>`: a link behind an icon is the line's content.
  if (text.trim() === '' && raw.includes('<http'))
    text = raw.replace(PATTERNS.inlineImage, blankOut).replace(PATTERNS.urlAngle, (m) => ` ${m.slice(1, -1)} `);
  const quote = PATTERNS.quotePrefix.exec(text);
  if (quote) text = blankOut(quote[0]) + text.slice(quote[0].length);
  // A box drawn around a signature: `| EDMUND FAIRCLOUGH |`.
  const trimmed = text.trim();
  if (trimmed.length > 2 && trimmed.startsWith('|') && trimmed.endsWith('|')) {
    const first = text.indexOf('|');
    const last = text.lastIndexOf('|');
    text = text.slice(0, first) + ' ' + text.slice(first + 1, last) + ' ' + text.slice(last + 1);
  }
  // A business card's scan: `Fu1ton`, `Suite 4OO` (only lines holding both a digit and a letter).
  if (PATTERNS.anyDigit.test(text) && PATTERNS.letter.test(text)) text = repairScan(text, spells);
  // A line spelling out an address's `@` (`lucia(at)firma.example`) is no letter-spaced logo.
  const revealed = revealObfuscatedEmails(text);
  if (revealed) return { ...revealed, quoted: quote !== null };
  const closed = closeLetterSpacing(text);
  return closed ? { ...closed, quoted: quote !== null, letterSpaced: true } : { text, quoted: quote !== null };
}

/** The input offset of offset `at` of the cleaned text (they differ only on a letter-spaced line closed up). */
export function sourceOffset(doc: Doc, at: number): number {
  let low = 0;
  let high = doc.lines.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((doc.lines[mid] as Line).start <= at) low = mid;
    else high = mid - 1;
  }
  const line = doc.lines[low];
  const inLine = line?.sourceAt?.[at - line.start];
  return line && inLine !== undefined ? line.start + inLine : at;
}

/** Splits the (capped) input into cleaned lines. Linear in the input length. */
export function prepare(input: string): Doc {
  const truncated = input.length > MAX_INPUT_CHARS;
  const text = truncated ? input.slice(0, MAX_INPUT_CHARS) : input;
  const lines: Line[] = [];
  const spells = spelledBy(text);
  // Spaced out in one pass over the text, not once a line: a long roster has tens of thousands of lines.
  const visible = text.replace(PATTERNS.invisible, ' ').replaceAll('\r', ' ');
  const untouched = visible === text;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const {
      text: cleaned,
      quoted,
      sourceAt,
      letterSpaced,
    } = cleanLine(raw, untouched ? raw : visible.slice(start, end), spells);
    const blank = cleaned.trim().length === 0;
    const line: Line = {
      index: lines.length,
      start,
      text: cleaned,
      raw,
      quoted,
      blank,
      rule:
        !blank && raw.length <= MAX_LINE_CHARS && (PATTERNS.ruleLine.test(cleaned) || PATTERNS.armorLine.test(cleaned)),
      long: raw.length > MAX_LINE_CHARS,
    };
    if (sourceAt) line.sourceAt = sourceAt;
    if (letterSpaced) line.letterSpaced = true;
    lines.push(line);
    start = end + 1;
  }
  markPaddedThroughout(lines);
  blankFormBullets(lines);
  return { text, lines, truncated };
}

/** The bullet opening a labelled line (`■ 会社名：…`), or none. */
function bulletBeforeLabel(line: Line | undefined): string | undefined {
  if (!line || line.blank || line.long) return undefined;
  const bullet = PATTERNS.leadingBullet.exec(line.text);
  return bullet && PATTERNS.labelPrefix.test(line.text.slice(bullet[0].length)) ? bullet[0] : undefined;
}

/** The section number opening a line (`1.5.2.) Miejscowość: …`), or none. */
function sectionNumberOf(line: Line | undefined): string | undefined {
  return line && !line.long ? PATTERNS.sectionNumber.exec(line.text)?.[0] : undefined;
}

/**
 * `■ 会社名：…` over `■ お名前：…`, `- Firma: …` over `- Telefon: …`: a form's fields listed with bullets; a bullet
 * is no part of its field, so it is blanked (offsets hold). A bulleted label alone among other bullets is a note's
 * (`- Anna: will send the quote`), and stays as written. `1.5.1.) Ulica: …` over `1.5.2.) Miejscowość: …`: a notice
 * numbers its sections' fields, and the numbers, each beside another, are blanked alike, labelled or not.
 */
function blankFormBullets(lines: Line[]): void {
  let next = bulletBeforeLabel(lines[0]);
  let nextNumber = sectionNumberOf(lines[0]);
  let previous: string | undefined;
  let previousNumber: string | undefined;
  // An index loop, as markPaddedThroughout: run once over every line, no iterator step allocated.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const bullet = next;
    const number = nextNumber;
    next = bulletBeforeLabel(lines[i + 1]);
    nextNumber = sectionNumberOf(lines[i + 1]);
    const mark = bullet && (previous || next) ? bullet : number && (previousNumber || nextNumber) ? number : undefined;
    if (mark) line.text = blankOut(mark) + line.text.slice(mark.length);
    previous = bullet;
    previousNumber = number;
  }
}

/** A piece of a line between separators (`Name | Title | Company`), trimmed, with offsets. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  line: number;
  /** Position among the segments of its line. */
  order: number;
  /** In a segment joined over a hard wrap (joinedWith): where the next line's text begins in `text`. */
  joint?: number;
}

/** The source text between two segments of one line (their separator). */
export type Between = (left: Segment, right: Segment) => string;

/** Trims `text` (found at `start`) and returns it as a segment, or undefined when nothing is left. */
export function trimmedSegment(text: string, start: number, line: number, order: number): Segment | undefined {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  if (!value) return undefined;
  return { text: value, start: start + lead, end: start + lead + value.length, line, order };
}

/** The input the cleaned text's `from`…`to` of a line was read from (through sourceAt on a line closed up). */
function rawSlice(line: Line, from: number, to: number): string {
  if (!line.sourceAt || to <= from) return line.raw.slice(from, to);
  return line.raw.slice(line.sourceAt[from], (line.sourceAt[to - 1] ?? line.raw.length - 1) + 1);
}

/** A space a web mail padded with non-breaking ones (`Samira\u00a0 El\u00a0Idrissi`): one word gap, not a column's. */
function isPaddedSpace(rawGap: string): boolean {
  let spaces = 0;
  let padding = 0;
  for (const ch of rawGap)
    if (ch === ' ') spaces++;
    else if (ch === '\u00a0') padding++;
    else return false;
  return padding > 0 && spaces <= 1;
}

/** Word gaps of two spaces a line holds at least to be read as spaced double throughout. */
const MIN_DOUBLED_GAPS = 2;

/**
 * `Export  Manager  |  Kakheti  Wine  Cellars  LLC`: a line whose every word gap is two spaces (web mail
 * and OCR pad them) and that has several, no single space at all, and a real separator (a bar, a bullet,
 * a spaced dash); its two spaces are word gaps, not a column's, and its segments are parted by its
 * separators only. Without a separator its two spaces may be columns (`Anna  Berg  CEO  Acme`). Not a
 * line with digits alone: its groups parted by two spaces (`VAT  GB  123  4567  89`) may be columns of numbers.
 */
function spacedDouble(text: string): boolean {
  if (PATTERNS.anyDigit.test(text) || doubledGaps(text) < MIN_DOUBLED_GAPS) return false;
  for (const match of text.matchAll(PATTERNS.segmentSeparator)) if (match[0].trim() !== '') return true;
  return false;
}

/**
 * Lines spaced double a paste needs at least for its two spaces to be word gaps on every such line: this many,
 * or MIN_PADDED_LONG_LINES of three words or more.
 */
const MIN_PADDED_LINES = 3;
const MIN_PADDED_LONG_LINES = 2;

/**
 * How many word gaps of two spaces a line of words parted by two spaces only has: `Jefa  de  Compras` 2. A
 * space before a comma or colon is no word gap (`Blvd ,  Suite  200`): web mail pads the comma too.
 */
function doubledGaps(text: string): number {
  if (PATTERNS.singleWordGap.test(text)) return 0;
  return text.match(PATTERNS.doubleWordGap)?.length ?? 0;
}

/** doubledGaps of a line; cheap guard first: most lines hold no two spaces at all (a long roster, a thread's prose). */
const paddedGaps = (line: Line): number =>
  line.blank || line.long || line.sourceAt || !line.text.includes('  ') ? 0 : doubledGaps(line.text);

/**
 * `Ana  Ruiz  Gil` over `Jefa  de  Compras`: where web mail or a scan padded the word gaps of several lines,
 * a line so spaced is no row of columns either (`Jefa  de  Compras` is one title), even without a separator
 * (spacedDouble), and it reads as written with single spaces (closeDoubleSpacing). Two lines of two words alone
 * do not tell (`SUZUKI  Daichi` over `鈴木  大地`), nor lines with digits, whose groups may be a table's columns
 * (`TEL  045-555-0142`); in a paste padded by its words, they are padded as well (`4800  Elm  Road ,  Suite  2`).
 * Quoted and unquoted lines are counted apart.
 */
function markPaddedThroughout(lines: Line[]): void {
  // A reply's quoted lines are another writer's paste: `> Betreff:  Angebot  Holz` pads no line above them.
  const unquoted = { padded: [] as Line[], worded: 0, long: 0, letterSpaced: 0 };
  const quoted = { padded: [] as Line[], worded: 0, long: 0, letterSpaced: 0 };
  // An index loop, as restoreRunOnLines: no iterator step allocated a line.
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    const paste = line.quoted ? quoted : unquoted;
    if (line.letterSpaced) paste.letterSpaced++;
    const gaps = paddedGaps(line);
    if (gaps === 0) continue;
    paste.padded.push(line);
    if (PATTERNS.anyDigit.test(line.text)) continue;
    paste.worded++;
    if (gaps >= MIN_DOUBLED_GAPS) paste.long++;
  }
  // `P O L I M E R` over `Kierownik  Działu  Technicznego`: a paste that spaces out a line's letters (a
  // letterhead, a card) typesets its word gaps wide too, so one long line padded beside it tells as two do.
  for (const { padded, worded, long, letterSpaced } of [unquoted, quoted])
    if (worded >= MIN_PADDED_LINES || long + Math.min(letterSpaced, 1) >= MIN_PADDED_LONG_LINES)
      for (const line of padded) {
        line.spacedDouble = true;
        Object.assign(line, closeDoubleSpacing(line.text));
      }
}

/**
 * `4800  Elm  Road ,  Suite  2` → `4800 Elm Road, Suite 2`: a padded line's two spaces closed to one and the
 * space before a comma or colon dropped, padded to the line's length; each character keeps the offset it was read
 * from (sourceAt), as a letter-spaced line closed up. A wider gap stays: it still parts columns.
 */
function closeDoubleSpacing(text: string): ClosedLine {
  let out = '';
  const sourceAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const dropped =
      text.charAt(i) === ' ' &&
      i > 0 &&
      text.charAt(i - 1) !== ' ' &&
      (text.charAt(i + 1) === ' ' ? text.charAt(i + 2) !== ' ' : PATTERNS.paddedPunctuation.test(text.charAt(i + 1)));
    if (dropped) continue;
    out += text.charAt(i);
    sourceAt.push(i);
  }
  return padToLine(out, sourceAt, text.length);
}

/** A line's segments, parted at its separators. */
/** The index of the first line from `i` on that is not blank (`lines.length` when none is). */
export function nextNonBlank(lines: readonly Line[], i: number): number {
  let j = i;
  while (j < lines.length && (lines[j] as Line).blank) j++;
  return j;
}

export const splitSegments = (line: Line): Segment[] => segmentsOf(line, undefined);

/**
 * A run-on signature line's segments (the caller saw a name, a comma and a role open a line that carries
 * contact details): parted at its commas and dashes too, like one after `-- `; the name's comma (`nameComma`,
 * its offset in the line) stays, so the name and its role are one segment, read as a signer's line is.
 */
export const splitRunOnSignature = (line: Line, nameComma: number): Segment[] => segmentsOf(line, nameComma);

/** Every word a phone number's label is written with (`Tel`, `手机`, `휴대폰`), lower case. */
const PHONE_LABEL_WORDS: ReadonlySet<string> = new Set(Object.values(PHONE_LABELS).flatMap((labels) => [...labels]));

/** `傳真` → `传真`: a label's traditional Han characters in their simplified forms (TRADITIONAL_LABEL_CHARS). */
const simplifiedHan = (word: string): string =>
  PATTERNS.han.test(word) ? [...word].map((ch) => TRADITIONAL_LABEL_CHARS.get(ch) ?? ch).join('') : word;

/**
 * A phone number's label's words, lower case; full-width letters (`ＦＡＸ`, `ＴＥＬ`) read as their ASCII forms,
 * traditional Han characters as simplified ones.
 */
export const labelWords = (text: string): string[] =>
  (text.normalize('NFKC').replace(PATTERNS.handphone, 'HP').match(PATTERNS.labelWord) ?? []).map((w) =>
    simplifiedHan(w.toLowerCase()),
  );

/** The text closes with a phone number's label (`… 휴대폰`, `… 手機`). */
export const labelsPhone = (text: string): boolean => PHONE_LABEL_WORDS.has(labelWords(text).at(-1) ?? '');

function segmentsOf(line: Line, nameComma: number | undefined): Segment[] {
  const runOn = nameComma !== undefined;
  if (line.blank || line.rule) return [];
  if (line.long)
    return [{ text: line.text, start: line.start, end: line.start + line.text.length, line: line.index, order: 0 }];
  const out: Segment[] = [];
  let from = 0;
  const push = (to: number): void => {
    const segment = trimmedSegment(line.text.slice(from, to), line.start + from, line.index, out.length);
    if (segment) out.push(segment);
  };
  // `-- Name, Firm, number`: after the delimiter, the signature's parts stand between commas.
  const delimiter = PATTERNS.inlineSignature.exec(line.text);
  if (delimiter) from = delimiter[0].length;
  const separator = runOn
    ? PATTERNS.runOnSignatureSeparator
    : delimiter
      ? PATTERNS.inlineSignatureComma
      : PATTERNS.segmentSeparator;
  const doubled = line.spacedDouble === true || spacedDouble(line.text);
  const label = PATTERNS.labelPrefix.exec(line.text)?.[0];
  // `Edmonton, AB  T5J 3S4`: Canada Post's (and the USPS's) two spaces before the postcode part no columns.
  const postalGap = PATTERNS.regionPostcodeGap.exec(line.text)?.indices?.[1]?.[0];
  // `Accountant – Larkfield Mills Ltd (2021 – present)`: the period a position closes with is no part of its firm,
  // and the dash inside it parts nothing.
  const period = PATTERNS.employmentPeriod.exec(line.text)?.index ?? line.text.length;
  for (const match of line.text.matchAll(separator)) {
    const at = match.index ?? 0;
    if (at >= period) break;
    // A run-on line's name comma parts the name from its role: the two stay one segment.
    if (at === nameComma) continue;
    if (at === postalGap && match[0] === '  ') continue;
    if ((doubled && match[0] === '  ') || isPaddedSpace(rawSlice(line, at, at + match[0].length))) continue;
    // `PLZ / Ort: 50670 Köln`, `Firma / Company: …`: a spaced slash inside the line's label joins two of its words.
    if (label && at < label.length && match[0].trim() === '/') continue;
    // `Okoro & Daughters, Inc.`: a comma before a legal form stays inside the firm's name.
    if ((delimiter || runOn) && continuesFirm(line.text, at + match[0].length)) continue;
    // `д.т.н., проф. Ігор Мельник`: a comma closing the degrees before a name parts no field.
    if (match[0].trim() === ',' && onlyAbbreviatedHonorifics(line.text.slice(from, at))) continue;
    push(at);
    from = at + match[0].length;
  }
  // `杭州云溪茶业有限公司 销售总监 周明辉 13705712345`: a script without case parts its fields by single spaces, so
  // a number closing such a line after one is a field of its own, not part of the name before it; one after its
  // label (`휴대폰 010-…`) stays with it.
  const phoneTail = PATTERNS.caselessPhoneTail.exec(line.text)?.indices?.[1]?.[0];
  if (phoneTail !== undefined && phoneTail > from && !labelsPhone(line.text.slice(from, phoneTail))) {
    push(phoneTail);
    from = phoneTail;
  }
  push(period);
  return out;
}

/**
 * `д.т.н.`, `doc. dr.`: a text of abbreviated degrees and forms of address only (HONORIFICS and SCIENCE_DEGREES, with
 * their points).
 */
export const onlyAbbreviatedHonorifics = (text: string): boolean => {
  const all = words(text);
  const abbreviates = (key: string): boolean => HONORIFICS.has(key) || SCIENCE_DEGREES.has(key);
  return (
    all.length > 0 && all.every((word) => word.endsWith('.') && abbreviates(word.toLowerCase().replaceAll('.', '')))
  );
};

/** `…, Ltd.`: the part of a text starting at `at` opens with a legal form, the end of the firm named before it. */
export const continuesFirm = (text: string, at: number): boolean => LEGAL_FORMS.has(firstWordAt(text, at));

/** The lower-case word that starts at `at`, without a comma after it (legal forms are short: 24 chars read). */
function firstWordAt(text: string, at: number): string {
  const word = words(text.slice(at, at + 24))[0] ?? '';
  return (word.endsWith(',') ? word.slice(0, -1) : word).toLowerCase();
}

/** Letters that NFD leaves whole, written as ASCII spells them. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/**
 * Lower case without diacritics, ß → ss, Turkish dotless ı → i, Icelandic ð → d and þ → th (as addresses write
 * `Guðrún`, `Þórdís`): for comparing names with email local parts.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most words are ASCII: nothing to decompose or spell out, and fold runs on every word a reader compares.
  if (PATTERNS.asciiText.test(lower)) return lower.replace(PATTERNS.lettersOnly, '');
  return withoutMarks(lower.replace(PATTERNS.spelledOutLetter, (letter) => SPELLED_OUT[letter] ?? letter)).replace(
    PATTERNS.lettersOnly,
    '',
  );
}

/** A name whatever spaces part it (`山田太郎`, `山田 太郎`), folded: the key two spellings of one name share. */
export function spacelessKey(text: string): string {
  return fold(words(text).join(''));
}

/** `ngā mihi` → `nga mihi`: the text without its diacritics, for words also written without them. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(PATTERNS.combiningMarks, '');
}

/** The zero of each script's decimal digits: Arabic-Indic, Persian, the Indic scripts, Thai, Lao, Myanmar, Khmer, full-width. */
const SCRIPT_DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040,
  0x17e0, 0xff10,
];

/**
 * `۰۲۱-۵۵۵۰۱۴۲۰`, `बी-४७` → `021-55501420`, `बी-47`: digits of those scripts read as ASCII digits, one code unit
 * each, so offsets hold. Phones and addresses both read them.
 */
export function asciiDigits(text: string): string {
  return text.replace(PATTERNS.scriptDigit, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = SCRIPT_DIGIT_ZEROS.find((first) => code >= first && code < first + 10);
    return zero === undefined ? digit : String(code - zero);
  });
}

/**
 * Romanian ş and ţ typed with a cedilla (legacy keyboards and code pages) as the comma-below ș and ț that the
 * vocabulary's Romanian entries spell, for a lowercased key: `chişinău` → `chișinău`. Turkish writes the
 * cedilla (`a.ş.`, `teşekkürler`), so callers look the written key up first and this one only after.
 */
export function commaBelow(key: string): string {
  // Asked of every word of every text: most hold neither letter, and then nothing is copied.
  return key.includes('ş') || key.includes('ţ') ? key.replaceAll('ş', 'ș').replaceAll('ţ', 'ț') : key;
}

/**
 * `Никитин` ↔ `nikitin`, `Харитонов` ↔ `kharitonov`: a word's consonants as an address romanises them (a Latin word's
 * are kept), vowels and glides dropped, so that romanisations differing only there meet (`Юлия`: `yulia`, `iuliia`, `julija`).
 */
export function romanisedSkeleton(word: string): string {
  const latin = [...word.toLowerCase()].map((c) => CYRILLIC_ROMANISATION.get(c) ?? c).join('');
  return fold(latin).replaceAll('kh', 'h').replaceAll('ts', 'c').replace(PATTERNS.romanisedVowels, '');
}

/** German transliteration (ü → ue): `Weißmüller` ↔ `weissmueller`. */
export function foldGerman(text: string): string {
  return fold(text.toLowerCase().replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue'));
}

/**
 * `end` and the segment a hard wrap moved to the next line, read as one: by default one space between
 * them, so the joined text is shorter than its span.
 */
export const joinedWith = (end: Segment, next: Segment, text = `${end.text} ${next.text}`): Segment => ({
  ...next,
  text,
  start: end.start,
  joint: text.length - next.text.length,
});

/**
 * The part of `segment` between `from` and `to` in its text, with its span. A joined segment's text is
 * shorter than its span (joinedWith): an offset before the joint is counted from its start, one after
 * it from its end.
 */
export function sliceSegment(segment: Segment, from: number, to = segment.text.length): Segment {
  const joint = segment.joint ?? Infinity;
  const fromEnd = (at: number): number => segment.end - (segment.text.length - at);
  return {
    ...segment,
    text: segment.text.slice(from, to),
    start: from < joint ? segment.start + from : fromEnd(from),
    end: to <= joint ? segment.start + to : fromEnd(to),
    joint: from < joint && joint < to ? joint - from : undefined,
  };
}

/**
 * The segments with each one a hard wrap broke read together with the next as one (joinedWith):
 * `joinedText` gives their text when `end` was broken before `next`, the segment on the line below
 * (`before`: the one before `end`), and undefined otherwise.
 */
export function joinWrapped(
  segments: readonly Segment[],
  joinedText: (end: Segment, next: Segment, before: Segment | undefined) => string | undefined,
): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const end = segments[i] as Segment;
    const next = segments[i + 1];
    const text = next?.line === end.line + 1 ? joinedText(end, next, segments[i - 1]) : undefined;
    if (next && text !== undefined) {
      out.push(joinedWith(end, next, text));
      i++;
    } else out.push(end);
  }
  return out;
}

/** Decimal digits in `text`, of any script (`021`, `۰۲۱`). */
export function digitCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isDigitChar(ch) || (ch > '\u007f' && PATTERNS.anyDigit.test(ch))) n++;
  return n;
}

/** The character code is white space that parts words (words): space, tab, line break, no-break or ideographic space. */
export const isWordSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;

/** White-space separated words (a plain scan: this runs on every line). */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i >= text.length || isWordSpace(text.charCodeAt(i));
    if (space && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** A word of a text and where it is (offsets into that text). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The white-space separated words of `text` from `from` on, with their offsets. */
export function wordsAt(text: string, from: number): Word[] {
  const out: Word[] = [];
  for (const match of text.slice(from).matchAll(PATTERNS.word)) {
    const start = from + (match.index ?? 0);
    out.push({ text: match[0], start, end: start + match[0].length });
  }
  return out;
}

/** The length of a leading phrase of `phrases` and the space after it in `text`, else 0. */
export function leadingPhrase(text: string, phrases: readonly string[]): number {
  const found = phrases.find((phrase) => text.startsWith(`${phrase} `));
  return found ? found.length + 1 : 0;
}

/**
 * The letters of a line folded into one word, as a sign-off writes a name: `— Daniela.` → `daniela`, a
 * letter-spaced `R A J E S H` → `rajesh`; undefined without letters. Compared with a given name, only a
 * line that spells that name matches.
 */
export function signOffWord(text: string): string | undefined {
  // fold keeps letters only: no spaces, no edge punctuation are left to trim or count.
  return fold(text) || undefined;
}

/** Keys kept: the readers ask for the same line's key many times over, and a roster repeats its names. */
const KEYS_KEPT = 4096;

/** Lower case, edge punctuation and pictographs removed: how vocabularies are looked up. */
export const normalizeKey = boundedMemo(keyOf, (text: string) => text, KEYS_KEPT);

function keyOf(text: string): string {
  const key = text
    .replace(PATTERNS.pictograph, ' ')
    .replace(PATTERNS.edgePunctuation, '')
    .replace(PATTERNS.whitespaceRun, ' ')
    .trim()
    .toLowerCase();
  // Turkish capital İ lowers to i and a combining dot (`İŞ DENEYİMİ`): the key spells the i as the vocabulary does.
  return key.includes(COMBINING_DOT_ABOVE) ? key.replaceAll(`i${COMBINING_DOT_ABOVE}`, 'i') : key;
}

const COMBINING_DOT_ABOVE = '\u0307';

/** `Harrow & Finch Holdings Ltd` and `Harrow & Finch`: two texts sharing a word of letters (by normalizeKey). */
export function sharesWord(a: string, b: string): boolean {
  const keys = new Set(words(a).map((w) => normalizeKey(w)));
  return words(b).some((w) => PATTERNS.letter.test(w) && keys.has(normalizeKey(w)));
}

/** `of`, `für`, `und`, `&`: a small word joining the parts of a title or a firm's name (JOINING_OF, ROLE_CONNECTORS.and). */
export function isConnector(word: string): boolean {
  const key = normalizeKey(word);
  return JOINING_OF.has(key) || ROLE_CONNECTORS.and.has(key);
}

/** `Head of Buying`, `Lobo & Dias`: every word capitalised or a connector, as a title or a firm's name is written. */
export function capitalisedOrJoined(text: string): boolean {
  return words(text).every((w) => PATTERNS.upper.test(w.charAt(0)) || isConnector(w));
}

/**
 * `Eastholm Re-` / `insurance plc` → `Eastholm Reinsurance plc`, `Brekke-` / `Holm` → `Brekke-Holm`:
 * a word broken with a hyphen at a line's end goes on at the next line's start, the hyphen dropped
 * before a lower-case rest (a hyphenation) and kept before a capital (a compound).
 */
export function joinBrokenWord(left: string, rest: string): string | undefined {
  if (!PATTERNS.brokenWordEnd.test(left)) return undefined;
  return PATTERNS.lowerStart.test(rest) ? left.slice(0, -1) + rest : left + rest;
}

/**
 * `Cluj-Na-` over `poca 400620` → `Cluj-Napoca 400620`: the two read as one (joinBrokenWord) when `end`
 * breaks a word at its line's end and `next` opens the line below.
 */
export function hyphenatedRest(end: Segment, next: Segment): string | undefined {
  return next.line === end.line + 1 && next.order === 0 ? joinBrokenWord(end.text, next.text) : undefined;
}

/** A firm's name closed by its legal form has this many words at most (`POLMET-HANDEL Sp. z o.o. Sp. k.`). */
const MAX_FIRM_WORDS = 6;

/**
 * `TATRAVEX, s. r. o.` → `s.r.o.`, `Kroon B. V.` → `B.V.`: the words of `text`, a run of two or more dotted
 * letters closed up into the one legal form they spell when written with spaces.
 */
export function formWords(text: string): string[] {
  const out: string[] = [];
  let run = 0;
  for (const w of words(text)) {
    const dotted = PATTERNS.dottedLetter.test(w);
    if (dotted && run > 0) out[out.length - 1] += w;
    else out.push(w);
    run = dotted ? run + 1 : 0;
  }
  return out;
}

/**
 * `Slezské ložiskové závody s.r.o.`, `POLMET-HANDEL Sp. z o.o. Sp. k.`: a few words from a capital closed
 * by a legal form (the last word or the one before it: a form of two words may end in a part that is
 * none alone), or by one written out in words, name a firm, lower-case words and all.
 */
function closedByLegalForm(text: string, all: readonly string[]): boolean {
  if (!PATTERNS.upper.test((all[0] ?? '').charAt(0))) return false;
  const lower = text.toLowerCase();
  if (SPELLED_LEGAL_FORMS.some((form) => lower.endsWith(` ${form}`))) return true;
  const closed = formWords(text);
  return closed.length <= MAX_FIRM_WORDS && closed.slice(-2).some((w) => LEGAL_FORMS.has(w.toLowerCase()));
}

/** Prose: a sentence rather than a signature item. */
export function isProse(text: string, all: readonly string[] = words(text)): boolean {
  if (all.length < PROSE_MIN_WORDS) return false;
  const last = (all[all.length - 1] ?? '').toLowerCase();
  if (closedByLegalForm(text, all)) return false;
  // Name particles are lower case in names, and so is a connector between two capitalised words in a
  // title or a firm's name (`Institut für Physik`); one in a sentence (`for pricing and delivery`) counts.
  // A surname conjunction is such a connector: elsewhere it is `and` (Polish `ja i ty`) or chat's `i`.
  const capitalised = (w: string | undefined): boolean => PATTERNS.upper.test(w?.charAt(0) ?? '');
  const joinsNames = (i: number): boolean => capitalised(all[i - 1]) && capitalised(all[i + 1]);
  const inName = (w: string, i: number): boolean =>
    SURNAME_CONJUNCTIONS.has(w) || isConnector(w) ? joinsNames(i) : PARTICLES.has(w);
  const lower = all.filter((w, i) => PATTERNS.lowerStart.test(w) && !inName(w, i)).length;
  if (lower / all.length >= PROSE_LOWERCASE_SHARE && lower >= 2) return true;
  // A final dot after a legal form (`Sp. z o.o.`, `Co.`) ends a company name, not a sentence.
  return PATTERNS.sentenceEnd.test(text) && lower >= 2 && !LEGAL_FORMS.has(last);
}

/** Digits a scan (OCR) reads for letters: `Fu1ton`, `Cl0se`, `S0PHIE`, `0ptical`. */
const SCANNED_LETTERS: Readonly<Record<string, { lower: string; upper: string }>> = {
  '0': { lower: 'o', upper: 'O' },
  '1': { lower: 'l', upper: 'I' },
};
/** Letters a scan reads for digits inside a number: `Suite 4OO`, `MA O2110`. */
const SCANNED_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
/** A word of capitals this long is no postal code (`EC1R`, `SW1A`, `K1A`, `0AA` are). */
const MIN_CAPITALS_REPAIRED = 4;
/** `L1AM`, `V0SS`: two capitals after the digit, one before — a shape no postal code has. */
const MIN_CAPITALS_AFTER_DIGIT = 2;
/** `0KONKWO`: a capital word opening with a zero is a name from this many letters (`0AA` is an inward code). */
const MIN_CAPITALS_AFTER_ZERO = 3;

/** A word of capitals with a digit in it that no postal code could be (`S0PHIE`, `L1AM`, `0PTICS`; not `EC1R`, `0AA`, `C1001AAT`). */
function isScannedCapitalWord(word: string, letters: number): boolean {
  if (PATTERNS.arPostcode.exec(word)?.[1] === word) return false;
  if (letters >= MIN_CAPITALS_REPAIRED) return true;
  let first = -1;
  let last = -1;
  for (let i = 0; i < word.length; i++)
    if (word.charAt(i) in SCANNED_LETTERS) {
      if (first < 0) first = i;
      last = i;
    }
  if (first === 0) return letters >= MIN_CAPITALS_AFTER_ZERO;
  let after = 0;
  for (let i = last + 1; i < word.length; i++) if (isLetter(word.charAt(i))) after++;
  return after >= MIN_CAPITALS_AFTER_DIGIT;
}

const isLetter = (ch: string | undefined): boolean => !!ch && PATTERNS.letter.test(ch);
const isApostrophe = (ch: string): boolean => ch === "'" || ch === '’';
const isJoint = (ch: string): boolean => ch === '-' || isApostrophe(ch);

/** Folded first, so `ø`, `æ`, `ő`, `ą` count as the vowels they are (`Mø1ler`). */
const isConsonant = (ch: string): boolean => isLetter(ch) && !VOWELS.includes(fold(ch).charAt(0));

/**
 * An `l` or a syllable-closing `r` (after a vowel) before `at` (`Hal1`, `Campbel1`, `Car1son`): an `l` may
 * follow, doubling or closing it. Not a word's first letter: `L1nda`, `R1ta`.
 */
const followsLiquid = (word: string, at: number): boolean => {
  if (at < 2) return false;
  const before = word.charAt(at - 1).toLowerCase();
  const vowel = word.charAt(at - 2);
  return before === 'l' || (before === 'r' && isLetter(vowel) && !isConsonant(vowel));
};

/**
 * A scan's `1` run from `start` to `end` inside letters reads as the letter the text's own words confirm:
 * `i` when it spells the word so elsewhere (`Kar1n` beside `karin.lund@`), `l` when it spells it with `l`.
 * Unconfirmed, a vowel is missing between consonants (`Kr1stin`, `Dav1d`) unless a liquid goes before,
 * which an `l` may double or close (`Wel1s`, `Car1son`); anywhere else it is `l` (`Fu1ton`, `Ha1vard`).
 */
function readsAsI(word: string, start: number, end: number, spells: Spells): boolean {
  const runAs = (letter: string): string =>
    [...word.slice(start, end)].map((d) => (d === '1' ? letter : SCANNED_LETTERS[d]?.lower)).join('');
  const spelledWith = (letter: string): boolean => spells(fold(word.slice(0, start) + runAs(letter) + word.slice(end)));
  if (spelledWith('i')) return true;
  if (spelledWith('l')) return false;
  const betweenConsonants =
    isConsonant(word.charAt(start - 1)) && (end === word.length || isConsonant(word.charAt(end)));
  return betweenConsonants && !followsLiquid(word, start);
}

/**
 * `Fu1ton` → `Fulton`, `S0PHIE` → `SOPHIE`, `0ptical` → `Optical`, `Ce11` → `Cell`: a word of letters
 * but for a confusable digit; undefined when it is anything else (`B2B`, `1st`, `EC1R`, `Win10`).
 */
function lettersOfScannedWord(word: string, spells: Spells): string | undefined {
  let letters = 0;
  let digits = 0;
  for (const ch of word) {
    if (ch in SCANNED_LETTERS) digits++;
    else if (isLetter(ch)) letters++;
    else if (!isJoint(ch)) return undefined;
  }
  if (digits === 0 || letters < 2) return undefined;
  const lower = PATTERNS.lower.test(word);
  // `중앙1로`, `ノースビル10F`: beside letters without case (Hangul, Han, Kana), a digit is no scan's reading of a letter.
  if (PATTERNS.caselessLetter.test(word)) return undefined;
  if (!lower && !isScannedCapitalWord(word, letters)) return undefined;
  let out = '';
  for (let i = 0; i < word.length;) {
    const ch = word.charAt(i);
    if (!(ch in SCANNED_LETTERS)) {
      out += ch;
      i++;
      continue;
    }
    let end = i;
    while (end < word.length && word.charAt(end) in SCANNED_LETTERS) end++;
    const run = word.slice(i, end);
    const before = isLetter(word.charAt(i - 1));
    const after = isLetter(word.charAt(end));
    // Inside a word; a zero opening one (`0ak`); ones or zeros closing a capitalised word (`Te1`, `Ce11`, `Osl0`) or
    // one in capitals (`STUDI0`, isScannedCapitalWord), not a handle (`jdoe1`) or `Win10`.
    const inside = before && after;
    // A lone digit before an apostrophe opening the word: `0'Brien` (the Irish `O'`), `1'Esplanade` (the article
    // elided before a vowel, fr / it / ca `l'`).
    const beforeApostrophe = i === 0 && end === 1 && isApostrophe(word.charAt(end));
    const opening = !before && run === '0' && ((after && (i === 0 || isJoint(word.charAt(i - 1)))) || beforeApostrophe);
    const elided = beforeApostrophe && run === '1';
    const uniform = !run.includes('0') || !run.includes('1');
    const closing =
      before && !after && end === word.length && uniform && (!lower || PATTERNS.upper.test(word.charAt(0)));
    if (!inside && !opening && !closing && !elided) return undefined;
    const asI = lower && run.includes('1') && readsAsI(word, i, end, spells);
    for (const digit of run) {
      const forms = SCANNED_LETTERS[digit] as { lower: string; upper: string };
      out += elided ? forms.lower : opening || !lower ? forms.upper : digit === '1' && asI ? 'i' : forms.lower;
    }
    i = end;
  }
  return out;
}

/**
 * `4OO` → `400`, `O2110` → `02110`, `2Oth` → `20th`, `2l7호` → `217호`: a number (an ordinal's suffix or a CJK address's
 * counter aside) but for letters a scan took for digits.
 */
function digitsOfScannedNumber(word: string): string | undefined {
  // A set, not a pattern: this runs on every word of a line with a digit.
  const suffix = ORDINAL_SUFFIXES.has(word.slice(-2))
    ? word.slice(-2)
    : (CJK_NUMBER_COUNTERS.find((counter) => word.endsWith(counter)) ?? '');
  const number = word.slice(0, word.length - suffix.length);
  let digits = 0;
  let out = '';
  for (const ch of number) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (!(ch in SCANNED_DIGITS)) return undefined;
    out += SCANNED_DIGITS[ch] ?? ch;
  }
  return digits > 0 && out !== number ? out + suffix : undefined;
}

/** The words `text` spells, folded; read once, when first asked. */
export function spelledBy(text: string): Spells {
  let spelled: Set<string> | undefined;
  return (word) => (spelled ??= foldedRuns(text)).has(word);
}

/**
 * The distinct runs of letters in `text`, folded. On a megabyte a loop over its code points, ASCII told apart by
 * its code, takes half the time of a split at `\P{L}+`; a run of ASCII letters folds to its lower case, so only
 * the others pay for the whole fold (on random text most runs are distinct, and each is kept once, folded).
 */
function foldedRuns(text: string): Set<string> {
  const folded = new Set<string>();
  let from = -1;
  let ascii = true;
  const close = (end: number): void => {
    const run = text.slice(from, end);
    folded.add(ascii ? run.toLowerCase() : fold(run));
    from = -1;
  };
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number;
    const caseless = code | 0x20;
    const letter =
      code < 0x80 ? caseless >= 0x61 && caseless <= 0x7a : PATTERNS.letter.test(String.fromCodePoint(code));
    if (letter) {
      if (from < 0) [from, ascii] = [i, true];
      if (code >= 0x80) ascii = false;
    } else if (from >= 0) close(i);
    i += code > 0xffff ? 2 : 1;
  }
  if (from >= 0) close(text.length);
  return folded;
}

/**
 * A business card's scan repaired word by word, same length: letters read as digits inside words and
 * digits read as letters inside numbers; `spells` confirms a reading (the whole document's words). Emails,
 * links and handles (`@`, `/`, a dot inside) are left alone.
 */
export function repairScan(text: string, spells: Spells): string {
  let out = '';
  for (const token of words(text)) {
    // words() skips the white space between tokens; copy it as it was.
    const at = text.indexOf(token, out.length);
    out += text.slice(out.length, at);
    out += repairToken(token, spells);
  }
  return out + text.slice(out.length);
}

function repairToken(token: string, spells: Spells): string {
  // Both repairs need a digit in the word: most words of a long text have none.
  if (!PATTERNS.anyDigit.test(token)) return token;
  if (token.includes('@') || token.includes('/') || token.includes('#')) return token;
  let start = 0;
  let end = token.length;
  while (start < end && !isLetter(token.charAt(start)) && !isDigitChar(token.charAt(start))) start++;
  while (end > start && !isLetter(token.charAt(end - 1)) && !isDigitChar(token.charAt(end - 1))) end--;
  const word = token.slice(start, end);
  if (word.length < 2) return token;
  const repaired = lettersOfScannedWord(word, spells) ?? digitsOfScannedNumber(word);
  return repaired ? token.slice(0, start) + repaired + token.slice(end) : token;
}

const isDigitChar = (ch: string): boolean => ch >= '0' && ch <= '9';

/** Each pattern's global twin, for reading its last match. */
const GLOBAL_TWINS = new Map<RegExp, RegExp>();

/**
 * The last match of `pattern` in `text` (`1200 Main St, 60318 …`: an address names its street before its town), each
 * search one code point on from the last match's start, not its end: a match may close on the comma the next one opens
 * with. A whole code point: a unicode pattern steps back to the start of a surrogate pair, so one unit on from an
 * astral character (`😀`, `𝐒`) would find the same match again, for ever.
 */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let twin = GLOBAL_TWINS.get(pattern);
  if (!twin) GLOBAL_TWINS.set(pattern, (twin = new RegExp(pattern.source, `${pattern.flags}g`)));
  let last: RegExpExecArray | null = null;
  for (let match = twin.exec(text); match; match = twin.exec(text)) {
    last = match;
    twin.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  twin.lastIndex = 0;
  return last;
}
