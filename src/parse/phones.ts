// Phone and fax numbers, found and validated by libphonenumber-js (`max` metadata, which tells a
// mobile from a fixed line). Ours are only the labels: what the words before a number (or in
// parentheses after it) say it is — fax, mobile, work, main — or that it is not the sender's
// (dial-in bridges, PINs, hotlines other than a mobile, assistants, registration numbers).
import type { CountryCode, NumberType, PhoneNumber } from 'libphonenumber-js/max';
import {
  findPhoneNumbersInText,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { addressKind } from './address';
import { nameTokens } from './names';
import { PATTERNS } from './patterns';
import { countryNamedInText } from './countryNames';
import {
  asciiDigits,
  digitCount,
  joinedWith,
  labelWords,
  leadingPhrase,
  normalizeKey,
  sliceSegment,
  words,
  type Segment,
} from './text';
import type { ParsedValue, PhoneKind, PhoneValue } from './types';
import { DIAL_IN_CHARGES, OVERSEER_CUES, PHONE_LABELS } from './vocabulary';

/** Label words nearer the number than this are read; farther ones belong to something else. */
const LABEL_WORDS_READ = 3;
/** Words after a segment's last number read as its label (`580-555-0144 cell`, `… mobile only`). */
const LABEL_WORDS_AFTER = 2;
/** Label words after a possessive (`Michael's direct line:`) read as another person's line label. */
const MAX_POSSESSED_LABEL_WORDS = 2;
/** A postal code has at most this many digits (`33100`, `560038`); a phone number more. */
const MAX_POSTCODE_DIGITS = 6;
/** A switchboard's `0` or a direct line's digits written after the number (`- 0`, `- 33`) have at most this many. */
const MAX_DIRECT_DIAL_DIGITS = 3;
/** An extension (`Durchwahl -214`) belongs to a switchboard number on its line or this many lines above. */
const SWITCHBOARD_LINES_READ = 2;
/**
 * A language's other countries, or every country when none is implied, are tried (planOf) only over at most this many
 * segments holding digits: a sign-off's few numbers. More is a table or noise, and reading each of them in every kin
 * plan (57 countries speak English) cost 100–260 ms on 1.5 KB of random text; in all 245, seconds.
 */
const MAX_KIN_SEGMENTS = 6;
/** Default country when the text implies none: the numbering plan most fictional numbers use. */
export const FALLBACK_COUNTRY: CountryCode = 'US';
/** When the text implies no country and a number is none in FALLBACK_COUNTRY (`020 7946 0859`, its trunk 0): the next most written plan. */
const SECOND_FALLBACK_COUNTRY: CountryCode = 'GB';
/**
 * The fallback plans, each read only for numbers written as it writes them: Brazil's bracketed two-digit area code,
 * North America's 3-3-4 groups, France's pairs, Australia's 4-3-3 mobiles and bracketed trunk 0, Nigeria's 4-3-4
 * mobiles (before Britain's, which reads some as personal numbers), Britain's trunk 0. With no country implied, `cell.
 * 348 271 6093` (an Italian mobile) is no British number read without its 0, nor `cel 33 2876 5412` (Guadalajara) an
 * American one in other groups. A number with its calling code (`+44 20 …`, `(852) 2123 4567`) is read in any;
 * Brazil's comes first, so that its `(62) 3318-4402` is not read as a calling code.
 */
const FALLBACK_PLANS: ReadonlyArray<{ plan: CountryCode; shape: RegExp }> = [
  { plan: FALLBACK_COUNTRY, shape: PATTERNS.northAmericanGroups },
  { plan: 'BR', shape: PATTERNS.brazilianGroups },
  { plan: 'FR', shape: PATTERNS.frenchPairs },
  { plan: 'AU', shape: PATTERNS.australianGroups },
  { plan: 'NG', shape: PATTERNS.nigerianGroups },
  { plan: SECOND_FALLBACK_COUNTRY, shape: PATTERNS.trunkZeroFirst },
];

type Label = PhoneKind | 'fax' | 'skip';

/** Label kinds, the most telling first: `Mobile Phone` is a mobile. */
const LABEL_ORDER = ['mobile', 'main', 'work'] as const;

const isVoiceWord = (word: string): boolean => LABEL_ORDER.some((kind) => PHONE_LABELS[kind].has(word));

/** `Tel`, `Fax`: a word naming a line of either kind. */
export const isLineWord = (word: string): boolean => isVoiceWord(word) || PHONE_LABELS.fax.has(word);

/** `Tel./Fax`, `Тел./факс`: a voice word and the fax word joined as one label name a line shared by both. */
function namesSharedLine(label: string): boolean {
  for (const [, first = '', second = ''] of label.normalize('NFKC').toLowerCase().matchAll(PATTERNS.joinedLabelWords)) {
    const pair = [first, second];
    if (pair.some((word) => PHONE_LABELS.fax.has(word)) && pair.some(isVoiceWord)) return true;
  }
  return false;
}

/** Words of a full name (`Roland Achebe`): the possessor with the other half of the name beside it. */
const FULL_NAME_WORDS = 2;

/**
 * `Roland` (or `O'Brien`) is a person the text names in full elsewhere (`Executive Assistant to Dr.
 * Roland Achebe`, `Assistant to Liam O'Brien`): a possessor with no such mention is as often a firm or a
 * place (`Wendy's`, `Lowe's`, `St. Mary's`) whose own number follows.
 */
function namedInFull(possessor: string, texts: readonly string[]): boolean {
  const isFullName = (pair: string): boolean => nameTokens(pair, 0)?.length === FULL_NAME_WORDS;
  return texts.some((text) => {
    const tokens = words(text);
    return tokens.some((token, i) => {
      if (token !== possessor) return false;
      const next = tokens[i + 1];
      const previous = tokens[i - 1];
      return (!!next && isFullName(`${possessor} ${next}`)) || (!!previous && isFullName(`${previous} ${possessor}`));
    });
  });
}

/**
 * `Roland's mobile:`, `Giulia’s office`: a line label with the possessive of a person the text names in
 * full (namedInFull) names that person's number (an assistant's signature giving whom she works for), not
 * the sender's. English possessives only (`'s`, `’s`): German `Michaels Durchwahl`, French `Ligne
 * directe de Michael` are not read, nor a label a bar or dash cuts off into its own segment.
 */
function namesOthersLine(before: string, texts: readonly string[]): boolean {
  const match = PATTERNS.possessiveLabel.exec(before);
  const label = labelWords(match?.[2] ?? '');
  return (
    label.length > 0 &&
    label.length <= MAX_POSSESSED_LABEL_WORDS &&
    label.every(isVoiceWord) &&
    namedInFull(match?.[1] ?? '', texts)
  );
}

/**
 * `Efua: +233 20 …`, `Nomvula direct: 031 …` in the signature of the person an assistant writes for, `Sam 0400 … / Kit
 * 0491 …` or `… (Oskar)` under a couple's one: a line labelled (before it, or in brackets after it: `after`) with the
 * given name of someone else who signs a line of the message in full or beside the sender (`isOthersGiven`: `Efua
 * Mensah (Mrs)`, `Kit & Sam Tanner`) is theirs. A label word (`Mobile:`, `Zentrale:`) names no one.
 */
function namesOthersNamedLine(before: string, after: string, isOthersGiven: (name: string) => boolean): boolean {
  const bracketed = PATTERNS.bracketedNameAfter.exec(after)?.[1];
  if (bracketed && isOthersGiven(bracketed)) return true;
  const match = PATTERNS.nameLabel.exec(before);
  const name = match?.[1] ?? '';
  if (!name || isLineWord(name.toLowerCase()) || !isOthersGiven(name)) return false;
  const label = labelWords(match?.[2] ?? '');
  return label.length <= MAX_POSSESSED_LABEL_WORDS && label.every(isVoiceWord);
}

/** Words before a number read for a service's phrase (`After hours, call Vetline`): its few words and a name or verb after them. */
const SERVICE_WORDS_READ = 5;

/**
 * `Reservations (24 hrs):`, `24h-Notdienst:`, `After hours, call Kestrelmoor`: a label saying the line is answered round
 * the clock (PATTERNS.roundTheClock) or a service's phrase (PATTERNS.hotlinePhrase) a few words before the number, a
 * name or a verb between them.
 */
const namesService = (label: string): boolean =>
  PATTERNS.roundTheClock.test(label) ||
  PATTERNS.hotlinePhrase.test(labelWords(label).slice(-SERVICE_WORDS_READ).join(' '));

/** A label a segment break parted (labelOpenedBefore) spans at most this many segments before its number's. */
const PARTED_LABEL_SEGMENTS = 2;

/**
 * `Callouts 24h (Yard / Standby crew): …`: a label whose brackets a segment break parted (its `)` before the number
 * closes no `(` of its segment); the text from the earlier segment of its line that opens the bracket, so that the
 * label is read whole. `previousOnLine` maps each segment to the one before it on its line.
 */
function labelOpenedBefore(previousOnLine: ReadonlyMap<Segment, Segment>, segment: Segment, before: string): string {
  const close = before.indexOf(')');
  if (close < 0 || before.slice(0, close).includes('(')) return '';
  const parts: string[] = [];
  let earlier = previousOnLine.get(segment);
  while (earlier && parts.length < PARTED_LABEL_SEGMENTS) {
    parts.unshift(earlier.text);
    if (earlier.text.includes('(')) return parts.join(' ');
    earlier = previousOnLine.get(earlier);
  }
  return '';
}

/** Each segment mapped to the one before it on its line. */
function previousSegmentsOnLine(segments: readonly Segment[]): Map<Segment, Segment> {
  const previous = new Map<Segment, Segment>();
  segments.forEach((segment, i) => {
    const before = segments[i - 1];
    if (before?.line === segment.line) previous.set(segment, before);
  });
  return previous;
}

/**
 * A label's words, nearest the number first, for a number of `type`; `shared` when they name a voice and fax line,
 * `service` when the label names a service's line (namesService).
 */
function labelOf(
  words: string[],
  type: NumberType | undefined,
  shared: boolean,
  ownSecretariat: boolean,
  service = false,
): Label | undefined {
  // `my old desk line`, `assistant direct`, `Join by phone`, `Sekretariat:`: words saying the number is not (or
  // no longer) the sender's outweigh the kind next to them; `Direct dial:`, `Tel. No.:` name a line all the same.
  const [nearest = '', ...farther] = words;
  const ownLabel = PHONE_LABELS.lineNamed.has(nearest) && isLineWord(farther[0] ?? '');
  const read = ownLabel ? farther : words;
  if (
    read.some((word) => PHONE_LABELS.skip.has(word) || (!ownSecretariat && PHONE_LABELS.secretariat.has(word))) ||
    PHONE_LABELS.numbered.has(read[0] ?? '') ||
    PATTERNS.joinByPhone.test([...words].reverse().join(' '))
  )
    return 'skip';
  // `Reservations (24 hrs):`, `24h-Notdienst:`: a line answered round the clock is a service's, as a hotline is.
  const hotline = service || words.some((word) => PHONE_LABELS.hotline.has(word));
  if (hotline) return type === 'MOBILE' ? 'mobile' : 'skip';
  // `Office Fax`, `Main Fax`: a fax word outweighs the voice kind beside it, unless joined to it as one label.
  if (!shared && words.some((word) => PHONE_LABELS.fax.has(word))) return 'fax';
  return LABEL_ORDER.find((kind) => words.some((word) => PHONE_LABELS[kind].has(word)));
}

/**
 * Plans whose mobiles are dialled from abroad with a token after the calling code that the national form leaves out:
 * Argentina's `9` (`Móvil 11 5678-1234` is `+54 9 11 5678 1234`; without it, the same digits are a Buenos Aires landline).
 */
const MOBILE_TOKENS: Readonly<Partial<Record<CountryCode, string>>> = { AR: '9' };

/** A number labelled a mobile that its plan reads as a fixed line, as the mobile its plan's token makes it (MOBILE_TOKENS). */
function asLabelledMobile(number: PhoneNumber): PhoneNumber {
  const token = number.country && MOBILE_TOKENS[number.country];
  if (!token || number.getType() !== 'FIXED_LINE') return number;
  const mobile = parsePhoneNumberFromString(`+${number.countryCallingCode}${token}${number.nationalNumber}`);
  return mobile?.isValid() && mobile.getType() === 'MOBILE' ? mobile : number;
}

function kindOfType(type: NumberType): PhoneKind {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'TOLL_FREE':
    case 'SHARED_COST':
    case 'UAN':
      return 'main';
    case 'FIXED_LINE':
    case 'FIXED_LINE_OR_MOBILE':
    case 'VOIP':
      return 'work';
    default:
      return 'other';
  }
}

