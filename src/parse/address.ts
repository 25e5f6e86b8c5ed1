// Postal address: consecutive address-like segments (a street line with a number, a locality with a
// postal code, a country) joined with `, `. A city or country alone is not an address.
import { PATTERNS } from './patterns';
import { MIN_PHONE_DIGITS } from './limits';
import {
  asciiDigits,
  digitCount,
  fold,
  hyphenatedRest,
  joinWrapped,
  joinedWith,
  leadingPhrase,
  normalizeKey,
  sliceSegment,
  splitSegments,
  words,
  wordsAt,
  type Between,
  type Line,
  type Segment,
  lastMatch,
} from './text';
import type { AddressParts, ParsedValue, PostalAddress } from './types';
import { countryCodeOf, countryOfCity, namesCity } from './country';
import { countryNamedInText } from './countryNames';
import {
  BANK_DETAIL_LABELS,
  BUILDING_NAME_ENDS,
  BUILDING_WORDS,
  CALENDAR_WORDS,
  CARE_OF,
  COMPANY_WORDS,
  CSV_HEADER_WORDS,
  DEPARTMENT_WORDS,
  DISTRICT_WORDS,
  DOCUMENT_EXCHANGES,
  DOCUMENT_WORDS,
  ELIDED_PARTICLES,
  ESTATE_WORDS,
  HONORIFICS,
  HOUSE_NUMBER_LABELS,
  LISTING_STATUS_WORDS,
  LEGAL_FORMS,
  LINKING_WORDS,
  LOCALITY_FIELD_LABELS_BY_PART,
  NEIGHBOURHOOD_WORDS,
  NUMBER_WORDS,
  OVERSEER_CUES,
  PARTICLES,
  PLACE_NAME_LINKS,
  PROFESSIONAL_COUNCILS,
  REGISTERS,
  ROAD_WORDS,
  STREET_NAME_LINKS,
  SITE_FOOTER_LINKS,
  STREET_WORDS,
  TITLE_WORDS,
  UNIT_WORDS,
} from './vocabulary';

type AddressKind = 'street' | 'locality' | 'country';

/** A place named alone on a line (`Todmorden`, `West Yorkshire`) has at most this many words. */
const MAX_PLACE_WORDS = 3;
/** A city or region line closing an address (`Ciudad de México, CDMX`, `TP. Hồ Chí Minh`) has at most this many words. */
const MAX_CLOSING_PLACE_WORDS = 4;
/** A street line read by its shape has at most this many digits (`123/4/12`) and words. */
const MAX_STREET_DIGITS = 7;
const MAX_STREET_WORDS = 8;

/** `خيابان` typed on an Arabic keyboard → `خیابان`: Persian's yeh and keheh, as its street words are written. */
const persianLetters = (w: string): string => w.replace(PATTERNS.arabicYeh, 'ی').replace(PATTERNS.arabicKaf, 'ک');
/** A word without its abbreviation marks: the full stop, and Hebrew's geresh (`רח'` for `רחוב`). */
const bareWord = (w: string): string => normalizeKey(w).replaceAll('.', '').replace(PATTERNS.hebrewGeresh, '');

/** The comma parts of a line, trimmed: `Unit 7, Block B` → `Unit 7`, `Block B`; the Arabic and Ethiopic commas part them too. */
const commaParts = (text: string): string[] => text.split(PATTERNS.partComma).map((part) => part.trim());

/** `هەولێر`, `فیصل`: a word in the Arabic script (Arabic, Persian, Urdu, Pashto, Kurdish). */
const isArabicScriptWord = (w: string): boolean => PATTERNS.caselessWord.test(w) && PATTERNS.arabic.test(w);

/** A place's few words (MAX_CLOSING_PLACE_WORDS at most), each one that `fits`. */
const fewWordsFitting = (all: readonly string[], fits: (w: string) => boolean): boolean =>
  all.length > 0 && all.length <= MAX_CLOSING_PLACE_WORDS && all.every(fits);

/**
 * `القاهرة`, `حي العليا`: a place named in the Arabic script, a few words without digits. The script has no
 * capitals to tell a place from other words, so the words' script and count say it.
 */
const isArabicScriptPlace = (text: string): boolean => fewWordsFitting(words(text), isArabicScriptWord);

/** A street word (bare, see bareWord), in the Arabic script also as Persian writes it (`طريق` and `خيابان` typed either way). */
const isStreetWord = (bare: string): boolean => STREET_WORDS.has(bare) || STREET_WORDS.has(persianLetters(bare));

/** `गोमती`, `வீதி`, `ክፍለ`, `کوچه`, `கே.கே.எஸ்` (initials): a word of a script without capitals, its abbreviation's dots aside. */
const isCaselessWord = (w: string): boolean => PATTERNS.caselessWord.test(w.replaceAll('.', ''));

/** A part of a few words of a script without capitals, numbers (`12-C`: a plot's may hold a Latin letter) and marks aside. */
const isShortCaselessPart = (part: readonly string[]): boolean =>
  fewWordsFitting(part, (w) => isCaselessWord(w) || PATTERNS.anyDigit.test(w) || !PATTERNS.letter.test(w));

/**
 * `جیل روڈ، گوجرانوالہ`, `शास्त्री नगर, कानपुर`, `ቂርቆስ ክፍለ ከተማ፣ አዲስ አበባ`, `دهۆک، شەقامی زاخۆ`: in a script
 * without capitals (Arabic, Devanagari, Tamil, Ethiopic, Hebrew…) an address names its city before or after the street
 * or district, often without a house number or postcode. A line of short comma parts in such a script (numbers
 * aside), one of them holding a street or district word or a unit beside its number (`برج النور، الدور 9`), is a
 * street line; a sentence's parts are longer, and a phone's digits are more. A unit word without its number names a
 * department (`مدیر پروژه، واحد فروش`: project manager, sales unit).
 */
function isCaselessStreetList(text: string): boolean {
  const texts = commaParts(text);
  const parts = texts.map(words);
  return (
    parts.length >= MIN_PLACED_PARTS &&
    digitCount(text) < MIN_PHONE_DIGITS &&
    parts.every(isShortCaselessPart) &&
    (parts.flat().some((w) => isStreetWord(bareWord(w))) || texts.some(isUnitPart))
  );
}

/**
 * `شارع الأمير حسن`, `एम जी रोड`: a street named without a number in a script without capitals, its street word
 * opening or closing a few words — its city and district, when written, stand apart (`إربد – حي الجامعة – …`).
 */
function isCaselessNamedStreet(text: string): boolean {
  const all = words(text);
  const ends = [all[0], all[all.length - 1]].map((w) => bareWord(w ?? ''));
  return (
    all.length >= 2 &&
    !PATTERNS.partComma.test(text) &&
    !PATTERNS.anyDigit.test(text) &&
    isShortCaselessPart(all) &&
    ends.some(isStreetWord)
  );
}

function countryOf(text: string): string | undefined {
  const last = text.split(',').pop() ?? '';
  return countryNamedInText(normalizeKey(last));
}

/** `CREA-MG` (bare, see bareWord): a professional council and its state, naming a member's registration. */
function isCouncilWord(bare: string): boolean {
  const [council, state] = bare.split(PATTERNS.hyphenOrSlash);
  return !!council && PROFESSIONAL_COUNCILS.has(council) && PATTERNS.councilStateCode.test(state ?? '');
}

/**
 * `1450 NE Broadway`: a US house number, a compass point and the street's name — but `3011 NW Rotterdam` is a Dutch
 * postcode and its town, the town a Dutch one known by name (no street is named for a city alone).
 */
const isCompassStreetLine = (text: string): boolean =>
  PATTERNS.compassStreet.test(text) && countryOfCity(PATTERNS.compassLetteredPostcode.exec(text)?.[1] ?? '') !== 'NL';

/** A compound street's name has at most this many words before its compound (`Koningin Julianaplein 7`). */
const MAX_COMPOUND_NAME_WORDS = 2;

/**
 * `Keizersgracht 120`, `Jan Luijkenstraat 12`, `Prins Hendrikkade 3`, `Sint Jansstraat 5`: a street named with a
 * compound suffix, after up to MAX_COMPOUND_NAME_WORDS title-case words (a person's names or title it honours).
 * Only the Dutch, German and Nordic street suffixes (namedCompoundStreet) take such words: `ring`, `park`, `gate`
 * and `markt` also end ordinary words (`Electrical Engineering 2025`).
 */
export function isCompoundStreet(text: string): boolean {
  if (PATTERNS.compoundStreet.test(text)) return true;
  const trimmed = text.trimStart();
  if (!PATTERNS.compoundNameWord.test(trimmed)) return false;
  const written = trimmed.split(PATTERNS.whitespaceRun);
  for (let k = 1; k <= MAX_COMPOUND_NAME_WORDS && k < written.length; k++) {
    const word = written[k - 1] ?? '';
    // `Postadres Lindekade 14`: an address label written without its colon is no word of the street's name.
    if (!PATTERNS.compoundNameWord.test(word) || PATTERNS.addressLabelWord.test(word)) return false;
    const rest = written.slice(k);
    if (PATTERNS.upper.test((rest[0] ?? '').charAt(0)) && PATTERNS.namedCompoundStreet.test(rest.join(' ')))
      return true;
  }
  return false;
}

/** `tokens`: the text's words, bare (bareWord). */
function isStreet(text: string, tokens: readonly string[]): boolean {
  if (
    isCompoundStreet(text) ||
    PATTERNS.cjkStreet.test(text) ||
    PATTERNS.cjkNumberedPremises.test(text) ||
    PATTERNS.jpBuildingFloor.test(text) ||
    PATTERNS.japaneseBlock.test(text) ||
    PATTERNS.koreanRoad.test(text) ||
    PATTERNS.thaiStreet.test(text) ||
    isCompassStreetLine(text) ||
    PATTERNS.swahiliPostBox.test(text) ||
    PATTERNS.urduHouseNumber.test(text) ||
    // `Km. 12, San Isidro`, `Vía Norte Km 8`: a kilometre post numbers a highway, whatever word (or none) names the road.
    (PATTERNS.kilometrePost.test(text) && isNumberedLine(text))
  )
    return true;
  // `Tampa, FL 33602`: a US state's code that is also a unit word (`fl`, floor) names no street, nor does its ZIP number a house.
  const state = PATTERNS.usLocality.exec(text)?.[2]?.toLowerCase();
  const hasStreetWord = tokens.some((w) => w !== state && isStreetWord(w));
  if (!hasStreetWord) return PATTERNS.japanesePostcode.test(text);
  // `ATT Towers, 5th Floor, Ngong Road`: a floor or unit numbers a street line that has no house number.
  // `P.O. Box K27`: a box's number may open with a letter, where a house number never does.
  return (
    PATTERNS.houseNumber.test(text) ||
    PATTERNS.kilometrePost.test(text) ||
    PATTERNS.groupedBoxNumber.test(text) ||
    PATTERNS.postBoxOpening.test(text) ||
    NUMBER_WORDS.has(tokens[0] ?? '') ||
    commaParts(text).some(isUnitPart)
  );
}

/** A street line closed by its town or country (isPlacedStreetLine) has at least this many comma parts. */
const MIN_PLACED_PARTS = 2;
/** Without a road or unit word beside its number, a numbered opening needs a place between it and the closing town. */
const MIN_PLACED_PARTS_BARE_NUMBER = 3;

/**
 * `Harbour Road`, `Rue du Marché`, `Barrio La Cruz`: a street named without a number, its road word closing it or
 * opening it before a particle, or a neighbourhood word opening it. A firm's name is none (`Park Lane Capital`).
 */
function isUnnumberedStreet(part: string): boolean {
  const bare = words(part).map(bareWord);
  const [first, second] = bare;
  const closes = ROAD_WORDS.has(bare[bare.length - 1] ?? '');
  // `Chemin de la Fontaine`, `Camí del Mas`: any street word opens a street's name that a particle goes on with.
  const linked = PARTICLES.has(second ?? '') || LINKING_WORDS.has(second ?? '') || STREET_NAME_LINKS.has(second ?? '');
  const opens = !!first && isStreetWord(first) && linked;
  return (bare.length >= 2 && (closes || opens) && !isFirmName(part)) || isNeighbourhood(part);
}

/** `Barrio La Cruz`, `ZA des Hauts Prés`, `Località Colle dei Tassi`: a part a neighbourhood word opens (isUnnumberedStreet). */
function isNeighbourhood(part: string): boolean {
  const bare = words(part).map(bareWord);
  return bare.length >= 2 && NEIGHBOURHOOD_WORDS.has(bare[0] ?? '') && !isFirmName(part);
}

/**
 * `Zone Artisanale`, `KCN Tân Phú`, `Route de la Gare`, `Lô B7`: a part opened by its street or area word, no
 * number needed — not a role (`Zone Manager`, `Unit Manager`), a firm (`Plaza Hotels Ltd`) nor a name after its
 * honorific (`Dr. Ann Wells`: `Dr` abbreviates Drive too). A street word closing a part may be a family name
 * (`Jae-won Park`, `Olivia Lane`).
 */
function isStreetWordPart(part: string): boolean {
  const bare = words(part).map(bareWord);
  const first = bare[0] ?? '';
  return (
    bare.length >= 2 &&
    bare.length <= MAX_STREET_WORDS &&
    !HONORIFICS.has(first) &&
    isStreetWord(first) &&
    !bare.some((w) => TITLE_WORDS.has(w)) &&
    !isFirmName(part)
  );
}

