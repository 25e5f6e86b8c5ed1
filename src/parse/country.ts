// The country a text implies, for reading national-format phone numbers (`0131 496 0555`).
// Evidence, strongest first: numbers written with a country code, postal formats and country or
// city names, then the sender's ccTLD, legal forms and labels, sign-off language and script.
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { PATTERNS } from './patterns';
import { asciiDigits, commaBelow, normalizeKey, withoutMarks, words } from './text';
import {
  countryNamedFrom,
  countryNamedInField,
  countryNamedInLanguages,
  countryNamedInText,
  countriesSpeaking,
  mainLanguage,
} from './countryNames';
import {
  CITY_COUNTRIES,
  COUNTRY_HINT_WORDS,
  COURTESY_COUNTRIES,
  FUNCTION_WORD_COUNTRIES,
  HINT_WORDS_IN_CAPITALS,
  LANGUAGE_ALSO_WRITTEN_IN,
  NEW_PLACE_WORDS,
  PLACE_OPENING_ARTICLES,
  SIGN_OFF_SPELLING_KIN,
  STREET_WORDS,
  TERRITORY_SOVEREIGNS,
  TIME_ZONE_COUNTRIES,
  VALEDICTION_COUNTRIES,
} from './vocabulary';

const WEIGHT_COUNTRY_CODE = 3;
const WEIGHT_POSTAL_FORMAT = 3;
const WEIGHT_COUNTRY_NAME = 3;
const WEIGHT_CITY = 2;
const WEIGHT_SCRIPT = 2;
const WEIGHT_TLD = 1;
const WEIGHT_HINT_WORD = 1;
const WEIGHT_VALEDICTION = 1;
/**
 * A phrase table's keys without diacritics, as phrases are often typed (`nga mihi` for `ngā mihi`, `Jerejef`): a key
 * that phrases of two countries share once unmarked (Czech `Dobrý den`, Slovak `Dobrý deň`) is left out, so each is
 * read as written only (phraseCountry).
 */