/**
 * `Leiterin Sekretariat`, `Secrétariat de la Direction` on a line without a number: the sender works in the
 * secretariat, so its line (`Tél. secrétariat : 01 …`) is theirs.
 */
const worksInSecretariat = (texts: readonly string[]): boolean =>
  texts.some(
    (text) => !PATTERNS.anyDigit.test(text) && labelWords(text).some((word) => PHONE_LABELS.secretariat.has(word)),
  );

/**
 * `Regulated by the Texas Department of Licensing …, 1-800-…`: lines a footer opens with the body overseeing the firm
 * (OVERSEER_CUES); the numbers on them are that body's.
 */
const overseerLines = (segments: readonly Segment[]): Set<number> =>
  new Set(
    segments
      .filter(
        (segment) => segment.order === 0 && leadingPhrase(segment.text.trimStart().toLowerCase(), OVERSEER_CUES) > 0,
      )
      .map((segment) => segment.line),
  );

/** `assistant`, `Sekretariat`: a word saying whose line a label names, not the sender's (labelOf reads it so). */
const namesOthersWord = (word: string): boolean => PHONE_LABELS.skip.has(word) || PHONE_LABELS.secretariat.has(word);

/**
 * `F`, `Mobile`, `Tel./Fax`, a contact printout's `Assistant's Phone`: a segment of phone label words only, no digit;
 * a line's word beside words saying whose line it is.
 */