/** `Edificio Atlas`, `Immeuble Le Phare`: a building named after its building word, standing for a house number. */
const isBuildingPart = (part: string): boolean => {
  const all = words(part);
  return all.length >= 2 && all.length <= MAX_UNIT_WORDS && BUILDING_WORDS.has(bareWord(all[0] ?? ''));
};

/**
 * `Quillmere House`, `Northgate Medical Pavilion`, `Riverbank Business Park`: premises named by the word closing
 * their name (BUILDING_NAME_ENDS) — a place-like name of a few words, no firm by its legal form, no role.
 */
const isNamedBuilding = (part: string): boolean => {
  const all = words(part);
  return (
    all.length >= 2 &&
    BUILDING_NAME_ENDS.has(bareWord(all[all.length - 1] ?? '')) &&
    isClosingPlace(part) &&
    !all.some((w) => TITLE_WORDS.has(bareWord(w)))
  );
};

/**
 * `Kanda Heights 4, Mombasa, Kenya`, `Baluwatar-4, Kathmandu, Nepal` (a ward's number): an opening numbered part — not by a year alone (`Since 1998`), and, with no road
 * or unit word in it, only when a place stands between it and the closing town (`ISO 9001, Deutschland` is none).
 */
function isNumberedOpening(opening: string, partCount: number): boolean {
  const numbers = opening.match(PATTERNS.digitRun) ?? [];
  const numbered = isNumberedLine(opening) || PATTERNS.wardNumber.test(opening);
  if (!numbered || numbers.every((n) => PATTERNS.yearNumber.test(n))) return false;
  const hasRoadOrUnitWord = words(opening).some((w) => ROAD_WORDS.has(bareWord(w)) || UNIT_WORDS.has(bareWord(w)));
  return hasRoadOrUnitWord || partCount >= MIN_PLACED_PARTS_BARE_NUMBER;
}

/**
 * `Riverside Quarter`, `Bayview Heights` before its town: a district's or a building's name — a few capitalised words
 * that are no role (`Sales Director`), no department and no firm (isFirmName).
 */
const isDistrictOrBuilding = (part: string): boolean =>
  isClosingPlace(part) &&
  !isFirmName(part) &&
  !words(part).some((w) => TITLE_WORDS.has(bareWord(w)) || DEPARTMENT_WORDS.has(bareWord(w)));

/**
 * `Harbour District, Riyadh, Saudi Arabia`, `Lakeside Free Zone, Sharjah, UAE`: where no street is named, a district
 * named by its area word before a known city and the country places the sender; a city and its country alone
 * (`Riyadh, Saudi Arabia`) do not, nor a town before its state (`Hubli, Karnataka, India`: the known places hold
 * regions too).
 */
function isDistrictCityCountry(parts: readonly string[], last: string): boolean {
  const city = parts[parts.length - 1] ?? '';
  const districts = parts.slice(0, -1);
  // Only an area word closing the part: a street word may be a family name (`Min-seo Park, Busan, South Korea`).
  const namesArea = (part: string): boolean => DISTRICT_WORDS.has(bareWord(words(part).at(-1) ?? ''));
  return (
    districts.length > 0 &&
    !!countryOf(last) &&
    namesCity(city) &&
    districts.every(isDistrictOrBuilding) &&
    districts.some(namesArea)
  );
}

/**
 * `Kanda Heights 4, Mombasa, Kenya`, `Suite 310, Marina Walk, Doha`, `Harbour Road, Mombasa`: where no postal code
 * says a line is an address, its country or a known city closing it does, when the line opens with a numbered part,
 * a unit or a street without a number — not a title (`Head of Sales, Canary Wharf, London`). So does a town and a
 * bare postcode after a numbered opening (`Kloofsingel 14, Worcester, 6850`; alone, `London, 1892` may be a year).
 */
function isPlacedStreetLine(text: string): boolean {
  const parts = commaParts(text);
  const partCount = parts.length;
  const last = (parts.pop() ?? '').replace(PATTERNS.closingAside, '').trim();
  const opening = parts[0] ?? '';
  const townAndPostcode =
    partCount >= MIN_PLACED_PARTS_BARE_NUMBER &&
    PATTERNS.barePostcode.test(last) &&
    isClosingPlace(parts[parts.length - 1] ?? '') &&
    isNumberedOpening(opening, partCount);
  // `Harbour Road, Lautoka Point, Lautoka`, `KCN Tân Phú, Sóc Sơn, Hà Nội`, `Avenida Alemania 612, Of. 14, Temuco,
  // Región de La Araucanía`: a street, an area or a numbered opening, then its units, district and town.
  const streetAndPlaces =
    partCount >= MIN_PLACED_PARTS_BARE_NUMBER &&
    (isUnnumberedStreet(opening) || isStreetWordPart(opening) || isNumberedOpening(opening, partCount)) &&
    parts.slice(1).every((part) => isClosingPlace(part) || isUnitPart(part)) &&
    isClosingPlace(last);
  // `Orchid House, Lakeshore Road, Westfield, Harbourton`, `Immeuble Cèdre, rue Verdun, Tripoli`: a building's name
  // before its street, which has no number; a building word may close it (`Harbour Trade Centre`) or open it.
  const buildingThenStreet =
    partCount >= MIN_PLACED_PARTS_BARE_NUMBER &&
    (isDistrictOrBuilding(opening) || isNamedBuilding(opening)) &&
    (isUnnumberedStreet(parts[1] ?? '') || isStreetWordPart(parts[1] ?? '')) &&
    parts.slice(2).every(isClosingPlace) &&
    (namesCity(last) || !!countryOf(last));
  // `Thamel, Kathmandu-26, Nepal`: a neighbourhood, then its town with the ward's number where a house number would be;
  // in a script without case (`ठमेल, काठमाडौं-२६`) a place is a few of its words.
  const placeAndWardedTown =
    (isClosingPlace(opening) || fewWordsFitting(words(opening), (w) => PATTERNS.caselessWord.test(w))) &&
    parts.slice(1).some((part) => PATTERNS.wardNumber.test(part));
  return (
    townAndPostcode ||
    streetAndPlaces ||
    buildingThenStreet ||
    isDistrictCityCountry(parts, last) ||
    (partCount >= MIN_PLACED_PARTS &&
      (isNumberedOpening(opening, partCount) ||
        isUnitPart(opening) ||
        isBuildingPart(opening) ||
        isUnnumberedStreet(opening) ||
        placeAndWardedTown) &&
      !!(countryOf(last) || namesCity(last)))
  );
}

/** A Korean locality names two divisions (`Yeongtong-gu, Suwon-si`): one alone (`Jung-gu, Seoul`) is a place, no address. */
const KOREAN_LOCALITY_DIVISIONS = 2;

/**
 * A Vietnamese locality names two divisions by their markers (`P. Bến Nghé, Q.1, TP.HCM`): one alone (`P. Jones`) may be
 * an initial; the same marker twice (`P. Tran, P. Le`) a list of names.
 */
const VIETNAMESE_LOCALITY_DIVISIONS = 2;
const isVietnameseLocality = (text: string): boolean =>
  new Set(Array.from(text.matchAll(PATTERNS.vietnameseDivision), (m) => m[1]?.toLowerCase())).size >=
  VIETNAMESE_LOCALITY_DIVISIONS;

/**
 * `C1043AAZ Buenos Aires`, `(C1043AAZ) Buenos Aires`: Argentina's CPA before its town (the code in brackets too); alone
 * (`K2024ABC`) it may be an order or part number.
 */
const isArLocality = (text: string): boolean =>
  PATTERNS.upper.test(PATTERNS.arPostcode.exec(text)?.[2]?.replace(PATTERNS.wordEdges, '').charAt(0) ?? '');

/**
 * `Mumbai 400013`, `Nairobi 00100`: a town and the postcode after it (trailingPostcode) — not a registration's number after
 * its label (`Chartered Engineer Reg. No. 45210`) or its body's acronym (`ORN 21847`, `CRM 12345`), nor a bank's
 * branch or account number (`Branch 739154`), nor a number words in lower case lead to (isTownWord).
 */
function isTownThenPostcode(text: string): boolean {
  const town = PATTERNS.trailingPostcode.exec(text)?.[1]?.trim();
  if (!town) return false;
  const label = bareWord(words(town).pop() ?? '');
  // `Order ref: PO 48120`: what a label names before the number, its own label aside.
  const named = afterFirstLabel(town);
  return (
    !HOUSE_NUMBER_LABELS.has(label) &&
    !BANK_DETAIL_LABELS.has(label) &&
    !PATTERNS.registrationAcronym.test(named) &&
    words(named).every(isTownWord)
  );
}

/** `Ort: Sevilla` → `Sevilla`, `Code postal :` → ``: the text after its first label's colon (`Re: Invoice` after `Subject:`). */
function afterFirstLabel(text: string): string {
  const colon = PATTERNS.closingOrSpacedColon.exec(text);
  return colon ? text.slice(colon.index + colon[0].length) : text;
}

/**
 * A town's word is capitalised, or a particle linking its name (`Ciudad de Guatemala`, `Castel d'Ario`); a word in
 * lower case (`Radca prawny nr wpisu 30417`, `Your code is 482913`, `spisová vložka 7731`) is a sentence's or a label's,
 * the number after it a reference's. A script without case has no lower-case letter.
 */
function isTownWord(word: string): boolean {
  const lower = word.toLowerCase();
  const elided = lower.split(PATTERNS.apostrophe)[0] ?? '';
  return (
    !PATTERNS.lower.test(word.charAt(0)) ||
    PARTICLES.has(lower) ||
    PLACE_NAME_LINKS.has(lower) ||
    (elided !== lower && ELIDED_PARTICLES.has(elided))
  );
}

/**
 * `St. Lawrence Gap, Christ Church, BB15017, Barbados`: a postcode of its country's letters (isoLetteredPostcode) on a
 * line where another part is a place; alone or after a label (`Booking ref BB40213`) it reads as a reference's
 * code.
 */
const isLetteredPostcodeLocality = (text: string): boolean =>
  PATTERNS.isoLetteredPostcode.test(text) &&
  commaParts(text).some((part) => !PATTERNS.isoLetteredPostcode.test(part) && isClosingPlace(part));

/**
 * `Sendai 980-0811`: a Japanese postcode written after its town in Latin letters — the town a Japanese one known by
 * name, for three and four digits alone are any local number's (`Mobile 555-0142`, `Toronto 555-0142`).
 */
const isRomanJapaneseLocality = (text: string): boolean =>
  countryOfCity(PATTERNS.jpRomanLocality.exec(text)?.[1] ?? '') === 'JP';

function isLocality(text: string): boolean {
  return (
    PATTERNS.usLocality.test(text) ||
    isRomanJapaneseLocality(text) ||
    PATTERNS.auLocality.test(text) ||
    PATTERNS.japanesePostcode.test(text) ||
    (PATTERNS.ukPostcode.test(text) && PATTERNS.lower.test(text)) ||
    PATTERNS.ukPostcodeLine.test(text.trim()) ||
    PATTERNS.leadingPostcode.test(text) ||
    isTownThenPostcode(text) ||
    PATTERNS.threeDigitPostcode.test(text) ||
    // `Founded in London, 1892`: a bare number after a town may be a year (closesStreet).
    !!PATTERNS.postcodeAfterTown.exec(text)?.[1] ||
    PATTERNS.caPostcode.test(text) ||
    PATTERNS.eircode.test(text) ||
    isLetteredPostcodeLocality(text) ||
    PATTERNS.hyphenedTownPostcode.test(text) ||
    isArLocality(text) ||
    PATTERNS.brPostcode.test(text) ||
    PATTERNS.cisLocality.test(text) ||
    PATTERNS.thaiLocality.test(text) ||
    PATTERNS.pinLocality.test(text) ||
    (text.match(PATTERNS.koreanDivision)?.length ?? 0) >= KOREAN_LOCALITY_DIVISIONS ||
    isVietnameseLocality(text)
  );
}

/**
 * `Oficina 33 4410 2276 ext. 31`, `Tel. oficina 0261 452-7781`: a phone's number after the words naming it, unlabelled
 * by a colon (`oficina`, office, is a unit word too) — a number in digit groups, longer than a street's, after no
 * street's word (`Av. Brasil 950 01430-001` is a house number and a postcode).
 */
function isNumberAfterWords(text: string): boolean {
  const found = PATTERNS.numberClosingWords.exec(text.replace(PATTERNS.extensionTail, ''));
  if (!found) return false;
  const number = found[1] ?? '';
  const named = words(found[0].slice(0, -number.length)).map(bareWord);
  return (
    digitCount(number) >= MIN_PHONE_DIGITS &&
    PATTERNS.digitGroupGap.test(number) &&
    named.every((w) => UNIT_WORDS.has(w) || !isStreetWord(w))
  );
}