function unmarkedKeys(table: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const keys = new Map<string, string | undefined>();
  for (const [phrase, country] of table) {
    const key = withoutMarks(phrase);
    keys.set(key, keys.has(key) && keys.get(key) !== country ? undefined : country);
  }
  return new Map([...keys].filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The country of a phrase (lower case) in `table`: as written, else without diacritics (`unmarked`: unmarkedKeys). */
const phraseCountry = (
  table: ReadonlyMap<string, string>,
  unmarked: ReadonlyMap<string, string>,
  phrase: string,
  phraseUnmarked: string,
): string | undefined => table.get(phrase) ?? unmarked.get(phraseUnmarked);

const VALEDICTION_KEYS = unmarkedKeys(VALEDICTION_COUNTRIES);
/** A country's short name (`US`, `UAE`) is this long at most. */
const MAX_SHORT_NAME = 3;

/** Countries' letters before a postcode (`D-80331`) that are not their ISO code: the one-letter vehicle codes. */
const POSTCODE_PREFIX_COUNTRY: Readonly<Record<string, string>> = {
  A: 'AT',
  B: 'BE',
  D: 'DE',
  E: 'ES',
  F: 'FR',
  H: 'HU',
  I: 'IT',
  L: 'LU',
  N: 'NO',
  P: 'PT',
  S: 'SE',
};
/**
 * The letters a value-added-tax id opens with (`BE 0455.501.420`, `ATU12345678`): the EU's, which are ISO codes but
 * Greece's `EL` and Northern Ireland's `XI`, and the UK's beside them. Not Norway's: its `MVA` follows the digits
 * (`NO 912 345 678 MVA`), and `VAT NO 12345` is a number's label.
 */
const VAT_PREFIX_COUNTRY: ReadonlyMap<string, string> = new Map([
  ...'AT BE BG CY CZ DE DK EE ES FI FR GB HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
    .split(' ')
    .map((code): [string, string] => [code, code]),
  ['EL', 'GR'],
  ['XI', 'GB'],
]);
/** ccTLDs that are not their ISO code. */
const TLD_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB' };
/** Generic or vanity TLDs that look like country codes but say nothing about a phone's country. */
const NEUTRAL_TLDS = new Set([
  'io',
  'co',
  'ai',
  'me',
  'tv',
  'fm',
  'ly',
  'to',
  'cc',
  'ws',
  'gg',
  'so',
  'sh',
  'ac',
  'eu',
]);

/** `Germany`, `Allemagne`, `de` → `DE`: a country as written in an address field; undefined when unknown. */
export function countryCodeOf(name: string): CountryCode | undefined {
  const key = name.trim();
  // Cheapest first: the field names in every language are built only when needed. Two letters are a code only in the
  // Latin script: `台灣` is a name.
  const code = key.toUpperCase();
  return (
    countryNamedInText(key) ?? (PATTERNS.countryCode.test(code) ? (code as CountryCode) : countryNamedInField(key))
  );
}

/** Whether `country` is its main language's home (`ES` for Spanish, `BR` for Portuguese), per CLDR's likely subtags. */
function isLanguageHome(country: string): boolean {
  const language = mainLanguage(country);
  return !!language && new Intl.Locale(language).maximize().region === country;
}

export class CountryEvidence {
  private readonly scores = new Map<string, number>();
  private readonly hinted = new Set<string>();
  /** The languages the text's label words and sign-off are written in. */
  private readonly languages = new Set<string>();
  /** The languages a script shared by several countries writes (`ta` for the Tamil script), read in the text. */
  private readonly scriptLanguages = new Set<string>();
  /** Countries an address closes with in a language other than their own (`Maroc`), each once. */
  private readonly namedIn = new Map<string, Set<string>>();
  /** The country the first sign-off read names. */
  private signedOffIn: string | undefined;
  /** Each sign-off's weight by the country whose it is, assigned only once all is read (signOffCountry). */
  private readonly signOffWeights = new Map<string, number>();
  /** Each country's score from its language alone (label words, legal forms, sign-offs): see ranked. */
  private readonly byLanguage = new Map<string, number>();

  add(country: string | undefined, weight: number): void {
    if (!country) return;
    this.scores.set(country, (this.scores.get(country) ?? 0) + weight);
  }

  /** A word or sign-off of `country`'s main language, of `weight`: the language the text is written in. */
  private spoken(country: string, weight: number): void {
    const language = mainLanguage(country);
    if (language) this.languages.add(language);
    this.add(country, weight);
    this.byLanguage.set(country, (this.byLanguage.get(country) ?? 0) + weight);
  }

  /** A script that several countries write (SCRIPT_COUNTRIES): its language, whose other countries are kin (languageKin). */
  writtenIn(language: string): void {
    this.scriptLanguages.add(language);
  }

  /**
   * A sign-off of a country (`Bien à vous`): its weight, and the language it is written in. It names a language
   * only: a legal form or label word of another country writing it (`Saludos` over `Textiles Quipu S.A.C.`) says
   * which of its countries; the weight waits for all hints, whichever line comes first (signOffCountry).
   */
  signOff(country: string | undefined): void {
    if (!country) return;
    this.signedOffIn ??= country;
    const language = mainLanguage(country);
    if (language) this.languages.add(language);
    // A zero score keeps the home country's place in reading order (ranked's ties); when the weight moves to
    // another hinted country, this placeholder stays on the home country and is filtered out.
    this.scores.set(country, this.scores.get(country) ?? 0);
    this.signOffWeights.set(country, (this.signOffWeights.get(country) ?? 0) + WEIGHT_VALEDICTION);
  }

  /**
   * The country a sign-off of `country` counts for: when `country` is its language's home (`Saludos`, Spain's), not
   * hinted itself, the hinted country of that language that the rest weighs most (ties by code, so reading order
   * never decides). A sign-off of one country alone (`Ngā mihi`, New Zealand's) stays its own.
   */
  private signOffCountry(country: string): string {
    if (this.hinted.has(country) || !isLanguageHome(country)) return country;
    const language = mainLanguage(country);
    const score = (hinted: string): number => this.scores.get(hinted) ?? 0;
    const [strongest] = [...this.hinted]
      .filter((hinted) => mainLanguage(hinted) === language)
      .sort((a, b) => score(b) - score(a) || a.localeCompare(b));
    return strongest ?? country;
  }

  /** The scores and language scores with each sign-off's weight given to its country (signOffCountry). */
  private withSignOffs(): { scores: Map<string, number>; byLanguage: Map<string, number> } {
    const scores = new Map(this.scores);
    const byLanguage = new Map(this.byLanguage);
    for (const [signedOff, weight] of this.signOffWeights) {
      const country = this.signOffCountry(signedOff);
      scores.set(country, (scores.get(country) ?? 0) + weight);
      byLanguage.set(country, (byLanguage.get(country) ?? 0) + weight);
    }
    return { scores, byLanguage };
  }

  /** `Maroc` closing an address: a name that counts once the text is known to be written in its language. */
  namedInLanguages(named: ReadonlyArray<{ country: string; language: string }>): void {
    for (const { country, language } of named) {
      const languages = this.namedIn.get(country) ?? new Set<string>();
      this.namedIn.set(country, languages.add(language));
    }
  }

  /**
   * A label word or legal form (`Tél.`, `Port.`, `SARL`) says which language the text is written in, and a
   * language is spoken in many countries: all the hint words of one country together count once, whether one
   * word repeats or several different ones appear (`GmbH`, `Telefon`, `Handy` weigh as much as one `GmbH`),
   * so that they never outvote one number written with its calling code.
   */
  hint(country: string | undefined): void {
    if (!country || this.hinted.has(country)) return;
    this.hinted.add(country);
    this.spoken(country, WEIGHT_HINT_WORD);
  }

  /**
   * The sentences are written in `country`'s language, not in the one the best country rests on alone (restsOnLanguage,
   * isWeak): that country then counts one hint word more than the best, and is still read with its language's kin.
   */
  sentencesIn(country: string | undefined): void {
    const best = this.ranked()[0];
    if (!country || !best || !this.restsOnLanguage() || !this.isWeak(best)) return;
    if (mainLanguage(country) === mainLanguage(best.country)) return;
    this.spoken(country, best.score + WEIGHT_HINT_WORD - (this.withSignOffs().scores.get(country) ?? 0));
  }

  /** Of `countries`, the one the evidence so far weighs most, if any. */
  strongestOf(countries: readonly string[]): string | undefined {
    const { scores } = this.withSignOffs();
    let strongest: string | undefined;
    for (const country of countries)
      if ((scores.get(country) ?? 0) > (strongest ? (scores.get(strongest) ?? 0) : 0)) strongest = country;
    return strongest;
  }

  best(): CountryCode | undefined {
    return this.ranked()[0]?.country;
  }

  /**
   * The countries after the best that the text names at least as a city does (`Wien` under `Vertrieb
   * Deutschland`), the strongest first: a plan to read its numbers in when none is valid in the best's. A
   * language's word alone (`S.R.L.`, written in Argentina too; `Saludos`) is no such country; a sign-off's
   * spelling's kin (spellingKin) come next, and last the country an overseas territory belongs to (TERRITORY_SOVEREIGNS):
   * `Saint-Martin` or `Réunion` in a French text (a street's, a meeting's) over mainland France's `05 45 …`.
   */
  runnersUp(): CountryCode[] {
    const ranked = this.ranked();
    const weighted = ranked
      .slice(1)
      .filter(({ score }) => score >= WEIGHT_CITY)
      .map(({ country }) => country);
    const sovereign = TERRITORY_SOVEREIGNS[ranked[0]?.country ?? ''] as CountryCode | undefined;
    const after = [...this.spellingKin(ranked[0]), ...(sovereign ? [sovereign] : [])];
    return [...weighted, ...after.filter((country) => !weighted.includes(country))];
  }

  /**
   * `Saludos` over `Cel. 0341 15 612 0047` (Argentina's, no Spanish number), the Arabic script over an Iraqi mobile:
   * when the best country holds by its language alone (isWeak), the other countries whose main language it is too or
   * that write it besides their own (LANGUAGE_ALSO_WRITTEN_IN), whose plans may read numbers that its own does not.
   * A script's language counts as well: the Tamil script reads as India, but Jaffna's `021 …` is Sri Lanka's.
   */
  languageKin(): CountryCode[] {
    const best = this.ranked()[0];
    if (!best || !this.isWeak(best)) return [];
    const languages = new Set([mainLanguage(best.country), ...this.scriptLanguages]);
    const kin = [...languages].flatMap((language) =>
      language
        ? [...countriesSpeaking(language), ...((LANGUAGE_ALSO_WRITTEN_IN[language] ?? []) as CountryCode[])]
        : [],
    );
    return [...new Set(kin)].filter((country) => country !== best.country);
  }

  /**
   * The countries after the best that the text implies at all, the strongest first: with `Kia ora` under `Ltd` (both
   * language alone), New Zealand's plan is the one of English's kin to read `021 455 870` in, of those that read it
   * alike (Ireland's too).
   */
  alsoImplied(): CountryCode[] {
    return this.ranked()
      .slice(1)
      .map(({ country }) => country);
  }

  /**
   * Whether the best country is implied by its language alone (label words, legal forms, sign-offs): no place, postal
   * format, number or domain of its own says it.
   */
  restsOnLanguage(): boolean {
    const best = this.ranked()[0];
    return !!best && best.score <= (this.withSignOffs().byLanguage.get(best.country) ?? 0);
  }

  /** A score no more than a sign-off and a language's words give: no place or number of the country's own says it. */
  private isWeak(country: { score: number }): boolean {
    return country.score <= WEIGHT_VALEDICTION + WEIGHT_HINT_WORD;
  }

  /**
   * `Viele Grüsse` over `Tel. 0231 555 0142`: when the best country holds by its sign-off's spelling alone (and
   * language words at most), the countries whose writers spell it so too (SIGN_OFF_SPELLING_KIN).
   */
  private spellingKin(best: { country: CountryCode; score: number } | undefined): CountryCode[] {
    if (!best || best.country !== this.signedOffIn || !this.isWeak(best)) return [];
    return [...(SIGN_OFF_SPELLING_KIN[best.country] ?? [])] as CountryCode[];
  }

  /**
   * Every country the text implies with its score, the strongest first. Of equal ones, the one less of whose score
   * is its language's comes first (`20600 Casablanca` under `Bien à vous` and `SARL`: a city's country over a
   * language that several countries write), then the first read.
   */
  private ranked(): Array<{ country: CountryCode; score: number }> {
    const { scores, byLanguage } = this.withSignOffs();
    // A French text's address closing with `Maroc` names Morocco, as `Morocco` would an English one.
    for (const [country, languages] of this.namedIn)
      if ([...languages].some((language) => this.languages.has(language)))
        scores.set(country, (scores.get(country) ?? 0) + WEIGHT_COUNTRY_NAME);
    const spokenOf = (country: string): number => byLanguage.get(country) ?? 0;
    const implied = [...scores]
      .filter(([, score]) => score > 0)
      .sort(([countryA, a], [countryB, b]) => b - a || spokenOf(countryA) - spokenOf(countryB));
    return implied.map(([country, score]) => ({ country: country as CountryCode, score }));
  }
}

/** `town.` → `town`; an abbreviation's dots (`u.s.a.`, `e.v.`) are kept. */
const withoutFullStop = (token: string): string =>
  token.endsWith('.') && !token.slice(0, -1).includes('.') ? token.slice(0, -1) : token;

/**
 * Whether a segment's closing part may be a country named in the text's language (`Maroc`), which may also be
 * a given name (`Dominique`, `Maurice`): never on the signer's name line; after a comma only (`Berrechid, Maroc`)
 * where nothing else says a place stands there; anywhere on a line after another segment of its line or below
 * an address line (`Berrechid – Maroc`, `26100 Berrechid` over `MAROC`).
 */
export type PlaceClosing = 'never' | 'listed' | 'anywhere';

/**
 * Country evidence in one signature segment. `personName` holds the words (lower case) of a person's name where the
 * segment writes it (the sender's, or whom a greeting addresses): `Montserrat`, `Chad` signing and `Hey Jordan,` are
 * a person there, though `Amman, Jordan` below is a country.
 */
export function weighSegment(
  evidence: CountryEvidence,
  text: string,
  closing: PlaceClosing = 'listed',
  personName: ReadonlySet<string> = new Set(),
): void {
  // `+৮৮০ ২ …`: a calling code in another script's digits counts as in ASCII ones.
  if (text.includes('+')) {
    for (const hit of findPhoneNumbersInText(asciiDigits(text))) evidence.add(hit.number.country, WEIGHT_COUNTRY_CODE);
  }
  if (PATTERNS.usLocality.test(text)) evidence.add('US', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.auLocality.test(text)) evidence.add('AU', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.japanesePostcode.test(text)) evidence.add('JP', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.brPostcode.test(text)) evidence.add('BR', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.ptPostcode.test(text)) evidence.add('PT', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.caPostcode.test(text)) evidence.add('CA', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.eircode.test(text)) evidence.add('IE', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.arPostcode.test(text)) evidence.add('AR', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.kenyanPostalBox.test(text)) evidence.add('KE', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.southAfricanCredential.test(text)) evidence.add('ZA', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.nlPostcode.test(text)) evidence.add('NL', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.plPostcode.test(text)) evidence.add('PL', WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.itPostcode.test(text)) evidence.add('IT', WEIGHT_POSTAL_FORMAT);
  // Han addresses run their places together with no space, so no word reads as a name: Hong Kong outweighs the
  // traditional script it shares with Taiwan (`新界葵涌…號`).
  if (PATTERNS.hongKongPlace.test(text)) evidence.add('HK', WEIGHT_COUNTRY_NAME);
  // `MwSt. BE 0456.789.123` under a German-speaking firm's `GmbH`: the tax id is registered in the country it names.
  const vatPrefix = PATTERNS.vatCountry.exec(text)?.[1];
  if (vatPrefix && !PATTERNS.lower.test(vatPrefix))
    evidence.add(VAT_PREFIX_COUNTRY.get(vatPrefix), WEIGHT_COUNTRY_NAME);
  const prefix = PATTERNS.prefixedPostcode.exec(text)?.[1];
  if (prefix) evidence.add(POSTCODE_PREFIX_COUNTRY[prefix] ?? prefix, WEIGHT_POSTAL_FORMAT);
  if (PATTERNS.ukPostcode.test(text) && PATTERNS.lower.test(text)) evidence.add('GB', WEIGHT_POSTAL_FORMAT);
  const written = words(text);
  // `Turks & Caicos Islands`: the ampersand is a word of the name.
  const tokens = written.map((w) => (w === '&' ? 'and' : w.replace(PATTERNS.wordEdges, '').toLowerCase()));
  // `… in Cape Town. Call me on 082 …`: a place closing a sentence is read without its full stop, one a slash joins to
  // its region (`Rio de Janeiro/RJ`) without the region, one a hyphen joins to its postal code (`New Delhi-110028`)
  // without the code.
  const places = tokens.map((token) =>
    withoutFullStop(token.split('/')[0] ?? token).replace(PATTERNS.hyphenedPostcode, ''),
  );
  // The end of the last country name read: `Kingdom of Saudi Arabia` is one name, not also `Saudi Arabia`.
  let nameEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const one = places[i] as string;
    // `New Jersey`, `New Mexico`: a capitalised `New` before a place makes it another (a longer name read whole,
    // `New Zealand`, is read before its second word is reached).
    const renamed =
      i > 0 && NEW_PLACE_WORDS.has(tokens[i - 1] as string) && !PATTERNS.lower.test(written[i - 1]?.charAt(0) ?? '');
    const named = personName.has(one) || renamed;
    if (i >= nameEnd && !named) {
      // `المملكة العربية السعودية`, `Federal Republic of Germany`: a name of several words, the longest first.
      const long = countryNamedFrom(places, i);
      nameEnd = i + (long?.words ?? 1);
      // `contact us`: a name of a few letters (`US`, `UK`, `UAE`) counts only written in capitals.
      const readAlone = one.length > MAX_SHORT_NAME || !PATTERNS.lower.test(written[i] ?? '');
      evidence.add(long?.country ?? (readAlone ? countryNamedInText(one) : undefined), WEIGHT_COUNTRY_NAME);
    }
    if (!named) evidence.add(cityAt(places, i, written) ?? hanCityIn(one), WEIGHT_CITY);
    // `move the call to 4pm NZT`: a zone one country keeps says where the writer's clock is, as a city does.
    if (!PATTERNS.lower.test(written[i] ?? '')) evidence.add(TIME_ZONE_COUNTRIES.get(one), WEIGHT_CITY);
    // `proceed as scoped`, `2 kg`: a legal form that is an everyday word counts only in capitals.
    const everyday = HINT_WORDS_IN_CAPITALS.has(tokens[i] as string) && PATTERNS.lower.test(written[i] ?? '');
    // As written first: South Africa's `(Pty) Ltd` keeps its brackets, Australia's `Pty Ltd` has none. A
    // legal form's last two words may name the country its first word alone does not (Mexico's `S.A. de C.V.`).
    evidence.hint(
      everyday
        ? undefined
        : (COUNTRY_HINT_WORDS.get(written[i]?.toLowerCase() ?? '') ??
            COUNTRY_HINT_WORDS.get(tokens[i] as string) ??
            COUNTRY_HINT_WORDS.get(commaBelow(tokens[i] as string)) ??
            (i > 0 ? COUNTRY_HINT_WORDS.get(`${tokens[i - 1]} ${tokens[i]}`) : undefined)),
    );
  }
  // `Saludos.`: a sign-off closed by a full stop names its language as one closed by a comma does.
  const signOff = withoutFullStop(normalizeKey(text));
  evidence.signOff(phraseCountry(VALEDICTION_COUNTRIES, VALEDICTION_KEYS, signOff, withoutMarks(signOff)));
  // `…, 80150 Agadir, Maroc`, `Casablanca – Maroc`: the part closing a segment may name its country in the
  // text's own language rather than the country's (countryNamedInText reads only these).
  const parts = text.split(PATTERNS.listSeparator);
  const last = withoutFullStop(normalizeKey(parts.pop() ?? ''));
  const placeStands = closing === 'anywhere' || (closing === 'listed' && parts.length > 0);
  if (last && placeStands && !countryNamedInText(last)) evidence.namedInLanguages(countryNamedInLanguages(last));
}

/**
 * The country a city names, its ş/ţ read with a cedilla or with a comma below alike (`Chişinău`, `Chișinău`), an
 * Arabic one also after the conjunction and preposition Arabic writes joined to the word (`بالمنامة`, `والمحرق`).
 */
function cityCountry(place: string): string | undefined {
  if (!place) return undefined;
  const country = CITY_COUNTRIES.get(place) ?? CITY_COUNTRIES.get(commaBelow(place));
  const proclitics = country ? undefined : PATTERNS.arabicProclitics.exec(place)?.[0];
  return proclitics ? CITY_COUNTRIES.get(place.slice(proclitics.length)) : country;
}

/** Suffixes a Han city's name takes in an address: 都 道 府 県/縣/县 (prefectures, counties), 市 (city), 区/區 (ward). */
const HAN_ADMIN_SUFFIXES: ReadonlySet<string> = new Set([...'都道府県縣县市区區']);
/** The most characters a Han city's name in CITY_COUNTRIES has (`名古屋`). */
const MAX_HAN_CITY_CHARS = Math.max(
  ...[...CITY_COUNTRIES.keys()].filter((city) => PATTERNS.han.test(city)).map((city) => city.length),
);

/**
 * `東京都港区芝公園1-2-3`, `台北市中山區南京東路…`: a CJK address runs on without spaces, so a city is read inside
 * the word, where an administrative suffix follows it (a street named after a city, `北京路`, takes none).
 */
function hanCityIn(word: string): string | undefined {
  if (!PATTERNS.han.test(word)) return undefined;
  for (let i = 0; i < word.length; i++)
    for (let n = MAX_HAN_CITY_CHARS; n >= 2; n--) {
      if (!HAN_ADMIN_SUFFIXES.has(word.charAt(i + n))) continue;
      const country = cityCountry(word.slice(i, i + n));
      if (country) return country;
    }
  return undefined;
}

/** The most words a city's name in CITY_COUNTRIES has (`ho chi minh city`). */
const MAX_CITY_WORDS = Math.max(...[...CITY_COUNTRIES.keys()].map((city) => city.split(' ').length));

/**
 * The country of a city named from word `i` of `places` (the `written` words read as places) on, its longest name
 * first (`viña del mar`, not `viña`). A city a street word follows with no mark between, that word closing its part,
 * names a street (`Cairo Road, Ndola`, `Nairobi Street` at a line's end), not the place the address is in
 * (`Chișinău, str. Ismail`; `Lusaka Plot 4471 Mungwi Road`, where the street word opens the next part).
 */
function cityAt(places: readonly string[], i: number, written: readonly string[]): string | undefined {
  for (let n = Math.min(MAX_CITY_WORDS, places.length - i); n >= 1; n--) {
    const country = cityCountry(places.slice(i, i + n).join(' '));
    if (!country) continue;
    return namesStreet(i + n, places, written) ? undefined : country;
  }
  return undefined;
}

/** Whether word `at` is a street word that closes the street a city just before it names (`Cairo Road,`). */
function namesStreet(at: number, places: readonly string[], written: readonly string[]): boolean {
  if (!STREET_WORDS.has(places[at] ?? '')) return false;
  const city = written[at - 1] ?? '';
  const word = written[at] ?? '';
  const closesPart = at === places.length - 1 || PATTERNS.partEnd.test(word);
  return closesPart && PATTERNS.letter.test(city.charAt(city.length - 1));
}

/** `Bengaluru` → IN, `São Paulo` → BR: the country of a text that is a city's name (CITY_COUNTRIES) and nothing else. */
export const countryOfCity = (text: string): string | undefined => cityCountry(normalizeKey(text));

/** `Bengaluru`, `São Paulo`: a text that is a city's name (CITY_COUNTRIES) and nothing else. */
export const namesCity = (text: string): boolean => countryOfCity(text) !== undefined;

/**
 * Scripts and letters that one country (mostly) writes: a script of one country counts as much as
 * a city; one shared by several, or a language's own letters, as a hint. A shared script's `language` names the
 * other countries that write it (LANGUAGE_ALSO_WRITTEN_IN).
 */
const SCRIPT_COUNTRIES: ReadonlyArray<{
  pattern: RegExp;
  country: string;
  weight: number;
  language?: string;
  notInName?: boolean;
}> = [
  { pattern: PATTERNS.greek, country: 'GR', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.traditionalHan, country: 'TW', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.devanagari, country: 'IN', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.thai, country: 'TH', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.vietnameseLetter, country: 'VN', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.georgian, country: 'GE', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.armenian, country: 'AM', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.sinhala, country: 'LK', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.khmer, country: 'KH', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.lao, country: 'LA', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.myanmar, country: 'MM', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.indianScript, country: 'IN', weight: WEIGHT_SCRIPT },
  { pattern: PATTERNS.tamil, country: 'IN', weight: WEIGHT_SCRIPT - 1, language: 'ta' },
  { pattern: PATTERNS.bengali, country: 'BD', weight: WEIGHT_SCRIPT - 1, language: 'bn' },
  { pattern: PATTERNS.ethiopic, country: 'ET', weight: WEIGHT_SCRIPT - 1 },
  { pattern: PATTERNS.hebrew, country: 'IL', weight: WEIGHT_SCRIPT - 1 },
  { pattern: PATTERNS.arabic, country: 'SA', weight: WEIGHT_SCRIPT - 1 },
  { pattern: PATTERNS.polishLetter, country: 'PL', weight: WEIGHT_HINT_WORD },
  { pattern: PATTERNS.czechLetter, country: 'CZ', weight: WEIGHT_HINT_WORD },
  { pattern: PATTERNS.hungarianLetter, country: 'HU', weight: WEIGHT_HINT_WORD },
  { pattern: PATTERNS.turkishLetter, country: 'TR', weight: WEIGHT_HINT_WORD },
  // Romanian's letters also spell the name of a sender abroad (`Constanța Ionescu` over a British number): read from
  // the sender's other words.
  { pattern: PATTERNS.romanianLetter, country: 'RO', weight: WEIGHT_HINT_WORD, notInName: true },
];

/**
 * Cyrillic's languages by the letters (or, for Bulgarian, the use of a letter) that Russian does not write, in
 * a chain: Macedonian writes Serbian's `ј љ њ џ`, Kazakh and Belarusian Ukrainian's `і`, Kazakh Kyrgyz's `ң`, and
 * both Mongolian's `ө ү`. A Bulgarian `тел.: 02 …` is no Russian number, so a text written in none of them is
 * Russian only weakly.
 */
const CYRILLIC_LANGUAGES: ReadonlyArray<{ pattern: RegExp; country: string; notInName?: boolean }> = [
  { pattern: PATTERNS.macedonianLetter, country: 'MK' },
  { pattern: PATTERNS.serbianLetter, country: 'RS' },
  { pattern: PATTERNS.kazakhLetter, country: 'KZ' },
  // Kyrgyz and Mongolian letters also spell the name of a sender who writes Russian (`Айгүл Сыдыкова`, `тел.: 8
  // (495) …`): those languages are read from the sender's other words.
  { pattern: PATTERNS.kyrgyzLetter, country: 'KG', notInName: true },
  { pattern: PATTERNS.mongolianLetter, country: 'MN', notInName: true },
  { pattern: PATTERNS.belarusianLetter, country: 'BY' },
  { pattern: PATTERNS.ukrainianLetter, country: 'UA' },
  { pattern: PATTERNS.bulgarianVowel, country: 'BG' },
];

/** The countries other than Russia that write Cyrillic as their main script. */
const CYRILLIC_COUNTRIES: readonly string[] = CYRILLIC_LANGUAGES.map(({ country }) => country);

/** The words of `text` that are not of the sender's name (`ownName`, lower-cased). */
const besidesName = (text: string, ownName: ReadonlySet<string>): string =>
  words(text)
    .filter((word) => !ownName.has(word.toLowerCase()))
    .join(' ');

function weighCyrillic(evidence: CountryEvidence, text: string, ownName: ReadonlySet<string>): void {
  if (!PATTERNS.cyrillic.test(text)) return;
  const othersThanName = besidesName(text, ownName);
  const language = CYRILLIC_LANGUAGES.find(({ pattern, notInName }) => pattern.test(notInName ? othersThanName : text));
  if (language) evidence.add(language.country, WEIGHT_SCRIPT);
  // `„Тракия Проект“ ЕООД` over `тел.: 02 …`: Cyrillic without a language's own letters is the script of the
  // Cyrillic-writing country the text's words weigh most already (its legal form, sign-off), Russia among them and
  // Russia's when none is named.
  else evidence.add(evidence.strongestOf([...CYRILLIC_COUNTRIES, 'RU']) ?? 'RU', WEIGHT_SCRIPT - 1);
}

/** The countries the scripts of `text` name; `ownName` holds the sender's name's words, lower-cased. */
export function weighScript(evidence: CountryEvidence, text: string, ownName: ReadonlySet<string> = new Set()): void {
  // A card all in kanji (`北斗精機株式会社`, `森本 恵子`) is Japanese by its firm's legal form.
  if (PATTERNS.kana.test(text) || PATTERNS.japaneseLegalForm.test(text)) evidence.add('JP', WEIGHT_SCRIPT);
  else if (PATTERNS.hangul.test(text)) evidence.add('KR', WEIGHT_SCRIPT);
  else if (PATTERNS.han.test(text)) evidence.add('CN', WEIGHT_SCRIPT - 1);
  // Urdu, Pashto, Kurdish and Uyghur write Persian's letters too, and Kurdish and Uyghur some of Urdu's (ھ): their
  // own letters decide, so this is a chain, not a row of SCRIPT_COUNTRIES. Pashto, Kurdish and Uyghur are spoken
  // across borders and name no country.
  if (!PATTERNS.pashtoKurdishUyghurLetter.test(text)) {
    if (PATTERNS.urduLetter.test(text)) evidence.add('PK', WEIGHT_SCRIPT);
    else if (PATTERNS.persianLetter.test(text)) evidence.add('IR', WEIGHT_SCRIPT);
  }
  weighCyrillic(evidence, text, ownName);
  for (const { pattern, country, weight, language, notInName } of SCRIPT_COUNTRIES) {
    if (!pattern.test(text) || (notInName && !pattern.test(besidesName(text, ownName)))) continue;
    evidence.add(country, weight);
    if (language) evidence.writtenIn(language);
  }
}

const COURTESY_KEYS = unmarkedKeys(COURTESY_COUNTRIES);
/** The most words a phrase in COURTESY_COUNTRIES has (`go raibh maith agat`). */
const MAX_COURTESY_WORDS = Math.max(...[...COURTESY_KEYS.keys()].map((phrase) => phrase.split(' ').length));

/**
 * `Kia ora Bronwyn,`, `Ngiyabonga! 👍🏾`, `Please pay … Ngā mihi!`: a greeting or thanks of a language one country
 * mainly speaks (COURTESY_COUNTRIES) names it wherever in the sender's text it stands, each phrase once, as a
 * sign-off does; `signOffs` reads the sign-offs of VALEDICTION_COUNTRIES so too (lines outside the signature,
 * whose own segments weighSegment reads whole).
 */
export function weighCourtesies(evidence: CountryEvidence, text: string, signOffs: boolean): void {
  // Taking the marks away moves no space: word i of one is word i of the other.
  const lower = text.toLowerCase();
  const marked = words(lower.normalize('NFC')).map((word) => word.replace(PATTERNS.wordEdges, ''));
  const keys = words(withoutMarks(lower)).map((word) => word.replace(PATTERNS.wordEdges, ''));
  const found = new Set<string>();
  const countryOf = (phrase: string, unmarked: string): string | undefined =>
    phraseCountry(COURTESY_COUNTRIES, COURTESY_KEYS, phrase, unmarked) ??
    (signOffs ? phraseCountry(VALEDICTION_COUNTRIES, VALEDICTION_KEYS, phrase, unmarked) : undefined);
  for (let i = 0; i < keys.length; i++)
    // The longest phrase from each word: `Bien cordialement` is one sign-off, not also `cordialement`.
    for (let n = Math.min(MAX_COURTESY_WORDS, keys.length - i); n >= 1; n--) {
      const phrase = keys.slice(i, i + n).join(' ');
      const country = countryOf(marked.slice(i, i + n).join(' '), phrase);
      if (!country) continue;
      if (!found.has(phrase)) evidence.signOff(country);
      found.add(phrase);
      i += n - 1;
      break;
    }
}

/** A language's small words (FUNCTION_WORD_COUNTRIES) a text holds at least this many different ones of, to be written in it. */
const MIN_FUNCTION_WORDS = 3;

/**
 * `Danke! Falls Rückfragen: 0211 …`, `Przesyłam skan …`: the language the sender's own sentences are written in, read
 * from its small words, counts as a label word of its country does (a hint, so its language's other countries are
 * tried too): only when one language shows MIN_FUNCTION_WORDS different ones, more than any other.
 */
export function weighLanguage(evidence: CountryEvidence, text: string): void {
  evidence.hint(sentencesCountry(text));
}

/**
 * `Hermanos Ruiz S.R.L.` under `te confirmo el jueves …`: when the best country rests on a word of its language alone (a legal
 * form that several languages write, Italy's and Argentina's `S.R.L.`), the language the sender's own sentences are
 * written in (sentencesCountry) outweighs it.
 */
export function weighSentencesLanguage(evidence: CountryEvidence, text: string): void {
  evidence.sentencesIn(sentencesCountry(text));
}

/** The country of the language whose small words (FUNCTION_WORD_COUNTRIES) the text writes, if one stands out. */
function sentencesCountry(text: string): string | undefined {
  const seen = new Map<string, Set<string>>();
  for (const word of words(text)) {
    const bare = word.replace(PATTERNS.wordEdges, '');
    const key = bare.toLowerCase();
    if (key !== bare && PLACE_OPENING_ARTICLES.has(key)) continue;
    const country = FUNCTION_WORD_COUNTRIES.get(key);
    if (country) seen.set(country, (seen.get(country) ?? new Set()).add(key));
  }
  const [first, second] = [...seen]
    .map(([country, found]) => ({ country, count: found.size }))
    .sort((a, b) => b.count - a.count);
  return first && first.count >= MIN_FUNCTION_WORDS && first.count > (second?.count ?? 0) ? first.country : undefined;
}

/** A country an address field names outright (`DE` in a Country column). */
export function weighCountryCode(evidence: CountryEvidence, country: string | undefined): void {
  evidence.add(country, WEIGHT_COUNTRY_NAME);
}

/** `.de`, `.co.uk`, `.com.au` → country of an email or website host. */
export function weighHost(evidence: CountryEvidence, host: string): void {
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  if (tld.length !== 2 || NEUTRAL_TLDS.has(tld)) return;
  evidence.add(TLD_COUNTRY[tld] ?? tld.toUpperCase(), WEIGHT_TLD);
}

/**
 * The country the lines of a thread's other messages imply (their places, numbers with calling codes, greetings and
 * sign-offs): a national number written to a correspondent is dialled in their country too.
 */
export function threadCountry(lines: readonly { text: string }[]): CountryCode | undefined {
  const evidence = new CountryEvidence();
  for (const { text } of lines) {
    weighSegment(evidence, text);
    weighCourtesies(evidence, text, true);
  }
  return evidence.best();
}