const isLabelAlone = (text: string): boolean => {
  // `Assistant's` read without its possessive's ending, which labelWords would leave as a word `s`.
  const found = labelWords(
    words(text)
      .map((word) => word.replace(PATTERNS.edgePunctuation, '').replace(PATTERNS.possessive, ''))
      .join(' '),
  );
  return (
    found.length > 0 &&
    found.length <= LABEL_WORDS_READ &&
    !PATTERNS.anyDigit.test(text) &&
    found.some(isLineWord) &&
    found.every((word) => isLineWord(word) || namesOthersWord(word))
  );
};

/** `segment` read after `last` on its line, the gap between them kept as spaces so that offsets hold. */
const joinedOnLine = (last: Segment, segment: Segment): Segment => ({
  ...last,
  text: last.text.padEnd(segment.start - last.start) + segment.text,
  end: segment.end,
});

/**
 * `F  415.555.0144`: a card's or letterhead's padded column sets the label apart from its number as a
 * segment of its own; the number's segment right after it on its line is read with it. A label after a
 * number on its line (`415.555.0143  Fax   415.555.0144`) is not read with the next number, unless a colon
 * closes it (`t :  415.555.0143  |  f :  415.555.0144`): a colon opens the value after it.
 */
function withLabelsBefore(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const label = out[out.length - 1];
    const before = out[out.length - 2];
    const opens =
      !before ||
      before.line !== label?.line ||
      !PATTERNS.anyDigit.test(before.text) ||
      PATTERNS.labelEnd.test(label.text);
    if (label && opens && label.line === segment.line && label.order === segment.order - 1 && isLabelAlone(label.text))
      out[out.length - 1] = joinedOnLine(label, segment);
    else out.push(segment);
  }
  return out;
}

type Hits = ReturnType<typeof findPhoneNumbersInText>;

/**
 * The numbers in `written`, one written with the range of lines it opens (`0-2312-5580-4`) read as its first;
 * when none is valid in `country`, a parenthesised prefix is read as a calling code (`(852) 2123 4567` → +852),
 * the text's length kept for the offsets.
 */
function numbersIn(written: string, country: CountryCode): Hits {
  // Mexico's old mobile `1` makes the number too long to be valid: read without it (a space in its place).
  const text = written.replace(PATTERNS.mexicanMobileOne, '$1 ');
  const found = findPhoneNumbersInText(text, { defaultCountry: country });
  // The range's last digit makes its number too long to be valid (`Tel. 0-2312-5580-4 Fax. 0-2312-5585` reads the
  // fax alone); a switchboard's `-0`, valid with it, is kept.
  const first = text.replace(PATTERNS.lineRangeEnd, '  ');
  const ranged = first === text ? [] : findPhoneNumbersInText(first, { defaultCountry: country });
  const hits = ranged.length > found.length ? ranged : found;
  if (hits.length > 0 || !text.includes('(')) return hits;
  const international = text.replace(PATTERNS.parenCallingCode, (match, code: string) =>
    `+${code}`.padEnd(match.length),
  );
  const read = findPhoneNumbersInText(international, { defaultCountry: country });
  return read.length > 0 ? read : hits;
}

/** Letters a scan (OCR) reads for digits: `555-O193`, `(6l7)`, `12З 456`, `555-О2-18` (a Cyrillic О). */
const SCANNED_DIGITS: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  О: '0',
  о: '0',
  D: '0',
  l: '1',
  I: '1',
  '|': '1',
  З: '3',
  S: '5',
};
const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean => !!ch && PATTERNS.letter.test(ch) && !(ch in SCANNED_DIGITS);

/** `text` with each letter a scan misread for a digit, next to a digit and no other letter, read as that digit (same length). */
function scannedAsDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const digit = SCANNED_DIGITS[ch];
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const inNumber = (isDigit(before) || isDigit(after)) && !isLetter(before) && !isLetter(after);
    out += digit && inNumber ? digit : ch;
  }
  return out;
}

/** Valid numbers in `text`, reading letters a scan took for digits when that finds more of them. */
function validNumbersIn(text: string, country: CountryCode): Hits {
  const hits = numbersIn(text, country);
  const scanned = scannedAsDigits(text);
  if (scanned === text) return hits;
  const read = numbersIn(scanned, country);
  return read.length > hits.length ? read : hits;
}

/**
 * Not a number someone dials, however valid: a date (`03.03.2026`) or a run read from inside one, a span of years, a
 * document's year and serial, an IP address, a postal code after its country letter (`L-2453`), a registration after
 * its register (`Amtsgericht Stuttgart HRB 734512`), a reference after its code (isReference).
 */
function isPhoneShaped(text: string, hit: { startsAt: number; endsAt: number }, asWritten: string): boolean {
  const before = text.slice(0, hit.startsAt);
  const written = asWritten.trim();
  // `[22.07.2024 16:05]`: a chat's date in its brackets is read as the date it is.
  const unbracketed = written.replace(PATTERNS.enclosingBrackets, '');
  // `24. Juni 2025 14:00`: a year and the hour after it; `2027–2030`, `09/2015–02/2019`: a span of years or months; a
  // month of a year (`06/2024`); `IP 203.0.113.44`; `Offert 2025-114`: a document's year and serial; `[5.6.2025
  // 14.22]`: a date's year and the hour, read from inside the date; `840.00`: a sum.
  if (
    PATTERNS.dateShape.test(unbracketed) ||
    PATTERNS.yearSpan.test(written) ||
    PATTERNS.monthOfYear.test(written) ||
    PATTERNS.moneyAmount.test(written) ||
    PATTERNS.yearSerial.test(written) ||
    PATTERNS.ipAddress.test(written) ||
    PATTERNS.runBefore.test(before)
  )
    return false;
  if (PATTERNS.minutesAfter.test(text.slice(hit.endsAt))) return false;
  // `Hämeenkatu 14 B 22, 33100 Tampere`: a short number in an address line, unlabelled, is its postal code.
  if (digitCount(written) <= MAX_POSTCODE_DIGITS && addressKind(text)) return false;
  if (PATTERNS.postcodeCountryPrefix.test(before) || isReference(before, written)) return false;
  return !labelWords(before.replace(PATTERNS.labelDots, '')).some((word) => PHONE_LABELS.registry.has(word));
}

/**
 * `Container: MSKU 482913-0`, `Nr. AB 250611-07`, `ОПУ 1842-2026`: digits that a code of capitals opens are an order's,
 * a file's or a container's reference. Not a line's label in capitals (`TEL 052-218-4472`, `GSM …`), nor a number
 * opening as one is dialled (`PT +351 93 …`, `DW 0711 …`, `LAKESHORE TENT (312) 555-0178`).
 */
function isReference(before: string, written: string): boolean {
  const code = PATTERNS.referenceCode.exec(before)?.[1];
  if (!code || isLineWord(code.toLowerCase())) return false;
  return !PATTERNS.dialledOpening.test(written);
}

