// What the words of a segment say about it: how many title words (Manager, Leiter, 主任…), how many
// company cues (legal forms, organisation words, `&`), and whether it spells the sender's email
// domain (a written name confirmed by the domain, never one made from it).
import { MIN_ITEM_COLUMNS } from './limits';
import { PATTERNS } from './patterns';
import { fold, foldGerman, formWords, normalizeKey, words } from './text';
import {
  ADDRESSEE_HONORIFICS,
  ADDRESSEE_PREFIXES,
  CASELESS_ORGANISATION_ENDINGS,
  CASELESS_ORGANISATION_OPENINGS,
  CASED_BODY_ACRONYMS,
  COMPANY_WORDS,
  COMPOUND_DEPARTMENT_HEADS,
  COMPOUND_ORGANISATION_HEADS,
  DEPARTMENT_ENDINGS,
  DEPARTMENT_OPENINGS,
  DEPARTMENT_WORDS,
  FEMININE_TITLE_ENDINGS,
  FRENCH_OF,
  FRENCH_PRACTICE_OPENERS,
  LEGAL_FORMS,
  LEGAL_FORMS_ALSO_WORDS,
  LEGAL_FORM_JOINERS,
  INITIALS_LEGAL_FORMS,
  ITEM_COLUMN_HEADINGS,
  ITEM_COLUMN_INITIALS,
  LEGAL_MARKS,
  LATIN_LEGAL_PREFIXES,
  LEGAL_PREFIXES,
  PUBLIC_BODY_OPENERS,
  LEGAL_PREFIX_SECOND_WORDS,
  LOWER_CASE_LEGAL_FORMS,
  NORTH_AMERICAN_REGION_CODES,
  OFFICE_KIND_COMPOUNDS,
  PARTICLES,
  ROLE_CONNECTORS,
  TITLE_MODIFIERS,
  TITLE_SUFFIXES,
  TITLE_SUFFIXES_ALSO_SURNAME_ENDINGS,
  TITLE_WORDS,
  TRADE_DEPARTMENT_WORDS,
  UNIVERSITY_WORDS,
  WRITER_POSSESSIVES,
  DEVOTIONAL_AFTER_POSSESSIVE,
} from './vocabulary';

/** What a legal form adds to companyScore: a score at or above it holds one. */
export const COMPANY_LEGAL_WEIGHT = 3;
const COMPANY_AMPERSAND_WEIGHT = 0.5;
/** A domain label or first word this short matches too much by its start. */
const MIN_DOMAIN_PREFIX = 4;

/** Words of scripts without spaces (主任, 株式会社): found inside a segment, not word by word. */
const caseless = (list: Iterable<string>): string[] => [...list].filter((w) => PATTERNS.caselessWord.test(w));
const CASELESS_TITLE_WORDS = caseless(TITLE_WORDS);
const CASELESS_LEGAL_FORMS = caseless(LEGAL_FORMS);
const CASELESS_UNIVERSITY_WORDS = caseless(UNIVERSITY_WORDS);

/** The suffixes folded as a word is in both ways: `Rechtsanwaeltin`, `Rechtsanwaltin` for `-anwältin`. */
const FOLDED_TITLE_SUFFIXES = [...new Set(TITLE_SUFFIXES.flatMap((s) => [fold(s), foldGerman(s)]))];

/** `Geschäftsführer`, `Geschaeftsfuehrer`, `Geschaftsfuhrer`: a word ending in a title's suffix, umlauts written or not. */
function endsInTitleSuffix(key: string): boolean {
  const plain = fold(key);
  const german = foldGerman(key);
  return FOLDED_TITLE_SUFFIXES.some((s) => plain.endsWith(s) || german.endsWith(s));
}

/** A word on a title's suffix is a compound title only longer than this (`Teamleiter`, not `Leiter`). */
const MIN_TITLE_COMPOUND_CHARS = 6;

/** `Försäljningschef`, `Kommunikasjonssjef`: a compound word on a title's head noun (lower-case key). */
const isTitleCompound = (key: string): boolean => key.length > MIN_TITLE_COMPOUND_CHARS && endsInTitleSuffix(key);

