// Person names: is a segment a name, and how does it split into first and last name.
// Order rules: family name first for Han/kana/Hangul script and for a capitalised family name
// (`TAKAHASHI Yui`); otherwise given name first, unless the email local part says the reverse
// (`Seo Ji-woo` ↔ `jiwoo.seo@`). The email also decides compound given names and multi-word
// surnames (`rosamaria.…`, `…macgiollaphadraig`); without it, middle names and initials are dropped.
import { MAX_NAME_CHARS, MAX_NAME_TOKENS, MIN_EMAIL_MATCH_TOKEN } from './limits';
import { PATTERNS } from './patterns';
import {
  fold,
  foldGerman,
  normalizeKey,
  onlyAbbreviatedHonorifics,
  romanisedSkeleton,
  withoutMarks,
  words,
} from './text';
import type { ParsedValue } from './types';
import {
  CHAT_BOT_TAGS,
  PLATFORM_HOST_TAGS,
  SIGNED_MARKS,
  CHINESE_SURNAMES,
  CJK_FORMS_AFTER_NAME,
  KOREAN_SURNAMES,
  COMPANY_WORDS,
  COMPOUND_ORGANISATION_HEADS,
  ORGANISATION_HEADS_ALSO_SURNAMES,
  FEMININE_SURNAME_ENDING,
  GENERATIONAL_AGNOMINA,
  GENERATIONAL_SUFFIXES,
  GIVEN_NAME_SURNAMES,
  GREETING_OR_FAREWELL_WORDS,
  GREETING_WORDS,
  GREETINGS_ALSO_WORDS,
  GREETINGS_ALSO_GIVEN_NAMES,
  ABBREVIATED_GIVEN_NAMES,
  DEVOTIONAL_FIRST_NAMES,
  CASELESS_FUNCTION_WORDS,
  COMPOUND_GIVEN_NAME_OPENERS,
  COMPOUND_GIVEN_NAMES,
  CYRILLIC_SURNAME_ENDINGS,
  GREEK_SURNAME_ENDINGS,
  DEGREE_CONJUNCTIONS,
  DEGREE_FACULTIES,
  DEPARTMENT_WORDS,
  ELIDED_PARTICLES,
  HONORIFICS,
  SCIENCE_DEGREES,
  HONORIFICS_ALSO_GIVEN_NAMES,
  HONORIFICS_ONLY_AFTER_HONORIFIC,
  HONORIFIC_QUALIFIERS,
  INTERFACE_WORDS,
  IBERIAN_PATRONYMIC_ENDINGS,
  NORDIC_SURNAME_ENDINGS,
  IBERIAN_SURNAMES,
  IBERIAN_GIVEN_NAMES,
  JAPANESE_SURNAMES,
  KUNYA_WORDS,
  FRENCH_PRACTICE_OPENERS,
  LEGAL_FORMS,
  LEGAL_PREFIXES,
  MALAYSIAN_HONOURS,
  MALAYSIAN_HONOUR_GRADES,
  MARIAN_GIVEN_NAMES,
  MARRIED_NAME_ENDING,
  NAME_SUFFIXES,
  SUFFIXES_ALSO_NAMES,
  NON_NAME_WORDS,
  NORTH_AMERICAN_REGION_CODES,
  ON_BEHALF_OF,
  PARTICLES,
  PATRONYMIC_ENDINGS,
  FEMININE_PATRONYMIC_ENDINGS,
  LEGAL_MARKS,
  PATRONYMIC_PARTICLES,
  SOUTH_INDIAN_FAMILY_NAMES,
  PROFILE_OF_HEADINGS,
  PROFILE_WORDS,
  PARTICLES_ALSO_DEGREES,
  ROLE_MAILBOXES,
  ROMANISED_FAMILY_NAMES,
  SECOND_GIVEN_NAMES,
  SERVANT_OF_WORDS,
  STATE_WORDS_ALSO_SURNAMES,
  STREET_WORDS,
  SURNAME_CONJUNCTIONS,
  THAI_GLUED_HONORIFICS,
  TITLE_WORDS,
  TITLE_WORDS_ALSO_SURNAMES,
  VALEDICTIONS,
  VIETNAMESE_FAMILY_NAMES,
  VIETNAMESE_MIDDLE_NAMES,
  VOWELS,
  FIRST_PERSON_I,
  GIVEN_NAME_SHORT_FORMS,
} from './vocabulary';
import { localPart, localPieces, isFunctionLedMailbox, isOfficerMailbox, isRoleMailbox } from './email';
import { countryNamedInText } from './countryNames';
import { namesCity } from './country';
import { isTitleCompoundNoName, namesTrade } from './roleCues';

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** A form of address that is also a given name (`Syed`, `Mev`), read past before this word: the address may show it is the name used. */
  givenHonorific?: NameToken;
}

export interface PersonName {
  first?: ParsedValue<string>;
  last?: ParsedValue<string>;
}

/** What the message's language says of how its names are written. */
export interface NameCustoms {
  /** The family name comes first (Hungarian: `Kovács Eszter`). */
  familyFirst?: boolean;
  /** Two family names end a name of three words or more (Spanish, Portuguese: `Thaís Moura Queiroz`). */
  doubleSurname?: boolean;
  /** Of two family names the first is the one used, and an address spells (Spanish: `hvillanueva@`). */
  firstSurnameUsed?: boolean;
  /** An initial before a single name stands for the father's name (Tamil: `S. Tharshini` is Tharshini). */
  fatherInitial?: boolean;
  /** The father's name after the given name is the family name, the grandfather's after it no part of it (Ethiopian). */
  fatherNameFamily?: boolean;
}

const FORBIDDEN_IN_NAME = '@/:&+=#%$€£<>{}_\\|0123456789';
/** Consonant pairs that open English given names: `tbrannigan@` is an initial plus a surname, `chris@` is not. */
const NAME_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gl gn gr kh kl kn kr ph pl pr qu rh sc sh sk sl sm sn sp st sv sw th tr ts tw wh wr zh'.split(
    ' ',
  ),
);
/** A word in capitals is read past a scan's misread digits when it has at most this many of them, and this many letters. */
const MAX_SCANNED_DIGITS = 2;
const MIN_SCANNED_LETTERS = 3;
/** An unlisted prefix (opensWithUnlistedPrefix) is read past only before this many name words at least. */
const MIN_NAME_AFTER_PREFIX = 2;
/** A capitalised word before a name this short may be a degree or profession (`DI`, `CA`, `ING`). */
const MAX_PREFIX_CHARS = 3;
/** A word in capitals after a name this short may be a credential (`RVN`, `MCIPS`). */
const MAX_POST_NOMINAL_CHARS = 5;
/** `勅使河原`: the longest family or given name in Han, spaced from the other. */
const MAX_HAN_NAME_WORD_CHARS = 4;
/** `제갈도윤`, `선우서진`: a Korean name written unspaced runs to five syllables at most; a longer word names a body. */
const MAX_HANGUL_NAME_CHARS = 5;

const bare = (token: string): string => token.toLowerCase().replaceAll('.', '').replace(PATTERNS.edgePunctuation, '');