/**
 * `+44 20 7946 0142 United Kingdom`, `+1 646 555 0199 US (New York)`: an unlabelled number followed by nothing but
 * the country it is dialled from (a city aside) is one of a meeting's local dial-in numbers — a signature labels
 * a number by its kind, not by its country.
 */
function isDialInByCountry(after: string): boolean {
  // `Deutschland, Gebührenpflichtig`, `United States Toll-Free`: a bridge's list says what the call costs beside the country.
  const place = words(after.replace(PATTERNS.closingAside, ''))
    .map((word) => normalizeKey(word))
    .filter((word) => !DIAL_IN_CHARGES.has(word))
    .join(' ');
  return place !== '' && countryNamedInText(place) !== undefined;
}

export interface PhoneFindings {
  phones: ParsedValue<PhoneValue>[];
  fax: ParsedValue<string>[];
}

/**
 * Whether `segment` opens a number that a padded paste (a card's columns, a web mail's double spaces, spaced dashes)
 * split into segments of one line: a calling code alone (`+995`, `(+216)`), a trunk prefix's group alone under its
 * label, in the segment (`M 010`) or the one before it (`T:` then `0141`) or opening its line (`020 - 624 88 13`), or
 * an area code alone right after its label (`m` then `604 - 555 - 0132`). `2018 - 2022` opens none: two years.
 */
function opensSplitNumber(segment: Segment, before: Segment | undefined): boolean {
  if (PATTERNS.callingCodeAlone.test(segment.text)) return true;
  if (PATTERNS.areaCodeAlone.test(segment.text) && labelsNext(before, segment)) return true;
  const trunk = PATTERNS.trunkGroupAlone.exec(segment.text);
  if (!trunk) return false;
  const label = trunk[1];
  return label ? isLabelAlone(label) : segment.order === 0 || labelsNext(before, segment);
}

/** `T:` then `0141` on one line: a segment of label words alone right before `segment`. */
const labelsNext = (label: Segment | undefined, segment: Segment): boolean =>
  !!label && label.line === segment.line && label.order === segment.order - 1 && isLabelAlone(label.text);

/**
 * `0732 65 41 20 - 0`, `0662 87 45 10 - 21`: a switchboard's `0` or a direct line's few digits that a spaced dash set apart
 * as the last segment of the number's line, read joined to it by the dash (`…20-0`), as the unspaced form is.
 */
function withDirectDialTails(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const [i, segment] of segments.entries()) {
    const number = out[out.length - 1];
    const endsLine = segments[i + 1]?.line !== segment.line;
    const tail =
      !!number &&
      endsLine &&
      number.line === segment.line &&
      number.order === segment.order - 1 &&
      PATTERNS.digitsOnly.test(segment.text) &&
      segment.text.length <= MAX_DIRECT_DIAL_DIGITS &&
      isDigit(number.text.charAt(number.text.length - 1)) &&
      digitCount(number.text) > MAX_POSTCODE_DIGITS;
    if (number && tail) {
      const joined = `${number.text.padEnd(segment.start - number.start - 1)}-${segment.text}`;
      out[out.length - 1] = { ...number, text: joined, end: segment.end };
    } else out.push(segment);
  }
  return out;
}

/**
 * `+995  32  241  8227`, `Tel.:  +49  40  1234567-31`, `T:  0141  496  0081`: a number that a padded paste split
 * into segments of one line (opensSplitNumber), joined again (the gaps kept as spaces, so offsets hold).
 */
function joinDigitGroups(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let joining = false;
  for (const segment of segments) {
    const last = out[out.length - 1];
    if (joining && last && last.line === segment.line && PATTERNS.numberPiece.test(segment.text))
      out[out.length - 1] = joinedOnLine(last, segment);
    else {
      joining = opensSplitNumber(segment, last);
      // `…0081  F:  0141  496  0082`: the label is read with the number it opens, not left to a segment of its own
      // after another number (withLabelsBefore does not join that).
      if (joining && last && labelsNext(last, segment)) out[out.length - 1] = joinedOnLine(last, segment);
      else out.push(segment);
    }
  }
  return out;
}

/**
 * A segment's valid numbers, and whether any is valid in the country it was read in itself (planOf), or is a North
 * American number where that country's plan read the same digits only with its trunk `0` left out (leavesOutTrunk).
 */
interface Numbers {
  hits: Hits;
  inPlan: boolean;
}

/**
 * The valid numbers in `text` (one segment): read in the text's country, and, where none is valid there,
 * those written in the North American shape (`312-555-0144`, `(415) 555-0187`) read in the default plan;
 * where the text implies no country, each fallback plan in turn (FALLBACK_PLANS). The text's country comes from weak
 * cues too (a colleague named `Jordan` in a sentence), but only a number laid out as the default plan
 * writes it is read in that plan: a tax or order number in the country's own layout is not.
 */
function numbersInCountry(text: string, country: CountryCode | undefined): Numbers {
  if (!country) {
    const read = scannedAsDigits(text);
    for (const { plan, shape } of FALLBACK_PLANS) {
      const hits = validNumbersIn(text, plan).filter((hit) => {
        const written = dialledPart(read.slice(hit.startsAt, hit.endsAt), hit.number.ext);
        const ownCode = hit.number.countryCallingCode === getCountryCallingCode(plan);
        return !ownCode || PATTERNS.withCallingCode.test(written) || shape.test(written);
      });
      if (hits.length > 0) return { hits, inPlan: false };
    }
    return { hits: [], inPlan: false };
  }
  const read = validNumbersIn(text, country);
  const found = read.filter((hit) => !leavesOutTrunk(text, hit, country));
  const ownCode = getCountryCallingCode(country);
  const inOwnPlan = found.some((hit) => hit.number.countryCallingCode === ownCode);
  if (inOwnPlan || country === FALLBACK_COUNTRY) return { hits: found, inPlan: found.length > 0 };
  // `c: (646) 555-0117` under a sender signing `Jordan`: a number in the North American layout that the country's
  // plan does not read is North America's, not one whose brackets hold a calling code (`(64)6 …`, New Zealand's).
  const hits = validNumbersIn(text, FALLBACK_COUNTRY).filter((hit) =>
    PATTERNS.northAmericanShape.test(dialledPart(text.slice(hit.startsAt, hit.endsAt), hit.number.ext)),
  );
  // One the plan reads only with its trunk `0` left out (leavesOutTrunk) is as surely North America's as its own.
  const trunkLeftOut = read.filter((hit) => !found.includes(hit));
  const overTrunkLeftOut = hits.some((hit) =>
    trunkLeftOut.some((left) => left.startsAt < hit.endsAt && hit.startsAt < left.endsAt),
  );
  return hits.length > 0 || found.length === 0 ? { hits, inPlan: overTrunkLeftOut } : { hits: found, inPlan: true };
}

/**
 * Plans whose national numbers are written with their trunk `0` (`020 7946 0859`, `089 2180 4410`, `03-5821-4467`):
 * one written without it and without a calling code is none of theirs.
 */