/**
 * A compound title as it may stand before a name (`Kommunikasjonssjef Marte Lie Vangsnes`): never a name word,
 * but for endings that family names share (French `-ière`: `Rivière`, `Lumière`).
 */
export const isTitleCompoundNoName = (key: string): boolean =>
  isTitleCompound(key) && !TITLE_SUFFIXES_ALSO_SURNAME_ENDINGS.some((s) => key.endsWith(s));

/** A feminine title's masculine is this long at least (`Chefin`, not `Repin` from `rep`). */
const MIN_FEMININE_STEM_CHARS = 4;

/** `controllerin`, `partnerka`, `юристка`: a title word (or compound) with a feminine ending (FEMININE_TITLE_ENDINGS). */
function isFeminineTitle(key: string): boolean {
  const ending = FEMININE_TITLE_ENDINGS.find((e) => key.endsWith(e));
  const stem = ending ? key.slice(0, -ending.length) : '';
  return stem.length >= MIN_FEMININE_STEM_CHARS && (TITLE_WORDS.has(stem) || isTitleCompound(stem));
}

export function titleScore(text: string): number {
  let score = 0;
  const isTitleWord = (k: string): boolean => TITLE_WORDS.has(k) || isTitleCompound(k) || isFeminineTitle(k);
  // `東日本営業部` is a department and `律师事务所` a firm, though `営業` and `律师` alone are titles: caseless title
  // words are looked for outside departments' and firms' names, and outside a rank the writer greets the reader by (`팀장님`).
  const undepartmented: string[] = [];
  let previous = '';
  for (const w of words(text)) {
    const k = normalizeKey(w);
    // `Editor-in-Chief`, `Co-Founder`: a compound is a title word when one of its parts is, as are titles joined by a
    // slash (`Director/CEO`, `Owner/Operator`); Vietnamese writes a word's syllables apart (`Kế toán`, `Quản lý`), so
    // a title word may be two.
    if (
      isTitleWord(k) ||
      (PATTERNS.hyphenOrSlash.test(k) && k.split(PATTERNS.hyphenOrSlash).some(isTitleWord)) ||
      isTwoWordTitle(previous, k)
    )
      score++;
    if (!isCaselessDepartment(w) && !closesOnOrganisationKind(w) && !addressesRank(w)) undepartmented.push(w);
    previous = k;
  }
  // `GM` means a general manager only as a whole title, as `GM Financial` or `AGM 2026` name other things.
  if (PATTERNS.managerAbbreviationTitle.test(text.trim())) score++;
  const outsideDepartments = undepartmented.join(' ');
  for (const cjk of CASELESS_TITLE_WORDS) if (outsideDepartments.includes(cjk)) score++;
  return score;
}

/** `Chuyên viên`, `Giám đốc`: Vietnamese writes a title word's syllables apart, as two words (TITLE_WORDS holds the pair). */
export const isTwoWordTitle = (first: string, second: string): boolean =>
  TITLE_WORDS.has(`${normalizeKey(first)} ${normalizeKey(second)}`);

/** `팀장님 안녕하세요`, `部長様`: a rank with an honorific fused to it names the reader by it, no title of the writer. */
const addressesRank = (w: string): boolean =>
  PATTERNS.caselessWord.test(w) && ADDRESSEE_HONORIFICS.some((h) => w.length > h.length && w.endsWith(h));

/**
 * `海外営業部`, `해외영업팀`, `ฝ่ายบัญชี`: a word of a script without spaces that ends or opens as a department's name does;
 * a numbered one too (`영업2팀`, `開発1課`: sales team 2), its number read past.
 */
const isCaselessDepartment = (word: string): boolean => {
  const w = word.replace(PATTERNS.digits, '');
  return (
    PATTERNS.caselessWord.test(w) &&
    (DEPARTMENT_ENDINGS.some((end) => w.length > end.length && w.endsWith(end)) ||
      DEPARTMENT_OPENINGS.some((opening) => w.length > opening.length && w.startsWith(opening)))
  );
};

/**
 * `Pos. Menge Bezeichnung Einzelpreis Gesamt`, `品名　　数量　　単価　　金額`: an item table's heading row, each of its
 * words a column's; no title nor firm, though it stands right under the contact's lines in a document.
 */