export function addressKind(written: string): AddressKind | undefined {
  if (written.includes('@') || written.length > 120 || PATTERNS.internationalNumber.test(written)) return undefined;
  // `£1,680` over `Subtotal`: a price list's amount and label read as a postcode and its town.
  if (PATTERNS.currencyAmount.test(written)) return undefined;
  const text = asciiDigits(written);
  // `Sitz: München, Registergericht München HRA 98765`: a company register's line, its number no postal code.
  const all = words(text);
  const bare = all.map(bareWord);
  if (bare.some((w) => REGISTERS.has(w)) || DOCUMENT_EXCHANGES.has(bare[0] ?? '')) return undefined;
  // `Gas Safe Reg. 654321`, `AMI 23456`: a trade's licence number reads as a town and its postcode.
  if (PATTERNS.licenceNumber.test(text)) return undefined;
  // `Estate office: 03772-234 418`: a phone's digits alone after a label; the label's words (`estate`) name no street.
  const label = PATTERNS.labelPrefix.exec(text)?.[0];
  // `Bureau : 418 555-0183, poste 12`: the extension closing the number is no street's word and number.
  const value = label ? text.slice(label.length).replace(PATTERNS.extensionTail, '') : '';
  if (label && !PATTERNS.letter.test(value) && digitCount(value) >= MIN_PHONE_DIGITS) return undefined;
  if (isStreet(text, bare) && !isNumberAfterWords(text)) return 'street';
  if (isLocality(text)) return 'locality';
  if (isPlacedStreetLine(text)) return 'street';
  if (isCaselessStreetList(text) || isCaselessNamedStreet(text)) return 'street';
  // `Kenya: +254 …`, `UAE:` before a number: a country that labels the phone after it, not the address's country.
  if (countryOf(text) && all.length <= 6 && !PATTERNS.labelEnd.test(text)) return 'country';
  return undefined;
}

type KindOf = (text: string) => AddressKind | undefined;

/**
 * addressKind, each text classified once: joining wrapped lines and cutting segments ask again for the same texts.
 * A council member's registration (`Engenheira Civil – CREA-MG 98765`) reads as a town and its postcode: a
 * detail line of the signature (addressKind), but no part of the address.
 */
function kindsOnce(): KindOf {
  const known = new Map<string, AddressKind | undefined>();
  return (text) => {
    if (!known.has(text))
      known.set(text, words(text).map(bareWord).some(isCouncilWord) ? undefined : addressKind(text));
    return known.get(text);
  };
}

/**
 * `1450 NE Broadway`: a postcode and town by their shape (leadingPostcode) that read as a house number and a street
 * after a compass point; but `1011 NE Amsterdam` is a Dutch postcode (four digits, two letters) in an address naming
 * the Netherlands.
 */
const isCompassStreet = (lead: RegExpExecArray, country: string | undefined): boolean =>
  country !== 'NL' && isCompassStreetLine(`${lead[1]} ${lead[2]}`);

/** `Toronto ON  M5J 2J2` → `Toronto ON M5J 2J2`: spaces kept for layout (Canada Post's two) are one in the value. */
const singleSpaced = (text: string): string => text.replace(PATTERNS.whitespaceRun, ' ');

/** The CSV header words of `kinds`, each as `spell` writes it (folded where a label is looked up folded). */
const headerWords = (
  kinds: readonly (keyof typeof CSV_HEADER_WORDS)[],
  spell: (word: string) => string = (word) => word,
): ReadonlySet<string> => new Set(kinds.flatMap((kind) => [...CSV_HEADER_WORDS[kind]].map(spell)));

/** Where in its line the locality begins (`at`), and what it says. */
interface Locality extends AddressParts {
  at: number;
  /** Where the matched locality ends, for a postcode that opens the line (`〒153-0064 東京都…`). */
  end: number;
}

/** The words a postal code's label is written with, folded (`C.P.` → `cp`). */
const POSTCODE_LABEL_WORDS = headerWords(['postalCode'], fold);
/** A postal code's label read as a town before its digits (`C.P. 03810`, `PLZ 80469`). */
const isPostcodeLabel = (text: string): boolean => POSTCODE_LABEL_WORDS.has(fold(text));

/** The locality of an address line: the last match of the first postcode shape that reads in it, most specific first. */
function localityIn(line: string, country: string | undefined): Locality | undefined {
  const found = (
    match: RegExpExecArray,
    parts: AddressParts,
    at = match.index,
    end = match.index + match[0].length,
  ): Locality => ({ ...parts, at, end });
  const us = lastMatch(PATTERNS.usLocality, line);
  if (us) return found(us, { city: us[1]?.trim(), region: us[2], postalCode: us[3], country: country ?? 'US' });
  const ca = lastMatch(PATTERNS.caLocality, line);
  if (ca) return found(ca, { city: ca[1]?.trim(), region: ca[2], postalCode: ca[3], country: country ?? 'CA' });
  const au = lastMatch(PATTERNS.auLocality, line);
  if (au) return found(au, { city: au[1]?.trim(), region: au[2], postalCode: au[3], country: country ?? 'AU' });
  const jp = lastMatch(PATTERNS.japanesePostcode, line);
  if (jp) return found(jp, { postalCode: jp[1], country: country ?? 'JP' });
  const br = lastMatch(PATTERNS.brPostcode, line);
  if (br) return found(br, { postalCode: br[1], country: country ?? 'BR' });
  const ie = lastMatch(PATTERNS.eircode, line);
  if (ie) return found(ie, { postalCode: ie[0], country: country ?? 'IE' });
  const ar = lastMatch(PATTERNS.arPostcode, line);
  if (ar) return found(ar, { postalCode: ar[1], city: ar[2]?.trim(), country: country ?? 'AR' });
  const uk = lastMatch(PATTERNS.ukPostcode, line);
  if (uk && PATTERNS.lower.test(line)) {
    // The town before the postcode, in its part or (`Todmorden, OL14 5QX`) the part before.
    const beforePostcode = commaParts(line.slice(0, uk.index));
    const before = beforePostcode.pop() || (beforePostcode.length >= 2 ? beforePostcode.pop() : undefined);
    // The town's part begins the locality.
    const at = before ? line.lastIndexOf(before, uk.index) : uk.index;
    return found(uk, { city: before || undefined, postalCode: uk[1], country: country ?? 'GB' }, at);
  }
  const lead = lastMatch(PATTERNS.leadingPostcode, line);
  if (lead && !isCompassStreet(lead, country)) {
    const town = lead[2]?.split(',')[0]?.trim() ?? '';
    // `70046 台南市北區成功路27號5樓`: a postcode before a whole address written without spaces (numbers in it, but
    // a district's after a town, `Praha 7`): the rest is the street, the town in it unparted.
    const lastWord = town.slice(town.lastIndexOf(' ') + 1);
    const withoutDistrict = PATTERNS.districtNumber.test(lastWord) ? town.slice(0, -lastWord.length) : town;
    if (PATTERNS.anyDigit.test(withoutDistrict)) {
      const postcodeEnd = lead.index + lead[0].indexOf(lead[1] as string) + (lead[1] as string).length;
      return found(lead, { postalCode: lead[1] }, lead.index, postcodeEnd);
    }
    return found(lead, { postalCode: lead[1], city: town });
  }
  const short = lastMatch(PATTERNS.threeDigitPostcode, line);
  if (short) return found(short, { postalCode: short[1], city: short[2] });
  const trail = lastMatch(PATTERNS.trailingPostcode, line);
  // `Kochi – 682016, Kerala`: the dash before an Indian PIN is no part of the city; `C.P. 03810, Ciudad de México`: the
  // town follows a postal code's label.
  const town = trail?.[1]?.replace(PATTERNS.edgePunctuation, '');
  if (trail) {
    const named =
      town && isPostcodeLabel(town) ? commaParts(line.slice(trail.index + trail[0].length)).find(Boolean) : town;
    return found(trail, { city: named && !countryOf(named) ? named : undefined, postalCode: trail[2] });
  }
  return undefined;
}

/**
 * The street: the comma parts before the locality (`1480 W. Bay Street, Suite 210` before `Tampa, FL 33629`), or after
 * it when it opens the line (`1136 Budapest, Pannónia utca 42.`), the country aside; the whole line but its
 * country when no locality reads in it. What follows a locality after the street (a region the patterns do not
 * know, `…, 44100 Lamia, Fthiotida`) is in the line only.
 */
function streetOf(line: string, locality: Locality | undefined, country: string | undefined): string | undefined {
  const withoutCountry = (parts: string[]): string[] =>
    country && parts.length > 0 && countryOf(parts[parts.length - 1] as string) ? parts.slice(0, -1) : parts;
  if (!locality) return withoutCountry(commaParts(line)).join(', ') || undefined;
  const before = commaParts(line.slice(0, locality.at)).filter(Boolean);
  if (before.length > 0) return before.join(', ');
  return withoutCountry(commaParts(line.slice(locality.end)).filter(Boolean)).join(', ') || undefined;
}

/** City, region, postal code and country read from the locality (and country) part of the address, and its street. */
function partsOf(line: string): AddressParts {
  const country = countryOf(line);
  const locality = localityIn(line, country);
  const parts: AddressParts = { country, ...locality, street: streetOf(line, locality, country) };
  delete (parts as Partial<Locality>).at;
  delete (parts as Partial<Locality>).end;
  for (const key of Object.keys(parts) as Array<keyof AddressParts>) if (!parts[key]) delete parts[key];
  return parts;
}

/**
 * The parts of an address's unlabelled lines when labelled fields give its locality: a street line's number is no
 * postal code (`1200 Main Street` read as a postcode and its town), so a locality is read only from a line that is one.
 */
function partsBesideFields(line: string, pieces: Array<{ text: string; kind: AddressKind }>): AddressParts {
  if (pieces.some((p) => p.kind === 'locality')) return partsOf(line);
  const parts: AddressParts = {};
  if (line) parts.street = line;
  const country = countryOf(line);
  if (country) parts.country = country;
  return parts;
}

/** `Postcode: SY23 1PB`, `90210`: a postal code alone (label aside) says where, not the address. */
function isPostcodeOnly(text: string): boolean {
  const value = text.slice(PATTERNS.labelPrefix.exec(text)?.[0].length ?? 0);
  const rest = [
    PATTERNS.ukPostcode,
    PATTERNS.caPostcode,
    PATTERNS.brPostcode,
    PATTERNS.japanesePostcode,
    PATTERNS.arPostcode,
  ].reduce((left, pattern) => left.replace(pattern, ' '), value);
  return !PATTERNS.letter.test(rest);
}

/**
 * `Level 2 – Billing`, `3rd floor`, `Unit 7, Block B`: floors and units alone, each comma part one — where inside
 * a building, not which building.
 */
const isUnitsOnly = (text: string): boolean => commaParts(text).filter(Boolean).every(isUnitPart);

/**
 * `Stage 2`, `Sector 7`: a street word and its number alone name no street (a venue's stage, a zone) — but a road
 * word does (`Calle 5`, `Carrera 7`: numbered streets).
 */
const isNumberedWordOnly = (text: string): boolean => {
  const [first, second, ...rest] = words(text).map(bareWord);
  const numbered = (word: string | undefined, number: string | undefined): boolean =>
    !!word && isStreetWord(word) && !ROAD_WORDS.has(word) && PATTERNS.digitsOnly.test(number ?? '');
  return rest.length === 0 && (numbered(first, second) || numbered(second, first));
};

/**
 * A piece that says where an address is: a street (units alone only with the country they are in), or a
 * locality that names more than its postal code.
 */
const placesAddress = ({ segment, kind, country }: AddressPiece): boolean =>
  (kind === 'street' && (!!country || (!isUnitsOnly(segment.text) && !isNumberedWordOnly(segment.text)))) ||
  (kind === 'locality' && !isPostcodeOnly(segment.text));

/**
 * `Ciudad de México, CDMX`, `TP. Hồ Chí Minh`: a place line under a street — a firm's name, by its
 * legal form, is none.
 */
function isClosingPlace(text: string): boolean {
  if (!isPlaceName(text, MAX_CLOSING_PLACE_WORDS) || words(text).some((w) => LEGAL_FORMS.has(w.toLowerCase())))
    return false;
  const key = normalizeKey(text);
  // `Aperto · Chiude alle 20:00` under a maps panel's address: its listing's status, no place; nor is `FACTUUR` in
  // the column beside a letterhead's address, the document's heading.
  return !SITE_FOOTER_LINKS.has(key) && !LISTING_STATUS_WORDS.has(key) && !DOCUMENT_WORDS.has(key);
}

/**
 * `Lima 18`, `Dublin 12`, `Praha 4`: a city and the number of its postal district, closing an address —
 * not a date (`March 15`) nor a unit (`Room 12`, `Floor 3`), which read the same way.
 */
function isPostalDistrict(text: string): boolean {
  const all = words(text);
  const district = all.pop() ?? '';
  return (
    PATTERNS.districtNumber.test(district) &&
    isClosingPlace(all.join(' ')) &&
    !all.some((w) => CALENDAR_WORDS.has(bareWord(w))) &&
    !isUnitPart(text)
  );
}

/** A unit word (`apartment`) is this many characters long at most. */
const MAX_UNIT_WORD_CHARS = 12;
/** A unit part this many words long at most: `3rd Floor, Kamala Mills`, `4.º Esq.`. */
const MAX_UNIT_WORDS = 5;