const TRUNK_WRITTEN_PLANS: ReadonlySet<CountryCode> = new Set<CountryCode>([
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'NL',
  'BE',
  'FR',
  'AU',
  'NZ',
  'JP',
]);

/**
 * `Telefon: (617) 555-0162` (a German label word), `758-555-0176` under `Ltd`: a number `country`'s plan
 * reads only as its own national number with the trunk `0` left out, in a plan that always writes it (TRUNK_WRITTEN_PLANS).
 */
function leavesOutTrunk(text: string, hit: Hits[number], country: CountryCode): boolean {
  if (!TRUNK_WRITTEN_PLANS.has(country) || hit.number.countryCallingCode !== getCountryCallingCode(country))
    return false;
  return omitsTrunk(hit.number.formatNational(), dialledPart(text.slice(hit.startsAt, hit.endsAt), hit.number.ext));
}

/** `0261 429-1180` written `261 429-1180`: the written number is the national one with its trunk `0` left out. */
function omitsTrunk(national: string, written: string): boolean {
  const digits = digitsOf(national);
  return digits.startsWith('0') && digits.slice(1) === digitsOf(written);
}

/**
 * `809-555-0164 Ext. 31`, `(416) 555-0176 доб. 12`: a number as written up to its last digit before the extension
 * libphonenumber read after it (`ext`), in whatever words the extension is labelled: the part whose layout tells
 * which plan writes it.
 */
function dialledPart(written: string, ext: string | undefined): string {
  if (!ext) return written;
  let digits = digitCount(written) - ext.length;
  for (let i = 0; i < written.length; i++)
    if (isDigit(written.charAt(i)) && --digits === 0) return written.slice(0, i + 1);
  return written;
}

/** Whether `next` is the segment right after `segment` on its line (`… 5566 / 4012 5567`) or opens the line below. */
const followsOn = (segment: Segment, next: Segment): boolean =>
  next.line === segment.line ? next.order === segment.order + 1 : next.line === segment.line + 1 && next.order === 0;

/**
 * `Ph: (033) 4012 5566 / 4012 5567`: a number's last digits alone (PATTERNS.numberTail), more than a postal code's
 * and in the digit groups the number above ends with, are a second line of the same exchange — that number with its
 * last digits replaced — when valid. A column's `123-4567` beside `08-123 456 70` (a bank giro) is no such line.
 */
function numberContinued(text: string, above: { number: PhoneNumber; written: string }): PhoneNumber | undefined {
  const tail = text.trim();
  const digits = digitsOf(tail);
  if (!PATTERNS.numberTail.test(tail) || digits.length <= MAX_POSTCODE_DIGITS) return undefined;
  if (!` ${digitGroups(above.written)}`.endsWith(` ${digitGroups(tail)}`)) return undefined;
  const national = above.number.nationalNumber;
  if (digits.length >= national.length) return undefined;
  const number = parsePhoneNumberFromString(
    `+${above.number.countryCallingCode}${national.slice(0, -digits.length)}${digits}`,
  );
  return number?.isValid() ? number : undefined;
}

/**
 * `Zentrale: +49 203 555 180-0` … `Durchwahl: -214`: the direct line a switchboard number (its E.164
 * without the operator's final 0) and an extension written after it make, when valid.
 */
function directLine(segment: Segment, switchboard: string): ParsedValue<PhoneValue> | undefined {
  const dial = [...segment.text.matchAll(PATTERNS.labelledExtension)].find((match) =>
    PHONE_LABELS.directDial.has(match[1]?.toLowerCase() ?? ''),
  );
  const extension = dial?.[2];
  if (!dial || !extension) return undefined;
  const number = parsePhoneNumberFromString(switchboard + extension);
  if (!number?.isValid()) return undefined;
  const start = segment.start + dial.index + dial[0].lastIndexOf(extension);
  return { value: { number: number.number, kind: 'work' }, start, end: start + extension.length };
}

/**
 * `0803 418 2276, 0806 214 7731`: a comma and a space before the next number list two numbers
 * (libphonenumber reads `, 0806` as an extension dialled after a pause): read as a line break, same length.
 */
const listed = (text: string): string =>
  text.includes(',') || text.includes(';') ? text.replace(PATTERNS.listComma, '\n') : text;

/**
 * `هاتف: 4 329 8814 971+`: a number copied from a right-to-left line, its `+971` moved after it;
 * read with the calling code first again (`+971 4 329 8814`, same length).
 */
const callingCodeFirst = (text: string): string =>
  text.includes('+')
    ? text.replace(PATTERNS.trailingCallingCode, (_, rest: string, code: string) => `+${code} ${rest}`)
    : text;

/**
 * `تلفن: ۸۸۱۲۳۴۵۶-۰۲۱`: a number typed on a right-to-left line in the order it shows, its trunk group (`021`, Tehran's)
 * after the subscriber's digits; read with the trunk group first again (`021-88123456`, same length).
 */
const trunkGroupFirst = (text: string): string =>
  PATTERNS.rightToLeft.test(text) ? text.replace(PATTERNS.trailingTrunkGroup, '$2-$1') : text;

/**
 * `wa.me/529511234567`: a chat link holds the number in full, its calling code first with no `+`; the link's
 * path is read as that `+` (same length), not the number as a national one.
 */
const chatLinked = (text: string): string => text.replace(PATTERNS.chatLinkNumber, (path) => '+'.padStart(path.length));

/**
 * The numbers in `text` read with its chat links' paths as `+` (chatLinked); a number opening on such a `+` spans
 * from the digit after it, as the text writes it (`233245550188`, not `/233245550188`).
 */
function chatLinkedNumbers(text: string, country: CountryCode | undefined): Numbers {
  const linked = chatLinked(text);
  const numbers = numbersInCountry(linked, country);
  if (linked === text) return numbers;
  const fromDigits = (hit: Hits[number]): Hits[number] =>
    linked.charAt(hit.startsAt) === '+' && text.charAt(hit.startsAt) !== '+'
      ? { ...hit, startsAt: hit.startsAt + 1 }
      : hit;
  return { ...numbers, hits: numbers.hits.map(fromDigits) };
}

/** The valid numbers in a segment's text, read as a list, a right-to-left line or a chat link writes them. */
const numbersInSegment = (text: string, country: CountryCode | undefined): Numbers =>
  chatLinkedNumbers(trunkGroupFirst(callingCodeFirst(listed(text))), country);

/**
 * `T 0131 496` over `0258`: a segment a hard wrap (a PDF's centred letterhead) broke before its
 * number's last group — it ends in a digit, the next line opens with a digit group alone.
 */
const isWrappedNumber = (end: Segment, next: Segment): boolean =>
  next.line === end.line + 1 &&
  next.order === 0 &&
  PATTERNS.digitGroup.test(next.text) &&
  !next.text.startsWith('+') &&
  isDigit(end.text.charAt(end.text.length - 1));

/**
 * The segments that hold a digit, each with the valid numbers in it; one that holds none and a hard
 * wrap broke is read together with the next line (joinedWith: one space, as a wide gap parts two
 * numbers). Each text is validated once.
 */