export function isItemColumnHeadings(text: string): boolean {
  const all = words(text)
    // `Pos.`, `Q.tà`, `P.U.`: read without an abbreviation's dots; `(TL)`, `(EUR)`: a price's currency in brackets.
    .map((w) => normalizeKey(w).replace(PATTERNS.labelDots, '').replace(PATTERNS.enclosingBrackets, ''))
    .filter((w) => PATTERNS.letter.test(w));
  // `P. Unitario`: a price's initial is a heading only before its unit's word.
  const heads = (w: string, i: number): boolean =>
    ITEM_COLUMN_HEADINGS.has(w) || ITEM_COLUMN_INITIALS.get(w)?.has(all[i + 1] ?? '') === true;
  return all.length >= MIN_ITEM_COLUMNS && all.every(heads);
}

/**
 * `Vertrieb`, `Global Partnerships`, `해외영업팀`: a department word, or a department's name in CJK. A word
 * that also names a firm's trade (`Office Depot`, `Pacific Training Group`) is a field only as the head
 * noun ending the name (`Corporate Office`) or where no proper noun stands beside it (`Facilities
 * Management`, `Office of the CEO`).
 */
export function namesDepartment(text: string): boolean {
  const all = words(text);
  const named = (w: string | undefined): boolean => w !== undefined && isProperNoun(w);
  return all.some((w, i) => {
    const k = normalizeKey(w);
    const field = !TRADE_DEPARTMENT_WORDS.has(k) || i === all.length - 1 || !(named(all[i - 1]) || named(all[i + 1]));
    return (DEPARTMENT_WORDS.has(k) && field) || isCaselessDepartment(w) || isCompoundDepartment(k);
  });
}

/**
 * A name line's last word that makes it a team's (`… Maintenance`, `Kundeservice`, `영업지원팀`), or whose last
 * hyphened part does (`Kundenservice-Team`, `IT-Abteilung`: a compound's head closes it). A whole word of a caseless
 * script written with spaces (`بخش`, `واحد`) is part of a person's name as often, so there only a department's
 * ending or opening counts.
 */
export const closesAsDepartment = (word: string): boolean =>
  isCaselessDepartment(word) ||
  (!PATTERNS.caselessWord.test(word) && (namesDepartment(word) || namesDepartment(word.split('-').pop() ?? '')));

/** `ekonomiavdelningen`, `einkaufsabteilung`: a key closed by a department word, as compounds are written in one word. */
const isCompoundDepartment = (key: string): boolean => closesCompound(key, COMPOUND_DEPARTMENT_HEADS);

/**
 * A capitalised word that is none of those a title or its field is made of: title words, department
 * words, their qualifiers (`Senior`) and connectors (`Of`, `And`), which Title Case capitalises too.
 */
export function isProperNoun(w: string): boolean {
  const k = normalizeKey(w);
  const roleWord =
    DEPARTMENT_WORDS.has(k) ||
    TITLE_WORDS.has(k) ||
    TITLE_MODIFIERS.has(k) ||
    ROLE_CONNECTORS.of.has(k) ||
    ROLE_CONNECTORS.and.has(k);
  return PATTERNS.upper.test(w.charAt(0)) && !roleWord;
}

/**
 * `للصناعات` (for industries), `للتجارة` (for trade): Arabic joins a firm's trade to its name with لل (`for the`), a
 * word no person's name holds.
 */
export const namesTrade = (w: string): boolean => PATTERNS.arabicTradeWord.test(w);

/** Words a firm's name goes on with after its trade at most: the trade's qualifier, a legal form (`… الطبية ش.م.م`). */
const MAX_WORDS_AFTER_TRADE = 3;

/** The word at `i` of `all` is a firm's trade (namesTrade) near its end; further from it a sentence goes on (`جاهزة للاستلام بعد الظهر …`). */
const firmsTrade = (all: readonly string[], i: number): boolean =>
  namesTrade(all[i] ?? '') && all.length - 1 - i <= MAX_WORDS_AFTER_TRADE;

/** `GmbH`, `S.A.`, `sp. z o.o.`: a word that is a legal form, with or without its dots. */
export const isLegalForm = (w: string): boolean => LEGAL_FORMS.has(normalizeKey(w)) || LEGAL_FORMS.has(w.toLowerCase());