/** `2.º`, `4.º Esq.`, `3rd Floor`, `Unit 12`, `Block C`: a floor or unit written apart from its street, as its own part. */
export function isUnitPart(text: string): boolean {
  const all = words(text);
  if (all.length === 0 || all.length > MAX_UNIT_WORDS) return false;
  // `Office: 020 7946 0000` is a phone line: a unit's number is shorter than a phone number.
  if (digitCount(text) >= MIN_PHONE_DIGITS) return false;
  // `Unit 12`, `Of. 41`, `2. OG`, `Bâtiment C`: the unit word beside its number, or a letter making the whole part
  // (`Jonathan A Block`, `Lt J Smith` are names); `unit (node 20)` is none. `Ghorofa ya 3`, `Unit No. 4`, `دوکان نمبر ۴۲`:
  // a linking word or a number's label between.
  const designates = (w: string | undefined): boolean =>
    !!w && (PATTERNS.anyDigit.test(w) || (all.length === 2 && PATTERNS.unitLetter.test(w)));
  const numberAfter = (i: number): string | undefined => {
    const next = all[i + 1] ?? '';
    return LINKING_WORDS.has(next.toLowerCase()) || HOUSE_NUMBER_LABELS.has(bareWord(next)) ? all[i + 2] : next;
  };
  return (
    PATTERNS.ordinalFloor.test(text) ||
    PATTERNS.jpBuildingFloor.test(text) ||
    all.some((w, i) => UNIT_WORDS.has(bareWord(w)) && (designates(all[i - 1]) || designates(numberAfter(i))))
  );
}

/**
 * The parts after address segment `last` on its line that still belong to it: places, units, a postal code of
 * letters and digits (`Av. Corrientes 3875, 2° C – C1194AAE – Ciudad Autónoma de Buenos Aires`) or of digits after a
 * known city, joined by a written separator (a wide gap of spaces is a column's edge), up to the first that is not.
 */
function trailingParts(last: Segment, inLine: readonly Segment[], between: Between): Segment[] {
  const out: Segment[] = [];
  let before = last;
  for (const part of inLine) {
    // `…, Karachi – 75500`: a bare postcode after a known city closing the part before it.
    const cityPostcode = PATTERNS.barePostcode.test(part.text) && namesCity(commaParts(before.text).at(-1) ?? '');
    const belongs =
      isClosingPlace(part.text) ||
      isUnitPart(part.text) ||
      isPostalDistrict(part.text) ||
      isLetteredPostcode(part.text) ||
      cityPostcode;
    if (!belongs) break;
    if (!between(before, part).trim()) break;
    out.push(part);
    before = part;
  }
  return out;
}

interface AddressPiece {
  segment: Segment;
  /** `part`: a piece between address segments of one line (`Rua Funchal, 418 – 9º andar – Vila Olímpia – …`). */
  kind: AddressKind | 'part';
  /** The country closing the segment (countryOf), read as it joins the run: a street or locality may close with one too (`…, Santiago, Chile`), which addressKind reads only for a line that is neither. */
  country?: string;
}

/**
 * `Plot 14 Adeola Hopewell` over `Street, Victoria Island, …`: a street word alone opening the next line
 * (before its first comma) is the end of the street's name a wrap broke off.
 */
function continuesStreet(before: Segment, segment: Segment): boolean {
  const first = segment.text.split(',')[0] ?? '';
  return (
    segment.line === before.line + 1 &&
    !before.text.endsWith(',') &&
    words(first).length === 1 &&
    PATTERNS.upper.test(first.charAt(0)) &&
    STREET_WORDS.has(bareWord(first))
  );
}

/**
 * `Todmorden`, `Col. Crédito Constructor, Alc. Benito Juárez`: a line of places alone between two
 * address lines is part of the address — each comma part a place, none a firm (by its legal form).
 */
const isDistrictLine = (text: string): boolean => commaParts(text).every(isClosingPlace);

/**
 * `Quận Tây Hồ, Hà Nội`, `Kadıköy, İstanbul`: places closing with a known city, under the street — too many words for
 * one place (isClosingPlace), and no postal code to read them as a locality.
 */
const isDistrictOfCity = (text: string): boolean =>
  commaParts(text).length > 1 && isDistrictLine(text) && namesCity(commaParts(text).pop() ?? '');

/**
 * `Paseo de Roxas cor. Makati Ave.` between `Unit 1702, Tower 1, …` and `Makati City 1226`: a street's name
 * without its number (a corner, a cross street) between two address lines is part of the address.
 */
const isStreetNameLine = (text: string): boolean => {
  // A street word also tells it from a firm's name (isFirmName), which holds none.
  const all = words(text);
  return (
    !PATTERNS.anyDigit.test(text) && all.length <= MAX_STREET_WORDS && all.some((w) => STREET_WORDS.has(bareWord(w)))
  );
};

/** Lines carried under a comma-ended address line before the next address line: more is a paragraph. */
const MAX_CARRIED_LINES = 3;

/** `Block C,`, `Moy Valley Enterprise Park,`, `Moy Road Upper,`: a comma-ended line of places, a unit or a street's name. */
function isCarriedLine(text: string): boolean {
  if (!text.endsWith(',')) return false;
  const line = text.slice(0, -1);
  return isDistrictLine(line) || isUnitPart(line) || isStreetNameLine(line);
}

/** Every word a contact app or export labels a field with (`City`, `Work`, `Home`, `Trabajo`), folded. */
const FIELD_LABEL_WORDS = headerWords(
  (Object.keys(CSV_HEADER_WORDS) as Array<keyof typeof CSV_HEADER_WORDS>).filter((kind) => kind !== 'joiners'),
  fold,
);

/**
 * `Todmorden`, `West Yorkshire`, `Ciudad de México`: a few capitalised words (particles aside, and not counted:
 * `Ciudad Autónoma de Buenos Aires` is four), no digits — a place on its own line; `Email:` is a label, and so is
 * `Work` or `City` under a value (a contact app's field names, written without a colon).
 * A region in brackets after the town is a word of it (`Montréal (Québec)`).
 */
function isPlaceName(text: string, maxWords = MAX_PLACE_WORDS): boolean {
  const all = words(text).map((w) => w.replace(PATTERNS.wordEdges, ''));
  return (
    all.length > 0 &&
    !text.endsWith(':') &&
    !text.endsWith('：') &&
    !all.every((w) => FIELD_LABEL_WORDS.has(fold(w))) &&
    all.filter((w) => !PARTICLES.has(w.toLowerCase())).length <= maxWords &&
    !PATTERNS.anyDigit.test(text) &&
    !text.includes('@') &&
    PATTERNS.upper.test(text.charAt(0)) &&
    all.every((w) => PATTERNS.upper.test(w.charAt(0)) || PARTICLES.has(w.toLowerCase()))
  );
}

/**
 * `ul. Stradomska 17, 31-068 Kraków. Recepcja: 12 421 88 40`, `…, 8001 Zürich, tel. +41 …`: an
 * address ends where a phone number or a link begins, with its label; a number of a few digits after
 * a label (`No: 185`) is the address's. The segment cut there, when what is left reads as an address.
 */
function addressPart(written: Segment, kindOf: KindOf): Segment {
  const segment = beforeProse(beforeRegister(written, kindOf), kindOf);
  const tail = PATTERNS.addressTail.exec(segment.text);
  if (!tail || tail.index === 0) return segment;
  const digits = digitCount(tail[0]);
  if (digits > 0 && digits < MIN_PHONE_DIGITS && !tail[0].includes('+')) return segment;
  return untilOffset(segment, tail.index, kindOf);
}

/**
 * `kami`, `om`, `skicka`: a word of a sentence around an address — lower case in a script with case (`თბილისი` has
 * none), no street's or unit's word (`rue`, `ul.`, `piso`) and no particle joined to a name (`d'Orsay`).
 */
function isProseWord(word: string): boolean {
  const bare = bareWord(word);
  return (
    PATTERNS.lowerStart.test(word) &&
    !PATTERNS.caselessWord.test(word) &&
    !word.includes("'") &&
    !word.includes('’') &&
    !isStreetWord(bare) &&
    !UNIT_WORDS.has(bare)
  );
}

/** A sentence's words before or after an address in its line are at least this many (isProseWord). */
const MIN_PROSE_WORDS = 2;

/** How many of a sentence's words (isProseWord) `text` holds before its first number. */
function proseWordsIn(text: string): number {
  const digit = text.search(PATTERNS.anyDigit);
  return words(digit < 0 ? text : text.slice(0, digit)).filter(isProseWord).length;
}

/**
 * `Jl. Melati No. 8, Bogor. Kabari saya di nomor ini`, `Storgatan 4, 111 22 Stockholm, om du vill skicka det per post`:
 * an address inside a line of prose ends with its sentence when the next one is prose, or at the comma before a part
 * of the sentence's words alone after its numbers; the segment cut there, when what is left reads as an address.
 */
function beforeProse(segment: Segment, kindOf: KindOf): Segment {
  const text = segment.text;
  const sentence = sentenceEnd(text);
  if (sentence < text.length && proseWordsIn(text.slice(sentence)) >= MIN_PROSE_WORDS)
    return untilOffset(segment, sentence, kindOf);
  let comma = -1;
  for (const part of text.split(',')) {
    const all = words(part);
    const prose = all.filter(isProseWord).length;
    // `rua augusta 100, são paulo`: a place typed in lower case is the address's, no sentence.
    const sentencePart = prose >= MIN_PROSE_WORDS && prose === all.length && !namesCity(part.trim());
    if (comma > 0 && PATTERNS.anyDigit.test(text.slice(0, comma)) && sentencePart)
      return untilOffset(segment, comma, kindOf);
    comma += part.length + 1;
  }
  return segment;
}

/**
 * `…, 00-546 Warszawa, NIP 525-555-41-20, KRS 0000555123`: a legal footer's address ends at the comma
 * before the part naming a company register; the segment cut there, when what is left reads as an address.
 */
function beforeRegister(segment: Segment, kindOf: KindOf): Segment {
  let comma = -1;
  for (const part of segment.text.split(',')) {
    // `Tax ID: NIP 525…`: a register's word anywhere in the part, as addressKind rejects it anywhere.
    if (comma > 0 && words(part).some((w) => REGISTERS.has(bareWord(w)))) return untilOffset(segment, comma, kindOf);
    comma += part.length + 1;
  }
  return segment;
}

/**
 * `Sua consulta ficou para quinta, 10h. Endereço: Rua Visconde de Pirajá, 414`: a segment that
 * introduces an address inside it (an address cue, or Japan's postal mark) holds the address from the cue on.
 */
function afterCue(segment: Segment, kindOf: KindOf): Segment {
  const cue = PATTERNS.addressCue.exec(segment.text);
  if (cue) return fromOffset(segment, cue.index + cue[0].length, kindOf);
  // `所在地　〒150-0043 東京都…`: the postal mark opens a Japanese address; what stands before it is a label or a name.
  const mark = PATTERNS.japanesePostcode.exec(segment.text);
  return mark && mark.index > 0 ? fromOffset(segment, mark.index, kindOf) : segment;
}

/**
 * `Metropolitan Water Services Board`, but not `Galway Technology Park`: a firm's name — a legal form or a
 * kind of organisation, no number and no street word.
 */
function isFirmName(text: string): boolean {
  const written = words(text);
  const bare = written.map(bareWord);
  return (
    !PATTERNS.anyDigit.test(text) &&
    (written.some((w) => LEGAL_FORMS.has(w.toLowerCase())) || bare.some((w) => COMPANY_WORDS.has(w))) &&
    // `Lark Studio Ltd`: `studio` names a unit too, but as a company word it names the firm.
    !bare.some((w) => STREET_WORDS.has(w) || (UNIT_WORDS.has(w) && !COMPANY_WORDS.has(w)))
  );
}

/**
 * `Ferrybridge Distribution Ltd, Unit 12, Aire Valley Business Park, Leeds LS10 1AB`,
 * `Auftraggeber: Stadtwerke Kleinmünster AöR, Am Wasserturm 3, …`: a firm's name (after its label)
 * opening an address's line is not part of it; the segment from the part after it.
 */
function withoutFirm(segment: Segment, kindOf: KindOf): Segment {
  const box = boxAfterOrganisation(segment.text, kindOf);
  if (box > 0) return fromOffset(segment, box, kindOf);
  const comma = firmComma(segment.text);
  if (comma >= 0) return fromOffset(segment, comma + 1, kindOf);
  const glued = gluedFirmEnd(segment.text);
  if (glued === 0) return segment;
  // What a firm is glued to opens with the street, or a numbered part before the locality (`Ukmergės g. 220, LT-07157
  // Vilnius`); a county's `Co.` is followed by its town (`Consett Co. Durham DH8 6BP`).
  const rest = fromOffset(segment, glued, kindOf);
  const opening = rest.text.split(',')[0] ?? '';
  const opensStreet =
    kindOf(rest.text) === 'street' || (PATTERNS.anyDigit.test(opening) && kindOf(opening) !== 'locality');
  return rest !== segment && opensStreet ? rest : segment;
}

/**
 * `School of Marine Studies, Oruaiti University, Private Bag 3020, …`, `Entomology Department, P.O. Box 81, …`: an
 * organisation's name (a school, a department, a research centre: words naming a kind of body or a field of work), in
 * one comma part or several, before a post-office box names whose box it is, no place the post goes to — no part of it
 * a street, a unit, a building or a place the address reads. Where the box's part begins; 0 when no such name opens
 * the line.
 */