function* segmentsWithNumbers(
  segments: readonly Segment[],
  country: CountryCode | undefined,
): Generator<{ segment: Segment } & Numbers> {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (!PATTERNS.anyDigit.test(segment.text)) continue;
    const numbers = numbersInSegment(segment.text, country);
    const next = segments[i + 1];
    if (numbers.hits.length > 0 || !next || !isWrappedNumber(segment, next)) {
      yield { segment, ...numbers };
      continue;
    }
    const joined = joinedWith(segment, next);
    i++;
    yield { segment: joined, ...numbersInSegment(joined.text, country) };
  }
}

/** `۰۲۱-۵۵۵۰۱۴۲۰`: a number written in another script's digits, read in ASCII ones. */
function withAsciiDigits(segment: Segment): Segment {
  const text = asciiDigits(segment.text);
  return text === segment.text ? segment : { ...segment, text };
}

/**
 * The segments with their numbers (segmentsWithNumbers), read in one country's plan for all: the text's
 * (`country`), unless none of them is valid there and one is in a runner-up, a weaker country the text implies
 * (`Vertrieb Deutschland` in a title outweighs `1020 Wien`, but `01 555 0187 22` is no German number). An
 * order number is read in no other country's. Last, the `kin` of a country the text implies by its language alone
 * (`Saludos` over `Cel. 0341 15 612 0047`): the one whose plan reads the most numbers (kinReading), when it reads
 * more than the country's own and is worth trying (triesKin), of tied ones that of a country the text `implies`
 * besides (`Kia ora` under `Ltd`), else of the `correspondents` (the country the thread's other messages imply),
 * whose plan is also read when the text implies no country and no fallback plan reads a number. Failing that, with
 * `anyCountry` and few segments with digits, the plan of the one country that groups them as written
 * (groupedPlanReading). Each plan tried reads the segments as they are kept, once, and is judged on that reading: a
 * number valid only once its wrapped halves are joined counts for its plan.
 */
function planOf(
  segments: readonly Segment[],
  country: CountryCode | undefined,
  runnersUp: readonly CountryCode[],
  kin: readonly CountryCode[],
  correspondents: CountryCode | undefined,
  implies: readonly CountryCode[],
  anyCountry: boolean,
): Array<{ segment: Segment } & Numbers> {
  const read = (plan: CountryCode | undefined): Array<{ segment: Segment } & Numbers> => [
    ...segmentsWithNumbers(segments, plan),
  ];
  const readsAny = (reading: ReadonlyArray<Numbers>): boolean => reading.some((numbers) => numbers.inPlan);
  const inCountry = read(country);
  // No country implied and no fallback plan reads a number: the plan of the country the thread's other messages imply.
  if (!country && correspondents && inCountry.every(({ hits }) => hits.length === 0)) {
    const inTheirs = read(correspondents);
    if (readsAny(inTheirs)) return inTheirs;
  }
  if (!country) {
    const grouped = anyCountry && fewDigitSegments(segments) ? groupedPlanReading(read, inCountry) : undefined;
    return grouped ?? inCountry;
  }
  if (!readsAny(inCountry))
    for (const plan of runnersUp) {
      const inRunnerUp = read(plan);
      if (readsAny(inRunnerUp)) return inRunnerUp;
    }
  const inKin = triesKin(segments, kin, inCountry)
    ? kinReading(
        kin.map((plan) => ({ plan, reading: read(plan) })),
        [...implies, correspondents],
      )
    : undefined;
  // `Tél. 02 640 12 87` and `GSM 0476 31 22 09` under a French sign-off: France's plan reads the second only (as a
  // landline), Belgium's both. A country resting on its language alone yields to the kin that reads more, or as many
  // written in its plan's own digit groups where the country's plan opens them with another group (`0478 21 64 09` is
  // Belgium's `0478 21 64 09`, not France's `04 78 21 64 09`).
  if (!inKin) return inCountry;
  const [kinCount, ownCount] = [numbersRead(inKin), numbersRead(inCountry)];
  return kinCount > ownCount || (kinCount === ownCount && fitsOwnPlan(inKin) && !opensWithOwnPrefix(inCountry))
    ? inKin
    : inCountry;
}

/**
 * With no country implied, where the fallback plans leave a phone's digits unread (`Tel. 081 725 08 19` under a Swiss
 * village's postcode; `Cel. 351 15 604-2218` beside a landline Britain's plan reads): the plan of the one country that
 * reads more numbers than they did, each written in that plan's own digit groups (writtenAsOwnPlanWrites), and the
 * most digits (Argentina's `(011) 4732-5518` whole, not Guatemala's eight after its area code). Few plans group a
 * national number alike; plans sharing a calling code read alike and count as one. Each plan reads the segments
 * again, so only then.
 */
function groupedPlanReading(
  read: (plan: CountryCode) => Array<{ segment: Segment } & Numbers>,
  fallback: ReadonlyArray<{ segment: Segment } & Numbers>,
): Array<{ segment: Segment } & Numbers> | undefined {
  // The fallback plans' numbers, counted as read (they are read in no plan of the text's own).
  const fallbackRead = fallback.map((numbers) => ({ ...numbers, inPlan: true }));
  if (!leavesDigitsUnread(fallbackRead)) return undefined;
  const fallbackCount = numbersRead(fallbackRead);
  const fitting = new Map<string, Array<{ segment: Segment } & Numbers>>();
  for (const plan of getCountries()) {
    const reading = read(plan);
    const phones = phonesRead(reading);
    if (phones.length > fallbackCount && phones.every(({ segment, hit }) => writtenAsOwnPlanWrites(segment, hit)))
      fitting.set(phones.map(({ hit }) => hit.number.number).join(' '), reading);
  }
  const most = withMostDigits([...fitting.values()], digitsRead);
  return most.length === 1 ? most[0] : undefined;
}

/**
 * Whether a segment of the reading holds more digits than a postal code outside the numbers its plan read (`GSM 0476
 * 31 22 09` that France's plan does not read) and its dates and times (a chat's `[21.11.2026 16:02]`): only then can
 * another plan read more phones, so only then are the language's kin tried (each reads every segment again, in up to
 * 57 countries).
 */
const leavesDigitsUnread = (reading: ReadonlyArray<{ segment: Segment } & Numbers>): boolean =>
  reading.some(({ segment, hits, inPlan }) => {
    const read = inPlan ? hits.reduce((sum, hit) => sum + digitCount(writtenOf(segment, hit)), 0) : 0;
    return digitCount(segment.text.replace(PATTERNS.datesAndTimes, '')) - read > MAX_POSTCODE_DIGITS;
  });

/**
 * Whether the language's `kin` are worth reading at all: some, over few segments with digits, one left unread or
 * opening with a group the country's plan does not open it with.
 */
const triesKin = (
  segments: readonly Segment[],
  kin: readonly CountryCode[],
  inCountry: ReadonlyArray<{ segment: Segment } & Numbers>,
): boolean =>
  kin.length > 0 && fewDigitSegments(segments) && (leavesDigitsUnread(inCountry) || !opensWithOwnPrefix(inCountry));