/**
 * `GmbH`, `d.o.o.`, `S.A.`, `plc`, not the plain words `as` or `company` a title or a sentence may hold (a list's
 * comma after it dropped).
 */
export const isWrittenLegalForm = (word: string): boolean => {
  const form = word.replace(PATTERNS.trailingListMark, '').toLowerCase();
  return LEGAL_FORMS.has(form) && (PATTERNS.upper.test(word) || word.includes('.') || LOWER_CASE_LEGAL_FORMS.has(form));
};

/** `S.A. de C.V.`: the word at `i` of `all` is a legal form written like initials, after `de`. */
const isInitialsFormAt = (all: readonly string[], i: number): boolean =>
  INITIALS_LEGAL_FORMS.has((all[i] ?? '').toLowerCase()) && (all[i - 1] ?? '').toLowerCase() === 'de';

/** The word at `i` of `all` is a legal form, one written like initials included (isInitialsFormAt). */
const isLegalFormAt = (all: readonly string[], i: number): boolean =>
  isLegalForm(all[i] ?? '') || isInitialsFormAt(all, i);

/**
 * Only legal forms: `Lda.`, `L.P.`, `GmbH & Co. KG`, `Sp. z o.o.`, `spol. s r.o.`, `S. de R.L. de C.V.` after a
 * comma belong to the company name before them. A dotted initial among them abbreviates a word of the form
 * (`S.` for sociedad).
 */
export const onlyLegalForms = (text: string): boolean => {
  const all = formWords(text);
  const formWord = (w: string): boolean =>
    w === '&' ||
    isLegalForm(w) ||
    LEGAL_FORM_JOINERS.has(w.toLowerCase()) ||
    (w.endsWith('.') && PATTERNS.initial.test(w));
  return all.some((_, i) => isLegalFormAt(all, i)) && all.every(formWord);
};

/** `Teraju Logistik Sdn. Bhd. (201901041822)` → `Teraju Logistik Sdn. Bhd.`: a firm closed by its legal form, its registration number after it dropped. */
export function withoutRegistration(text: string): string | undefined {
  const tail = PATTERNS.registrationTail.exec(text);
  const firm = tail ? text.slice(0, tail.index) : '';
  return tail && isLegalForm(words(firm).pop() ?? '') ? firm : undefined;
}

export function companyScore(text: string): number {
  const all = formWords(text);
  const last = all.length - 1;
  // `Partnerships & Communications Officer`, `Insurance & Risk Advisor`: fields joined by `&` before a title's head
  // noun closing the text name a job, their trade words no firm's kind (a firm closes on its kind or legal form).
  const job = text.includes(' & ') && TITLE_WORDS.has(normalizeKey(all[last] ?? ''));
  // `Fable & Flint`, not `FP&A` (an abbreviation) nor `Grundare & VD`, `Owner & Chief Operating Officer` (two titles).
  let score = text.includes(' & ') && !job && !joinsTitles(text) && !joinsTrades(text) ? COMPANY_AMPERSAND_WEIGHT : 0;
  for (const [i, w] of all.entries()) {
    const k = normalizeKey(w);
    if (isLegalFormAt(all, i) && i > 0 && !qualifiesRole(all, i)) {
      // `Louisville, KY`, `Calgary, AB`: a state's or province's code alone after the comma of a text
      // without company cues is a place's, though Finnish `Ky` and Swedish `AB` are legal forms too (a
      // Nordic firm writes no comma before them: `Nordvik, AB` reads as a town); `Harbor Lane, LP` is a firm.
      const isRegion = i === last && score === 0 && isRegionCodeTail(text);
      score += isRegion ? 0 : COMPANY_LEGAL_WEIGHT;
    } else if (
      !job &&
      (isCompanyWord(w) ||
        headsCompound(k) ||
        firmsTrade(all, i) ||
        (i === 0 && (opensPractice(k, all[1]) || opensGovernmentBody(all))))
    )
      score++;
  }
  for (const form of CASELESS_LEGAL_FORMS) if (text.includes(form)) score += COMPANY_LEGAL_WEIGHT;
  // `東都工業大学`, `มหาวิทยาลัยเทคโนโลยีสยาม`: a script without spaces writes a university's word inside its name.
  if (CASELESS_UNIVERSITY_WORDS.some((w) => text.includes(w))) score++;
  if (all.some((w) => closesOnOrganisationKind(w) || opensOnOrganisationKind(w))) score++;
  // A mark closing the name: `해강물산(주)`.
  const closedByMark = LEGAL_MARKS.some((mark) => text.length > mark.length && all.some((w) => w.endsWith(mark)));
  if (opensWithLegalForm(text, all) || closedByMark) score += COMPANY_LEGAL_WEIGHT;
  return score < COMPANY_LEGAL_WEIGHT && headsWritersSection(all) ? 0 : score;
}