function boxAfterOrganisation(text: string, kindOf: KindOf): number {
  const parts = text.split(',');
  const box = parts.findIndex((part, i) => i > 0 && PATTERNS.postBoxOpening.test(part.trim()));
  if (box < 0) return 0;
  const before = parts.slice(0, box);
  const names = (part: string): boolean =>
    words(part)
      .map(bareWord)
      .some((w) => COMPANY_WORDS.has(w) || DEPARTMENT_WORDS.has(w));
  // `2School of Earth Sciences`: an affiliation's mark glued to a body's name makes no unit of its `of`.
  const placed = (part: string): boolean =>
    !!kindOf(part) ||
    (!names(part) && (isUnitPart(part) || isUnnumberedStreet(part))) ||
    words(part).some((w) => isStreetWord(bareWord(w)) || BUILDING_WORDS.has(bareWord(w)));
  if (!before.some(names) || before.some(placed)) return 0;
  return before.join(',').length + 1;
}

/**
 * `Bruksverken Industri AB Box 214, …`, `Specjalista ds. logistyki Tartak Mazurski Sp. z o.o. Sp.k. ul. Leśna 4, …`,
 * `UAB „Nemuno kranai“ Ukmergės g. 220, …`: a line run together, the firm's name (and what stood before it) glued to
 * the street with no separator — where the last legal form before the first number ends (a quoted name it opens
 * with it, `UAB „…“`); 0 when none does. A legal form is written as one: with a capital or a dot, for `as` and `co` are
 * words too; and a word names the firm before it, with no comma between: after one it is a place's (`Ennis, Co.
 * Clare`: a county; `Edmonton, AB T5J 3H1`: a province).
 */
function gluedFirmEnd(text: string): number {
  const comma = text.indexOf(',');
  const all = wordsAt(comma < 0 ? text : text.slice(0, comma), 0);
  const numbered = all.findIndex((w) => PATTERNS.anyDigit.test(w.text));
  let end = 0;
  for (const [i, w] of all.slice(0, numbered).entries()) {
    const lower = w.text.toLowerCase();
    if (i > 0 && LEGAL_FORMS.has(lower) && (w.text !== lower || lower.includes('.'))) end = w.end;
  }
  const quoted = end > 0 ? PATTERNS.quotedFirm.exec(text.slice(end)) : null;
  return quoted && !text.slice(end, end + quoted.index).trim() ? end + quoted.index + quoted[0].length : end;
}

/**
 * Where the firm's name opening an address's line ends (its comma), after a label; -1 when none opens it. A name
 * without a legal form names a building, no firm, before a street without a number (`The Old Bakery, Mill Lane, …`:
 * it stands for the number), when a building word opens it (`Edificio Capital Plaza, piso 4, …`) or closes it before a
 * unit (`Lakeside Tech Park, Block C, …`).
 */
function firmComma(text: string): number {
  const comma = text.indexOf(',');
  const label = PATTERNS.labelPrefix.exec(text)?.[0].length ?? 0;
  const firm = text.slice(label, comma);
  if (comma < label || !isFirmName(firm)) return -1;
  const firmWords = words(firm);
  const opening = bareWord(firmWords[0] ?? '');
  const parts = commaParts(text);
  // `Château Les Ormes, 33330 Saint-Émilion`: an estate named right before its postcode and town is where no street runs.
  const namesEstate = ESTATE_WORDS.has(opening) && parts.length === 2 && isLocality(parts[1] ?? '');
  const namesBuilding =
    !firmWords.some((w) => LEGAL_FORMS.has(w.toLowerCase())) &&
    (isUnnumberedStreet(parts[1] ?? '') ||
      BUILDING_WORDS.has(opening) ||
      (isNamedBuilding(firm) && isUnitPart(parts[1] ?? '')) ||
      namesEstate);
  return namesBuilding ? -1 : comma;
}

/**
 * `Falkenried Messtechnik GmbH` of `Falkenried Messtechnik GmbH, Werftstraße 9, …`: the firm opening an
 * address's line. Not after a label (`Client: …`) or `c/o`: that firm is another party, or one the sender is
 * only reached through.
 */
export function openingFirm(segment: Segment): Segment | undefined {
  const lower = segment.text.trimStart().toLowerCase();
  if (PATTERNS.labelPrefix.test(segment.text) || leadingPhrase(lower, CARE_OF) > 0) return undefined;
  const comma = firmComma(segment.text);
  return comma < 0 ? undefined : sliceSegment(segment, 0, comma);
}

/** The segment from `from` on, when that reads as an address (sliceSegment: a joined segment's span kept right). */
function fromOffset(segment: Segment, from: number, kindOf: KindOf): Segment {
  const rest = segment.text.slice(from);
  const part = sliceSegment(segment, from + rest.length - rest.trimStart().length);
  return kindOf(part.text) ? part : segment;
}

/** The segment before `to`, when that reads as an address (see fromOffset). */
function untilOffset(segment: Segment, to: number, kindOf: KindOf): Segment {
  const part = sliceSegment(segment, 0, to);
  return kindOf(part.text) ? part : segment;
}

/**
 * `Kongens Vænge 2, 3400` over `Hillerød, Denmark`: a line a hard wrap (a PDF's, a narrow column's)
 * broke inside an address — its last segment no address alone, the next line's first no street or
 * locality alone, the two together one — read as one segment; so is a word hyphenated at the line's
 * end, its lower-case rest opening the next (`Outer Ring Road, Bellan-` over `dur, Bengaluru`).
 */
function joinWrappedLines(segments: readonly Segment[], kindOf: KindOf): Segment[] {
  return joinWrapped(segments, (end, next, before) => {
    // `Northbridge Re-` over `insurance plc`: a hyphenated firm's name is no address (a number after it aside).
    const hyphenated = hyphenatedRest(end, next);
    if (hyphenated !== undefined) return joinsAsAddress(end, next, hyphenated, kindOf) ? hyphenated : undefined;
    return isWrapJoint(end, next, before, kindOf) ? `${end.text} ${next.text}` : undefined;
  });
}

/**
 * `Cluj-Na-` over `poca 400620`: the text of a word hyphenated at an address line's end joined with its
 * rest opening the next line, when the two read as an address (its phone or register tail cut); else undefined.
 */
export function hyphenatedAddress(end: Segment, next: Segment): string | undefined {
  const hyphenated = hyphenatedRest(end, next);
  return hyphenated !== undefined && joinsAsAddress(end, next, hyphenated, addressKind) ? hyphenated : undefined;
}

/** Whether `end` and `next`, joined as `hyphenated` (their hyphenatedRest), read as an address, its phone or register tail cut. */
const joinsAsAddress = (end: Segment, next: Segment, hyphenated: string, kindOf: KindOf): boolean =>
  !!kindOf(addressPart(joinedWith(end, next, hyphenated), kindOf).text);

/** `before`: the segment before `end`, on its line or the line above. */
function isWrapJoint(end: Segment, next: Segment, before: Segment | undefined, kindOf: KindOf): boolean {
  if (before?.line === end.line && kindOf(before.text)) return false;
  // `Open 0900 - 1730`, `(828) 555 - 0147` over `Boone, NC`: the digits after a spaced dash close a time or a phone, no postcode.
  if (before?.line === end.line && PATTERNS.digitsOnly.test(end.text) && PATTERNS.anyDigit.test(before.text.slice(-1)))
    return false;
  // `Pretoria, 0157` under its street is already a whole locality.
  if (before && kindOf(before.text) === 'street' && closesStreet(before, end)) return false;
  if (kindOf(end.text)) return false;
  // `Tel: 021 …` under `…, Paarl, 7646`: a labelled line opens a field of its own, no wrapped rest.
  if (PATTERNS.labelPrefix.test(next.text)) return false;
  const nextKind = kindOf(next.text);
  if (nextKind === 'street' || nextKind === 'locality') return false;
  return kindOf(`${end.text} ${next.text}`) === 'locality';
}

/**
 * The label opening `text` (`Mailing: `, `PLZ: `; `: ` when a padded column set its label apart, `Address    : …`),
 * unless it names the house number after a street's name (`Büyükdere Cad. No: 185`, the address's own); a form's
 * `Straße / Nr.: Lindenallee 4` labels the street it is followed by.
 */
function openingLabel(text: string): string | undefined {
  // `a) Adresi: …`, `(3) Address: …`: a form's numbered item before its label is the label's.
  const item = PATTERNS.itemEnumerator.exec(text)?.[0] ?? '';
  const rest = text.slice(item.length);
  const label = PATTERNS.labelPrefix.exec(rest) ?? (item ? null : PATTERNS.detachedLabelColon.exec(rest));
  if (!label) return undefined;
  const numbered = HOUSE_NUMBER_LABELS.has(bareWord(words(label[1] ?? '').pop() ?? ''));
  return numbered && PATTERNS.anyDigit.test(rest.charAt(label[0].length)) ? undefined : item + label[0];
}

/**
 * `Mailing: P.O. Box 60155, …`, `Physical: 14 Meridian Drive, …`, `Büro Wien: …`: the label opening an
 * address (which of a firm's addresses it is) is no part of it — when given `kindOf`, only if the rest reads as
 * an address. `PLZ: 20457`, `Ort: Hamburg` under `Straße: Am Sandtorkai 12`: a form labels each line, no part of it.
 */
function withoutLabel(segment: Segment, kindOf?: KindOf): Segment {
  const label = openingLabel(segment.text);
  if (!label || label.length >= segment.text.length) return segment;
  // `Endereço: R. Domingos de Morais, 1450 – …`: a label naming an address labels what the run read as one, whatever
  // its first part reads as alone.
  return kindOf && !namesAddressPart(label)
    ? fromOffset(segment, label.length, kindOf)
    : sliceSegment(segment, label.length);
}

/** `📍 1420 Central Ave SW`, `■ Address: …`: the pin or bullet marks the address (before its label); it is not part of it. */
const withoutMark = (segment: Segment): Segment =>
  sliceSegment(segment, PATTERNS.leadingPictographs.exec(segment.text)?.[0].length ?? 0);

/** `C1424CEP`, `H2X 1Y4`: a postal code of letters and digits alone (bare digits may be any number). */
const isLetteredPostcode = (text: string): boolean =>
  (PATTERNS.arPostcode.test(text) || PATTERNS.caPostcode.test(text)) && isPostcodeOnly(text);

/**
 * A segment right after a street that closes it, though alone it is no locality: a town and a bare number after
 * its comma on the next line (`12 Lagoon Drive` over `Umhlanga Rocks, 4320`; alone the number may be a year:
 * `Founded in London, 1892`); a three-digit postcode and its town on the street's line or the next
 * (`Borgartún 26 · 105 Reykjavík`, `Hafnargata 3` over `240 Grindavík`; alone they may be a count: `200 Employees`);
 * a Ghanaian digital address on the next line (`…, Asante Lane, Accra` over `GA-108-7734`; alone it may be a part number),
 * or a lettered postcode the town follows after a dash (`Av. Santa Fe 1234` over `C1425BGN – Ciudad Autónoma de Buenos Aires`).
 */
const closesStreet = (street: Segment, segment: Segment): boolean =>
  (segment.line === street.line + 1 &&
    (PATTERNS.postcodeAfterTown.test(segment.text) ||
      isPlacesThenPostcode(segment.text) ||
      PATTERNS.ghDigitalAddress.test(segment.text) ||
      isLetteredPostcode(segment.text))) ||
  (segment.line - street.line <= 1 && PATTERNS.threeDigitLocality.test(segment.text));

/**
 * `Valencia, Carabobo 2001`: a town and its region closed by a bare number of a postcode's length, under a street
 * (closesStreet); one word before the number may be a count or a pager's (`Fleet 2400`, `Bleep 3318`).
 */
function isPlacesThenPostcode(text: string): boolean {
  const all = words(text);
  const code = all.pop() ?? '';
  const places = all.join(' ');
  return (
    PATTERNS.barePostcode.test(code) &&
    commaParts(places).length >= MIN_PLACED_PARTS &&
    isDistrictLine(places) &&
    !isUnitPart(text)
  );
}

/**
 * A piece holds a locality: `Private Bag X5512, Umhlanga Rocks, 4320` a street line closed by its town and number,
 * `Postboks 233 Sentrum, 5804 Bergen` by its postcode and town.
 */
const holdsLocality = ({ segment, kind }: AddressPiece): boolean =>
  kind === 'locality' ||
  isLocality(segment.text) ||
  (kind === 'street' &&
    (PATTERNS.postcodeAfterTown.test(segment.text) || isLocality(commaParts(segment.text).pop() ?? '')));

/**
 * `98000 Monaco`, `L-1611 Luxembourg`, `Singapore 079903`: a city-state's locality, its town the country's name;
 * `country` (a code) the country named there.
 */
function namesCountryAsTown(text: string, country: string): boolean {
  const place = words(text).filter((w) => !PATTERNS.anyDigit.test(w));
  return place.length > 0 && countryNamedInText(normalizeKey(place.join(' '))) === country;
}

/**
 * `…, Santiago, Chile` over `Nairobi, Kenya`: a line under one its country closed opens another address, unless
 * it closes the same one: a postcode alone (`St Peter Port, Guernsey` over `GY1 1AB`) or a locality naming the
 * same country (`Monaco` over `98000 Monaco`); `Kalgoorlie, Australia` under `…, Norway` is another office.
 */
