// Country names → ISO 3166 codes, from the platform's CLDR data (Intl.DisplayNames) over every
// region libphonenumber knows, instead of a hand list. Free text (a signature's last line) is
// matched against the English name and the name in the country's own main language (`Deutschland`,
// `日本`, `España`); a field that holds a country (a vCard ADR, a CSV country column) against the
// names in every language VS Code ships and more, and English short names (`UK`, `US`), plus aliases.
import { getCountries, type CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_ALIASES } from './vocabulary';
import { PATTERNS } from './patterns';

/** VS Code's display languages, and the other languages of the labelled corpora's addresses. */
const FIELD_LANGUAGES = [
  'en',
  'cs',
  'de',
  'es',
  'fr',
  'hu',
  'it',
  'ja',
  'ko',
  'pl',
  'pt',
  'ru',
  'tr',
  'zh-Hans',
  'zh-Hant',
  'ar',
  'da',
  'el',
  'fi',
  'he',
  'hi',
  'id',
  'nb',
  'nl',
  'ro',
  'sv',
  'th',
  'uk',
  'vi',
];

/**
 * A name's lookup key; `&` read as `and` (`Trinidad and Tobago` is CLDR's `Trinidad & Tobago`), a typed `'` as
 * CLDR's `’` (`Côte d'Ivoire`).
 */
const keyOf = (name: string): string =>
  name.normalize('NFC').trim().toLowerCase().replaceAll('&', 'and').replace(PATTERNS.typographicApostrophe, "'");

const displayNames = new Map<string, Intl.DisplayNames>();
function nameIn(language: string, region: string, style: 'long' | 'short' = 'long'): string | undefined {
  const id = `${language}/${style}`;
  let names = displayNames.get(id);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
    displayNames.set(id, names);
  }
  return names.of(region);
}

/** The language most of `region` speaks (`MA` → `ar`, `FR` → `fr`), per CLDR's likely subtags. */
export function mainLanguage(region: string): string | undefined {
  try {
    return new Intl.Locale(`und-${region}`).maximize().language;
  } catch {
    return undefined;
  }
}

let countriesByLanguage: Map<string, CountryCode[]> | undefined;

/** The countries whose main language (mainLanguage) is `language` (`es` → `AR`, `BO`, …, `ES`, …); built when first asked. */
export function countriesSpeaking(language: string): readonly CountryCode[] {
  if (!countriesByLanguage) {
    countriesByLanguage = new Map();
    for (const region of getCountries()) {
      const main = mainLanguage(region);
      if (main) countriesByLanguage.set(main, [...(countriesByLanguage.get(main) ?? []), region]);
    }
  }
  return countriesByLanguage.get(language) ?? [];
}

function build(add: (map: Map<string, CountryCode>) => void): Map<string, CountryCode> {
  const map = new Map<string, CountryCode>();
  add(map);
  for (const [alias, code] of COUNTRY_ALIASES) map.set(alias, code as CountryCode);
  return map;
}

/** `Kingdom of Saudi Arabia`, `Republic of Chile`: a country's official long form, its short name after it. */
const OFFICIAL_FORMS = ['kingdom of ', 'republic of ', 'federal republic of ', 'state of ', 'sultanate of '];

let inText: Map<string, CountryCode> | undefined;
/** Per first word of a name of two words or more, the most words such a name has (`united` → 3). */
let longestFrom: Map<string, number> | undefined;
let inField: Map<string, CountryCode> | undefined;
/** A country name as a field may write it, in one language (its base: `zh-Hans` → `zh`) or English short (`UK`). */
type FieldNaming = { country: CountryCode; language: string; short: boolean };
let fieldNamings: Map<string, FieldNaming[]> | undefined;

const wordCount = (key: string): number => key.split(' ').length;

function textNames(): Map<string, CountryCode> {
  inText ??= build((map) => {
    for (const region of getCountries()) {
      const language = mainLanguage(region);
      for (const found of [nameIn('en', region), language && nameIn(language, region)])
        if (found) map.set(keyOf(found), region);
    }
  });
  return inText;
}

/** An official form (`Republic of …`) reaches its own words and the longest name after them. */
function longestNames(): Map<string, number> {
  if (longestFrom) return longestFrom;
  const counted = [...textNames().keys()].map((key): [string, number] => [key, wordCount(key)]);
  const most = Math.max(...counted.map(([, count]) => count));
  const forms = OFFICIAL_FORMS.map((form): [string, number] => [form.trim(), wordCount(form.trim()) + most]);
  longestFrom = new Map();
  for (const [key, count] of [...counted, ...forms]) {
    const first = key.split(' ')[0] ?? '';
    if (count > Math.max(1, longestFrom.get(first) ?? 0)) longestFrom.set(first, count);
  }
  return longestFrom;
}

/** `Germany`, `Deutschland`, `United States` → its code: a country name as written in free text. */
export function countryNamedInText(name: string): CountryCode | undefined {
  const names = textNames();
  const key = keyOf(name);
  const official = OFFICIAL_FORMS.find((form) => key.startsWith(form));
  return names.get(key) ?? (official ? names.get(key.slice(official.length)) : undefined);
}

/**
 * `Federal Republic of Germany`, `Kingdom of Saudi Arabia`: the country a name of two words or more
 * starting at `tokens[i]` (lower case) names, the longest such name first, and its word count.
 */
export function countryNamedFrom(
  tokens: readonly string[],
  i: number,
): { country: CountryCode; words: number } | undefined {
  const most = Math.min(longestNames().get(tokens[i] ?? '') ?? 0, tokens.length - i);
  for (let count = most; count > 1; count--) {
    const country = countryNamedInText(tokens.slice(i, i + count).join(' '));
    if (country) return { country, words: count };
  }
  return undefined;
}

/** Each name of each country in FIELD_LANGUAGES and in English short form, by key, in reading order. */
function namingsInFields(): Map<string, FieldNaming[]> {
  if (fieldNamings) return fieldNamings;
  const built = new Map<string, FieldNaming[]>();
  const add = (name: string | undefined, naming: FieldNaming): void => {
    if (name) built.set(keyOf(name), [...(built.get(keyOf(name)) ?? []), naming]);
  };
  for (const region of getCountries()) {
    add(nameIn('en', region, 'short'), { country: region, language: 'en', short: true });
    for (const language of FIELD_LANGUAGES)
      add(nameIn(language, region), { country: region, language: language.split('-')[0] ?? language, short: false });
  }
  fieldNamings = built;
  return built;
}

/** A country field's value in any of FIELD_LANGUAGES (`Allemagne`, `Luxemburg`, `UK`) → its code; the last read wins. */
export function countryNamedInField(name: string): CountryCode | undefined {
  inField ??= build((map) => {
    for (const [key, namings] of namingsInFields()) {
      const last = namings[namings.length - 1];
      if (last) map.set(key, last.country);
    }
  });
  return inField.get(keyOf(name));
}

/**
 * `Maroc` → Morocco in French, `Liban` → Lebanon in French: the countries a name gives in each of
 * FIELD_LANGUAGES that writes it so.
 */
export function countryNamedInLanguages(name: string): ReadonlyArray<{ country: CountryCode; language: string }> {
  return (namingsInFields().get(keyOf(name)) ?? [])
    .filter((naming) => !naming.short)
    .map(({ country, language }) => ({ country, language }));
}