function blankMatches(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

function isVocabularyWord(key: string): boolean {
  return (
    NON_NAME_WORDS.has(key) ||
    (TITLE_WORDS.has(key) && !TITLE_WORDS_ALSO_SURNAMES.has(key)) ||
    isTitleCompoundNoName(key) ||
    COMPANY_WORDS.has(key) ||
    FRENCH_PRACTICE_OPENERS.has(key) ||
    LEGAL_FORMS.has(key) ||
    // `АО «…»`, `ИП`, `บริษัท`: a form written before a firm's name; Latin ones (`Pt`, `Ud`) may be initials or names.
    (LEGAL_PREFIXES.has(key) && !PATTERNS.latin.test(key)) ||
    VALEDICTIONS.has(key) ||
    (GREETING_WORDS.has(key) && !GREETINGS_ALSO_GIVEN_NAMES.has(key) && !GREETINGS_ALSO_WORDS.has(key)) ||
    GREETING_OR_FAREWELL_WORDS.has(key) ||
    CHAT_BOT_TAGS.has(key) ||
    PLATFORM_HOST_TAGS.has(key)
  );
}

export const isCaseless = (token: string): boolean => PATTERNS.caselessWord.test(token);
export const isInitial = (token: string): boolean => PATTERNS.initial.test(token) && token.length <= 4;
const isAllCaps = (token: string): boolean =>
  PATTERNS.upper.test(token) && !PATTERNS.lower.test(token) && token.replace(PATTERNS.abbreviationMarks, '').length > 1;
/** Title, company and sign-off words of scripts without spaces: inside a token, it is no name (`高级经理`). */
const CASELESS_VOCABULARY = [...TITLE_WORDS, ...LEGAL_FORMS, ...COMPANY_WORDS, ...VALEDICTIONS].filter((w) =>
  PATTERNS.caselessWord.test(w),
);

/**
 * `ГРАД НОВИ САД`, `नेपाल सरकार`: a state or city word that is also a family name heads an official letter when it
 * opens the line or follows the country's name; `Георги Град`, `अमित सरकार` are people.
 */
function headsOfficialLetter(tokens: readonly NameToken[], i: number): boolean {
  if (!STATE_WORDS_ALSO_SURNAMES.has(bare((tokens[i] as NameToken).text))) return false;
  const before = tokens[i - 1];
  return !before || countryNamedInText(before.text) !== undefined;
}

const isFaculty = (token: string): boolean => DEGREE_FACULTIES.has(bare(token));
/**
 * `Dr.`, `Dipl.-Ing.`, `Dipl.-Kfm.`, and in Austria's feminine form `Mag.a`, `Dr.in`; two dotted initials spelling
 * one (`C.R. Smith`, `D.R. Horton`) are a person's.
 */
const isHonorific = (token: string): boolean => {
  if (isInitial(token) && bare(token).length === 2) return false;
  // A form contracted by a hyphen is one word (`Д-р` doctor, `г-дин`), not a degree and its subject.
  if (HONORIFICS.has(bare(token)) || (token.includes('.') && SCIENCE_DEGREES.has(bare(token)))) return true;
  if (PATTERNS.cjkDegree.test(token)) return true;
  const feminine = PATTERNS.feminineDegree.exec(token)?.[1];
  if (feminine && HONORIFICS.has(feminine.toLowerCase())) return true;
  const [degree = '', ...subjects] = token.split('-');
  return HONORIFICS.has(bare(degree)) && subjects.every((part) => HONORIFICS.has(bare(part)) || isFaculty(part));
};
/**
 * A particle that is also a degree (Austrian `DI`) in capitals, before another degree or a mixed-case given
 * name, is the degree (`DI Dr. Eva Lindner`, `DI Eva Lindner`); before a word in capitals (`DI STEFANO Marco`)
 * or written as a particle (`Di Stefano`) it opens the family name.
 */
const opensWithDegreeParticle = (tokens: readonly NameToken[]): boolean => {
  const [opening, next] = tokens;
  return (
    tokens.length >= 3 &&
    !!opening &&
    !!next &&
    PARTICLES_ALSO_DEGREES.has(opening.text.toLowerCase()) &&
    isAllCaps(opening.text) &&
    (isHonorific(next.text) || !isAllCaps(next.text))
  );
};
/**
 * `Prof. Dr.`, `Dr.`: honorifics alone, what a form's `Titel` field (German, Dutch) holds beside the job title's own
 * field (`Funktion`, `Position`): a form of address, no job title.
 */
export const onlyHonorifics = (text: string): boolean => {
  const all = words(text);
  return all.length > 0 && all.every(isHonorific);
};
const isLowerAbbreviation = (token: string): boolean => token.endsWith('.') && token === token.toLowerCase();
/**
 * `Kovács Eszter dr.`, `Nagy Péter dr. med.`: Hungarian writes honorifics (doctorates above all) lower-case
 * after the name; a faculty only behind its degree (`dr. rer. nat.`), as `Jane Doe, art.` holds none.
 */
function isTrailingHonorificAt(words: readonly string[], index: number): boolean {
  let degree = index;
  while (degree > 0 && isLowerAbbreviation(words[degree] as string) && isFaculty(words[degree] as string)) degree--;
  const word = words[degree] as string;
  return isLowerAbbreviation(word) && (isHonorific(word) || isDottedDegree(word));
}
/** `cand.polyt.`, `mag.art.`: a degree and its faculty written as one dotted word (Danish, Norwegian, Austrian). */
function isDottedDegree(word: string): boolean {
  const [degree = '', ...faculties] = word.split('.').filter(Boolean);
  return faculties.length > 0 && HONORIFICS.has(degree) && faculties.every(isFaculty);
}
export const isParticle = (token: string): boolean => PARTICLES.has(token.toLowerCase());
/** A name word in capitals (`TAKAHASHI`), not an initial nor a particle: among mixed-case words, the family name. */
export const isCapitalisedName = (t: NameToken): boolean =>
  isAllCaps(t.text) && !isInitial(t.text) && !isParticle(t.text);
/** A known Vietnamese or romanised Chinese family name in capitals (`LE`, `DO`, `DU`), though it is also a particle or as short as a degree. */
const isKnownFamilyNameInCapitals = (t: NameToken): boolean =>
  isAllCaps(t.text) && (VIETNAMESE_FAMILY_NAMES.has(fold(t.text)) || ROMANISED_FAMILY_NAMES.has(fold(t.text)));
/**
 * The word at `i` is the family name written in capitals among mixed-case words; a particle in capitals is
 * one only where it is a known family name that opens the name before mixed-case words or closes it
 * (`LE Hoang Phuc`, `DU Mei`, `Minh LE`). Amid the name it opens the family name after it (`Marie LE GALL`,
 * `Pieter DU Toit`).
 */
const isFamilyNameInCapitals = (tokens: readonly NameToken[], i: number): boolean => {
  const token = tokens[i] as NameToken;
  if (!isParticle(token.text)) return isCapitalisedName(token) && !areInitialsInCapitals(token.text);
  if (!isKnownFamilyNameInCapitals(token)) return false;
  const next = tokens[i + 1];
  return !next || (i === 0 && !isAllCaps(next.text));
};
const isNameWord = (token: NameToken): boolean => !isInitial(token.text) && !isParticle(token.text);
/** `Riera i Vidal`: a conjunction joins a family name to the next, so a given name and a family name stand before it. */
const isSurnameConjunction = (token: string): boolean => SURNAME_CONJUNCTIONS.has(token.toLowerCase());
/** Endings no given name bears: Spanish patronymics (`Fernández`) and Scandinavian family names (`Eriksson`). */
const SURNAME_ONLY_ENDINGS = [...IBERIAN_PATRONYMIC_ENDINGS, ...NORDIC_SURNAME_ENDINGS];
/**
 * The first half of a double surname written without a hyphen (`Fernández Ortega`, `Kjærgaard Holm`, `Horáková
 * Malá`); a hyphenated one counts by any of its parts (`Ibáñez-Robles de Lara`).
 */
const opensDoubleSurname = (token: string): boolean =>
  token
    .toLowerCase()
    .split('-')
    .some(
      (lower) =>
        IBERIAN_SURNAMES.has(lower) ||
        (lower.length >= 5 && SURNAME_ONLY_ENDINGS.some((e) => lower.endsWith(e))) ||
        (lower.length > FEMININE_SURNAME_ENDING.length && lower.endsWith(FEMININE_SURNAME_ENDING)),
    );
// A patronymic's stem is the father's name: at least three letters before the ending (`Erlan|uly`), so a short
// word that merely ends like one (`ұлы` alone, also the word for `great`) is none.
const MIN_PATRONYMIC_STEM = 3;
export const isPatronymic = (token: string): boolean => {
  const lower = token.toLowerCase();
  const letters = [...token].length;
  return PATRONYMIC_ENDINGS.some(
    (ending) => lower.endsWith(ending) && letters - [...ending].length >= MIN_PATRONYMIC_STEM,
  );
};
/** `Игоревна`, `Igorevna`: a Russian woman's patronymic, which no family name ends as. */
const isFemininePatronymic = (token: string): boolean =>
  isPatronymic(token) && FEMININE_PATRONYMIC_ENDINGS.some((ending) => token.toLowerCase().endsWith(ending));

/** Digits a scan (OCR) reads for capitals: `L1AM`, `S0PHIE`, `0KONKWO`. */
const SCANNED_LETTERS: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S' };

/**
 * A word in capitals with a digit or two a scan misread (`S0PHIE`) read as letters, a lower-case `l` a scan read
 * for a capital I before a consonant a name's I far likelier precedes than its L (`lgnacio`, `lngrid`) as that I;
 * other words as they are.
 */
function scannedAsLetters(text: string): string {
  return text.replace(PATTERNS.word, (word) => {
    if (PATTERNS.scannedCapitalI.test(word)) return `I${word.slice(1)}`;
    let letters = 0;
    let misread = 0;
    for (const ch of word) {
      if (ch in SCANNED_LETTERS) misread++;
      else if (PATTERNS.upper.test(ch)) letters++;
      else if (PATTERNS.letter.test(ch) || PATTERNS.anyDigit.test(ch)) return word;
    }
    if (misread === 0 || misread > MAX_SCANNED_DIGITS || letters < MIN_SCANNED_LETTERS) return word;
    let out = '';
    for (const ch of word) out += SCANNED_LETTERS[ch] ?? ch;
    return out;
  });
}

/**
 * A generational suffix or credential after a name: listed (`Jr.`, `MRICS`) or by its shape (`CPEng`, `MIEAust`,
 * `Pr.Sci.Nat.`, `DipPFS`, `MVB`); one spelled as a name is, only in capitals or dotted (`MB BCh BAO`, not `Quoc Bao`).
 */
export function isSuffix(word: string): boolean {
  const key = bare(word);
  return (
    (NAME_SUFFIXES.has(key) && (!SUFFIXES_ALSO_NAMES.has(key) || isAllCaps(word) || word.includes('.'))) ||
    PATTERNS.credentialShape.test(word) ||
    PATTERNS.cjkDegree.test(word) ||
    PATTERNS.vowellessAcronym.test(word) ||
    closesInCapitals(word) ||
    isDottedCredential(word)
  );
}

/**
 * `Vance III`, `Okafor MBA`: a family name field's value (a CSV export's `Last Name`) without the generational suffixes
 * and credentials closing it; its first word is the name whatever its shape.
 */
export function withoutClosingSuffixes(family: ParsedValue<string>): ParsedValue<string> {
  const all = family.value.split(' ');
  let keep = all.length;
  while (keep > 1 && isSuffix(all[keep - 1] as string)) keep--;
  if (keep === all.length) return family;
  const value = all.slice(0, keep).join(' ').replace(PATTERNS.edgePunctuation, '');
  return { value, start: family.start, end: family.start + value.length };
}

/**
 * `DipPFS`, `CertCII`: an abbreviated word closed by capitals is a credential; a family name in capitals after its
 * particle is not (`McDONALD`, `DeLUCA`).
 */
function closesInCapitals(word: string): boolean {
  const opening = PATTERNS.credentialClosingCapitals.exec(word)?.[1];
  return opening !== undefined && !isParticle(opening);
}

/**
 * `Pr.Sci.Nat.`, `Pr.Eng.`, `C.Eng.`: a credential abbreviated in two dotted parts or more, each a capital and up to
 * three letters; not initials (`J.R.`), whose parts are all one letter.
 */
function isDottedCredential(word: string): boolean {
  const parts = word.split('.').filter(Boolean);
  return (
    parts.length >= 2 &&
    parts.every((part) => PATTERNS.dottedCredentialPart.test(part)) &&
    parts.some((part) => part.length > 1)
  );
}

const hasForbidden = (text: string): boolean => [...text].some((ch) => FORBIDDEN_IN_NAME.includes(ch));

/**
 * Whether a line (at `start`) holds a character no name may outside the words `readPast` (in line order):
 * a form of address may (the Amharic `W/ro Meron Haile`, `pp W/ro …`, `Dr. W/ro …`).
 */
function holdsForbidden(text: string, start: number, readPast: readonly NameToken[]): boolean {
  let from = 0;
  for (const token of readPast) {
    if (hasForbidden(text.slice(from, token.start - start))) return true;
    from = token.end - start;
  }
  return hasForbidden(text.slice(from));
}

/**
 * `Kaveh's Profile`, `Jane Doe’s contact info`, `정하늘님의 프로필`: where the owner's name ends in a profile page's
 * heading or link; -1 elsewhere.
 */
export function profileOwnerEnd(text: string): number {
  for (const match of text.matchAll(PATTERNS.word)) {
    const ending = PATTERNS.possessive.exec(match[0]);
    if (!ending) continue;
    const end = (match.index ?? 0) + match[0].length;
    return INTERFACE_WORDS.has(normalizeKey(text.slice(end))) ? end - ending[0].length : -1;
  }
  return -1;
}

/** `Perfil de Renata`, `Profil von Jana Novak`: a profile page's heading with its owner after the word for `of`. */
export const isProfileOfHeading = (text: string): boolean =>
  PROFILE_OF_HEADINGS.has(words(text).slice(0, 2).join(' ').toLowerCase());

/**
 * `Profil Dian`, `Elins profil`, `Perfil de Valeria`: a profile page's link to its owner, labelled with their given
 * name alone beside the word for profile (PROFILE_WORDS) or after the word for `of`. A firm named so writes more
 * (`Profil Bau GmbH`, `Perfil de Aluminio Norte`). Japanese and Chinese write it unspaced (`田村さんのプロフィール`).
 */
export function isProfileLink(text: string): boolean {
  if (PATTERNS.unspacedProfileLink.test(text)) return true;
  const all = words(text);
  if (all.length === 3) return isProfileOfHeading(text);
  return all.length === 2 && all.some((word) => PROFILE_WORDS.has(word.toLowerCase()));
}

/** Words a name line holds at least, besides a Hong Kong or Taiwan name's own Chinese given name: English name, family name. */
const MIN_WORDS_BEFORE_CHINESE_GIVEN_NAME = 2;

/**
 * `Carmen Leung Hoi-ying`: Hong Kong and Taiwan write the Chinese given name, its syllables hyphenated, after an English
 * given name and the family name; the match of its last word, when the words are written so.
 */
function trailingChineseGivenName(all: readonly string[]): RegExpExecArray | null {
  return all.length > MIN_WORDS_BEFORE_CHINESE_GIVEN_NAME
    ? PATTERNS.hyphenatedSyllableName.exec(all[all.length - 1] as string)
    : null;
}

/**
 * Nicknames a name line writes aside (`Elizabeth "Beth" Ravenscroft-Dale` → `beth`): one word each, folded. A
 * Chinese given name after the English one (trailingChineseGivenName) gives its first syllable and the whole
 * (`hoi`, `hoiying`): what friends call and sign them too.
 */
export function nameAsides(text: string): string[] {
  const out: string[] = [];
  for (const aside of text.matchAll(PATTERNS.nameAside)) {
    const inner = aside[0].slice(1, -1).trim();
    if (inner && !inner.includes(' ')) out.push(fold(inner));
  }
  const chinese = trailingChineseGivenName(words(text));
  if (chinese?.[1]) out.push(fold(chinese[1]), fold(chinese[0]));
  return out;
}

/**
 * `Alh. Musa Danjuma Bello`, `Abg. Rizal Hakim`, `المحامي/ طارق حسن`: a capitalised abbreviation or a word closed
 * by a slash before two name words or more is a form of address or a profession, listed or not: a given name is
 * not written abbreviated but as an initial (`J. Smith`) or by a listed short form (`Ma. Cristina`, `Md.`); a street's
 * abbreviation opens an avenue named after a person (`Av. Getúlio Vargas`).
 */
function opensWithUnlistedPrefix(tokens: readonly NameToken[]): boolean {
  const opening = (tokens[0] as NameToken).text;
  return (
    tokens.length > MIN_NAME_AFTER_PREFIX &&
    !ABBREVIATED_GIVEN_NAMES.has(opening.toLowerCase()) &&
    !STREET_WORDS.has(bare(opening)) &&
    !isVocabularyWord(bare(opening)) &&
    (PATTERNS.capitalAbbreviation.test(opening) || PATTERNS.slashedPrefix.test(opening))
  );
}

/**
 * `Y. Mimar Emre Baran Aksoy` (Turkish `Yüksek`, master's): an initial before a profession written out, two name words
 * or more after them, qualifies the profession and goes with it; no initial of the name stands before a form of address.
 */
function qualifiesProfession(tokens: readonly NameToken[]): boolean {
  const [opening, next] = tokens;
  return (
    tokens.length > MIN_NAME_AFTER_PREFIX + 1 &&
    !!opening &&
    !!next &&
    isInitial(opening.text) &&
    !isInitial(next.text) &&
    isHonorific(next.text)
  );
}

/**
 * `адвокат Драгана Вукосављевић`, `advokát Jan Novák`: a profession written lower case before two capitalised name words
 * or more is what the signer is, no word of their name: a name's words are capitalised.
 */
function opensWithLowerCaseProfession(tokens: readonly NameToken[]): boolean {
  const [opening, next] = tokens;
  return (
    tokens.length > MIN_NAME_AFTER_PREFIX &&
    !!opening &&
    !!next &&
    TITLE_WORDS.has(opening.text) &&
    PATTERNS.lower.test(opening.text) &&
    !PATTERNS.upper.test(opening.text) &&
    PATTERNS.upper.test(next.text.charAt(0))
  );
}

/** Letters a Thai given name keeps at least once its glued form of address is cut off. */
const MIN_THAI_GIVEN_CHARS = 3;
/**
 * `นายสมศักดิ์ รัตนวงศ์` (Mr Somsak Rattanawong): Thai glues the form of address to the given name; cut it off.
 * What is left must open with a letter: `นางสาวิตรี` is Mrs Sawitri (`สาวิตรี`), not Miss and a vowel sign.
 */
function withoutGluedHonorific(token: NameToken): NameToken {
  const glued =
    THAI_GLUED_HONORIFICS.find((h) => token.text.startsWith(h) && opensGivenName(token.text.slice(h.length))) ??
    gluedAbbreviations(token.text);
  return glued ? { ...token, text: token.text.slice(glued.length), start: token.start + glued.length } : token;
}

/** What is left once a glued form of address is cut off reads as a given name (`คุณากร` is Khunakorn, whole). */
const opensGivenName = (rest: string): boolean =>
  rest.length >= MIN_THAI_GIVEN_CHARS && PATTERNS.nameWord.test(rest) && !PATTERNS.thaiFollowingVowel.test(rest);

/**
 * `ดร.สมชาย` (Dr Somchai), `ผศ.ดร.สุดา`, `د.أحمد`: abbreviated titles of a script without letter case, each closed by
 * its point, glued to the given name, listed or not: the part up to the last point. A legal form so written opens
 * a firm's name (`ش.م.م`), no person's.
 */
function gluedAbbreviations(text: string): string | undefined {
  const head = text.slice(0, text.lastIndexOf('.') + 1);
  const glued =
    head &&
    PATTERNS.caselessAbbreviations.test(head) &&
    opensGivenName(text.slice(head.length)) &&
    !CASELESS_VOCABULARY.some((word) => head.includes(word));
  return glued ? head : undefined;
}

/**
 * `d'Auvergne`, `dell'Acqua`: an elided particle before a family name; not before a common noun of a body's
 * name (`Conseil d'Administration`).
 */
const joinsElidedParticle = ([particle = '', noun = '']: readonly string[]): boolean =>
  ELIDED_PARTICLES.has(particle) && !isVocabularyWord(bare(noun)) && !DEPARTMENT_WORDS.has(bare(noun));

/** `김`, `남궁`: a Korean family name, of one syllable or a compound one. */
const isKoreanFamilyName = (text: string): boolean => KOREAN_SURNAMES.has(text) || CHINESE_SURNAMES.has(text);

/**
 * `第八条 如何联系我们` (article 8, how to reach us), `참여 방법` (how to join): a heading's words in Han or Hangul spaced
 * like a family and a given name. A name's words there are short: in Han a few characters each, in Hangul a family
 * name of one syllable (`이 서연`) or a known compound one (`남궁 민`), first or, in Western order, last (`서연 이`).
 */
function spacedLikeCjkName(tokens: readonly NameToken[]): boolean {
  if (tokens.length < 2) return true;
  const texts = tokens.map((t) => t.text);
  if (texts.every((t) => PATTERNS.hanWord.test(t))) return texts.every((t) => [...t].length <= MAX_HAN_NAME_WORD_CHARS);
  if (!texts.every((t) => PATTERNS.hangulWord.test(t))) return true;
  return isKoreanFamilyName(texts[0] as string) || isKoreanFamilyName(texts[texts.length - 1] as string);
}

/** Texts read by nameTokens at most, before the readings are forgotten: a page of lines and then some. */
const MAX_NAME_READINGS = 2048;
const nameReadings = new Map<string, readonly NameToken[] | undefined>();

/**
 * The tokens of `text` (at `start`) when it reads as a person's name; undefined otherwise. A line is read as a
 * name many times over (as a candidate, as a neighbour, as half of a stacked name): its reading is kept and placed
 * at each start, so a page of name-like lines costs one reading a line.
 */
export function nameTokens(text: string, start: number): NameToken[] | undefined {
  let reading = nameReadings.get(text);
  if (reading === undefined && !nameReadings.has(text)) {
    if (nameReadings.size >= MAX_NAME_READINGS) nameReadings.clear();
    reading = readNameTokens(text, 0);
    nameReadings.set(text, reading);
  }
  return reading?.map((token) => shifted(token, start));
}

/** A token read at 0, placed `by` characters on (with the form of address read past before it). */
function shifted(token: NameToken, by: number): NameToken {
  const placed = { ...token, start: token.start + by, end: token.end + by };
  if (token.givenHonorific) placed.givenHonorific = shifted(token.givenHonorific, by);
  return placed;
}

/** `E.M. (Eva) van Dijk` read as `Eva van Dijk`, in place: the initials and brackets blanked around the call name. */
function withCallName(text: string): string {
  const found = PATTERNS.initialsCallName.exec(text);
  if (!found) return text;
  const [whole, , callName = ''] = found;
  const at = found.index + whole.lastIndexOf(callName);
  return `${text.slice(0, found.index)}${' '.repeat(at - found.index)}${callName} ${text.slice(found.index + whole.length)}`;
}

/**
 * `Khun Nok (Noknapa Thongdee)`, `R. Arulmani (Arulmani Velusamy)`: one name word, then the whole name in brackets
 * opening with it (a short form's letters or the word itself), in place: the rest blanked around the whole name.
 */
function withFullNameAside(text: string): string | undefined {
  const asides = [...text.matchAll(PATTERNS.nameAside)];
  const [aside] = asides;
  if (asides.length !== 1 || !aside?.[0].startsWith('(')) return undefined;
  const at = aside.index ?? 0;
  const inside = ' '.repeat(at + 1) + aside[0].slice(1, -1) + ' '.repeat(text.length - at - aside[0].length + 1);
  const outside = readNameTokens(text.slice(0, at) + ' '.repeat(text.length - at), 0)?.filter(
    (t) => !isInitial(t.text),
  );
  const whole = outside?.length === 1 ? readNameTokens(inside, 0) : undefined;
  const [short] = outside ?? [];
  return short && whole && whole.length >= 2 && fold((whole[0] as NameToken).text).startsWith(fold(short.text))
    ? inside
    : undefined;
}

function readNameTokens(text: string, start: number): NameToken[] | undefined {
  if (text.length > MAX_NAME_CHARS) return undefined;
  // `(주)새봄테크`, `㈱ミナモト精工`: a legal form fused to a word marks a firm, its brackets no aside.
  if (LEGAL_MARKS.some((mark) => text.includes(mark))) return undefined;
  const whole = withFullNameAside(text);
  if (whole !== undefined) return readNameTokens(whole, start);
  // A whole line in brackets is no aside beside a name but the name itself, as letters sign under `(Sd/-)`.
  const bracketed = PATTERNS.bracketedNameLine.exec(text);
  const inside = bracketed?.[1] ?? '';
  const from = bracketed ? bracketed.index + bracketed[0].indexOf(inside) : 0;
  const unbracketed = bracketed ? ' '.repeat(from) + inside + ' '.repeat(text.length - from - inside.length) : text;
  let clean = blankMatches(
    blankMatches(withCallName(scannedAsLetters(unbracketed)), PATTERNS.nameAside),
    PATTERNS.pictograph,
  );
  // `[LINE] 田中 美咲とのトーク履歴` (chat history with …): the title's words around the participant's name are no part of it.
  clean = blankMatches(clean, PATTERNS.chatHistoryTitle);
  // `Appel de Mme Véronique …`, `Call from Dana Lee`: a call note's opener before the caller is no part of the name.
  clean = blankMatches(clean, PATTERNS.callNoteOpener);
  // `Svetlana Ivanova-Park’s Profile`: a profile page's heading names its owner; LinkedIn's `Svetlana’s Profile`
  // link only by the given name, which stays a possessive, no name line.
  // `Perfil de Beatriz`: a heading with the owner after the word for `of` is no name line.
  if (isProfileOfHeading(clean) || isProfileLink(clean)) return undefined;
  const ownerEnd = profileOwnerEnd(clean);
  if (ownerEnd > 0 && words(clean.slice(0, ownerEnd)).length > 1)
    clean = clean.slice(0, ownerEnd) + ' '.repeat(clean.length - ownerEnd);
  // `д.т.н., проф. Ігор Мельник`: a comma closing the degrees before the name is none after it.
  const degreesComma = clean.indexOf(',');
  if (degreesComma > 0 && onlyAbbreviatedHonorifics(clean.slice(0, degreesComma)))
    clean = `${clean.slice(0, degreesComma)} ${clean.slice(degreesComma + 1)}`;
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    // Credentials after the name's comma (`, PE, LEED AP BD+C`) may hold characters a name may not.
    const after = clean
      .slice(comma + 1)
      .split(',')
      .join(' ')
      .trim()
      .split(PATTERNS.whitespaceRun)
      .filter(Boolean);
    // After a mixed-case name, a word in capitals is a credential too (`Adaobi Okonkwo FCA, ACTI`).
    const mixedCase = PATTERNS.lower.test(clean.slice(0, comma));
    // A degree abbreviated in lower case is one too (Québec `, ing.`, Hungarian `, dr.`).
    const credential = (w: string, i: number): boolean =>
      isSuffix(w) ||
      PATTERNS.credential.test(w) ||
      isTrailingHonorificAt(after, i) ||
      (mixedCase && isAllCaps(w) && w.length <= 8);
    // A dotted credential may be written spaced (`Ad. E.`, `Ph. D.`): its parts read as one.
    const spacedCredential = after.every((w) => w.endsWith('.')) && isDottedCredential(after.join(''));
    if (!after.every(credential) && !spacedCredential) return undefined;
    clean = clean.slice(0, comma) + ' '.repeat(clean.length - comma);
  }
  let tokens: NameToken[] = [];
  for (const match of clean.matchAll(PATTERNS.word)) {
    const raw = match[0].replace(PATTERNS.edgePunctuation, '');
    if (!raw) continue;
    // `Ifeoluwa's Profile`, `Jane's calendar`: a possessive names something of the person's.
    if (PATTERNS.possessive.test(raw)) return undefined;
    // `I'm Liesl`: a sentence's subject and verb, the name only after them (the self-introduction reads it); a
    // bare `i` is Catalan's `and` joining family names (`Casals i Roura`).
    if (raw.length > 1 && FIRST_PERSON_I.has(normalizeKey(raw))) return undefined;
    const at = (match.index ?? 0) + match[0].indexOf(raw);
    tokens.push({ text: raw, start: start + at, end: start + at + raw.length });
  }
  // `Message  More`, `メッセージ　フォロー　その他`: a profile page's row of buttons is no name, whatever its script; nor
  // is a heading of a caseless script (`연락처 정보`, `معلومات الاتصال`: contact info) whose words read as two names.
  const isInterface = (key: string): boolean => INTERFACE_WORDS.has(normalizeKey(key));
  if (tokens.every((t) => isInterface(t.text)) || isInterface(tokens.map((t) => t.text).join(' '))) return undefined;
  const written = [...tokens];
  // `i. A. Thomas Krüger`, `pp Jane Doe`: signing on someone's behalf, written before the name.
  const [one, two] = tokens;
  if (one && two && ON_BEHALF_OF.includes((one.text + two.text).toLowerCase())) tokens.splice(0, 2);
  else if (one && tokens.length > 1 && ON_BEHALF_OF.includes(one.text.toLowerCase())) tokens.shift();
  // `gez. Dr. Birgit Roth`: signed where no pen does.
  if (tokens.length > 1 && SIGNED_MARKS.has((tokens[0] as NameToken).text.toLowerCase())) tokens.shift();
  let afterHonorific = false;
  let previousKey = '';
  let givenHonorific: NameToken | undefined;
  while (tokens.length > 1) {
    const token = (tokens[0] as NameToken).text;
    const key = bare(token);
    const honorific =
      opensWithDegreeParticle(tokens) ||
      (afterHonorific
        ? // `Dr. rer. nat.`, `Mag. art.`: a degree's abbreviated faculty goes with it (`Dr. Phil Jones` goes on
          // with a name); `Hon. Justice Ogunleye`: an office after an honorific is one too, whatever follows;
          // `Datuk Seri`: a Malaysian honour's grade after that honour is part of it.
          isHonorific(token) ||
          (isFaculty(token) && token.endsWith('.')) ||
          (DEGREE_CONJUNCTIONS.has(key) && isHonorific((tokens[1] as NameToken).text)) ||
          (MALAYSIAN_HONOUR_GRADES.has(key) && MALAYSIAN_HONOURS.has(previousKey))
        : // `Ibu Chukwu` is a name, `Ibu Sari Wulandari` a form of address before one; `Nana Ama Owusu` a name.
          (isHonorific(token) &&
            !HONORIFICS_ONLY_AFTER_HONORIFIC.has(key) &&
            !(tokens.length < 3 && HONORIFICS_ALSO_GIVEN_NAMES.has(key) && !token.endsWith('.'))) ||
          (HONORIFIC_QUALIFIERS.has(key) && isHonorific((tokens[1] as NameToken).text)) ||
          qualifiesProfession(tokens) ||
          opensWithUnlistedPrefix(tokens) ||
          opensWithLowerCaseProfession(tokens));
    if (!honorific) break;
    const dropped = tokens.shift() as NameToken;
    givenHonorific = HONORIFICS_ALSO_GIVEN_NAMES.has(key) ? dropped : undefined;
    afterHonorific = true;
    previousKey = key;
  }
  if (givenHonorific) tokens[0] = { ...(tokens[0] as NameToken), givenHonorific };
  if (tokens.length > 1) tokens[0] = withoutGluedHonorific(tokens[0] as NameToken);
  // `Sigrún Ósk Björnsdóttir hrl.`, `Tomáš Dvořák ml.`: a lower-case abbreviation closing a name of two words or
  // more is a post-nominal (a profession's, a generation's), no name word; its dot is read past.
  const closing = tokens[tokens.length - 1] as NameToken;
  const postNominal = tokens.length > 2 && PATTERNS.lowerAbbreviation.test(closing.text);
  if (postNominal) tokens.pop();
  // A slashed patronymic particle (`s/o`) may hold a character no name may, as a form of address read past may.
  // holdsForbidden reads them in line order: sorted, whatever the order they were gathered in.
  const readPast = [
    ...written.slice(0, written.length - tokens.length - (postNominal ? 1 : 0)),
    ...tokens.filter((t) => PATRONYMIC_PARTICLES.has(t.text.toLowerCase())),
    ...(postNominal ? [closing] : []),
  ].sort((a, b) => a.start - b.start);
  if (holdsForbidden(clean, start, readPast)) return undefined;
  // `Ma. Cristina`: the abbreviated first given name goes with the honorifics; the one after it is the name used.
  if (tokens.length > 2 && ABBREVIATED_GIVEN_NAMES.has((tokens[0] as NameToken).text.toLowerCase())) tokens.shift();
  while (tokens.length > 1 && isSuffix((tokens[tokens.length - 1] as NameToken).text)) tokens.pop();
  const texts = tokens.map((t) => t.text);
  while (tokens.length > 2 && isTrailingHonorificAt(texts, tokens.length - 1)) tokens.pop();
  // `Pedro Bragança Neto`: after a given and a family name an agnomen marks the generation; after a
  // given name alone it is the family name (`Ana Neto`, `João P. Neto`, `Ana de Neto`): initials and
  // particles are not names.
  const last = tokens[tokens.length - 1];
  if (last && GENERATIONAL_AGNOMINA.has(withoutMarks(bare(last.text))) && tokens.filter(isNameWord).length > 2)
    tokens.pop();
  // Stacked post-nominals without commas (`Morag Fraser-Lindsay BSc CEnv MIEMA`): from a known one on,
  // the words in capitals are credentials too.
  const credentialFrom = tokens.findIndex((t, i) => i >= 2 && isSuffix(t.text));
  if (credentialFrom > 0 && tokens.slice(credentialFrom).every((t) => isSuffix(t.text) || isAllCaps(t.text)))
    tokens.length = credentialFrom;
  // `MBBS FRACGP` on a line of its own under the name: capitals opened by a credential are credentials, no name
  // (not one also spelled as a family name: `MA JUN`, `DO VAN NAM`).
  const [opening] = tokens;
  if (
    opening &&
    isSuffix(opening.text) &&
    !SUFFIXES_ALSO_NAMES.has(bare(opening.text)) &&
    !isKnownFamilyNameInCapitals(opening) &&
    tokens.every((t) => isAllCaps(t.text))
  )
    return undefined;
  // Particles do not count towards the cap: `María José Fernández de la Vega` is a name of four words.
  if (tokens.length === 0 || tokens.filter((t) => !isParticle(t.text)).length > MAX_NAME_TOKENS) return undefined;
  const caseless = tokens.filter((t) => isCaseless(t.text)).length;
  if (caseless > 0 && caseless < tokens.length) {
    // A bilingual name line (`欧阳晓峰 Xiaofeng OUYANG`, `Chen Jiahui 陈佳慧`): the name in the script
    // without letter case, written first or last, reads in that script's order.
    const first = tokens.slice(0, caseless);
    const last = tokens.slice(-caseless);
    const script = [first, last].find((run) => run.every((t) => isCaseless(t.text)));
    if (!script) return undefined;
    tokens = script;
  }
  if (caseless && KUNYA_WORDS.has(bare(tokens[0]?.text ?? ''))) return undefined;
  if (!spacedLikeCjkName(tokens)) return undefined;
  let substantive = 0;
  for (const [i, token] of tokens.entries()) {
    const t = token.text;
    if (headsOfficialLetter(tokens, i)) return undefined;
    if (caseless) {
      // Scripts with spaces between words (Arabic, Devanagari) name titles and firms in whole words; a Korean
      // verb in its polite ending closes a sentence (`제 연락처 남겨드립니다`), as a Thai word closed by the
      // speaker's polite particle does (`ได้ค่ะ`), though a lone word may be a name.
      if (
        (tokens.length > 1 && (PATTERNS.koreanPoliteEnding.test(t) || PATTERNS.thaiPoliteEnding.test(t))) ||
        isVocabularyWord(bare(t)) ||
        namesTrade(t) ||
        CASELESS_VOCABULARY.some((word) => t.includes(word)) ||
        CASELESS_FUNCTION_WORDS.has(t) ||
        (PATTERNS.hangulWord.test(t) && [...t].length > MAX_HANGUL_NAME_CHARS)
      )
        return undefined;
      substantive++;
      continue;
    }
    // `Α.Ε.`, `S.A.`: a legal form written like initials ends a firm's name, not a person's.
    if (isInitial(t) && LEGAL_FORMS.has(t.toLowerCase())) return undefined;
    if (isInitial(t)) continue;
    if (!PATTERNS.nameWord.test(t) && !isParticle(t)) return undefined;
    const key = bare(t);
    // `Elisabeth-Krankenhaus`, `Marien-Klinikum`: a name joined to an organisation's head word names the organisation.
    const head = key.slice(key.lastIndexOf('-') + 1);
    if (
      isVocabularyWord(key) ||
      (key.includes('-') && COMPOUND_ORGANISATION_HEADS.includes(head) && !ORGANISATION_HEADS_ALSO_SURNAMES.has(head))
    )
      return undefined;
    // `al-Mansouri`, `d'Angelo`: a lower-case particle joined to a capitalised surname.
    const joined = t.split(PATTERNS.particleJoint);
    const joinedParticle = isParticle(joined[0] ?? '') || joinsElidedParticle(joined);
    const capital =
      PATTERNS.upper.test(t.charAt(0)) ||
      (joined.length === 2 && joinedParticle && PATTERNS.upper.test((joined[1] ?? '').charAt(0)) && i > 0);
    if (!capital && !(isParticle(t) && i > 0 && i < tokens.length - 1)) return undefined;
    // `Anna i Piotr`, `Ana y Pedro`: a conjunction after the first word joins two people signing, not two family names.
    if (
      !capital &&
      isSurnameConjunction(t) &&
      (i < 2 || !PATTERNS.upper.test((tokens[i + 1] as NameToken).text.charAt(0)))
    )
      return undefined;
    if (!isParticle(t)) substantive++;
  }
  return substantive > 0 ? tokens : undefined;
}