/** Whether at most MAX_KIN_SEGMENTS segments hold digits: few enough to read again in other countries' plans. */
const fewDigitSegments = (segments: readonly Segment[]): boolean =>
  segments.filter((segment) => PATTERNS.anyDigit.test(segment.text)).length <= MAX_KIN_SEGMENTS;

/** The text a hit spans in its segment, as written. */
const writtenOf = (segment: Segment, hit: Hits[number]): string => segment.text.slice(hit.startsAt, hit.endsAt);

/**
 * The numbers a reading finds valid in its own plan, only those written as a phone number is: a plan that also reads a
 * postal code (`831 30`) or a house number as some short number reads no more phones for it.
 */
const phonesRead = (
  reading: ReadonlyArray<{ segment: Segment } & Numbers>,
): Array<{ segment: Segment; hit: Hits[number] }> =>
  reading.flatMap(({ segment, hits, inPlan }) =>
    inPlan
      ? hits
          .filter((hit) => {
            const written = writtenOf(segment, hit);
            return digitCount(written) > MAX_POSTCODE_DIGITS && isPhoneShaped(segment.text, hit, written);
          })
          .map((hit) => ({ segment, hit }))
      : [],
  );

/** How many numbers a reading finds valid in its own plan (phonesRead). */
const numbersRead = (reading: ReadonlyArray<{ segment: Segment } & Numbers>): number => phonesRead(reading).length;

/** How many digits the numbers a reading finds valid in its own plan (phonesRead) are written with. */
const digitsRead = (reading: ReadonlyArray<{ segment: Segment } & Numbers>): number =>
  phonesRead(reading).reduce((sum, { segment, hit }) => sum + digitCount(writtenOf(segment, hit)), 0);

/** Number types a firm publishes (`0800 …`, premium and shared-cost lines), seldom a person's own unlabelled line. */
const FIRMS_NUMBER_TYPES: ReadonlySet<NumberType | undefined> = new Set([
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'UAN',
]);

/** `0807 415 2963` → `08074152963`: a number's digits alone. */
const digitsOf = (text: string): string => (text.match(PATTERNS.digitRun) ?? []).join('');

/** `0807 415 2963` → `0807`: a number's first digit group. */
const firstGroup = (text: string): string => text.match(PATTERNS.digitRun)?.[0] ?? '';

/** `0807 415 2963` → `4 3 4`: the lengths of a number's digit groups. */
const digitGroups = (text: string): string => (text.match(PATTERNS.digitRun) ?? []).map((run) => run.length).join(' ');

/**
 * Whether a number is written as the plan it was read in writes a person's line: in that plan's national digit groups
 * (Nigeria's mobile `0807 415 2963`, where India's plan groups the same digits `080 7415 2963`), and of a type a person
 * has (New Zealand reads the same digits as a toll-free line).
 */
function writtenAsOwnPlanWrites(segment: Segment, hit: Hits[number]): boolean {
  const written = dialledPart(writtenOf(segment, hit), hit.number.ext);
  return (
    !FIRMS_NUMBER_TYPES.has(hit.number.getType()) &&
    digitGroups(written) === digitGroups(withoutUnwrittenTrunk(hit.number.formatNational(), written))
  );
}

/**
 * `0261 429-1180` as `261 429-1180`: a national format without the trunk `0` that the written number leaves out, as
 * many write their own numbers; its groups are the plan's all the same.
 */
function withoutUnwrittenTrunk(national: string, written: string): string {
  return omitsTrunk(national, written) ? national.replace('0', '') : national;
}

/** Whether a reading finds numbers, all valid in its plan, written as that plan writes a person's line (writtenAsOwnPlanWrites). */
const fitsOwnPlan = (reading: ReadonlyArray<{ segment: Segment } & Numbers>): boolean =>
  !leavesDigitsUnread(reading) && phonesRead(reading).every(({ segment, hit }) => writtenAsOwnPlanWrites(segment, hit));

/**
 * Whether each number a reading finds written in national form (its digits those of the plan's national format, no
 * calling code) opens with the group its plan opens with: writers group the rest loosely (Spain's `912 345 678` for
 * `912 34 56 78`), but set apart the area code or mobile prefix they dial (`0478 21 64 09` is no French `04 78 …`).
 */
const opensWithOwnPrefix = (reading: ReadonlyArray<{ segment: Segment } & Numbers>): boolean =>
  phonesRead(reading).every(({ segment, hit }) => {
    const written = dialledPart(writtenOf(segment, hit), hit.number.ext);
    const national = hit.number.formatNational();
    return digitsOf(written) !== digitsOf(national) || firstGroup(written) === firstGroup(national);
  });

/** The readings that read the most digits (the largest counted once). */
function withMostDigits<T>(readings: readonly T[], digitCount: (reading: T) => number): T[] {
  const digits = readings.map(digitCount);
  const most = Math.max(...digits);
  return readings.filter((_, i) => digits[i] === most);
}

/**
 * Of the readings in a language's countries, the one that reads the most numbers, if no other reads as many: a
 * short national number is valid in several (`424-8830` in Cuba as in Argentina, where `(0341) 424-8830` is whole).
 * Of several that read as many, the one alone that reads every number the segments hold, each written as its plan
 * writes a person's line (writtenAsOwnPlanWrites): `Ltd` over `0807 415 2963` is Nigeria's mobile, not India's
 * landline nor New Zealand's toll-free line; of several so written (or of the tied, when none is), the first `preferred`
 * plan's among them.
 */
function kinReading<T extends ReadonlyArray<{ segment: Segment } & Numbers>>(
  readings: ReadonlyArray<{ plan: CountryCode; reading: T }>,
  preferred: ReadonlyArray<CountryCode | undefined>,
): T | undefined {
  const counts = readings.map(({ reading }) => numbersRead(reading));
  const most = Math.max(0, ...counts);
  if (most === 0) return undefined;
  const counted = readings.filter((_, i) => counts[i] === most);
  // `Cel: 11 4987-2210`: Argentina's plan reads the whole number, Guatemala's only the eight digits after its area code.
  const tied = withMostDigits(counted, ({ reading }) => digitsRead(reading));
  if (tied.length === 1) return tied[0].reading;
  const fitting = tied.filter(({ reading }) => fitsOwnPlan(reading));
  if (fitting.length === 1) return fitting[0].reading;
  // Of several so written, or of the tied when none is (a registry number left unread), the plan preferred.
  const choices = fitting.length > 0 ? fitting : tied;
  for (const country of preferred) {
    const reading = choices.find(({ plan }) => plan === country)?.reading;
    if (reading) return reading;
  }
  return undefined;
}

/**
 * Numbers in the segments, each labelled; duplicates (same E.164) keep their first reading. National numbers are
 * read in `country`, or in one of the `runnersUp`, or in the one of its language's `kin` that reads the most (planOf).
 * A number labelled with another person's given name (`isOthersGiven`: namesOthersNamedLine) is theirs, not read.
 * `anyCountry`: with no country implied, any country's plan that groups the numbers as written may read them — a
 * message's; not a sheet's cell, or each cell of a column would take whichever country happens to group it.
 */