/** The word at `i` of `all` is a legal form that is also a plain word (LEGAL_FORMS_ALSO_WORDS) before a role's word. */
function qualifiesRole(all: readonly string[], i: number): boolean {
  const next = all[i + 1];
  return (
    next !== undefined &&
    LEGAL_FORMS_ALSO_WORDS.has(normalizeKey(all[i] ?? '')) &&
    (titleScore(next) > 0 || namesDepartment(next))
  );
}

/**
 * `Our Surgeons`, `Unsere Anwälte`, `Nuestros abogados`: a page's heading over the writer's own people or offices,
 * no firm's name, though its noun names a firm's kind; a devotional name is one (`Our Lady of Lourdes Hospital`).
 */
function headsWritersSection(all: readonly string[]): boolean {
  const [opening = '', next = ''] = all;
  return WRITER_POSSESSIVES.has(normalizeKey(opening)) && !DEVOTIONAL_AFTER_POSSESSIVE.has(normalizeKey(next));
}

/** `北京华辰律师事务所`, `누리솔루션`: a word of a script without spaces closed by the kind of organisation it names. */
export const closesOnOrganisationKind = (w: string): boolean =>
  PATTERNS.caselessWord.test(w) &&
  CASELESS_ORGANISATION_ENDINGS.some((kind) => w.length > kind.length && w.endsWith(kind));

/** `โรงพยาบาลศูนย์เชียงใหม่`: a word of a script without spaces opened by the kind of organisation it names. */
const opensOnOrganisationKind = (w: string): boolean =>
  PATTERNS.caselessWord.test(w) &&
  CASELESS_ORGANISATION_OPENINGS.some((kind) => w.length > kind.length && w.startsWith(kind));

/** `Fable & Flint` → `Fable`, `Flint`: the word on either side of each ` & ` (none before the first, after the last). */
function wordsBesideAmpersand(text: string): string[] {
  const parts = text.split(' & ');
  return parts.flatMap((part, i) => {
    const all = words(part);
    const near = [i > 0 ? all[0] : undefined, i < parts.length - 1 ? all[all.length - 1] : undefined];
    return near.filter((w): w is string => w !== undefined);
  });
}

/** `Grundare & VD`, `Creative Director & Co-founder`: the words on either side of each ` & ` are title words. */
const joinsTitles = (text: string): boolean => wordsBesideAmpersand(text).every((w) => titleScore(w) > 0);

/**
 * `Cerámica artesanal & talleres`, `Agritech & crop finance`: a word in lower case beside `&` in a cased text joins
 * trades a profile lists; a firm capitalises its partners' names (`Fable & Flint`), or writes none (`mira & holt`).
 * A surname's particle is written in lower case too (`Marsh & van Loon`), and joins no trade.
 */
const joinsTrades = (text: string): boolean =>
  PATTERNS.upper.test(text) &&
  wordsBesideAmpersand(text).some((w) => PATTERNS.lowerStart.test(w) && !PARTICLES.has(normalizeKey(w)));

/**
 * A form before the name: `ООО «Северный Ветер»`, `บริษัท สยามเกษตร จำกัด`, `(주)한빛소프트웨어`. A title word
 * after a cased form makes it an abbreviation qualifying a title instead (`SCP Engineer`). `all` is the text's
 * words when the caller has them (companyScore).
 */