/**
 * A name typed all in lower case into a form's name field (`danielle okafor-briggs`) as a name line writes
 * it: each part's first letter capitalised, particles left lower. Same length, so offsets hold.
 */
export function typedName(text: string): string {
  if (PATTERNS.upper.test(text)) return text;
  const cased = text
    .split(' ')
    .map((word) => capitalisedParts(word))
    .join(' ');
  return cased.length === text.length ? cased : text;
}

/**
 * Turkish and Azerbaijani write the dotted capital `İ` apart from the undotted `I` (lower `ı`): a name in
 * capitals holding it is cased their way (`İLKAY YILMAZ` → `İlkay Yılmaz`), where the language-neutral
 * mapping would leave a combining dot after the `i` and dot the `ı`.
 */
const TURKIC_DOTTED_CAPITAL_I = 'İ';
const TURKIC_LOCALE = 'tr';
/** Whether a name's words are re-cased from capitals, and how: `true` the language-neutral way, else in that locale. */
type CaseFix = boolean | typeof TURKIC_LOCALE;
/** How a name whose words are `inCapitals` is re-cased: the whole name decides, `İLKAY` cases `YILMAZ` too. */
const caseFixFor = (tokens: readonly NameToken[], inCapitals: boolean): CaseFix =>
  inCapitals && (tokens.some((t) => t.text.includes(TURKIC_DOTTED_CAPITAL_I)) ? TURKIC_LOCALE : true);