export function findPhones(
  written: readonly Segment[],
  country: CountryCode | undefined,
  runnersUp: readonly CountryCode[] = [],
  kin: readonly CountryCode[] = [],
  isOthersGiven: (name: string) => boolean = () => false,
  correspondents?: CountryCode,
  implies: readonly CountryCode[] = [],
  anyCountry = false,
): PhoneFindings {
  const segments = written.map(withAsciiDigits);
  const phones: ParsedValue<PhoneValue>[] = [];
  const fax: ParsedValue<string>[] = [];
  const seen = new Map<string, { labelled: boolean; phone?: ParsedValue<PhoneValue> }>();
  const exchanges = new Set<ParsedValue<PhoneValue>>();
  let switchboard: { e164: string; line: number; phone: ParsedValue<PhoneValue> } | undefined;
  // The last number read, whose exchange a line of its last digits below it shares (numberContinued).
  let lastRead: { number: PhoneNumber; written: string; segment: Segment; fax: boolean; kind: PhoneKind } | undefined;
  const texts = segments.map((segment) => segment.text);
  const ownSecretariat = worksInSecretariat(texts);
  const overseers = overseerLines(segments);
  const labelled = withLabelsBefore(joinDigitGroups(withDirectDialTails(segments)));
  const previousOnLine = previousSegmentsOnLine(labelled);
  for (const { segment, hits } of planOf(labelled, country, runnersUp, kin, correspondents, implies, anyCountry)) {
    if (overseers.has(segment.line)) continue;
    // A switchboard farther up is another block's: a later signature's `Durchwahl` is not its extension.
    if (switchboard && segment.line - switchboard.line > SWITCHBOARD_LINES_READ) switchboard = undefined;
    const continued =
      hits.length === 0 && lastRead && followsOn(lastRead.segment, segment)
        ? numberContinued(segment.text, lastRead)
        : undefined;
    if (lastRead && continued && !seen.has(continued.number)) {
      const span = { start: segment.start, end: segment.end };
      if (lastRead.fax) fax.push({ value: continued.number, ...span });
      else phones.push({ value: { number: continued.number, kind: lastRead.kind }, ...span });
      seen.set(continued.number, { labelled: true });
    }
    let previousEnd = 0;
    for (const [i, hit] of hits.entries()) {
      const beforeText = segment.text.slice(previousEnd, hit.startsAt);
      const before = labelWords(beforeText).slice(-LABEL_WORDS_READ).reverse();
      const nextStart = hits[i + 1]?.startsAt ?? segment.text.length;
      const after = segment.text.slice(hit.endsAt, nextStart);
      // `(mobile)` after a number; `580-555-0144 cell` when a word or two end the segment.
      const asideText = after.trimStart().startsWith('(')
        ? after.slice(0, after.indexOf(')') + 1)
        : i === hits.length - 1 && words(after).length <= LABEL_WORDS_AFTER
          ? after
          : '';
      const aside = labelWords(asideText);
      previousEnd = hit.endsAt;
      const number = hit.number;
      const written = segment.text.slice(hit.startsAt, hit.endsAt);
      if (!isPhoneShaped(segment.text, hit, written)) continue;
      // `+45 32 55 01 42,,118845632#`: a number with a meeting's ID to dial after it is the meeting's bridge.
      if (PATTERNS.oneTapDialIn.test(written)) continue;
      // `ID: +62 812 …`, `No: +44 …`: a short word naming a number, its colon closing it, before one dialled with its
      // calling code names the country or the line; a meeting's, an order's or a box's number is written with no `+`,
      // and a bridge's list brackets its country (`(ID) +62 21 …`).
      const numberedLabel = PHONE_LABELS.numbered.has(before[0] ?? '') && PATTERNS.labelEnd.test(beforeText);
      const named = written.startsWith('+') && numberedLabel ? before.slice(1) : before;
      // `Tel: 01904 726 418 (secretary)`: a word after the number saying it is not the sender's outweighs the one before.
      const type = number.getType();
      const asideLabel = labelOf(aside, type, namesSharedLine(asideText), ownSecretariat, namesService(asideText));
      // The service's phrase is read in the whole label, from its line's earlier segments when a break parted it.
      const labelText =
        i === 0 ? `${labelOpenedBefore(previousOnLine, segment, beforeText)} ${beforeText}` : beforeText;
      const label =
        asideLabel === 'skip'
          ? asideLabel
          : (labelOf(named, type, namesSharedLine(beforeText), ownSecretariat, namesService(labelText)) ?? asideLabel);
      // An unlabelled number named by the country it is dialled from is a meeting's bridge too; `Mobile: … Kenya` is not.
      // `Location: Joaquín will call you at +46 …`: the number the writer calls is the reader's.
      if (
        label === 'skip' ||
        PATTERNS.callsReader.test(beforeText) ||
        namesOthersLine(beforeText, texts) ||
        namesOthersNamedLine(beforeText, after, isOthersGiven) ||
        (label === undefined && isDialInByCountry(after))
      )
        continue;
      const e164 = label === 'mobile' ? asLabelledMobile(number).number : number.number;
      const earlier = seen.get(e164);
      if (earlier) {
        // `New voicemail from (503) 555-0121` … `my cell at 503 555 0121`: the label read later names it.
        if (!earlier.labelled && earlier.phone && label && label !== 'fax') earlier.phone.value.kind = label;
        continue;
      }
      const { start, end } = sliceSegment(segment, hit.startsAt, hit.endsAt);
      const span = { start, end };
      if (label === 'fax') {
        fax.push({ value: e164, ...span });
        seen.set(e164, { labelled: true });
        lastRead = { number, written, segment, fax: true, kind: 'work' };
        continue;
      }
      const phone = { value: { number: e164, kind: label ?? kindOfType(type) }, ...span };
      lastRead = { number, written, segment, fax: false, kind: phone.value.kind };
      phones.push(phone);
      seen.set(e164, { labelled: !!label, phone });
      if (PATTERNS.switchboardEnd.test(written)) switchboard = { e164: e164.slice(0, -1), line: segment.line, phone };
    }
    // `Telefon: 0621 555 38-0, Durchwahl -412`: the extension after the switchboard, on its line or below it.
    const direct = switchboard && directLine(segment, switchboard.e164);
    if (switchboard && direct && !seen.has(direct.value.number)) {
      // `Tel.: 089 2180 44-0, Durchwahl -72` writes one number, the direct line: the exchange it is
      // dialled through is the firm's, not the sender's, unless listed as the main line (`Zentrale:`).
      exchanges.add(switchboard.phone);
      phones.push(direct);
      seen.set(direct.value.number, { labelled: true, phone: direct });
    }
  }
  // Read at the end: a later line may still label the exchange the main line.
  return { phones: phones.filter((phone) => !exchanges.has(phone) || phone.value.kind === 'main'), fax };
}