export function opensWithLegalForm(text: string, all: readonly string[] = words(text)): boolean {
  const head = normalizeKey(all[0] ?? '');
  const marked = LEGAL_MARKS.some((mark) => text.length > mark.length && text.startsWith(mark));
  const second = LEGAL_PREFIX_SECOND_WORDS.get(head);
  const formEnds = second === undefined || normalizeKey(all[1] ?? '') === second;
  // `شرکت مهندسین مشاور …` (consulting engineers' company): a form of a script without case is the plain word
  // for a firm, never an abbreviation, so its trade's title words are the firm's own.
  const abbreviates = !PATTERNS.caselessWord.test(all[0] ?? '') && titleScore(all.slice(1).join(' ')) > 0;
  const prefixed = all.length > 1 && LEGAL_PREFIXES.has(head) && formEnds && !abbreviates;
  return prefixed || latinLegalPrefix(all) || marked;
}

/** A firm's name after a form opens with a quote: `TOV "Dnipro Agro"`, `OOO «Volga»`. */
const OPENING_QUOTES = '"«„“\'';
/** Words a name after a Latin-letter form has at least, unless quoted: `PRAT Jordi` is a surname first. */
const MIN_LATIN_FIRM_WORDS = 2;

/**
 * `OOO Volga Stroy`, `PrAT Lviv Keramika`, `TOV "Dnipro Agro"`: a post-Soviet form in Latin letters opens a
 * firm only written as an abbreviation (its first and last letters capitals, so not the names `Pao Li-Wen`,
 * `Tov Shalom`), before a quoted name or one of several words (not the surname-first `PRAT Jordi`).
 */
function latinLegalPrefix(all: readonly string[]): boolean {
  const [form = '', ...name] = all;
  const abbreviation = PATTERNS.upper.test(form.charAt(0)) && PATTERNS.upper.test(form.charAt(form.length - 1));
  const quoted = OPENING_QUOTES.includes(name[0]?.charAt(0) ?? ' ');
  return (
    abbreviation && LATIN_LEGAL_PREFIXES.has(form.toLowerCase()) && (quoted || name.length >= MIN_LATIN_FIRM_WORDS)
  );
}

/**
 * `Cabinet de cardiologie des Brotteaux`, `Coopérative Boréale de l'Outaouais`, `Advokatų kontora „Vilkas ir
 * partneriai“`: an organisation's name as many languages write it, the kind of body first (an organisation word,
 * capitalised, then a capitalised word or an `of`) or a capitalised name in quotation marks closing it, with
 * lower-case words in between. Its lower-case words make no sentence while nothing ends one. A national or regional
 * adjective may stand before the kind, which the Nordic languages then write in lower case, before its `of`
 * (`Norsk institutt for skogforskning`, `Svenska institutet för …`, `National Board for …`) — a title before it is
 * someone's role at the body (`Dean School of Law`).
 */
export function namesOrganisation(text: string): boolean {
  if (PATTERNS.sentenceEnd.test(text)) return false;
  if (PATTERNS.quotedNameTail.test(text)) return true;
  const [first = '', second = '', third = ''] = words(text);
  const key = normalizeKey(first);
  const goesOn = PATTERNS.upper.test(second.charAt(0)) || ROLE_CONNECTORS.of.has(normalizeKey(second));
  const qualifiedKind =
    !TITLE_WORDS.has(key) && COMPANY_WORDS.has(normalizeKey(second)) && ROLE_CONNECTORS.of.has(normalizeKey(third));
  const opensBody = (isCompanyWord(first) && goesOn) || opensPractice(key, second) || qualifiedKind;
  return PATTERNS.upper.test(first.charAt(0)) && opensBody;
}

/** An organisation's word (`Hospital`, `Universität`), or a body's acronym in capitals (`CHU`). */
const isCompanyWord = (word: string): boolean =>
  COMPANY_WORDS.has(normalizeKey(word)) || CASED_BODY_ACRONYMS.has(word.replace(PATTERNS.edgePunctuation, ''));

/** `Cabinet d'avocats Roux`, `Cabinet de conseil Martin`: a French opener before `de`, `du`, `des` or `d'`. */
function opensPractice(key: string, next: string | undefined): boolean {
  const of = normalizeKey(next ?? '');
  return FRENCH_PRACTICE_OPENERS.has(key) && (FRENCH_OF.has(of) || FRENCH_OF.has(of.slice(0, 2)));
}