/**
 * `VAN DER MERWE` → `van der Merwe`: a name word in capitals as a name line writes it. The word closing a name
 * is a name, never a particle, whatever else it spells (`LE` → `Le`, `DO` → `Do`).
 */
function titleCase(token: string, closing: boolean, locale: string | undefined): string {
  if (!isAllCaps(token)) return token;
  const lower = token.toLocaleLowerCase(locale);
  return closing ? capitalisedWord(lower, locale) : capitalisedParts(lower, locale);
}

/** A lower-case name word with each part's first letter capitalised (`okafor-briggs` → `Okafor-Briggs`); a particle stays lower. */
function capitalisedParts(word: string, locale?: string): string {
  return isParticle(word) ? word : capitalisedWord(word, locale);
}

const capitalisedWord = (word: string, locale?: string): string =>
  word.replace(PATTERNS.wordStart, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase(locale));

function value(tokens: NameToken[], caseFix: CaseFix): ParsedValue<string> | undefined {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return undefined;
  const locale = caseFix === TURKIC_LOCALE ? TURKIC_LOCALE : undefined;
  const text = tokens.map((t) => (caseFix ? titleCase(t.text, t === last, locale) : t.text)).join(' ');
  return { value: text, start: first.start, end: last.end };
}

/** The local part's pieces that may spell the person: not a department's word filing it (`compras.mcruiz@`). */
function localComponents(email: string | undefined): string[] {
  if (!email) return [];
  const pieces = localPieces(localPart(email).toLowerCase());
  return isFunctionLedMailbox(email) ? pieces.slice(1) : pieces;
}

/**
 * `jh` or `soo` for `Jun-ho`, `Soo-yeon`: an address writes a hyphenated given name by its syllables' initials or
 * its first syllable alone (Korean and Cantonese romanisations hyphenate a given name's two syllables).
 */
function abbreviatesSyllables(part: string | undefined, given: string): boolean {
  const syllables = given.split('-').map(fold).filter(Boolean);
  if (!part || syllables.length < 2) return false;
  return part === syllables.map((s) => s.charAt(0)).join('') || part === syllables[0];
}

/** The address spells a two-word name in its written order (`JOHN Reilly` ↔ `john@`, `j.reilly@`). */
export function spellsWrittenOrder(first: NameToken, last: NameToken, email: string | undefined): boolean {
  const parts = localComponents(email).map(fold);
  const given = fold(first.text);
  if (parts.length === 1) return parts[0] === given;
  return parts.length === 2 && (parts[0] === given || parts[0] === given.charAt(0)) && parts[1] === fold(last.text);
}

/** A romanised name's consonants (romanisedSkeleton) this few may be another name's too. */
const MIN_SKELETON_CHARS = 3;

const folds = (token: string): string[] => [fold(token), foldGerman(token)];

/**
 * A name word as an address may spell it: folded, transliterated (`müller`), or by one part of a double-barrelled
 * name (`Wiśniewska-Grabowska` for `k.wisniewska@`, `Dubois-Nkemelu` for `marie-claire.dubois@`).
 */
const spellings = (token: string): string[] => {
  const parts = token.split('-');
  return parts.length > 1 ? [...folds(token), ...parts.flatMap(folds)] : folds(token);
};

/**
 * Does any name token appear in the email's local part: as one of its parts, or inside it when `minInside` long at
 * least?
 */
export function matchesEmail(
  tokens: readonly NameToken[],
  email: string | undefined,
  minInside = MIN_EMAIL_MATCH_TOKEN,
): boolean {
  if (!email) return false;
  const parts = localComponents(email).map(fold);
  const local = isFunctionLedMailbox(email) ? parts.join('') : fold(localPart(email));
  // A Cyrillic word is spelt by its romanisation (`Никитин` ↔ `a.nikitin@`), whichever spelling of its vowels; only
  // in an address of several parts, as one word alone (`alekseeva@`) says not whether it names a given or family name.
  const romanised = parts.length >= 2 ? parts.map(romanisedSkeleton).filter((p) => p.length >= MIN_SKELETON_CHARS) : [];
  return tokens.some(
    (t) =>
      spellings(t.text).some(
        (f) => f.length > 0 && (parts.includes(f) || (f.length >= minInside && local.includes(f))),
      ) ||
      (PATTERNS.cyrillic.test(t.text) && romanised.includes(romanisedSkeleton(t.text))),
  );
}

/**
 * A CJK name written without a space (`冯静怡`, `欧阳晓峰`, `佐々木美穂`, `김민준`): the family name is
 * a known Japanese or Chinese family name (longest first), or a Korean one as the first syllable of three; else
 * the whole is kept as the family name.
 */
function splitUnspaced(written: NameToken): PersonName {
  const form = CJK_FORMS_AFTER_NAME.find((f) => written.text.endsWith(f) && written.text.length > f.length);
  const token = form
    ? { ...written, text: written.text.slice(0, -form.length), end: written.end - form.length }
    : written;
  const chars = [...token.text];
  const at = (from: number, to: number): NameToken => {
    const start = token.start + chars.slice(0, from).join('').length;
    const text = chars.slice(from, to).join('');
    return { text, start, end: start + text.length };
  };
  const prefix = (n: number): string => chars.slice(0, n).join('');
  // `高橋` alone: two characters that are a Japanese family name are that name (a Japanese reply signs with it).
  if (chars.length === 2 && JAPANESE_SURNAMES.has(token.text)) return { last: value([token], false) };
  let family = 0;
  // `々` repeats the character before it: second in a name, it is inside the family name (`野々村`).
  if (chars.length >= 4 && (JAPANESE_SURNAMES.has(prefix(3)) || chars[1] === '々')) family = 3;
  else if (chars.length >= 3 && (CHINESE_SURNAMES.has(prefix(2)) || JAPANESE_SURNAMES.has(prefix(2)))) family = 2;
  else if (chars.length >= 2 && chars.length <= 4 && CHINESE_SURNAMES.has(chars[0] ?? '')) family = 1;
  else if (chars.length === 3 && PATTERNS.hangul.test(token.text) && KOREAN_SURNAMES.has(chars[0] ?? '')) family = 1;
  if (family === 0) return { last: value([token], false) };
  return { last: value([at(0, family)], false), first: value([at(family, chars.length)], false) };
}

/** Initials written as one word hold at most this many letters (`JB`, `JPR`). */
const MAX_INITIALS_WORD_CHARS = 3;
/**
 * `JB`, `FZ`: a given name's initials written as one word in capitals, one letter a part (`Jean-Baptiste`,
 * `Fatima Zahra`); letters without a vowel spell no name, unless a known family name (`NG`).
 */
export const areInitialsInCapitals = (text: string): boolean =>
  isAllCaps(text) &&
  [...text].length <= MAX_INITIALS_WORD_CHARS &&
  isInitialsOnlyPiece(text) &&
  !ROMANISED_FAMILY_NAMES.has(fold(text));
/** The initials of a name's parts, folded (`Jean-Baptiste` → `jb`). */
const initialsOf = (word: string): string =>
  word
    .split('-')
    .map((part) => fold(part).charAt(0))
    .join('');

/**
 * Does `word` write out `short`: the same word, its initial (`D.` → `Derya`), its parts' initials (`JB` →
 * `Jean-Baptiste`) or a hyphenated name's first part (`Aksoy` → `Aksoy-Brandt`)?
 */
function writesOut(word: string, short: string): boolean {
  const full = fold(word);
  const brief = fold(short);
  if (isInitial(short)) return full.startsWith(brief);
  if (areInitialsInCapitals(short) && initialsOf(word) === brief) return true;
  return full === brief || fold(word.split('-')[0] as string) === brief;
}

/**
 * `Tomás Reis Carvalho` for a chat's `Tomás Reis`, `Derya Aksoy-Brandt` for a sign-off's
 * `D. Aksoy`: a longer name that writes out each word of the shorter one, in order.
 */
export function isFullerForm(full: readonly NameToken[], short: readonly NameToken[]): boolean {
  if (full.length < short.length || short.length < 2) return false;
  if (!writesOut((full[0] as NameToken).text, (short[0] as NameToken).text)) return false;
  let at = 1;
  for (const token of short.slice(1)) {
    while (at < full.length && !writesOut((full[at] as NameToken).text, token.text)) at++;
    if (at === full.length) return false;
    at++;
  }
  const letters = (tokens: readonly NameToken[]): number => tokens.reduce((n, t) => n + t.text.length, 0);
  return letters(full) > letters(short);
}