const opensAfterCountry = ({ country }: AddressPiece, segment: Segment): boolean =>
  !!country && !isPostcodeOnly(segment.text) && !namesCountryAsTown(segment.text, country);

/**
 * `Atlanta, Georgia` over `30303`: a number of a postcode's length alone under a line its country (or a state
 * named like one) closed closes the same address; elsewhere it may be anything. Unlike isPostcodeOnly, which
 * tells a locality holding a code but no town, this reads bare digits no locality pattern takes.
 */
const closesCountryLine = ({ segment: above, country }: AddressPiece, segment: Segment): boolean =>
  !!country && segment.line === above.line + 1 && PATTERNS.barePostcode.test(segment.text);

/** Whether `text` is written in Latin letters (`Room 1608, No. 18 …`), not another script's (`高新南七道18号1608室`). */
const isLatinLine = (text: string): boolean => PATTERNS.latin.test(text.match(PATTERNS.letter)?.[0] ?? '');

/** Whether `text`'s letters are all of one side: all Latin, or none (`P.O. Box 48213, Dubai`, `ص.ب 48213، دبي`). */
const isOneScriptSide = (text: string): boolean =>
  !(isLatinLine(text) ? PATTERNS.nonLatinLetter : PATTERNS.latin).test(text);

/** The digit groups of `text` in ASCII digits (`195`, `49111`). */
const numbersIn = (text: string): string[] => asciiDigits(text).match(PATTERNS.digitRun) ?? [];

/** A restatement in the address's own script repeats this many of its numbers (`CF10 4UW`: `10`, `4`); in another, one. */
const MIN_SAME_SCRIPT_REPEATS = 2;

/**
 * `부산광역시 영도구 해양로 195, 3층 (49111)` over `3F, 195 Haeyang-ro, Yeongdo-gu, Busan 49111, Korea`, `ص.ب 48213، دبي | P.O.
 * Box 48213, Dubai`, `Neuadd y Sir, …, Caerdydd CF10 4UW | County Hall, …, Cardiff CF10 4UW`: a bilingual card writes its
 * address twice, once in each language, on the next line or after a separator on the same; the restatement repeats the
 * address's numbers, and the first is kept. `Russia` under `ul. Ленина 5, 620014 Екатеринбург`, or `BC Tverskoy Plaza,
 * офис 12` under `ул. Тверская, д. 7`, goes on the address. In the same script (Welsh and English), only once the
 * address holds its locality, and by two numbers: one may be a house's and a floor's alike.
 */
const restatesAddress = (run: readonly AddressPiece[], segment: Segment, runHoldsLocality: () => boolean): boolean => {
  const last = run[run.length - 1]?.segment;
  if (!last || !run.some(placesAddress) || !PATTERNS.letter.test(segment.text) || isPostcodeOnly(segment.text))
    return false;
  const otherScript = isLatinLine(segment.text) !== isLatinLine(last.text);
  if (!otherScript && !runHoldsLocality()) return false;
  const written = new Set(run.flatMap(({ segment: piece }) => numbersIn(piece.text)));
  const repeated = new Set(numbersIn(segment.text).filter((n) => written.has(n)));
  return repeated.size >= (otherScript ? 1 : MIN_SAME_SCRIPT_REPEATS);
};

/** The parts of an address a locality's field names: town, region, postal code, country. */
const LOCALITY_PARTS = ['city', 'region', 'postalCode', 'country'] as const;

/** The words a form's or a CRM's label names an address or a part of one with (`City:`, `State/Region:`, `PLZ:`). */
const ADDRESS_LABEL_WORDS = headerWords(['address', 'street', ...LOCALITY_PARTS]);

/**
 * `City: Umhlanga Ridge`, `Kirkwall` under the address close it; `Kontaktinhaber: Sabine Roth` (the record's owner)
 * does not: a labelled line is a place of the address only when its label names a part of one.
 */
const labelsAddressPart = (text: string): boolean => {
  const label = openingLabel(text);
  return !label || namesAddressPart(label);
};

/** `Localidad y código postal: Villanueva del Río Seco, 41350`: a line's value, when its label names a part of an address. */
const valueOfPart = (segment: Segment): Segment => (labelsAddressPart(segment.text) ? withoutLabel(segment) : segment);

/** `Adresse:`, `PLZ / Ort:`, `a) Adresi:`: a label naming an address or a part of one. */
function namesAddressPart(label: string): boolean {
  return label
    .toLowerCase()
    .split(PATTERNS.nonLetterRun)
    .some((w) => ADDRESS_LABEL_WORDS.has(w));
}

/** The words and labels naming a town, postal code, region or country field (`City:`, `PLZ:`, `Code postal :`), folded. */
const LOCALITY_LABEL_WORDS = headerWords(LOCALITY_PARTS, fold);
/**
 * Words that may stand beside a locality's in its label (`Mailing City`, `Home Country`, `Postal Code`, pt `Cidade de
 * correspondência`), folded.
 */
const BESIDE_LOCALITY = headerWords(['address', 'qualifier', 'work', 'home', 'joiners'], fold);
/** Each locality part's whole labels and label words, folded: `Code postal :` and `PLZ:` name the postal code. */
const PART_LABELS = LOCALITY_PARTS.map(
  (part) => [part, new Set([...LOCALITY_FIELD_LABELS_BY_PART[part]].map(fold)), headerWords([part], fold)] as const,
);
/** Every part's whole labels, folded. */
const FOLDED_LOCALITY_LABELS: ReadonlySet<string> = new Set(PART_LABELS.flatMap(([, labels]) => [...labels]));

/**
 * The one part of an address a labelled field's label names (`City:`, `Code postal :`, `State/Province:`); none when
 * it names two (`PLZ / Ort:`): its value is read as any address line is.
 */
function labelledPart(text: string): (typeof LOCALITY_PARTS)[number] | undefined {
  const written = PATTERNS.labelPrefix.exec(text)?.[1] ?? '';
  const label = fold(written);
  // Split before folding: fold drops spaces and slashes (`State/Province` would be one word).
  const labelWords = words(written.replace(PATTERNS.nonLetterRun, ' ')).map(fold);
  const named = PART_LABELS.filter(
    ([, labels, partWords]) => labels.has(label) || labelWords.some((w) => partWords.has(w)),
  );
  return named.length === 1 ? named[0]?.[0] : undefined;
}

/**
 * `Ville : Montreuil-Bellay`, `Kod pocztowy: 05-830`, `Pays : France`: a labelled segment whose label names the
 * town, postal code, region or country — one of an address's parts given field by field, whatever its value reads as;
 * but no phone's number (Turkish `Cep:` labels a mobile, Brazilian `CEP: 01310-100` a postal code of a phone's length).
 */
export function labelsLocality(text: string): boolean {
  const label = PATTERNS.labelPrefix.exec(text);
  if (!label || label[0].length >= text.length) return false;
  const value = text.slice(label[0].length).trim();
  if (digitCount(value) >= MIN_PHONE_DIGITS && !PATTERNS.longPostcode.test(value)) return false;
  const name = label[1] ?? '';
  if (FOLDED_LOCALITY_LABELS.has(fold(name))) return true;
  // each word: `Zip/Postal Code:` and `Mailing City:` label a locality, `Sales region:` no
  const labelWords = words(name.replace(PATTERNS.nonLetterRun, ' ')).map(fold);
  return (
    labelWords.some((w) => LOCALITY_LABEL_WORDS.has(w)) &&
    labelWords.every((w) => LOCALITY_LABEL_WORDS.has(w) || BESIDE_LOCALITY.has(w))
  );
}

/**
 * `ص.ب 48213، دبي | P.O. Box 48213, Dubai, UAE`, `ቦሌ ክፍለ ከተማ፣ አዲስ አበባ | P.O. Box 12457, Addis Ababa`: a bilingual
 * line writes its address twice, one half in each script, parted as its lines would be (a bar, a dot); the half in
 * the other script restates the first, which is kept. A half mixing the scripts is the address's own (`ул. Тверская,
 * д. 7 · Tverskoy Plaza, офис 12`: a business centre's Latin name).
 */
const restatesBeside = (run: readonly AddressPiece[], piece: AddressPiece, between: Between): boolean => {
  const last = run[run.length - 1]?.segment;
  return (
    !!last &&
    piece.segment.line === last.line &&
    placesAddress(piece) &&
    run.some(placesAddress) &&
    isLatinLine(piece.segment.text) !== isLatinLine(last.text) &&
    isOneScriptSide(piece.segment.text) &&
    isOneScriptSide(last.text) &&
    PATTERNS.lineBreakingSeparator.test(between(last, piece.segment))
  );
};

/**
 * `Bezoekadres: …`, `Lieferanschrift: …` under a whole address: a line below the run opening with a label
 * opens another address. Only once the run holds a locality: `Street: 12 High St` over `Postcode: SY23 1PB`
 * labels the parts of one address. The line as written: `Postal address: PL 120, …` is read from its cue on.
 */
const isLabelledLine = (segment: Segment, runHoldsLocality: () => boolean): boolean =>
  segment.order === 0 && PATTERNS.labelPrefix.test(segment.text) && !labelsLocality(segment.text) && runHoldsLocality();

/**
 * `12 rue de la Charité` / `69002 Lyon` over `8 quai du Port` (a client's column), `Keizersgracht 214` / `1016 DZ
 * Amsterdam` over `Postbus 15320`: an address ends with its locality — a street line under a whole one (a street and
 * its locality) opens another address. A line whose numbers are all a unit's (`3rd floor`, `BC Tverskoy Plaza, офис 12`)
 * names premises that may still close it; a postcode alone read as a street (`〒105-0011` over `東京都港区芝公園2-4-1`) is
 * no street of its own.
 */
const opensAnotherStreet = (
  run: readonly AddressPiece[],
  segment: Segment,
  kind: AddressKind,
  runHoldsLocality: () => boolean,
): boolean =>
  kind === 'street' &&
  !commaParts(segment.text)
    .filter((part) => PATTERNS.anyDigit.test(part))
    .every(isUnitPart) &&
  run.some((piece) => piece.kind === 'street' && !isPostcodeOnly(piece.segment.text)) &&
  runHoldsLocality();

/** A street's district, town and region, each alone on its line before its postcode (`Headingley` / `Leeds`): at most. */
const MAX_PLACE_LINES = 3;

/**
 * `Leeds` under `Headingley` under `14 Larkfield Lane`: a line of places alone goes on the places under the run's
 * last line, line by line, while each is one, up to MAX_PLACE_LINES below it.
 */
const continuesPlaces = (places: readonly Segment[], segment: Segment, previous: Segment): boolean =>
  places.length > 0 &&
  segment.order === 0 &&
  segment.line === (places[places.length - 1] as Segment).line + 1 &&
  segment.line - previous.line <= MAX_PLACE_LINES &&
  [...places, segment].every((s) => isDistrictLine(s.text));

/** The line of places right under the run, when it is one segment: the place that may close the address. */
const closingPlace = (places: readonly Segment[]): Segment | undefined =>
  places.filter((s) => s.line === places[0]?.line).length === 1 ? places[0] : undefined;

/** A field's heading over its value (`Mailing Address`, `Shipping address`) has at most this many words. */
const MAX_HEADING_WORDS = 3;

/** The words naming an address whichever part or kind it is (`Address`, `Adresse`, `Dirección`), folded. */
const ADDRESS_WORDS = headerWords(['address'], fold);

/**
 * `Shipping address` alone on the line over the run: a record page's field heading over its value, so a place-like
 * line under the address (`Tier`, `Lead Source`) heads the next field, no place of it.
 */
function underFieldHeading(run: readonly AddressPiece[], byLine: ReadonlyMap<number, readonly Segment[]>): boolean {
  const first = run[0]?.segment;
  if (!first) return false;
  const above = byLine.get(first.line - 1) ?? [];
  const heading = above.length === 1 ? words(above[0]?.text ?? '') : [];
  return heading.length <= MAX_HEADING_WORDS && ADDRESS_WORDS.has(fold(heading[heading.length - 1] ?? ''));
}

/** A piece that names a country only, or lies between address pieces. */
const isCountryOrPart = ({ kind }: AddressPiece): boolean => kind === 'country' || kind === 'part';

/**
 * The first run of address segments on consecutive lines that holds a street or a postal code;
 * other segments end no run, but those between two address segments of one line belong to it,
 * and so does a place alone on the line between two address lines (`Todmorden` between the street
 * and `OL14 5QX`). Segments of one line are joined as written (`between`), lines with `, `.
 */