/**
 * `Town of Quillhaven`, `Ministry of Fisheries`, `Department of Regional Affairs`: a public body's opener
 * (PUBLIC_BODY_OPENERS), `of`, then a name.
 */
export function opensPublicBody(all: readonly string[]): boolean {
  const [opener = '', of = '', name = ''] = all;
  return (
    PUBLIC_BODY_OPENERS.has(normalizeKey(opener)) && ROLE_CONNECTORS.of.has(normalizeKey(of)) && isProperNoun(name)
  );
}

/**
 * `City of Marrowby`, `Town of Quillhaven`, `Gobierno de Chile`: a public body opened by a town's, a region's or a
 * government's name; not by a department's (`Department of Soil Acoustics` names a unit as often).
 */
export const opensGovernmentBody = (all: readonly string[]): boolean =>
  opensPublicBody(all) && !namesDepartment(all[0] ?? '');

/**
 * Letters a compound holds before its organisation word, at the least (`Gas|werke`, `Kelp|works`): two letters
 * are mostly a verb's prefix (`reworks`), so `-works` no longer counts after them as it did before.
 */
const MIN_COMPOUND_PREFIX = 3;

/** `universitätsklinikum`, `stadtwerke`: a word (its normalised key) compounded onto an organisation word. */
const headsCompound = (key: string): boolean =>
  !OFFICE_KIND_COMPOUNDS.has(key) && closesCompound(key, COMPOUND_ORGANISATION_HEADS);

/** `stadtwerke` of `werke`, `einkaufsabteilung` of `abteilung`: the key ends in one of `heads`, compounded onto a word. */
const closesCompound = (key: string, heads: readonly string[]): boolean =>
  heads.some((head) => key.length >= head.length + MIN_COMPOUND_PREFIX && key.endsWith(head));

/** `Louisville, KY`: the text ends in a US state's or Canadian province's postal code after a comma. */
function isRegionCodeTail(text: string): boolean {
  const tail = PATTERNS.placeTail.exec(text)?.[1] ?? '';
  return PATTERNS.postalRegion.test(tail) && NORTH_AMERICAN_REGION_CODES.has(tail.toLowerCase());
}

/** `University of Lanwick`, `Ege Teknik Üniversitesi`, `東都工業大学`: a university's name (UNIVERSITY_WORDS). */
export const namesUniversity = (text: string): boolean =>
  words(text).some((w) => UNIVERSITY_WORDS.has(normalizeKey(w))) ||
  CASELESS_UNIVERSITY_WORDS.some((w) => text.includes(w));

/** A firm's name by its own text: a company cue or the domain label spelt. */
export const namesFirm = (text: string, label: string | undefined): boolean =>
  companyScore(text) > 0 || spellsDomain(text, label);

/** `Consultora` in `rupu-consultora`: the domain label holds the word whole (one long enough not to match by chance). */
export function domainHoldsWord(word: string, label: string | undefined): boolean {
  const folded = fold(word);
  return !!label && folded.length >= MIN_DOMAIN_PREFIX && label.includes(folded);
}

/** `Attn:`, `z. Hd. Frau Weiß`, `Spett.le Rossi Arredi S.r.l.`, `T.a.v.`: a line to a letter's addressee, wherever it stands. */
export function opensWithAddresseePrefix(text: string): boolean {
  const [one = '', two = ''] = words(text).map((w) => normalizeKey(w));
  return ADDRESSEE_PREFIXES.has(one) || ADDRESSEE_PREFIXES.has(`${one} ${two}`);
}

/** Does `text` spell the domain label: `Northwind Traders` for `northwind`, `Tamarack Structural` for `tamarack-se`? */
export function spellsDomain(text: string, label: string | undefined): boolean {
  if (!label) return false;
  const folded = words(text).map((w) => fold(w));
  const all = folded.join('');
  const first = folded[0] ?? '';
  return (
    all === label ||
    (first.length >= MIN_DOMAIN_PREFIX && label.startsWith(first)) ||
    (label.length >= MIN_DOMAIN_PREFIX && all.startsWith(label))
  );
}