/** A family and a given name written as one word (`冯静怡`, `남궁민서`): as good as two name words. */
export function isUnspacedFullName(tokens: readonly NameToken[]): boolean {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  return !!only && PATTERNS.familyFirstScript.test(only.text) && splitUnspaced(only).first !== undefined;
}

/**
 * A name in Han, kana or Hangul that opens with a known family name: `森 武`, `이 서연` (a Korean family name is a
 * known syllable), `冯静怡`. A place (`大阪 支店`), a closing (`顺颂 商祺`) or a Western name in katakana
 * (`ジョン スミス`) written in the same script does not.
 */
export function opensWithFamilyName(tokens: readonly NameToken[]): boolean {
  const family = tokens.length >= 2 ? (tokens[0] as NameToken).text : undefined;
  if (family === undefined) return isUnspacedFullName(tokens);
  return JAPANESE_SURNAMES.has(family) || CHINESE_SURNAMES.has(family) || KOREAN_SURNAMES.has(family);
}

/**
 * A name in the order of a language that writes the family name first (`Kovács Eszter`): the
 * family name, two words when the first is a married name (`Kovácsné Tóth Erzsébet`), then the given name.
 */
function splitFamilyFirstOrder(tokens: readonly NameToken[], caseFix: CaseFix): PersonName {
  const named = tokens.filter((t) => !isInitial(t.text));
  const familyWords =
    named.length >= 3 && (named[0] as NameToken).text.toLowerCase().endsWith(MARRIED_NAME_ENDING) ? 2 : 1;
  return {
    first: value(named.slice(familyWords, familyWords + 1), caseFix),
    last: value(named.slice(0, familyWords), caseFix),
  };
}

/**
 * Whether the address's local part (`parts`, folded) opens with the initials as a word of its own
 * (`j.akana@`, `jr.akana@`) or is the initials joined to the family name (`jakana@`): the name in use.
 */
function addressSpellsInitials(initials: readonly NameToken[], family: NameToken, parts: readonly string[]): boolean {
  const letters = initials.map((t) => fold(bare(t.text))).join('');
  if (!letters) return false;
  return parts.length >= 2 ? parts[0] === letters : parts[0] === letters + fold(family.text);
}

/**
 * Where the family name starts among the words after the given name: at its first particle (`van den
 * Broek`, `Ní Bhriain`, `أحمد حسن عبد الرحمن` → `عبد الرحمن`), else at the last word.
 */
function familyFrom(rest: readonly NameToken[]): number {
  // A conjunction with no family name before it to join (`John i Smith`) starts none.
  const particle = rest.findIndex(
    (t, i) => isParticle(t.text) && i < rest.length - 1 && (i > 0 || !isSurnameConjunction(t.text)),
  );
  if (particle < 0) return rest.length - 1;
  // `Sousa e Silva`, `Ortega y Gasset`: a conjunction joins the surname before it to the one after.
  return particle > 0 && isSurnameConjunction((rest[particle] as NameToken).text) ? particle - 1 : particle;
}

/**
 * `ALCANTARA Y RODRIGUEZ`: Spanish `y` written in capitals between two family names joins them; `E` and `I` so
 * written stand as often for undotted middle initials (`JOHN PAUL E SMITH`), an initial Y seldom.
 */
const CAPITAL_SURNAME_CONJUNCTION = 'Y';
const joinsSurnamesInCapitals = (words: readonly NameToken[], i: number): boolean =>
  i > 0 && i < words.length - 1 && (words[i] as NameToken).text === CAPITAL_SURNAME_CONJUNCTION;

const VIETNAMESE_MIDDLE_NAMES_FOLDED = new Set([...VIETNAMESE_MIDDLE_NAMES].map(fold));
const startsWithVietnameseFamilyName = (tokens: readonly NameToken[]): boolean =>
  VIETNAMESE_FAMILY_NAMES.has(fold((tokens[0] as NameToken).text));

/**
 * `Võ Thị Thu Hà`; written without accents (`Vo Thi Thu Ha`) only after a Vietnamese family name
 * and before a given name, unlike `Jan van Dijk` and `Mai van der Berg`.
 */
function hasVietnameseMiddleName(tokens: readonly NameToken[]): boolean {
  const middle = (tokens[1] as NameToken).text;
  if (VIETNAMESE_MIDDLE_NAMES.has(middle.toLowerCase())) return true;
  // Unaccented it must be capitalised: a lower-case `van` is the Dutch particle (`Lam van Rijn`).
  return (
    PATTERNS.upper.test(middle.charAt(0)) &&
    VIETNAMESE_MIDDLE_NAMES_FOLDED.has(fold(middle)) &&
    startsWithVietnameseFamilyName(tokens) &&
    !isParticle((tokens[2] as NameToken).text)
  );
}

/**
 * `Phạm Thanh Tùng`, `Trần Hùng`: in Vietnamese letters, a Vietnamese family name opening the name and none closing it —
 * the name is written in the Vietnamese order, its last word the given name called by.
 */
const writtenInVietnameseOrder = (tokens: readonly NameToken[]): boolean =>
  startsWithVietnameseFamilyName(tokens) &&
  !VIETNAMESE_FAMILY_NAMES.has(fold((tokens[tokens.length - 1] as NameToken).text)) &&
  tokens.some((t) => PATTERNS.vietnameseLetter.test(t.text));

/** `Võ Thị Thu Hà`: second, a Vietnamese middle name; before it the family name, after it the given name. */
const vietnameseName = (tokens: NameToken[], caseFix: CaseFix): PersonName => ({
  first: value(tokens.slice(2), caseFix),
  last: value(tokens.slice(0, 1), caseFix),
});

/**
 * `Dang Quoc Bao` ↔ `bao.dq@`, `baodq@`, `bao@`: Vietnamese firms' addresses spell the given name, alone or
 * then the initials of the family and middle names, so the name is written family name first.
 */
function spellsVietnameseGivenNameFirst(tokens: readonly NameToken[], parts: readonly string[]): boolean {
  if (parts.length === 0 || !startsWithVietnameseFamilyName(tokens)) return false;
  const given = fold((tokens[tokens.length - 1] as NameToken).text);
  const initials = tokens
    .slice(0, -1)
    .map((t) => fold(t.text).charAt(0))
    .join('');
  const local = parts.join('');
  if (local === given + initials) return true;
  // The given name alone is also a Western address's family name alone (`Mai Britt Larsen` ↔ `larsen@`):
  // only a Vietnamese middle name or Vietnamese letters make the name Vietnamese.
  return (
    local === given &&
    ((tokens.length >= 3 && hasVietnameseMiddleName(tokens)) ||
      tokens.some((t) => PATTERNS.vietnameseLetter.test(t.text)))
  );
}

/**
 * `María del Pilar Ugarte Salas`, `Ana de los Ángeles Soto`: a Marian invocation after particles
 * at `givenEnd` is part of the Spanish given name when a family name follows it. Where it ends.
 */
function devotionalNameEnd(tokens: readonly NameToken[], givenEnd: number): number {
  let at = givenEnd;
  while (at < tokens.length && isParticle((tokens[at] as NameToken).text)) at++;
  if (at === givenEnd || at >= tokens.length - 1) return givenEnd;
  return MARIAN_GIVEN_NAMES.has((tokens[at] as NameToken).text.toLowerCase()) ? at + 1 : givenEnd;
}

/** Given names this short end like a family name too (`Лев`, `Яков`). */
const MIN_SURNAME_BY_ENDING_CHARS = 5;
/** A word of this length or more ending with one of `endings`. */
const endsWithOneOf =
  (endings: readonly string[]) =>
  (word: string): boolean => {
    const lower = word.toLowerCase();
    return lower.length >= MIN_SURNAME_BY_ENDING_CHARS && endings.some((e) => lower.endsWith(e));
  };
const endsAsCyrillicSurname = endsWithOneOf(CYRILLIC_SURNAME_ENDINGS);
/** `Παπαδοπούλου`: a Greek word ending as only family names do. */
const endsAsGreekSurname = endsWithOneOf(GREEK_SURNAME_ENDINGS);

/**
 * `Никитин Артём` ↔ `a.nikitin@`, `artem.nikitin@`: the address's last part romanises `family`, not `given`, so the
 * name is written family name first.
 */
function addressNamesFamilyLast(family: NameToken, given: NameToken, parts: readonly string[]): boolean {
  const last = parts.length >= 2 ? romanisedSkeleton(parts[parts.length - 1] ?? '') : '';
  return (
    last.length >= MIN_SKELETON_CHARS &&
    last === romanisedSkeleton(family.text) &&
    last !== romanisedSkeleton(given.text)
  );
}

/** A known family name, or a double one of two (`Szabó-Horváth`). */
const isKnownFamilyName = (token: NameToken): boolean =>
  token.text.split('-').every((part) => ROMANISED_FAMILY_NAMES.has(fold(part)));

/** The words run together and folded, as an address writes a given name in syllables (`Mei Xin` → `meixin`). */
const runTogether = (tokens: readonly NameToken[]): string => tokens.map((t) => fold(t.text)).join('');

/** `ck` for `Choon Kiat`, `lp` for `Lalitha Priya`: an address's piece of the words' initials, in order. */
const spellsInitialsOf = (piece: string, words: readonly NameToken[]): boolean =>
  piece === words.map((t) => fold(t.text).charAt(0)).join('');

/**
 * `Chua Mei Xin` ↔ `meixin.chua@`, `Goh Choon Kiat` ↔ `ck.goh@`: the address names the first word last and the words
 * after it as one or by their initials, so the name is written family name first and its given name is all the words
 * after the first.
 * No particle, and run together only words of one syllable: a family name of several words is run together too,
 * after a given name the address names last (`Maria De La Cruz` ↔ `delacruz.maria@`, `Ahmed Abdul Rahman`).
 */
const spellsFamilyThenSyllables = (tokens: readonly NameToken[], parts: readonly string[]): boolean =>
  tokens.length >= 3 &&
  parts.length === 2 &&
  parts[1] === fold((tokens[0] as NameToken).text) &&
  tokens.slice(1).every((t) => !isParticle(t.text)) &&
  (spellsInitialsOf(parts[0] ?? '', tokens.slice(1)) ||
    (parts[0] === runTogether(tokens.slice(1)) &&
      tokens.slice(1).every((t) => PATTERNS.oneSyllable.test(fold(t.text)))));

/**
 * `Pham, Ngoc Anh (Annie)`, `Zhou, Jia Hui`: a line copied from a directory, a known family name of a people
 * that writes it first, a comma and the given name; the person it names. Only known family names, or one the
 * sender's `email` spells: a line of two words and a comma is a place far more often (`Hanoi, Vietnam`).
 */
export function directoryName(text: string, start: number, email?: string): PersonName | undefined {
  // No comma, no directory line: a word is no family name for losing its last letter (`Tom`, `Leo`).
  const comma = text.indexOf(',');
  if (comma <= 0) return undefined;
  const family = text.slice(0, comma).trim();
  const folded = fold(family);
  if (VIETNAMESE_FAMILY_NAMES.has(folded) && PATTERNS.upper.test(family.charAt(0))) {
    // The family name starts after the spaces opening the line.
    const from = start + comma - text.slice(0, comma).trimStart().length;
    const written = nameTokens(text.slice(comma + 1), start + comma + 1);
    if (!written) return undefined;
    return vietnameseDirectoryName({ text: family, start: from, end: from + family.length }, written);
  }
  if (ROMANISED_FAMILY_NAMES.has(folded)) return splitFamilyFirst(text, start);
  // `Lindqvist, Maja` ↔ `m.lindqvist@`: an address spelling the word before the comma as a family name settles the order.
  // Not a role mailbox's, nor before a place the address does not spell: an office's mailbox is named after its town
  // and its line places it (`oslo@` ↔ `Oslo, Norway`), unlike `Hilton, Paris` ↔ `paris.hilton@`.
  const parts = email && !isRoleMailbox(email) ? localComponents(email).map(fold) : [];
  const person = parts.includes(folded) ? splitFamilyFirst(text, start) : undefined;
  if (!person?.first || !person.last) return undefined;
  const given = person.first.value;
  const spellsGiven = parts.some((part) => part === fold(given) || part === fold(given).charAt(0));
  return spellsGiven || !namesPlace(given) ? person : undefined;
}

/** `Norway`, `UK`, `Oslo`, `TX`: a country, a known city, or a US state's or Canadian province's postal code. */
const namesPlace = (text: string): boolean =>
  countryNamedInText(text) !== undefined ||
  namesCity(text) ||
  (PATTERNS.postalRegion.test(text) && NORTH_AMERICAN_REGION_CODES.has(text.toLowerCase()));

/**
 * `Do, Quang Vinh`, `Le, Thu Trang`: a Vietnamese family name of one syllable before the comma is the family
 * name even where it is also a word or a particle (`Do`, `Le`); after it a middle name (`Nguyen, Van Hai`) is
 * no part of the given name, as in the name written without a comma.
 */
function vietnameseDirectoryName(family: NameToken, written: NameToken[]): PersonName {
  // Initials beside a name written out stand for other names (`Do, A. Tuan`, `Tran, Quang V.`): the given name is
  // the words written out.
  const spelled = written.filter((t) => !isInitial(t.text));
  const given = spelled.length > 0 ? spelled : written;
  const tokens = [family, ...given];
  const caseFix = caseFixFor(
    tokens,
    tokens.every((t) => isAllCaps(t.text) || isInitial(t.text)),
  );
  // The same test as splitName's for the name written without a comma (`Nguyen Van Hai`): keep the two alike.
  if (tokens.length >= 3 && hasVietnameseMiddleName(tokens)) return vietnameseName(tokens, caseFix);
  return { first: value(given, caseFix), last: value([family], caseFix) };
}