export function findAddress(
  segments: readonly Segment[],
  between: Between = () => ', ',
): ParsedValue<PostalAddress> | undefined {
  const kindOf = kindsOnce();
  // `2016 Toyota Tacoma – $27,900 (Beaverton)`: a listing's headline prices its item; its year and model are no
  // postcode and town (addressKind turns a priced segment away, this its neighbours on the line).
  const pricedLines = new Set(segments.filter((s) => PATTERNS.currencyAmount.test(s.text)).map((s) => s.line));
  // Each line's segments, indexed once: a flush asks for the line over its run, and must not scan them all.
  const byLine = new Map<number, Segment[]>();
  for (const s of segments) {
    const onLine = byLine.get(s.line);
    if (onLine) onLine.push(s);
    else byLine.set(s.line, [s]);
  }
  let run: AddressPiece[] = [];
  let inLine: Segment[] = [];
  let placeLine: Segment[] = [];
  // Whether the run holds a locality, read piece by piece as it grows: asked on every labelled line.
  let localityRead = 0;
  let runHasLocality = false;
  const runHoldsLocality = (): boolean => {
    for (; !runHasLocality && localityRead < run.length; localityRead++) {
      const piece = run[localityRead] as AddressPiece;
      runHasLocality = holdsLocality(piece);
    }
    return runHasLocality;
  };
  const restart = (): void => {
    run = [];
    localityRead = 0;
    runHasLocality = false;
  };
  const flush = (
    trailing: readonly Segment[],
    closing: Segment | undefined,
  ): ParsedValue<PostalAddress> | undefined => {
    // `34394 Levent / İstanbul`, `20250 Casablanca – Maroc`, `Rua do Alecrim, 45 – 2.º`: places and units after the last address segment of its line.
    const end = run[run.length - 1]?.segment;
    if (end) for (const part of trailingParts(end, trailing, between)) run.push({ segment: part, kind: 'part' });
    // `Ana Lima – Compras` under the address: a place closes it only when its line opens with it; after a name (read as
    // the person's, no segment here) it is a department.
    if (
      closing?.order === 0 &&
      run.length > 0 &&
      (isClosingPlace(closing.text) || isPostalDistrict(closing.text) || isDistrictOfCity(closing.text)) &&
      labelsAddressPart(closing.text) &&
      !underFieldHeading(run, byLine)
    )
      run.push({ segment: closing, kind: 'part' });
    // `Osoite: Mannerheimintie 12 B` over `00100 Helsinki`: the label opening the address, however its line joined the
    // run, and the label opening each further line.
    // `Ville : Montreuil-Bellay    Code postal : 49260`: a form's fields, each labelled, are parted as lines are.
    const fields = run.map((piece) => labelsLocality(piece.segment.text));
    const labelled = run.map((piece, i) => (fields[i] ? labelledPart(piece.segment.text) : undefined));
    const current = run.map((piece, i) => {
      const before = run[i - 1]?.segment;
      if (before && before.line === piece.segment.line && !fields[i]) return piece;
      return {
        ...piece,
        // `Pune: 5th Floor, Orchid Plaza, Pune – 411 016`: a label opening a run of pieces (which office it is) is no part
        // of it, whatever the rest of its segment reads as alone.
        segment: before
          ? withoutLabel(piece.segment)
          : withoutLabel(withoutMark(piece.segment), run.length > 1 ? undefined : kindOf),
      };
    });
    restart();
    if (!current.some(placesAddress)) return undefined;
    let line = '';
    for (const [i, { segment }] of current.entries()) {
      const before = current[i - 1]?.segment;
      const joint = !before
        ? ''
        : before.line === segment.line && !fields[i]
          ? between(before, segment)
          : continuesStreet(before, segment)
            ? ' '
            : ', ';
      // `… Suite 1200 | Atlanta, GA 30326`, `Am Hafen 3 · 28217 Bremen`: a pipe or a dot separates the address's lines.
      const separator = PATTERNS.lineBreakingSeparator.test(joint) ? ', ' : joint;
      // `P.O. Box 3120-40100,` over `Kisumu, Kenya`: the line's own comma is the separator's.
      if (separator.startsWith(',') && line.endsWith(',')) line = line.slice(0, -1);
      line += separator + singleSpaced(segment.text);
    }
    // `14 Harbour Road,` over `Kinsale,` over a phone: the last line's comma led on to no more address.
    if (line.endsWith(',')) line = line.slice(0, -1);
    // `City: Springfield` / `ZIP: 62701-1234` under `Street: 1200 Main Street`: each labelled part is its field's value,
    // the rest of the address is read for the parts no label gave.
    const unlabelled = current.filter((_, i) => !labelled[i]);
    const pieces = unlabelled.flatMap((p) =>
      p.kind === 'part' ? [] : [{ text: singleSpaced(p.segment.text), kind: p.kind }],
    );
    const parts = labelled.some(Boolean)
      ? partsBesideFields(unlabelled.map((p) => singleSpaced(p.segment.text)).join(', '), pieces)
      : partsOf(line);
    for (const [i, part] of labelled.entries()) {
      const value = singleSpaced(current[i]?.segment.text ?? '');
      if (part === 'country') parts.country = countryOf(value) ?? parts.country;
      else if (part) parts[part] = value;
    }
    const first = current[0]?.segment as Segment;
    const last = current[current.length - 1]?.segment as Segment;
    return { value: { line, ...parts }, start: first.start, end: last.end };
  };
  let loose: Segment[] = [];
  let otherColumn = -1;
  // `Unit 7, Block B,` over `Parkway Business Centre,` over `Dublin 12, …`: whole lines of places, units or street
  // names, each ending in a comma under a run's line ending in one, join it once an address line follows them.
  let carried: Segment[] = [];
  for (const written of joinWrappedLines(segments, kindOf)) {
    const segment = withoutFirm(addressPart(afterCue(written, kindOf), kindOf), kindOf);
    if (segment.line === otherColumn || pricedLines.has(segment.line)) continue;
    const last = run[run.length - 1];
    // `Regulated by the … Department of Licensing, P.O. Box …`: the overseeing body's address, not the sender's.
    const overseer = leadingPhrase(written.text.trimStart().toLowerCase(), OVERSEER_CUES) > 0;
    const kind = overseer
      ? undefined
      : (kindOf(segment.text) ??
        // `Postcode: 3011 AB Rotterdam` under `Adres: Havenstraat 14`: a form's labelled line inside an address read by
        // its value; alone (`Location: Berlin`) a label's value may say where someone is, not start an address.
        (last && segment.line === last.segment.line + 1 ? kindOf(withoutLabel(segment).text) : undefined) ??
        // `Miejscowość: Nadarzyn` under `Ulica: ul. Polna 14`: a labelled town or postal code closes it as a locality.
        (last && segment.line - last.segment.line <= 1 && labelsLocality(segment.text) ? 'locality' : undefined) ??
        (last &&
        ((last.kind === 'street' && closesStreet(last.segment, valueOfPart(segment))) ||
          closesCountryLine(last, segment))
          ? 'locality'
          : undefined));
    const open = carried[carried.length - 1] ?? (inLine.length === 0 ? last?.segment : undefined);
    const carriesOn = !!open && segment.line === open.line + 1 && segment.order === 0 && open.text.endsWith(',');
    if (kind && carriesOn && carried.length > 0) {
      run.push(...asParts(carried));
      placeLine = [];
    }
    carried =
      !kind && carriesOn && carried.length < MAX_CARRIED_LINES && isCarriedLine(segment.text)
        ? [...carried, segment]
        : [];
    // The run's last piece once the carried lines joined it.
    const end = run[run.length - 1];
    const previous = end?.segment;
    if (kind && isBesideColumn(segment, kind, run, loose, between, runHoldsLocality)) {
      otherColumn = segment.line;
      continue;
    }
    if (!kind) {
      if (previous && segment.line === previous.line) inLine.push(segment);
      else if (previous && (segment.line === previous.line + 1 || continuesPlaces(placeLine, segment, previous)))
        placeLine.push(segment);
      loose = [...loose.filter((s) => s.line >= segment.line - 1), segment];
      continue;
    }
    // `Head of Operations, Ghana` over the firm's name over `Plot 12, Harbour Road, Tema`: a country heading the
    // lines above a street or locality (a title's, an office's) opened no address; the address begins below it.
    if (kind !== 'country' && previous && segment.line > previous.line && run.every(isCountryOrPart)) {
      restart();
      placeLine = [];
      inLine = [];
    }
    const place = placeLine.length === 1 ? placeLine[0] : undefined;
    const closing = closingPlace(placeLine);
    const lineOpening = placeLine.filter((s) => s.line === segment.line);
    // `Caruaru – PE` between the street and `CEP 55099-000`: a whole line of places between two
    // address lines, in one segment or several (or lines of them: continuesPlaces); or a street's name alone.
    const placesAbove =
      placeLine.length > 0 &&
      placeLine[placeLine.length - 1]?.line === segment.line - 1 &&
      (placeLine.every((s) => isDistrictLine(s.text)) || (!!place && isStreetNameLine(place.text)))
        ? placeLine
        : [];
    // `Department of Rheumatology, Level 2` over `Northgate Hospitals NHS Foundation Trust` over `Northgate Road, Salford
    // M6 8HD`: the firm's name alone between premises and the street and town they are in neither ends the address nor
    // is part of it.
    const firmBetween =
      !!place &&
      place.line === segment.line - 1 &&
      previous?.line === place.line - 1 &&
      isFirmName(place.text) &&
      !runHoldsLocality();
    placeLine = [];
    // The parts closing the run's line (`– Bairro Novo`) come before them.
    if (previous && placesAbove.length > 0)
      run.push(...asParts([...trailingParts(previous, inLine, between), ...placesAbove]));
    // `Postbus 418, 2500 AK Den Haag` over `Bezoekadres: Lindekade 14, …`: a labelled line opens another
    // address; so does any line under one that its country closed (`…, Santiago, Chile` over `Nairobi, Kenya`),
    // but not a postcode or its city-state still closing it (opensAfterCountry).
    else if (
      end &&
      previous &&
      ((segment.line - previous.line > 1 && !firmBetween) ||
        (segment.line > previous.line &&
          (opensAfterCountry(end, segment) ||
            isLabelledLine(written, runHoldsLocality) ||
            opensAnotherStreet(run, segment, kind, runHoldsLocality))) ||
        restatesAddress(run, segment, runHoldsLocality))
    ) {
      // `Denver | 2210 Larimer Court …` under an office's address: a place opening the other address's line heads it.
      const found = flush(inLine, closing?.line === segment.line ? undefined : closing);
      if (found) return found;
    } else if (end && restatesBeside(run, { segment, kind }, between)) {
      const found = flush([], undefined);
      if (found) return found;
    }
    if (previous && segment.line === previous.line)
      for (const part of inLine) run.push({ segment: part, kind: 'part' });
    else if (previous && segment.line === previous.line + 1) {
      // `Rua do Alecrim, 45 – 2.º` over `1200-015 Lisboa`: the unit closes the line above;
      // `Bengaluru – 560038, Karnataka`: the city opens this one — and `Toronto ON  M5J 2J2`, the town a
      // postcode alone follows across a padded gap (Canada Post's two spaces), which names no town itself.
      for (const part of trailingParts(previous, inLine, between)) run.push({ segment: part, kind: 'part' });
      const opening = lineOpening[lineOpening.length - 1];
      // `PLZ / Ort: 50670 Köln`: the segments before a labelled value are its label's words.
      if (
        opening &&
        !openingLabel(segment.text) &&
        lineOpening.every((s) => isClosingPlace(s.text)) &&
        (between(opening, segment).trim() || isPostcodeOnly(segment.text))
      )
        for (const part of lineOpening) run.push({ segment: part, kind: 'part' });
    }
    if (run.length === 0) run.push(...numberBefore(loose, segment));
    if (run.length === 0 && kind === 'locality') run.push(...streetBefore(loose, segment, between));
    // `3rd Floor, Kamala Mills – Unit 12, Senapati Bapat Marg`: a unit before the street on its line.
    if (run.length === 0 && kind === 'street') run.push(...unitsBefore(loose, segment));
    inLine = [];
    loose = [];
    run.push({ segment, kind, country: countryOf(segment.text) });
  }
  return flush(inLine, closingPlace(placeLine));
}

/**
 * Where the sentence holding an address ends (`… 31-068 Kraków. See you there`): at a stop after a
 * word of four letters or more, a number or a code (`LS1 4AP.`); `Bldg. 5`, `Ave. Paulista` abbreviate a street word.
 */
function sentenceEnd(text: string): number {
  for (const m of text.matchAll(PATTERNS.sentenceBreak)) {
    const word = m[1] ?? '';
    // `2. OG`, `3. Stock`: a German ordinal floor, its unit word after the stop.
    const next = words(text.slice(m.index + m[0].length - 1, m.index + m[0].length + MAX_UNIT_WORD_CHARS))[0] ?? '';
    const abbreviation = STREET_WORDS.has(bareWord(word)) || UNIT_WORDS.has(bareWord(word));
    if (!abbreviation && !UNIT_WORDS.has(bareWord(next))) return m.index + word.length;
  }
  return text.length;
}

/**
 * `come by the office at 12 Mill Lane`: the address after a cue begins at its first word that is
 * capitalised, numbered or a street word (`ul. Pokrovka`); lower-case words before it are the sentence's.
 */
function addressStart(text: string, from: number): number {
  let at = from;
  for (const word of words(text.slice(from))) {
    at = text.indexOf(word, at);
    if (!PATTERNS.lowerStart.test(word) || STREET_WORDS.has(bareWord(word))) return at;
    at += word.length;
  }
  return from;
}

/**
 * `Endereço: Rua Visconde de Pirajá, 414 – sala 1203, …`, `our office is at 12 Mill Lane, Leeds …`,
 * `Забрать можно по адресу: ул. Покровка, д. 17 …`: the address a sentence introduces, read from
 * its cue to the sentence's end as a line of its own.
 */
export function addressInSentence(line: Line, between: Between): ParsedValue<PostalAddress> | undefined {
  const cue = PATTERNS.addressCue.exec(line.text);
  if (!cue) return undefined;
  const from = addressStart(line.text, cue.index + cue[0].length);
  const to = from + sentenceEnd(line.text.slice(from));
  const blank = (text: string): string => ' '.repeat(from) + text.slice(from, to);
  // A line closed up from letter spacing: its raw text lies at other offsets, so the cut is read on the closed text.
  const raw = line.sourceAt ? line.text : line.raw;
  const rest: Line = { ...line, text: blank(line.text), raw: blank(raw), sourceAt: undefined, long: false };
  return findAddress(splitSegments(rest), between);
}

/** A gap of this many spaces at least between two segments of a line is a column's edge. */
const MIN_COLUMN_GAP = 3;

/** Whether a wide gap of spaces alone parts `left` from `right` on their line: a column's edge. */
const isColumnGap = (left: Segment, right: Segment, between: Between): boolean => {
  const gap = between(left, right);
  return gap.trim() === '' && gap.length >= MIN_COLUMN_GAP;
};

/**
 * `12 Mill Lane` … `47 Elm Grove` on one line, a wide gap of spaces between: two columns side by side
 * (a flattened card, an invoice's From and Bill to), a second street or locality the other column's — and, once the
 * run holds its locality, any address line past a gap (`Fort Worth, TX 76117` … `9 Commerce Dr`; `Tél. 04 …` …
 * `38200 Vienne` under `69007 Lyon`): the address in the left column is whole.
 */
function isBesideColumn(
  segment: Segment,
  kind: AddressKind,
  run: readonly AddressPiece[],
  loose: readonly Segment[],
  between: Between,
  runHoldsLocality: () => boolean,
): boolean {
  const previous = run[run.length - 1]?.segment;
  if (!previous) return false;
  // `Shaoxing 312000, China        Valparaíso, Chile`: an address names one country; another one across a column's gap
  // on the line of the run's own is the next column's (a consignee's beside a shipper's).
  if (kind === 'country') {
    const own = run[run.length - 1]?.country;
    const other = countryOf(segment.text);
    return (
      previous.line === segment.line && isColumnGap(previous, segment, between) && !!own && !!other && other !== own
    );
  }
  if (previous.line !== segment.line) {
    const left = loose[loose.length - 1];
    return !!left && left.line === segment.line && isColumnGap(left, segment, between) && runHoldsLocality();
  }
  // `Ville : Montreuil-Bellay    Code postal : 49260`: a form's labelled fields laid out in columns are one address's.
  if (!isColumnGap(previous, segment, between) || (labelsLocality(previous.text) && labelsLocality(segment.text)))
    return false;
  return run.some((p) => p.segment.line === segment.line && p.kind === kind) || runHoldsLocality();
}

/** A street line by its shape: a house number among a few words, no more digits than a house number has. */
function isNumberedLine(text: string): boolean {
  return (
    digitCount(text) <= MAX_STREET_DIGITS &&
    words(text).length <= MAX_STREET_WORDS &&
    !text.includes('@') &&
    !text.includes('://') &&
    PATTERNS.houseNumber.test(text) &&
    PATTERNS.letter.test(text)
  );
}

/**
 * The segments of `near` from the first numbered one, when they read as a street line by its shape — together, or the
 * numbered one alone with places and units after it (`C/ de la Seda, 14 – Pol. Ind. Les Forques`).
 */
function numberedStreet(near: readonly Segment[]): Segment[] {
  // `Weserkraft Netze AG · Am Hafen 3 · 28217 Bremen`: the street begins at its number; a firm's name before it is none.
  const found = near.slice(
    Math.max(
      0,
      near.findIndex((s) => PATTERNS.anyDigit.test(s.text)),
    ),
  );
  const [street, ...after] = found;
  if (!street) return [];
  const placed = isNumberedLine(street.text) && after.every((s) => isClosingPlace(s.text) || isUnitPart(s.text));
  return placed || isNumberedLine(found.map((s) => s.text).join(' ')) ? found : [];
}

/**
 * `The Old Bakery, Mill Lane` over `Ludlow SY8 1AB`: a street named without a number, and the building standing for
 * its number — each comma part a place, a unit or the street, one of them the street or a unit (`Unit 4, Riverside
 * Business Park` over `Ennis, Co. Clare, V95 X2Y3`: the premises stand for the street; `Camí del Mas, s/n`: the
 * mark saying it has none).
 */
function isNamedStreetLine(text: string): boolean {
  const parts = commaParts(text);
  return (
    parts.some((part) => isUnnumberedStreet(part) || isUnitPart(part)) &&
    parts.every(
      (part) =>
        isUnnumberedStreet(part) || isClosingPlace(part) || isUnitPart(part) || PATTERNS.noHouseNumber.test(part),
    )
  );
}

/** Segments that belong to an address beside its street: units, premises, places. */
const asParts = (found: readonly Segment[]): AddressPiece[] => found.map((segment) => ({ segment, kind: 'part' }));

/**
 * `MG Road, Ernakulam, Kochi` before `– 682 035, Kerala`: the street and the town an Indian PIN follows after its dash,
 * on one line — a street's word or number in a part before the town closing it (capitalised, or in a caseless script).
 */
function isStreetClosedByTown(text: string): boolean {
  const parts = commaParts(text);
  const town = parts.pop() ?? '';
  return (
    parts.length > 0 &&
    (isClosingPlace(town) || PATTERNS.caselessWord.test(town)) &&
    parts.some(
      (part) =>
        // `Mob: 98220 14523, Pune – 411001`: a phone's digits are no house number.
        (PATTERNS.anyDigit.test(part) && digitCount(part) < MIN_PHONE_DIGITS) ||
        words(part).some((w) => STREET_WORDS.has(bareWord(w))),
    )
  );
}

/**
 * `Gokulam, Mysuru` before `– 570002, Karnataka`: no street, but the locality and the town an Indian PIN follows
 * after its dash — places alone, two at least or a city known by name.
 */
function isTownWithLocality(text: string): boolean {
  const parts = commaParts(text);
  return parts.every(isClosingPlace) && (parts.length > 1 || namesCity(text));
}

/**
 * `Le Moulin Neuf – 37210 Vouvray`, `Parco Tecnologico Blocco C3 – 20090 Assago`: a hamlet, an estate or a
 * business centre that stands for the street, named alone before the postcode and town on their line after a written
 * separator (a dash, a dot; a wide gap parts columns) — a few capitalised words, a block's code among them, no firm's,
 * title's or country's name.
 */
function opensPostcodeLine(place: Segment, locality: Segment, between: Between): boolean {
  const all = words(place.text);
  return (
    place.order === 0 &&
    locality.order === 1 &&
    PATTERNS.leadingPostcode.exec(locality.text)?.index === 0 &&
    !!between(place, locality).trim() &&
    all.length <= MAX_CLOSING_PLACE_WORDS &&
    all.every((w) => PATTERNS.upper.test(w.charAt(0)) || PARTICLES.has(w.toLowerCase())) &&
    all.every((w) => !PATTERNS.anyDigit.test(w) || PATTERNS.letter.test(w)) &&
    !all.some((w) => TITLE_WORDS.has(w.toLowerCase())) &&
    !isFirmName(place.text) &&
    !countryOf(place.text)
  );
}

/**
 * The street of a locality the street words do not name (`12, rue des Tanneurs – 67000 Strasbourg`,
 * `Contrada San Giorgio, 12` above `90046 Monreale`): the numbered segments before it on its line (or, before an
 * Indian PIN, the street its town closes: isStreetClosedByTown), else those of the line above — and then the places opening the locality's line (`502, Trade Centre, …`
 * over `Mumbai – 400 051`).
 */
function streetBefore(loose: readonly Segment[], locality: Segment, between: Between): AddressPiece[] {
  const asStreet = (found: readonly Segment[]): AddressPiece[] =>
    found.map((segment, i) => ({ segment, kind: i === 0 ? 'street' : 'part' }));
  const sameLine = loose.filter((s) => s.line === locality.line);
  const here = numberedStreet(sameLine);
  if (here.length > 0) return asStreet(here);
  const beforePin = sameLine[sameLine.length - 1];
  // `Route de Gisors – 27140 Éragny`, `Chemin du Lavoir · 41120 Chailles`: a street named without a number right
  // before it on its line.
  if (beforePin && isNamedStreetLine(beforePin.text)) return asStreet([beforePin]);
  if (beforePin && opensPostcodeLine(beforePin, locality, between)) return asStreet([beforePin]);
  const pin = !!beforePin && PATTERNS.pinLocality.test(locality.text);
  if (beforePin && pin && isStreetClosedByTown(beforePin.text)) return asStreet([beforePin]);
  const lineAbove = loose.filter((s) => s.line === locality.line - 1);
  const named = lineAbove.length === 1 && isNamedStreetLine((lineAbove[0] as Segment).text) ? lineAbove : [];
  const above = named.length > 0 ? named : numberedStreet(lineAbove);
  if (above.length > 0 && sameLine.every((s) => isClosingPlace(s.text)))
    return [...asStreet(above), ...asParts(sameLine)];
  return beforePin && pin && above.length === 0 && isTownWithLocality(beforePin.text) ? asParts([beforePin]) : [];
}

/**
 * `#305 – 2240 Alder Street`, `10450 – 82 Avenue NW`: a suite's number (or, where streets are numbered, the house's)
 * alone opening the line, before the street (or the locality holding it) that opens with its own number — the
 * Canadian way of writing a suite first. The number as the address's first piece; none when it is not there.
 */
function numberBefore(loose: readonly Segment[], street: Segment): AddressPiece[] {
  const number = loose[loose.length - 1];
  const opens =
    !!number &&
    number.line === street.line &&
    number.order === 0 &&
    street.order === 1 &&
    PATTERNS.unitNumber.test(number.text) &&
    PATTERNS.anyDigit.test(street.text.charAt(0));
  return opens ? asParts([number]) : [];
}

/**
 * The unit parts right before a street on its line (`3rd Floor, Kamala Mills` – `Unit 12, …`); when the street
 * opens its line, a premises line right above it (`Studio 4, The Biscuit Factory` over `100 Clements Road, …`):
 * units and place names, at least one a unit. In the Arabic script, the city and district opening the street's line.
 */
function unitsBefore(loose: readonly Segment[], street: Segment): AddressPiece[] {
  const sameLine = loose.filter((s) => s.line === street.line);
  // `القاهرة – مدينة نصر، ٢٤ شارع …`: an Arabic-script address opens with its city, and its district, before the street.
  if (sameLine.length > 0 && sameLine.every((s) => isArabicScriptPlace(s.text))) return asParts(sameLine);
  let from = sameLine.length;
  // `ZA des Hauts Prés – 7, rue des Vanniers`: the zone or hamlet the street lies in opens its line as a unit does,
  // and so does its building — one named by its closing word only after another segment (`Pellowe LLP · Quillmere
  // House · 9 Ropewalk Lane`): opening the line (`Harbour Lodge · 12 Quay Road`), such a name is often the firm's own.
  const isPremises = (s: Segment): boolean =>
    isUnitPart(s.text) || isNeighbourhood(s.text) || isBuildingPart(s.text) || (s.order > 0 && isNamedBuilding(s.text));
  while (from > 0 && isPremises(sameLine[from - 1] as Segment)) from--;
  if (sameLine.length > 0) return asParts(sameLine.slice(from));
  const above = loose.filter((s) => s.line === street.line - 1);
  // `Bâtiment Les Pins, Bloc C, 3e étage`, `Mtaa wa Uhuru, Jengo la Amani, Ghorofa ya 3`: each comma part a unit, a
  // place or a street without a number, one of them a unit or such a street (`Harbour Road, Old Town` over `P.O. Box 12, …`).
  let premises = 0;
  for (const part of above.flatMap((s) => commaParts(s.text))) {
    if (isUnitPart(part) || isUnnumberedStreet(part)) premises++;
    else if (!isClosingPlace(part)) return [];
  }
  return premises > 0 ? asParts(above) : [];
}

/** An address given field by field (a vCard `ADR`, CSV columns); `country` as written. */
export interface AddressFields {
  /** Suite, building: written before the street, not part of it. */
  extended?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/**
 * The fields joined into one line with `, `, the country as its ISO code; undefined when all are empty.
 * `postcodeFirst`: the source writes the postal code before the city (`68165 Mannheim`), as most of
 * Europe does; otherwise it follows city and region (`Austin, TX, 78701`).
 */
export function addressFromFields(fields: AddressFields, postcodeFirst = false): PostalAddress | undefined {
  const { extended, street, city, region, postalCode, country } = fields;
  const locality = postcodeFirst ? [[postalCode, city].filter(Boolean).join(' '), region] : [city, region, postalCode];
  const line = [extended, street, ...locality, country].filter(Boolean).join(', ');
  if (!line) return undefined;
  const address: PostalAddress = {
    line,
    street,
    city,
    region,
    postalCode,
    country: country ? countryCodeOf(country) : undefined,
  };
  for (const key of ['street', 'city', 'region', 'postalCode', 'country'] as const)
    if (!address[key]) delete address[key];
  return address;
}