/** A second given name (`Erik`, `Ali`, `Anh`), not one also borne as a family name (`Martín`, `Paz`). */
const isSecondGivenName = (token: NameToken): boolean =>
  SECOND_GIVEN_NAMES.has(fold(token.text)) && !GIVEN_NAME_SURNAMES.has(token.text.toLowerCase());

/**
 * `Lars Erik Vikhammer` ↔ `lars.erik.vikhammer@`, `Mehmet Ali Çakıroğlu` ↔ `mali.cakiroglu@`: the address spells a second
 * given name right after the given name or its initial, so both are the given name used.
 */
function addressSpellsSecondGivenName(given: NameToken, second: NameToken, parts: readonly string[]): boolean {
  if (!isSecondGivenName(second)) return false;
  const opening = fold(given.text);
  const word = fold(second.text);
  const [head = '', next] = parts;
  if ((head === opening || head === opening.charAt(0)) && next === word) return true;
  // Alone, an initial and a word is the family name's common form (`ycardoso@`); the second given name's only
  // before another piece (`mali.cakiroglu@`).
  return parts.length >= 2 && head === opening.charAt(0) + word;
}

/** `Leonor Ibáñez Carrión`: an Iberian given name and Iberian letters, a name of two family names wherever it is written. */
const spelledIberian = (tokens: readonly NameToken[]): boolean =>
  IBERIAN_GIVEN_NAMES.has(fold((tokens[0] as NameToken).text)) &&
  tokens.some((t) => PATTERNS.iberianLetter.test(t.text));

/**
 * The address's last piece spells `word` whole, or its last pieces do a hyphenated word piece by piece, as the
 * address splits it (`Tóth-Baranyi` ↔ `…tothbaranyi@`, `…toth-baranyi@`).
 */
function closesAddress(parts: readonly string[], word: string): boolean {
  if (parts[parts.length - 1] === fold(word)) return true;
  const pieces = word.split('-').map(fold);
  const from = parts.length - pieces.length;
  return from >= 0 && pieces.every((piece, i) => parts[from + i] === piece);
}

/** Only the last word is a known family name (`Wei Zhang`): the name is written given name first. */
const writtenGivenFirst = (tokens: readonly NameToken[]): boolean =>
  isKnownFamilyName(tokens[tokens.length - 1] as NameToken) && !isKnownFamilyName(tokens[0] as NameToken);

/**
 * First and last name from name tokens; the email (when it is theirs) settles order and extent, the
 * language's customs (NameCustoms) settle them when it does not.
 */
export function splitName(
  input: readonly NameToken[],
  email?: string,
  {
    familyFirst = false,
    doubleSurname = false,
    firstSurnameUsed = false,
    fatherInitial = false,
    fatherNameFamily = false,
  }: NameCustoms = {},
): PersonName {
  let tokens = [...input];
  if (tokens.length === 0) return {};
  // A short word in capitals the address spells the name without: a post-nominal closing a mixed-case
  // name (`Ellie Sandford RVN` ↔ `ellie.sandford@`), a degree or profession opening a name (`DI
  // Florian Pichler` ↔ `florian.pichler@`), not a family name.
  const spare = (word: NameToken, maxChars: number): boolean =>
    !!email &&
    tokens.length >= 3 &&
    isAllCaps(word.text) &&
    word.text.length <= maxChars &&
    !matchesEmail([word], email);
  // After a particle a word in capitals is the family name it opens (`Anri van der MERWE`).
  if (
    spare(tokens[tokens.length - 1] as NameToken, MAX_POST_NOMINAL_CHARS) &&
    !isParticle((tokens[tokens.length - 2] as NameToken).text) &&
    tokens.slice(0, -1).every((t) => PATTERNS.lower.test(t.text) || isInitial(t.text))
  )
    tokens = tokens.slice(0, -1);
  // The Chinese given name after the English one and the family name is an aside, not part of the family name.
  if (trailingChineseGivenName(tokens.map((t) => t.text))) tokens = tokens.slice(0, -1);
  // A particle before a family name in capitals opens it (`VAN DER BERG Anouk`); before a given name it is a degree.
  // One that is also a degree (`DI`) opens it only when the address spells the two together (`di.marco`, `dimarco`).
  const [opening, next] = tokens as [NameToken, NameToken | undefined];
  // The address's words, folded: they settle order and extent here and below.
  const parts = localComponents(email).map(fold);
  const particleSpelled = (particle: NameToken, family: NameToken): boolean =>
    parts.includes(fold(particle.text)) ||
    fold(localPart(email ?? '')).includes(fold(particle.text) + fold(family.text));
  const opensCapsFamily =
    isParticle(opening.text) &&
    !!next &&
    isAllCaps(next.text) &&
    (!PARTICLES_ALSO_DEGREES.has(opening.text.toLowerCase()) || particleSpelled(opening, next));
  // A known family name in capitals before mixed-case words opens a name written family name first, however
  // short (`DO Van Nam` ↔ `nam.dv@`).
  const opensKnownFamily = isKnownFamilyNameInCapitals(opening) && !!next && !isAllCaps(next.text);
  // Only a mixed-case name sets a degree in capitals apart: in one all in capitals the short first word is a
  // family name (`LÊ HOÀNG NAM` ↔ `nam.lh@`).
  const mixedAfter = tokens.slice(1).some((t) => PATTERNS.lower.test(t.text));
  if (spare(opening, MAX_PREFIX_CHARS) && mixedAfter && !opensCapsFamily && !opensKnownFamily) tokens = tokens.slice(1);
  // `Syed Muhammad Imran Qadri` ↔ `imran.qadri@`: after a lineage title, the Prophet's name opening a name is a
  // devotional first element (as its abbreviation `Md.` is); the given name after it that the address opens with is
  // the one used. Without the title, `Mohammed Tariq Siddiqui` ↔ `tariq.siddiqui@` is called Mohammed.
  if (
    tokens.length >= 3 &&
    !!(tokens[0] as NameToken).givenHonorific &&
    DEVOTIONAL_FIRST_NAMES.has(fold((tokens[0] as NameToken).text)) &&
    parts[0] === fold((tokens[1] as NameToken).text)
  )
    tokens = tokens.slice(1);
  const caseFix = caseFixFor(
    tokens,
    tokens.every((t) => isAllCaps(t.text) || isInitial(t.text) || isParticle(t.text)),
  );
  // `Selamawit Bekele Haile`: given name, father's and grandfather's; the father's is the family name used, unless
  // the address spells the grandfather's (`selamawit.haile@`).
  if (fatherNameFamily && tokens.length === 3 && !parts.includes(fold((tokens[2] as NameToken).text)))
    return { first: value(tokens.slice(0, 1), caseFix), last: value(tokens.slice(1, 2), caseFix) };
  // Family name first, unless only its last word is a known family name (then the name is written given
  // name first for a foreign reader: `Ferenc Szabó-Horváth`), or the address spells the name in the
  // written order and its first word is no known family name (`Peter Kim` ↔ `peter.kim@`, unlike
  // `Fodor Levente` ↔ `fodor.levente@`); a double family name may be spelled by its first half (`Csaba
  // Lengyel-Várkonyi` ↔ `csaba.lengyel@`).
  // A married name (`Kovácsné`) is never a given name, whatever order the address spells.
  const lastWritten = (tokens[tokens.length - 1] as NameToken).text;
  const lastSpelled = parts[parts.length - 1] ?? '';
  const spelledAsWritten =
    parts.length >= 2 &&
    !isKnownFamilyName(tokens[0] as NameToken) &&
    !(tokens[0] as NameToken).text.toLowerCase().endsWith(MARRIED_NAME_ENDING) &&
    parts[0] === fold((tokens[0] as NameToken).text) &&
    (closesAddress(parts, lastWritten) || fold(lastWritten.split('-')[0] ?? '') === lastSpelled);
  // A family name in capitals among mixed-case words marks itself whatever the language's order (`Yacine BOUDIAF`
  // in a letter that also holds a word of one writing it first): the capitals are read below.
  const capitalised = tokens.flatMap((_t, i) => (isFamilyNameInCapitals(tokens, i) ? [i] : []));
  if (
    familyFirst &&
    !caseFix &&
    capitalised.length !== 1 &&
    tokens.filter((t) => !isInitial(t.text)).length >= 2 &&
    !writtenGivenFirst(tokens) &&
    !spelledAsWritten
  )
    return splitFamilyFirstOrder(tokens, caseFix);
  if (tokens.every((t) => isCaseless(t.text))) {
    if (PATTERNS.familyFirstScript.test(tokens.map((t) => t.text).join(''))) {
      if (tokens.length === 1) return splitUnspaced(tokens[0] as NameToken);
      return { last: value(tokens.slice(0, 1), false), first: value(tokens.slice(1), false) };
    }
    if (tokens.length === 1) return { first: value(tokens, false) };
    const rest = tokens.slice(1);
    const family = familyAfterFather(rest);
    return { first: value(tokens.slice(0, 1), false), last: value(rest.slice(family ?? familyFrom(rest)), false) };
  }
  // A capitalised family name among mixed-case tokens: `LI Na`, `TAKAHASHI Yui`; with the particles
  // before it (`van der MERWE`, `VAN DER BERG Anouk`).
  if (!caseFix && tokens.length >= 2) {
    const [caps, ...moreInCapitals] = capitalised;
    if (caps !== undefined && moreInCapitals.length === 0) {
      let from = caps;
      while (from > 0 && isParticle((tokens[from - 1] as NameToken).text)) from--;
      const rest = tokens.filter((t, i) => (i < from || i > caps) && !isInitial(t.text));
      const last = value(tokens.slice(from, caps + 1), caseFixFor(tokens, true)) as ParsedValue<string>;
      // `HOANG Van Long`, `NGUYEN Thi Thu Ha`: after a Vietnamese middle name, the rest is the given name.
      if (caps === 0 && tokens.length >= 3 && hasVietnameseMiddleName(tokens))
        return { first: vietnameseName(tokens, false).first, last };
      // Of several given words, all when the address runs them together (`CHUA Mei Xin` ↔ `meixin.chua@`),
      // else the one the address names.
      if (rest.length >= 2 && parts.includes(runTogether(rest))) return { first: value(rest, false), last };
      const given = rest.find((t) => parts.includes(fold(t.text))) ?? rest[0];
      return { first: value(given ? [given] : [], false), last };
    }
  }
  if (tokens.length >= 3 && hasVietnameseMiddleName(tokens)) return vietnameseName(tokens, caseFix);
  if (tokens.length >= 2 && writtenInVietnameseOrder(tokens))
    return { first: value(tokens.slice(-1), caseFix), last: value(tokens.slice(0, 1), caseFix) };
  if (tokens.length >= 3 && spellsVietnameseGivenNameFirst(tokens, parts))
    return { first: value(tokens.slice(-1), caseFix), last: value(tokens.slice(0, 1), caseFix) };
  // `Волков Д. С.`, `Петренко О.`: a Cyrillic family name before the initials of the given name and patronymic,
  // as Russian and Ukrainian papers write a person; the initials give no given name, nor do they before it
  // (`Д.С. Ковальчук`, `Е. П. Литвинова`, as a letter's signing line writes it).
  const familyLast = tokens.at(-1) as NameToken;
  if (
    tokens.length >= 2 &&
    endsAsCyrillicSurname((tokens[0] as NameToken).text) &&
    tokens.slice(1).every((t) => isInitial(t.text))
  )
    return { last: value(tokens.slice(0, 1), caseFix) };
  if (
    tokens.length >= 2 &&
    endsAsCyrillicSurname(familyLast.text) &&
    tokens.slice(0, -1).every((t) => isInitial(t.text) && PATTERNS.cyrillic.test(t.text))
  )
    return { last: value([familyLast], caseFix) };
  // `Жданов Павел`, `Παπαδοπούλου Αικατερίνη`: of two Cyrillic or Greek names only the first ends as a family name
  // does, or the address romanises the first as its family name (`Никитин Артём` ↔ `a.nikitin@`: `-ин` ends given
  // names too).
  const script = [PATTERNS.cyrillic, PATTERNS.greek].find((letters) => letters.test(tokens[0]?.text ?? ''));
  if (tokens.length === 2 && !caseFix && script && tokens.every((t) => script.test(t.text))) {
    const cyrillic = script === PATTERNS.cyrillic;
    const endsAsSurname = cyrillic ? endsAsCyrillicSurname : endsAsGreekSurname;
    const [a, b] = tokens as [NameToken, NameToken];
    if ((endsAsSurname(a.text) && !endsAsSurname(b.text)) || (cyrillic && addressNamesFamilyLast(a, b, parts)))
      return { first: value([b], false), last: value([a], false) };
  }
  // `Анастасия Игоревна`: a given name and a woman's patronymic, as a Russian writer is addressed politely, write no
  // family name (a man's `-вич` ends family names too: `Ковалевич`).
  if (tokens.length === 2 && !caseFix && isFemininePatronymic((tokens[1] as NameToken).text))
    return { first: value(tokens.slice(0, 1), false) };
  // Three names with a patronymic: `Соколова Анастасия Игоревна` (family first) or `Anastasia Igorevna Sokolova`.
  if (tokens.length === 3 && !caseFix) {
    const patronymic = tokens.findIndex((t, i) => i > 0 && isPatronymic(t.text));
    const [a, b, c] = tokens as [NameToken, NameToken, NameToken];
    if (patronymic === 2) return { first: value([b], false), last: value([a], false) };
    if (patronymic === 1) return { first: value([a], false), last: value([c], false) };
  }
  if (spellsFamilyThenSyllables(tokens, parts) && !writtenGivenFirst(tokens))
    return { first: value(tokens.slice(1), caseFix), last: value(tokens.slice(0, 1), caseFix) };
  // Family name first when the local part reads given.family the other way round (`Seo Ji-woo` ↔
  // `jiwoo.seo`, `Tanaka Hiroshi` ↔ `h.tanaka`, and by the given name's syllables `Lim Jun-ho` ↔ `jh.lim`,
  // `Kim Soo-yeon` ↔ `soo.kim`), unless only the text's last word is a known family name: then the address
  // puts the family name first (`Wei Zhang` ↔ `zhang.wei@`).
  if (tokens.length >= 2 && parts.length >= 2) {
    const firstToken = fold((tokens[0] as NameToken).text);
    const lastToken = fold((tokens[tokens.length - 1] as NameToken).text);
    const opensWithGiven =
      parts[0] === lastToken ||
      (parts.length === 2 &&
        (parts[0] === lastToken.charAt(0) ||
          abbreviatesSyllables(parts[0], (tokens[tokens.length - 1] as NameToken).text)));
    if (
      opensWithGiven &&
      closesAddress(parts, (tokens[0] as NameToken).text) &&
      firstToken !== lastToken &&
      !writtenGivenFirst(tokens)
    )
      tokens = [...tokens].reverse();
  }
  const fatherFrom = tokens.findIndex(
    (t, i) => i > 0 && i < tokens.length - 1 && PATRONYMIC_PARTICLES.has(t.text.toLowerCase()),
  );
  // A slashed particle is written lower case in the family name (`s/o Ganesan`), whatever the case of the line;
  // a spelled one keeps its case as written (`Bin Ismail`).
  const articledFamily = familyAfterFather(tokens);
  if (fatherFrom > 0 && articledFamily !== undefined)
    return { first: value(tokens.slice(0, fatherFrom), caseFix), last: value(tokens.slice(articledFamily), caseFix) };
  // `Dinesh Kurup s/o Gopal`: a South Indian family name written before the particle is the one used; the father's
  // name after it is left out (a second given name there goes with the first: `Arun Kumar a/l Muthu`).
  const familyBeforeFather = tokens[fatherFrom - 1];
  if (fatherFrom >= 2 && familyBeforeFather && SOUTH_INDIAN_FAMILY_NAMES.has(fold(familyBeforeFather.text)))
    return { first: value(tokens.slice(0, fatherFrom - 1), caseFix), last: value([familyBeforeFather], caseFix) };
  if (fatherFrom > 0) {
    const father = tokens
      .slice(fatherFrom)
      .map((t, i) => (i === 0 && t.text.includes('/') ? { ...t, text: t.text.toLowerCase() } : t));
    return { first: value(tokens.slice(0, fatherFrom), caseFix), last: value(father, caseFix) };
  }
  // Initials are the given name before the family name alone (`J. R. Castellanos`) or a double one
  // (`J. García López`). Before a given name written out they stand for other names, and the name
  // written out is the one used (`T. Sebastian Holloway-Grant` ↔ `sebastian.hg@`), unless the address
  // spells the initials (`j.akana@`): then they stay at the head of the given name.
  let initials = 0;
  while (initials < tokens.length - 1 && isInitial((tokens[initials] as NameToken).text)) initials++;
  const initialsAlone =
    initials === tokens.length - 1 ||
    (tokens.length - initials === 2 && opensDoubleSurname((tokens[initials] as NameToken).text));
  // Where the initial is the father's, the one name written out is the given name; there is no family name.
  if (fatherInitial && initials > 0 && initials === tokens.length - 1)
    return { first: value(tokens.slice(initials), caseFix) };
  // `K. Gopi Chand` ↔ `gopichand.k@` or `k.gopichand@`: initials the address spells apart from the words it runs
  // together stand for the family name (written first in South India), and those words are the given name: no family
  // name is written.
  const writtenOut = tokens.slice(initials);
  const initialLetters = fold(
    tokens
      .slice(0, initials)
      .map((t) => bare(t.text))
      .join(''),
  );
  if (
    initials > 0 &&
    writtenOut.length >= 2 &&
    parts.length === 2 &&
    parts.includes(initialLetters) &&
    parts.includes(runTogether(writtenOut))
  )
    return { first: value(writtenOut, caseFix) };
  if (initials > 0 && initialsAlone)
    return { first: value(tokens.slice(0, initials), caseFix), last: value(tokens.slice(initials), caseFix) };
  const keptInitials = addressSpellsInitials(tokens.slice(0, initials), tokens[tokens.length - 1] as NameToken, parts)
    ? initials
    : 0;
  tokens = tokens.slice(initials - keptInitials);
  // Given name: the first word after any initials kept; the email may extend it (`Rosa María`).
  let givenEnd = keptInitials + 1;
  const head = parts[0] ?? '';
  while (
    givenEnd < tokens.length - 1 &&
    head &&
    head ===
      tokens
        .slice(0, givenEnd + 1)
        .map((t) => fold(t.text))
        .join('')
  )
    givenEnd++;
  // `Mª Carmen`: Spain's abbreviated María opens a compound given name with the name after it, and
  // `José Luis`, `Ana Paula` are one before the family name.
  const opener = (tokens[0] as NameToken).text.toLowerCase();
  // Before a particle (`Mª del Carmen`) the devotional name after it completes the given name instead.
  if (
    givenEnd === 1 &&
    tokens.length > 2 &&
    (COMPOUND_GIVEN_NAME_OPENERS.has(opener) ||
      COMPOUND_GIVEN_NAMES.has(`${fold((tokens[0] as NameToken).text)} ${fold((tokens[1] as NameToken).text)}`) ||
      addressSpellsSecondGivenName(tokens[0] as NameToken, tokens[1] as NameToken, parts)) &&
    !isParticle((tokens[1] as NameToken).text)
  )
    givenEnd = 2;
  givenEnd = devotionalNameEnd(tokens, givenEnd);
  const first = value(tokens.slice(0, givenEnd), caseFix);
  // An accented capital alone is a particle (`Tomás Ó Briain`), not an initial; so is Spanish `Y` in capitals between
  // two family names (`ALCANTARA Y RODRIGUEZ`).
  const afterGiven = tokens.slice(givenEnd);
  const rest = afterGiven.filter(
    (t, i) =>
      !isInitial(t.text) ||
      (isParticle(t.text) && fold(t.text) !== t.text.toLowerCase()) ||
      joinsSurnamesInCapitals(afterGiven, i),
  );
  if (rest.length === 0) return { first };
  // `Clement Tan Wei Ming` ↔ `clement.tan@`: the address's family name followed by a Chinese given
  // name in syllables (an English given name first, as written in Singapore and Malaysia).
  const family = rest.findIndex((t) => fold(t.text) === parts[parts.length - 1]);
  const syllables = rest.slice(family + 1);
  if (parts.length >= 2 && family >= 0 && syllables.length >= 2 && !syllables.some((t) => isParticle(t.text)))
    return { first, last: value([rest[family] as NameToken], caseFix) };
  // Surname: from the first particle on, else the last word (familyFrom), grown leftwards while the
  // local part spells the longer surname (`mac giolla phádraig`) or names the word before it: a
  // double surname is addressed by its first half (`hvillanueva@` for Hernán Villanueva Roldán), a
  // middle name is not. Then a known Iberian family name or a Czech woman's (`-ová`) opens a double
  // surname before the last word or before a particle (opensChain).
  let from = familyFrom(rest);
  const local = fold(parts.join(''));
  const spells = (word: string): boolean => word.length >= MIN_EMAIL_MATCH_TOKEN && local.includes(word);
  // The word the local part opens with as its own piece is a given name (`Muhammad Hamza Rafiq` ↔ `hamza.rafiq@`),
  // and so is a second given name right after the given name, however the address spells it (`Ana Rita Quintela`,
  // `Muhammad Faisal Awan` ↔ `faisal@`).
  const given = parts.length >= 2 ? parts[0] : undefined;
  const growBySpelling = (): void => {
    while (
      from > 0 &&
      local &&
      fold((rest[from - 1] as NameToken).text) !== given &&
      !(from === 1 && isSecondGivenName(rest[0] as NameToken)) &&
      (local.includes(
        rest
          .slice(from - 1)
          .map((t) => fold(t.text))
          .join(''),
      ) ||
        spells(fold((rest[from - 1] as NameToken).text)))
    )
      from--;
  };
  growBySpelling();
  // Before the last word or before a surname a particle opens (`Tomás Herrera de la Fuente`), a known
  // Iberian family name is the first of the chain of family names; before a particle and right after
  // the given name, one that is also a given name completes that instead (`María Paz de la Fuente`).
  const beforeParticle = from > 0 && isParticle((rest[from] as NameToken).text);
  const completesGiven = from === 1 && GIVEN_NAME_SURNAMES.has((rest[0] as NameToken).text.toLowerCase());
  const opensChain = from === rest.length - 1 || (beforeParticle && !completesGiven);
  // Where the language bears two family names a word before the last is the first of them
  // (`Breixo Vilariño Outeiral`), unless it is a given name or the address opens with it as the one used,
  // or the address spells the last word where the first family name is the one used: then that word is the
  // only family name (`Carlos Tadeo Vega` ↔ `cvega@`; the loop above took the word before had it spelled it).
  const addressedByLast = firstSurnameUsed && spells(fold((rest[rest.length - 1] as NameToken).text));
  const opensDouble = (word: NameToken): boolean =>
    opensDoubleSurname(word.text) ||
    ((doubleSurname || spelledIberian(tokens)) &&
      !addressedByLast &&
      !isParticle(word.text) &&
      !SECOND_GIVEN_NAMES.has(fold(word.text)) &&
      fold(word.text) !== given);
  if (opensChain && from > 0 && opensDouble(rest[from - 1] as NameToken)) {
    from--;
    // `Irati Olaondo Pérez de Albéniz` ↔ `irati.olaondo@`: the address may be spelled by the first of the two family
    // names where the second is one of a particle's (`Ruiz de Gordoa`).
    growBySpelling();
  }
  // A surname joined by a hyphen to a particle runs on into the next word (`Verhoeven-De Smet`).
  const joinsOn = (t: string): boolean => t.includes('-') && isParticle(t.slice(t.lastIndexOf('-') + 1));
  while (from > 0 && joinsOn((rest[from - 1] as NameToken).text)) from--;
  return { first, last: value(rest.slice(from), caseFix) };
}

/**
 * `Rakan bin Nasser Al-Marri`, `راكان بن ناصر المري`: after a patronymic particle and the father's name, the family
 * name the Arabic article opens is the one used; where it starts, if written. An article word after `Abd` is the
 * second word of a father's name (`Rakan bin Abd al-Karim Al-Marri`), not the family name.
 */
function familyAfterFather(tokens: readonly NameToken[]): number | undefined {
  const particle = tokens.findIndex((t) => PATRONYMIC_PARTICLES.has(t.text.toLowerCase()));
  const family = tokens.findIndex(
    (t, i) =>
      particle >= 0 &&
      i > particle + 1 &&
      PATTERNS.arabicArticle.test(t.text) &&
      !SERVANT_OF_WORDS.has((tokens[i - 1] as NameToken).text.toLowerCase()),
  );
  return family > 0 ? family : undefined;
}

/** A name written family name first with a comma (`Doe, Jane`, `van den Broek, Joris`): the comma settles the order. */
function splitFamilyFirst(text: string, start: number): PersonName | undefined {
  const comma = text.indexOf(',');
  if (comma <= 0) return undefined;
  // A particle may open a family name written alone (`van den Broek`): nameTokens accepts one only
  // inside a name, so the family name is read after a stand-in initial, which is then dropped.
  const family =
    nameTokens(text.slice(0, comma), start) ?? nameTokens(`X ${text.slice(0, comma)}`, start - 2)?.slice(1);
  const given = nameTokens(text.slice(comma + 1), start + comma + 1);
  if (!family?.length || !given) return undefined;
  const name = [...family, ...given];
  const caseFix = caseFixFor(
    name,
    name.every((t) => isAllCaps(t.text) || isInitial(t.text) || isParticle(t.text)),
  );
  // Initials and a patronymic after the given name are other names (`Ivanova, Olga S.`, `Ivanova, Olga Sergeyevna`).
  const named = given.filter((t, i) => i === 0 || (!isInitial(t.text) && !isPatronymic(t.text)));
  return { first: value(named, caseFix), last: value(family, caseFix) };
}

/**
 * First and last name of someone known by name tokens and/or an address: the tokens when there are
 * any (the address settles order and extent only when it is theirs), else the name the address spells.
 */
export function personName(
  written: readonly NameToken[] | undefined,
  email: ParsedValue<string> | undefined,
  customs: NameCustoms = {},
): PersonName {
  if (!written) return email ? nameFromEmail(email) : {};
  // `Syed Ali Raza` ↔ `syed.raza@`: the form of address read past is the given name the address opens with.
  const honorific = written[0]?.givenHonorific;
  const opensAddress = !!honorific && fold(localComponents(email?.value)[0] ?? '') === fold(honorific.text);
  const tokens = honorific && opensAddress ? [honorific, ...written] : written;
  const person = splitName(tokens, matchesEmail(tokens, email?.value) ? email?.value : undefined, customs);
  // A first-name sign-off (`Chidi`) and an address that spells first and last (`chidi.okafor-lindqvist@`):
  // the address gives the surname.
  // So does an address of the given name's initial and a surname (`Kwame` over `k.mensah-bonsu@`): by design any
  // given name of that initial takes the surname (`Kofi` over `k.mensah@` too), as the README reads `d.okoro@`;
  // a mailbox's function word after the initial (`e.info@`, `s.sales@`) is no surname.
  // Where an initial stands for the father's name, a name written with one has no family name for the address to give.
  const fatherNamed = !!customs.fatherInitial && tokens.some((t) => isInitial(t.text));
  if (person.first && !person.last && email && !fatherNamed) {
    const spelled = nameFromEmail(email);
    const given = fold(person.first.value);
    // The address's first character, not UTF-16 unit; a letter, as an initial is.
    const initial = [...fold(localPart(email.value))][0] ?? '';
    // A sign-off's short form of the given name the address writes out (`Rafa` over `rafael.ortiz@`) is that name too.
    const spellsGiven = spelled.first
      ? sameGivenName(given, fold(spelled.first.value))
      : PATTERNS.letter.test(initial) &&
        given.startsWith(initial) &&
        !ROLE_MAILBOXES.has((spelled.last?.value ?? '').toLowerCase());
    if (spelled.last && spellsGiven) return { first: person.first, last: spelled.last };
  }
  // `Dr. K. Albers-Yilmaz` over `kenan.albers-yilmaz@`: the address writes out the given name the initial stands for.
  if (person.first && person.last && email && isInitial(person.first.value)) {
    const spelled = nameFromEmail(email);
    const initial = fold(person.first.value).charAt(0);
    const family = { text: person.last.value, start: person.last.start, end: person.last.end };
    if (
      spelled.first &&
      spelled.last &&
      sameGivenName(initial, fold(spelled.first.value)) &&
      matchesEmail([family], email.value)
    )
      return { first: spelled.first, last: person.last };
  }
  return person;
}

/** A given name's short form (`Kat` for Katharine, `Rafa` for Rafael) is at least this long. */
const MIN_SHORT_NAME = 3;

/**
 * The same given name, its initial (`C.` for Colm: folded, one letter), or its short form (`Kat` ↔ `Katharine`,
 * `Alex` ↔ `Alexandra`, `Tom` ↔ `Thomas`); both folded.
 */
export function sameGivenName(signed: string, full: string): boolean {
  return (
    signed === full ||
    ((signed.length === 1 || signed.length >= MIN_SHORT_NAME) && full.startsWith(signed)) ||
    GIVEN_NAME_SHORT_FORMS.has(`${signed} ${full}`)
  );
}

/** Words of the text that may spell one piece of an address between them (`von Stetten` ↔ `vonstetten`). */
const MAX_SPELLING_WORDS = 3;

/** Name words written in `text` (at `start`), without the punctuation at their edges. */
function writtenWords(text: string, start: number): NameToken[] {
  const out: NameToken[] = [];
  for (const match of text.matchAll(PATTERNS.word)) {
    const raw = match[0].replace(PATTERNS.footnoteMarks, '').replace(PATTERNS.edgePunctuation, '');
    const at = start + (match.index ?? 0) + match[0].indexOf(raw);
    if (raw) out.push({ text: raw, start: at, end: at + raw.length });
  }
  return out;
}

/** Capitalised name words, particles inside them (`von Stetten`, `Tomás`), as a name is written in a text. */
const readsAsName = (run: readonly NameToken[]): boolean =>
  run.every((t) => PATTERNS.nameWord.test(t.text)) &&
  run.every((t, i) => PATTERNS.upper.test(t.text.charAt(0)) || (isParticle(t.text) && i < run.length - 1));

/** The words of `texts` that spell `spelled` folded (`Tomás` for `Tomas`, `von Stetten` for `Vonstetten`), else `spelled`. */
function writtenForm(
  spelled: ParsedValue<string>,
  texts: readonly { text: string; start: number }[],
  isFamily = false,
): ParsedValue<string> {
  const target = fold(spelled.value.replaceAll(' ', ''));
  // `echeverria@` under `Echeverría-Lagos`, `luedemann@` under `Lüdemann-Stöver`: an address may keep a double surname's first part only.
  let doubleSurname: NameToken | undefined;
  for (const { text, start } of texts) {
    const all = writtenWords(text, start);
    for (let i = 0; i < all.length; i++) {
      const opening = all[i] as NameToken;
      if (
        isFamily &&
        !doubleSurname &&
        folds(opening.text.split('-')[0] as string).includes(target) &&
        readsAsName([opening])
      )
        doubleSurname = opening;
      let joined = '';
      for (let end = i; end < Math.min(all.length, i + MAX_SPELLING_WORDS); end++) {
        const word = all[end] as NameToken;
        joined += word.text;
        const forms = folds(joined);
        if (!forms.some((f) => target.startsWith(f))) break;
        const run = all.slice(i, end + 1);
        const caps = run.every((t) => isAllCaps(t.text));
        if (forms.includes(target) && readsAsName(run)) return value(run, caps) ?? spelled;
      }
    }
  }
  return (doubleSurname && value([doubleSurname], isAllCaps(doubleSurname.text))) ?? spelled;
}

/**
 * The parts of a name spelled from the address (nameFromEmail, offsets inside `email`) as the text
 * writes them: the accents, particles and spaces a local part cannot hold (`friederike.vonstetten@`
 * under `Friederike` / `von Stetten`).
 */
export function asWritten(
  person: PersonName,
  email: ParsedValue<string> | undefined,
  texts: readonly { text: string; start: number }[],
): PersonName {
  const spelled = (part: ParsedValue<string> | undefined): part is ParsedValue<string> =>
    !!part && !!email && email.start <= part.start && part.end <= email.end;
  const first = spelled(person.first) ? writtenForm(person.first, texts) : person.first;
  const { last } = person;
  if (!spelled(last)) return { first, last };
  // A vowel-less piece may be a surname the text writes out (`wei.ng@` under `Wei Ng`) before it is initials.
  const writtenLast = writtenForm(last, texts, true);
  if (writtenLast !== last || !first || !isInitialsOnlyPiece(last.value)) return { first, last: writtenLast };
  return { first, last: familyFromInitials(last, first, texts) };
}

/** A piece of an address that can only stand for initials: one letter, or letters without a vowel (`t`, `nh`). */
const isInitialsOnlyPiece = (piece: string): boolean =>
  piece.length === 1 || ![...fold(piece)].some((letter) => VOWELS.includes(letter));

/** A written name word (not itself an initial nor a role or company word) that opens with `letter`. */
const opensWith = (word: NameToken, letter: string): boolean =>
  !isInitial(word.text) &&
  !isVocabularyWord(bare(word.text)) &&
  readsAsName([word]) &&
  fold(word.text).startsWith(letter);

/** Words of `text` (at `start`) with nothing but spaces between them: a comma or a pipe ends a name (`Ferhat | Kuzey`). */
const writtenTogether = (words: readonly NameToken[], text: string, start: number): boolean =>
  words.every(
    (word, k) =>
      k === 0 || PATTERNS.nameWordGap.test(text.slice((words[k - 1] as NameToken).end - start, word.start - start)),
  );

/**
 * The family name an address gives as initials only (`selamawit.t@`, `long.nh@`), as the text writes it
 * beside the given name: the words after it with those initials, the last being the family name
 * (`Selamawit Tesfaye`), or the words before it, the first being the family name (`Nguyễn Hoàng Long`).
 * A lone letter is no family name unless the text writes it as an initial beside the given name (the
 * Tamil `S. Karthikeyan`, whose initial stands for the father's name).
 */
function familyFromInitials(
  initials: ParsedValue<string>,
  given: ParsedValue<string>,
  texts: readonly { text: string; start: number }[],
): ParsedValue<string> | undefined {
  const letters = [...fold(initials.value)];
  const spells = (run: readonly NameToken[]): boolean =>
    run.length === letters.length && run.every((word, k) => opensWith(word, letters[k] as string));
  const asFamily = (word: NameToken): ParsedValue<string> | undefined => value([word], isAllCaps(word.text));
  const isTheInitial = (word: NameToken | undefined): boolean =>
    !!word && isInitial(word.text) && fold(word.text) === letters.join('');
  let initialWritten = false;
  for (const { text, start } of texts) {
    const words = writtenWords(text, start);
    for (let i = 0; i < words.length; i++) {
      if (fold((words[i] as NameToken).text) !== fold(given.value)) continue;
      const after = words.slice(i + 1, i + 1 + letters.length);
      if (spells(after) && writtenTogether(words.slice(i, i + 1 + letters.length), text, start))
        return asFamily(after[after.length - 1] as NameToken);
      const before = words.slice(Math.max(0, i - letters.length), i);
      if (spells(before) && writtenTogether(words.slice(i - letters.length, i + 1), text, start))
        return asFamily(before[0] as NameToken);
      initialWritten ||= isTheInitial(words[i - 1]) || isTheInitial(words[i + 1]);
    }
  }
  return letters.length > 1 || initialWritten ? initials : undefined;
}

/**
 * A name set given name over family name (a badge's `GRACE` / `Oyelaran-Smith`, `MARIA DO CÉU` / `VASCONCELOS`): the
 * layout says which is which.
 */
export function stackedPerson(given: NameToken[], family: NameToken[]): PersonName {
  return { first: value(given, true), last: value(family, true) };
}

/**
 * `Oskar`, `Luis Ángel`, `Mª Ángeles`, `Maria do Céu`: given names alone, as a badge sets them over the family name —
 * one name word, then only second given names (SECOND_GIVEN_NAMES) or a devotional name after its particles.
 */
export function isGivenNamesOnly(tokens: readonly NameToken[]): boolean {
  const [first, ...rest] = tokens;
  if (!first || !isNameWord(first)) return false;
  const opensCompound = COMPOUND_GIVEN_NAME_OPENERS.has(first.text.toLowerCase());
  return rest.every((t, k) => {
    const key = fold(t.text);
    if (isParticle(t.text)) return rest.slice(k + 1).some((after) => MARIAN_GIVEN_NAMES.has(fold(after.text)));
    return (
      opensCompound ||
      SECOND_GIVEN_NAMES.has(key) ||
      MARIAN_GIVEN_NAMES.has(key) ||
      COMPOUND_GIVEN_NAME_OPENERS.has(t.text.toLowerCase())
    );
  });
}

/**
 * A display name as written next to an address or in a name column (`Jane Doe`, `DOE, Jane`,
 * `Dr. Jane Doe, PhD`); undefined when `text` (at `start`) does not read as a person's name.
 */
export function displayName(text: string, start: number, email?: ParsedValue<string>): PersonName | undefined {
  const tokens = nameTokens(text, start);
  return tokens ? personName(tokens, email) : splitFamilyFirst(text, start);
}

function capitalise(part: string): string {
  return part
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');
}

/** A plausible given name written as one lowercase word (`mike`), not an initial glued to a surname (`tbrannigan`). */
function looksLikeGivenName(word: string): boolean {
  if (word.length < 2 || word.length > 12) return false;
  const a = word.charAt(0);
  const b = word.charAt(1);
  if (VOWELS.includes(a) || VOWELS.includes(b)) return true;
  return NAME_ONSETS.has(a + b);
}

/**
 * An address's last piece, in any case (`Lena.Ortiz.PhD@`), is a credential or a generation (NAME_SUFFIXES): not one
 * that is a name too, nor, but for a generation (`john.ashby.iii@`), a syllable a romanised given name may end in
 * (`nguyen.thi.ba@`, `li.xiao.meng@`).
 */
function closesWithCredential(pieces: readonly string[]): boolean {
  const last = (pieces[pieces.length - 1] ?? '').toLowerCase();
  if (GENERATIONAL_SUFFIXES.has(last)) return true;
  return NAME_SUFFIXES.has(last) && !SUFFIXES_ALSO_NAMES.has(last) && !PATTERNS.vietnameseSyllable.test(last);
}

/** The name an address spells (`harriet.vanstone@` → Harriet Vanstone), offsets on the local part. */
export function nameFromEmail(email: ParsedValue<string>): PersonName {
  if (isRoleMailbox(email.value) || isFunctionLedMailbox(email.value) || isOfficerMailbox(email.value)) return {};
  const local = localPart(email.value);
  const pieces = local.split(PATTERNS.localPieceSeparator);
  const at = (piece: string, from: number): { start: number; end: number } => {
    const i = local.indexOf(piece, from);
    return { start: email.start + i, end: email.start + i + piece.length };
  };
  const clean = pieces.map((p) => p.replace(PATTERNS.digits, '')).filter((p) => p.length > 0);
  // `lena.ortiz.phd@`: a credential closing a full name in the address is no family name.
  if (clean.length > 2 && closesWithCredential(clean)) clean.pop();
  if (clean.length === 0) return {};
  if (clean.length === 1) {
    const only = clean[0] as string;
    if (only.includes('-') || !looksLikeGivenName(only)) return {};
    return { first: { value: capitalise(only), ...at(only, 0) } };
  }
  // `tran.thi.thu.ha@`, `hoang.van.khoi@`: a Vietnamese name keeps its order in an address, read as
  // splitName reads it written out. An address has no letter case, so a middle `van` may be the Dutch
  // particle (`ton.van.dijk@`): then the given name must be spelled in Vietnamese syllables.
  const spelledVietnamese = (p: string): boolean => PATTERNS.vietnameseSyllable.test(p);
  if (clean.length >= 3 && (!isParticle(clean[1] as string) || clean.slice(2).every(spelledVietnamese))) {
    let from = 0;
    const tokens = clean.map((p): NameToken => {
      const span = at(p, from);
      from = span.end - email.start;
      return { text: capitalise(p), ...span };
    });
    if (hasVietnameseMiddleName(tokens)) return vietnameseName(tokens, false);
  }
  const given = clean[0] as string;
  // The family name is the last piece, or from a particle on (`ana.de.sousa` → `de Sousa`).
  // A conjunction right after the given name is a middle initial (`mary.i.jones`): no family name stands before it.
  const particle = clean.findIndex(
    (p, i) => i > 0 && i < clean.length - 1 && isParticle(p) && (i > 1 || !isSurnameConjunction(p)),
  );
  const familyPieces = clean.slice(particle > 0 ? particle : clean.length - 1);
  const family = clean[clean.length - 1] as string;
  const from = at(familyPieces[0] as string, local.indexOf(given) + given.length);
  const familyValue = {
    value: familyPieces.map((p) => (isParticle(p) ? p : capitalise(p))).join(' '),
    start: from.start,
    end: at(family, local.lastIndexOf(family)).end,
  };
  // `d.nwosu@`, `jb.chaumont@`: initials give no given name.
  if (isInitialsOnlyPiece(given)) return { last: familyValue };
  return { first: { value: capitalise(given), ...at(given, 0) }, last: familyValue };
}
