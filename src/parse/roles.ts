// Job title and company from the text segments of the signature block. Each segment is weighed for
// title words and company cues (roleCues.ts); `Title, Company` / `Title @ Company` / `Title at
// Company` are split when one side is clearly the company. The rules pick the title (cues, then
// position: title first, then company), or the learned title scorer where they find none; the learned company
// scorer (roleModel.ts) picks the company among the other pieces, the rules' picks among its features, unless
// its pick is a department's line over the organisation's.
import { addressKind, isUnitPart } from './address';
import { namesCity } from './country';
import { MAX_FIELDED_TITLE_WORDS, MAX_NAME_TOKENS, MAX_ROLE_WORDS } from './limits';
import { isCaseless, isProfileLink, profileOwnerEnd } from './names';
import { PATTERNS } from './patterns';
import { isLineWord } from './phones';
import {
  COMPANY_LEGAL_WEIGHT,
  closesAsDepartment,
  closesOnOrganisationKind,
  companyScore,
  domainHoldsWord,
  isLegalForm,
  isProperNoun,
  namesDepartment,
  namesFirm,
  namesUniversity,
  opensGovernmentBody,
  opensPublicBody,
  opensWithAddresseePrefix,
  opensWithLegalForm,
  onlyLegalForms,
  spellsDomain,
  titleScore,
  withoutRegistration,
} from './roleCues';
import {
  cued,
  isPlace,
  roleFeatures,
  type RoleCandidate,
  type RolePicks as Picks,
  type RoleSource,
} from './roleFeatures';
import { LEARNED_WEIGHTS, roleOdds, type LearnedWeights } from './roleModel';
import {
  fold,
  capitalisedOrJoined,
  isConnector,
  isWordSpace,
  formWords,
  joinBrokenWord,
  leadingPhrase,
  normalizeKey,
  sharesWord,
  sliceSegment,
  spacelessKey,
  words,
  wordsAt,
  type Between,
  type Segment,
  type Word,
} from './text';
import type { ParsedValue } from './types';
import {
  ACADEMIC_DEGREES,
  AT_FIRM,
  AT_FIRM_ALSO_AND_OR_OF,
  AT_FIRM_OR_JOINING,
  PREPOSITIONS_BEFORE_ARTICLE,
  CALENDAR_WORDS,
  CARE_OF,
  COMPANY_WORDS,
  CONTACT_LABEL_WORDS,
  MEDIA_CONTACT_HEADINGS,
  CRM_RECORD_KINDS,
  DEGREE_SUBJECT_JOINERS,
  DEPARTMENT_WORDS,
  FUNCTION_ACRONYMS,
  INTERFACE_WORDS,
  CALENDAR_ORGANIZER_LABELS,
  NAME_SUFFIXES,
  ON_BEHALF_OF,
  ORGANISED_BY,
  PRONOUNS,
  READER_POSSESSIVES,
  ROLE_CONNECTORS,
  SIGNING_GROUP_ARTICLES,
  SOCIAL_NETWORK_NAMES,
  TAGLINES,
  TITLE_MODIFIERS,
  TRADE_DEPARTMENT_WORDS,
  UNIVERSITY_UNIT_WORDS,
  WITHHELD_VALUES,
  WORD_DEGREES,
} from './vocabulary';

/** A piece that spells the sender's email domain (`Bluebird` for `@bluebird.example`) names their company. */
const COMPANY_DOMAIN_WEIGHT = 2;
/** A piece naming a firm after the sender (namedAfterSender) has one organisation word's weight. */
const COMPANY_OWN_NAME_WEIGHT = 1;
/** A split-off right side needs this many capitalised words to be a company without other cues. */
const MIN_COMPANY_WORDS = 2;

export interface RoleContext {
  /** What separates two segments of one line. */
  between: Between;
  /** The sender's email domain without its suffix (`bluebird`), folded; undefined for free mail. */
  domainLabel?: string;
  /**
   * The sender's name as parsed, folded with its spaces removed, family name first and given name first
   * (`山田太郎`, `太郎山田`): a firm's line may end with it.
   */
  spacelessNames?: readonly string[];
  /** The words of the sender's given and family names as parsed, folded: a line may write the name again. */
  ownName?: OwnName;
}

export interface OwnName {
  given: ReadonlySet<string>;
  family: ReadonlySet<string>;
}

/** The context with each text's title words counted once: joining, splitting and weighing a segment all ask. */
interface Reading extends RoleContext {
  titleScore: (text: string) => number;
}

function remembered(score: (text: string) => number): (text: string) => number {
  const seen = new Map<string, number>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) seen.set(text, (found = score(text)));
    return found;
  };
}

export interface RoleFindings {
  title?: ParsedValue<string>;
  company?: ParsedValue<string>;
}

export type RolePicks = Picks<RolePiece>;

/** A candidate for the title or the company, where it is in the text. */
export interface RolePiece extends RoleCandidate {
  start: number;
  end: number;
  line: number;
}

/** The length of a leading `For and on behalf of ` (ON_BEHALF_OF) in `text`, else 0. */
export const onBehalfOf = (text: string): number => leadingPhrase(text.toLowerCase(), ON_BEHALF_OF);

/**
 * The length of a leading phrase that leads to the firm in `text`, else 0: `For and on behalf of `
 * (ON_BEHALF_OF), `c/o ` (CARE_OF: the firm a person is reached through is theirs), `Organised by ` (ORGANISED_BY)
 * in any case; `at`, `chez`, `bei der ` (AT_FIRM) only as written in lower case, since capitalised it opens a firm's
 * name (`At Home Healthcare Ltd`, `Chez Panisse`, `AT Kearney`).
 */
export function firmLead(text: string): number {
  const lower = text.toLowerCase();
  return (
    leadingPhrase(lower, ON_BEHALF_OF) ||
    leadingPhrase(lower, CARE_OF) ||
    leadingPhrase(lower, ORGANISED_BY) ||
    leadingPhrase(text, AT_FIRM) ||
    signsForFirm(text)
  );
}

/**
 * `For SRI LAKSHMI CASTINGS PVT LTD`, `for Chowringhee Tea Traders LLP`: a commercial letter signs for its firm
 * with a bare `For` over the signatory, when what follows is a firm's name by its legal form or its capitals;
 * `FOR IMMEDIATE RELEASE` (the word itself shouted) and `For Immediate Release` name none.
 */
export function signsForFirm(text: string): number {
  const lead = leadingPhrase(text.toLowerCase(), ['for']);
  if (lead === 0 || shouted(text.slice(0, lead))) return 0;
  const rest = text.slice(lead);
  return shouted(rest) || companyScore(rest) >= COMPANY_LEGAL_WEIGHT ? lead : 0;
}

/** A segment handed to the role picker; `source` says when it comes from outside the name's block. */
export interface RoleSegment extends Segment {
  source?: RoleSource;
}

type Part = RolePiece['part'];
/** A piece before its place among the others is known. */
type Unplaced = Omit<RolePiece, 'above' | 'lineRank' | 'order' | 'onLine'>;

/**
 * `Project Coordinator – Health & Nutrition`: a title joined to its field at a dash (joinTitleFields) is
 * weighed for company cues by the title before the dash; the field's trade words say what the job is about.
 * piece() asks it of every piece, joined or not: any piece whose words before a spaced dash hold title
 * words and no company cue is weighed by that head.
 */
function titleHead(value: string, context: Reading): string {
  for (const dash of DASHES) {
    const head = value.slice(0, Math.max(0, value.indexOf(` ${dash} `)));
    if (context.titleScore(head) > 0 && companyScore(head) === 0) return head;
  }
  return value;
}

function piece(
  text: string,
  start: number,
  { line, source }: RoleSegment,
  part: Part,
  context: Reading,
): Unplaced | undefined {
  // `Att. Sr. Joan Puig`, `t.a.v. mevrouw dr. C. Hoogendijk, Hoofd HR`: a line to a letter's addressee names
  // another person, and their office, not the sender's; a footnote (`*Personal Real Estate Corporation` under a
  // `PREC*` after the name) explains a mark, no role.
  if (readsAsSentence(text) || opensWithAddresseePrefix(text) || PATTERNS.footnoteLine.test(text)) return undefined;
  const trimmed = text.trim().replace(PATTERNS.edgePunctuation, '').replace(PATTERNS.edgeSymbols, '');
  // `[Orion Freight Systems]`: Outlook's plain text writes an image as its alt text in brackets; a
  // bracketed text naming no firm is a mail tag or an icon's (`[EXTERNAL]`, `[LinkedIn]`), no role.
  const bracketed = PATTERNS.bracketedAlt.exec(trimmed);
  const logo =
    PATTERNS.logoAlt.exec(trimmed) ??
    (bracketed && namesFirm(bracketed[1] ?? '', context.domainLabel) ? bracketed : null);
  // `[FOR HIRE] Senior Unity dev, remote`: a post's subject says what it offers or seeks, not the writer's title.
  if ((bracketed && !logo) || PATTERNS.postTag.test(trimmed)) return undefined;
  const named = logo
    ? (logo[1] ?? logo[2] ?? '')
    : (withoutRegistration(trimmed) ?? withoutTownAside(trimmed) ?? withoutCaselessName(trimmed, context) ?? trimmed);
  const value = withoutArticle(named.slice(firmLead(named)).trim(), context);
  const valueKey = normalizeKey(value);
  // A piece without letters (`⋯`, `•••`) is an icon or a button; a time, a tagline, a value withheld
  // (`available on request`) or a calendar's organizer heading or tag (`Ana Ruiz – organizer`) is no role either.
  if (
    !PATTERNS.letter.test(value) ||
    TAGLINES.has(valueKey) ||
    INTERFACE_WORDS.has(valueKey) ||
    CALENDAR_ORGANIZER_LABELS.has(valueKey) ||
    WITHHELD_VALUES.has(valueKey)
  )
    return undefined;
  // `Fax` its number was read away from (`Fax  512.555.0178`): a phone's label alone is no role; nor are
  // `LinkedIn | Instagram` after `Follow us:`, links to the firm's pages.
  const keys = words(value).map(normalizeKey);
  if (keys.every(isLineWord) || keys.every((key) => SOCIAL_NETWORK_NAMES.has(key))) return undefined;
  // A chat export's title (`[LINE] 森本 千尋とのトーク履歴`, `Chat history with Mia Tan`) names the other participant.
  if (text.search(PATTERNS.chatHistoryTitle) >= 0) return undefined;
  // A line stamped with a bracketed time is a chat message or its author's header, whoever's title it holds.
  if (PATTERNS.timeOfDay.test(value) || PATTERNS.bracketedTime.test(value) || PATTERNS.labelledSite.test(value))
    return undefined;
  // `OMD n.º 38526` under a dentist's title: her membership number in her professional body, no firm; `KDW/hsp`
  // under a typed letter: who wrote and who typed it.
  if (isDate(value) || isTally(value) || PATTERNS.memberNumber.test(value) || PATTERNS.typistReference.test(value))
    return undefined;
  // A profile's pronouns and membership date (`tmwangi · he/him`, `@cokonkwo · Member since March 2019`).
  if (isPronounSet(value) || PATTERNS.memberSince.test(value)) return undefined;
  const title = context.titleScore(value);
  const domain = title === 0 && spellsDomain(value, context.domainLabel);
  const ownFirm = title === 0 && namedAfterSender(value, context);
  const company =
    companyScore(titleHead(value, context)) +
    (domain ? COMPANY_DOMAIN_WEIGHT : 0) +
    (ownFirm ? COMPANY_OWN_NAME_WEIGHT : 0);
  // `Brooklyn, NY`, `Medellín, Antioquia` without title words or company cues is where the sender is, not what they
  // do; `Profil Dian` links to a profile. A known city after a firm's comma is left to splitRole (`…GmbH, Stuttgart`).
  const place = isPlace(value) || (part === 'whole' && namesTown(value));
  const handle = isOwnUserName(value, context);
  if (title === 0 && company === 0 && (place || handle || profileOwnerEnd(value) >= 0 || isProfileLink(value)))
    return undefined;
  const at = start + text.indexOf(value);
  // Place in the list (above, line rank, order) is set once all pieces are known.
  const found: Unplaced = { text: value, start: at, end: at + value.length, line, title, company, domain, part };
  if (source) found.source = source;
  return found;
}

/** A name written in a caseless script takes this many characters at most (`林晓`, `차도윤`, `欧阳娜娜`). */
const MAX_CASELESS_NAME_CHARS = 4;

/**
 * `林晓 Sales Manager` → `Sales Manager`, `(차도윤) Senior Manager`: a short word in a caseless script, no title or
 * company word, opening a title in Latin letters is the person's name in their own script beside its romanised form.
 */
function withoutCaselessName(text: string, context: Reading): string | undefined {
  const [opening = '', ...rest] = words(text);
  const bracketed = PATTERNS.wrappedAside.test(opening);
  const name = bracketed ? opening.slice(1, -1) : opening;
  const title = text.slice(text.indexOf(opening) + opening.length).trim();
  const named =
    rest.length > 0 &&
    isCaseless(name) &&
    [...name].length <= MAX_CASELESS_NAME_CHARS &&
    context.titleScore(name) === 0 &&
    companyScore(name) === 0;
  return named && PATTERNS.latin.test(title) && context.titleScore(title) > 0 ? title : undefined;
}

/**
 * `Chocolaterie Lemaire SRL (Namur)` → `Chocolaterie Lemaire SRL`: a firm closed by its legal form, the town in
 * parentheses after it (its seat, its branch) dropped; an aside naming no town (`(publ)`, `(PJS)`, the firm's acronym)
 * is the name's.
 */
function withoutTownAside(text: string): string | undefined {
  const aside = PATTERNS.firmAside.exec(text);
  if (!aside) return undefined;
  const firm = text.slice(0, aside.index);
  return endsInLegalForm(firm) && namesCity(aside[1] ?? '') ? firm : undefined;
}

/** A name this short opens too many words (`li`, `an`) to tell a user name by it. */
const MIN_USER_NAME_OPENING = 3;

/**
 * `Åkerlund Snickeri`, `Transportes Oyarzún`, `Halvorsen Roofing & Gutters` under `Per Halvorsen`: a piece that writes the
 * sender's family name beside other words and none of their given names is a firm named after them (a trade, a
 * practice, a family business), no title; the name alone again, or with the given name, is the person's own line.
 */
function namedAfterSender(text: string, { ownName }: RoleContext): boolean {
  if (!ownName) return false;
  const keys = words(text).map((w) => fold(w));
  const family = (k: string): boolean => k.length >= MIN_USER_NAME_OPENING && ownName.family.has(k);
  return (
    keys.some(family) &&
    keys.some((k) => !ownName.family.has(k) && PATTERNS.letter.test(k)) &&
    !keys.some((k) => ownName.given.has(k))
  );
}

/**
 * `rohandesh` under `Rohan Deshpande` on a profile page: one lower-case word opening with the sender's given or
 * family name and going on is their user name, no role.
 */
function isOwnUserName(text: string, { ownName }: RoleContext): boolean {
  if (!ownName || !PATTERNS.userName.test(text)) return false;
  return [...ownName.given, ...ownName.family].some(
    (name) => name.length >= MIN_USER_NAME_OPENING && text.length > name.length && text.startsWith(name),
  );
}

/** `Medellín, Antioquia`, `Montréal (Québec)`, `Praha`: a known city (CITY_COUNTRIES), alone or before its region. */
function namesTown(text: string): boolean {
  const town = PATTERNS.placeHead.exec(text)?.[1]?.trim();
  return town !== undefined && namesCity(town);
}

/**
 * `Le Directeur Général`, `Der Geschäftsführer`: a French or German letter signs with the signer's office after its
 * article (SIGNING_GROUP_ARTICLES); the title is the office. A firm opening with one (`La Poste`) keeps it.
 */
function withoutArticle(text: string, context: Reading): string {
  const space = text.indexOf(' ');
  const rest = text.slice(space + 1);
  const article = space > 0 && SIGNING_GROUP_ARTICLES.has(text.slice(0, space).toLowerCase());
  return article && context.titleScore(rest) > 0 && companyScore(rest) === 0 ? rest : text;
}

/** A heading naming whom to reach has this many words at most: `Media Contact`, `Press Office Contact`. */
const MAX_CONTACT_HEADING_WORDS = 3;

/**
 * `Media Contact`, `Press Kontakt`: a heading over the person to reach, ending in a contact word or naming the press's
 * contact (`Media enquiries`, MEDIA_CONTACT_HEADINGS), is no role;
 * nor is one opening with the reader's possessive (`Votre représentante`, `Your consultant`), which says whom
 * the reader deals with, not the job as the person's own title line writes it; nor is a CRM record's kind (`Lead`).
 * Only over the name: below it such words are a role (`Technischer Ansprechpartner`) or a firm (`First Contact`).
 */
function headsContact(text: string): boolean {
  if (MEDIA_CONTACT_HEADINGS.has(normalizeKey(text))) return true;
  const all = words(text);
  if (all.length > MAX_CONTACT_HEADING_WORDS) return false;
  return (
    CONTACT_LABEL_WORDS.has(normalizeKey(all[all.length - 1] ?? '')) ||
    READER_POSSESSIVES.has(normalizeKey(all[0] ?? '')) ||
    CRM_RECORD_KINDS.has(normalizeKey(text))
  );
}

/**
 * `了解です！明日の配信で…`, `تمام، بنحكي بكرة الصبح.`: a chat's or a letter's sentence (sentenceSaid) says something;
 * no title or firm is written so.
 */
const readsAsSentence = (text: string): boolean => PATTERNS.sentenceSaid.test(text);

/** `December`, `Monday 14 March`: months, weekdays and numbers only. */
const isDate = (text: string): boolean =>
  words(text).every((w) => CALENDAR_WORDS.has(normalizeKey(w)) || !PATTERNS.letter.test(w));

/** `12 tests passed`, `6 files changed`: a count and lower-case words are a tool's output, not a name. */
function isTally(text: string): boolean {
  const [count, ...rest] = words(text);
  const lower = rest.join(' ');
  return (
    count !== undefined &&
    !PATTERNS.letter.test(count) &&
    PATTERNS.anyDigit.test(count) &&
    lower !== lower.toUpperCase() &&
    lower === lower.toLowerCase()
  );
}

/**
 * A pronoun set shown beside a profile's name or login: `he/him`, `(she/they)`, `er/ihm`; in brackets a profile
 * may show one alone (`(Elle)`, `(He)`).
 */
function isPronounSet(text: string): boolean {
  const enclosed = PATTERNS.wholeParenthesised.exec(text.trim());
  const parts = normalizeKey(enclosed?.[1] ?? text).split('/');
  return (parts.length >= 2 || !!enclosed) && parts.every((part) => PRONOUNS.has(part.trim()));
}

/** Words opening with a capital, read past an opening quotation mark (`«Вести»`, `„Dobro”`: a quoted name's words). */
const capitalisedWords = (text: string): number => words(text).filter(opensWithCapital).length;

/** Whether a word's first character past any opening quotation marks is a capital; no array of its characters made. */
function opensWithCapital(word: string): boolean {
  for (const ch of word) if (!QUOTE_CLOSERS.has(ch)) return PATTERNS.upper.test(ch);
  return false;
}

const endsInLegalForm = (text: string): boolean => isLegalForm(formWords(text).pop() ?? '');

/**
 * `公司`, `주식회사`, `Co., Ltd.`: a legal form alone (a phone's label, a firm's wrapped or parted tail) names no firm;
 * nor does a business function's acronym alone (`CRM`, `B2B`), nor a text holding a clock time (`Thursday, 8:00 am`,
 * `Yesterday 4:53 PM`): it dates a message or gives hours.
 */
const namesNoFirm = (text: string): boolean =>
  formWords(text).every(isLegalForm) ||
  words(text).every((w) => FUNCTION_ACRONYMS.has(normalizeKey(w))) ||
  PATTERNS.clockTime.test(text);

/**
 * `Ostrowski, Lee & Goldberg LLP`, `Wróbel, Nowak i Wspólnicy sp.k.`: capitalised names listed up to an `and`
 * word of any language (ROLE_CONNECTORS), the tail of a partners' list.
 */
function listsPartners(text: string): boolean {
  const all = words(text);
  const and = all.findIndex((w, i) => i > 0 && ROLE_CONNECTORS.and.has(w.toLowerCase()));
  return and > 0 && all.slice(0, and).every((w) => PATTERNS.upper.test(w.charAt(0)));
}

const onlyCredentials = (text: string): boolean => words(text).every((w) => NAME_SUFFIXES.has(normalizeKey(w)));

/**
 * A title's field (`Manager, Global Partnerships`, `Lead – LATAM`, `Counsel | Tax Advisory`):
 * department words and no stronger company cue than an organisation word.
 */
const namesField = (text: string, context: RoleContext): boolean =>
  companyScore(text) < COMPANY_LEGAL_WEIGHT && !spellsDomain(text, context.domainLabel) && namesDepartment(text);

/**
 * The line a title's closing dash leads to is its field (`Medical Devices & Diagnostics`: an `&` alone is
 * half a cue), not the firm (a whole company cue or the mail's domain), as a wrapped `Title – Company`.
 */
const isDashedField = (text: string, context: Reading): boolean =>
  companyScore(text) < 1 && !spellsDomain(text, context.domainLabel);

/** More title words than company cues. */
const isTitle = (text: string, context: Reading): boolean => context.titleScore(text) > companyScore(text);

/**
 * `Assistant Professor, Graduate School of Engineering, Department of Materials Science`: a title whose
 * every comma part after the first names its field.
 */
function isFieldedTitle(text: string, context: Reading): boolean {
  const [head = '', ...fields] = text.split(', ');
  return fields.length > 0 && isTitle(head, context) && fields.every((field) => namesField(field, context));
}

/**
 * `Account Manager, Quokka Analytics` → title + company; `Staff Engineer, Platform` stays whole. ` at `
 * is tried before the comma: `VP, Customer Success at Norrsken Data AB`.
 */
function splitRole(written: RoleSegment, context: Reading, companyBelow = false, headline = false): Unplaced[] {
  const segment = withoutFirmTwin(withoutSelfIntroduction(written), context);
  const whole = piece(segment.text, segment.start, segment, 'whole', context);
  if (!whole) return [];
  for (const separator of ROLE_SEPARATORS) {
    const at = separatorAt(segment.text, separator);
    if (at <= 0) continue;
    const left = piece(segment.text.slice(0, at), segment.start, segment, 'left', context);
    const rightAt = at + separator.length;
    const right = piece(segment.text.slice(rightAt), segment.start + rightAt, segment, 'right', context);
    const comma = separator === ', ';
    // `Meridian Realty, Bengaluru`: a firm named by its cues, then the city it is in. A campus name
    // (`University of California, Berkeley`) is the legal name; it is safe only while such cities are not
    // in CITY_COUNTRIES: add them, and exempt a left part holding a university or institute word.
    if (comma && left && left.title === 0 && left.company > 0 && namesCity(segment.text.slice(rightAt))) return [left];
    // `Quinlan Institute, Room 318`, `Harbour Chambers, Suite 4`: the room or floor after a firm's comma is where in it
    // the sender sits, an address's part.
    if (comma && left && left.title === 0 && left.company > 0 && isUnitPart(segment.text.slice(rightAt))) return [left];
    // `Kaveri & Rao LLP, Chartered Accountants`: the firm's tagline is no part of its name.
    if (comma && left && TAGLINES.has(normalizeKey(segment.text.slice(rightAt)))) return [left];
    if (!left || !right) continue;
    const titled = left.title > 0;
    // A word for `at` that also joins names parts only title words from a company cue or the domain spelt; in a
    // headline (`Jefa de Ventas en Viña Los Robles | Exportaciones`) also from a proper name (namesByShape).
    // A word for `at` that is `and` or `of` too (AT_FIRM_ALSO_AND_OR_OF) needs a firm's cue even in a headline.
    const byCue = right.company > 0 || right.domain;
    const rightIsFirm = byCue || (headline && !CUED_SEPARATORS.includes(separator) && namesByShape(right));
    // A headline's title may name its field with an organisation word (`Head of Human Capital di PT …`,
    // `Directora de Transformación Digital en …`); a legal form still makes the left a firm.
    const titleLeft = left.company === 0 || (headline && left.company < COMPANY_LEGAL_WEIGHT);
    const partsCompany = titled && titleLeft && rightIsFirm;
    if (!partsCompany && TITLED_SEPARATORS.includes(separator)) continue;
    const fieldBelowCompany = comma && companyBelow && titled && right.company < COMPANY_LEGAL_WEIGHT && !right.domain;
    // `Head of Finance, Tamsworth Logistics`: a proper noun before a trade word names a firm, not the title's field, where
    // no company domain tells the firm (`Portfolio Analyst, Private Banking` at a bank's domain is a field).
    const firmByTrade = !context.domainLabel && namesFirmByTrade(right.text, context);
    const fieldAfter = namesField(right.text, context) && !firmByTrade;
    if (comma && (onlyLegalForms(right.text) || (fieldAfter && !fieldBelowCompany))) continue;
    // `Aksoy, Demirtaş & Ortakları`: the comma lists the partners a firm is named after; the first partner may
    // be the one the mail's domain spells (`Lindqvist, Aro & Partners` at lindqvistaro.example), but a firm
    // before its fields is no partner (`Marlow Fitch, Sales & Marketing`).
    if (
      comma &&
      left.title === 0 &&
      wordCues(left) === 0 &&
      !namesDepartment(left.text) &&
      !namesDepartment(right.text) &&
      listsPartners(right.text)
    )
      return [whole];
    // `Principal Architect, RIBA`: credentials after a title are no part of it.
    if (comma && onlyCredentials(right.text) && titled) return [left];
    // `Kaveri & Rao LLP, Manchester`: a legal form ends the company's name.
    if (comma && endsAtLegalForm(left.text, right)) return [left];
    // `Horák & Partners, advokátní kancelář s.r.o.`, `Quintela & Bravo, SROC, Lda.`: a firm's name, then its kind in lower
    // case or its registered acronym, closed by the legal form of the whole.
    if (comma && namesFirmBeforeItsForm(left, right)) return [whole];
    // `Deputy Manager, Global Alliances`, `Regional Director, Water Treatment Services` over the company's
    // line: department and organisation words after the comma name the title's field, no company cue of the
    // whole; a legal form or the domain names a company.
    if (fieldBelowCompany) return [{ ...whole, company: 0 }];
    const rightIsCompany =
      right.company > right.title ||
      (titled && right.title === 0 && capitalisedWords(right.text) >= MIN_COMPANY_WORDS && !companyBelow);
    if (!comma || rightIsCompany) {
      if (rightIsCompany || titled) {
        const company = closedByLegalForm(right, segment, context);
        // `Laboratorija za biofiziku, Institut …` under `naučni saradnik`: what precedes a firm's comma without
        // title words may be its department; a title is then the line's by position, not by this split.
        return [
          { ...left, company: 0, title: comma ? left.title : Math.max(left.title, 1) },
          { ...company, company: Math.max(company.company, 1), title: 0 },
        ];
      }
    }
    if (left.company > left.title && right.title > right.company) return [left, right];
  }
  return (
    splitBeforeFirm(segment, context) ??
    splitAfterCompany(segment, context) ??
    splitBeforePrefixedFirm(segment, context) ??
    splitBeforeSuffixedFirm(segment, context) ?? [whole]
  );
}

/**
 * `Viña Los Robles`, `Fintech Pampa Pay`: a name by its shape, two capitalised words or more with no title
 * or department word. A title's field after `en` or `na` may be capitalised as well (`Consultora en Gestión
 * Ambiental`), so the shape names a firm only in a headline, where the tagline after a bar follows the firm.
 */
const namesByShape = (p: Unplaced): boolean => {
  const all = words(p.text);
  return (
    p.title === 0 &&
    all.length >= MIN_COMPANY_WORDS &&
    capitalisedWords(p.text) === all.length &&
    !namesDepartment(p.text) &&
    !PATTERNS.anyDigit.test(p.text)
  );
};

/**
 * `left` a firm's name by a company cue or the mail's domain, `right` (after its comma) no title but the firm's kind
 * in lower case (`advokátní kancelář s.r.o.`) or its acronym in capitals (`SROC, Lda.`) up to the legal form closing
 * it: one name, as the form closes it; a capitalised right is a name of its own (`Meridian Bank, Kestrel Holdings plc`).
 */
function namesFirmBeforeItsForm(left: Unplaced, right: Unplaced): boolean {
  const [first = '', ...rest] = words(right.text);
  return (
    left.title === 0 &&
    (left.company > 0 || left.domain) &&
    right.title === 0 &&
    endsInLegalForm(right.text) &&
    !isLegalForm(first) &&
    (PATTERNS.lowerStart.test(first) || (shouted(first) && onlyLegalForms(rest.join(' '))))
  );
}

/** A piece's company cues from its own words, without the weight of the mail's domain spelt. */
const wordCues = (p: Unplaced): number => p.company - (p.domain ? COMPANY_DOMAIN_WEIGHT : 0);

/**
 * `I'm Liesl, Community Manager at …`: the writer's sentence names them before the role; the role starts after the
 * name's comma. A name is capitalised (`I'm sorry, …` opens no name).
 */
function withoutSelfIntroduction(segment: RoleSegment): RoleSegment {
  const found = PATTERNS.selfIntroClause.exec(segment.text);
  const name = found?.[1] ?? '';
  if (!found || !PATTERNS.upper.test(name.charAt(0)) || words(name).length > MAX_NAME_TOKENS) return segment;
  return { ...segment, ...sliceSegment(segment, found[0].length) };
}

/**
 * `Daehan Chemical Co., Ltd. (대한화학(주))`, `ハノイ精工有限会社 (Hanoi Seiko Co., Ltd.)`, `Hengtai Lighting Co., Ltd.
 * 深圳市恒泰照明有限公司`: a firm named by its legal form, then in another script (Latin or not, bracketed or not)
 * named by one again, is one firm written twice; the first name is the company, and the comma inside its legal
 * form parts nothing. A department in the other script (`Seowon Valve Co., Ltd. 해외영업팀`) is no part of it either.
 */
function withoutFirmTwin(segment: RoleSegment, context: Reading): RoleSegment {
  const all = wordsAt(segment.text, 0);
  const inLatin = all.map((w) => PATTERNS.latin.test(w.text));
  const at = inLatin.indexOf(!inLatin[0]);
  if (at <= 0 || inLatin.slice(at).includes(inLatin[0] as boolean)) return segment;
  const firm = sliceSegment(segment, 0, (all[at - 1] as Word).end);
  const twin = segment.text.slice((all[at] as Word).start).replace(PATTERNS.wrappingBrackets, '');
  const named = (text: string): boolean => companyScore(text) >= COMPANY_LEGAL_WEIGHT && context.titleScore(text) === 0;
  return named(firm.text) && (named(twin) || namesDepartment(twin)) ? firm : segment;
}

/**
 * `Kaveri & Rao LLP` before `, Manchester`: a legal form ends a company's name when the comma part after it has no legal
 * form or title words (a place); `Ltd.` after `Dalbit Commerce Co.,` is the form's second part.
 */
function endsAtLegalForm(name: string, rest: Unplaced): boolean {
  return endsInLegalForm(name) && rest.company < COMPANY_LEGAL_WEIGHT && rest.title === 0 && !onlyLegalForms(rest.text);
}

/**
 * `Isar Mobility GmbH, München` split off a title: the company's name ends at its last comma part
 * ending in a legal form (`Aoba Trading Co., Ltd., Tokyo`); a rest that ends it there is cut off,
 * as whole segments are in splitRole.
 */
function closedByLegalForm(company: Unplaced, segment: RoleSegment, context: Reading): Unplaced {
  const { text, start } = company;
  for (let comma = text.lastIndexOf(', '); comma > 0; comma = text.lastIndexOf(', ', comma - 1)) {
    const name = text.slice(0, comma);
    if (!endsInLegalForm(name)) continue;
    const rest = piece(text.slice(comma + 2), start + comma + 2, segment, 'right', context);
    const closed = rest && endsAtLegalForm(name, rest) ? piece(name, start, segment, 'right', context) : undefined;
    return closed ?? company;
  }
  return company;
}

/**
 * `Jefa de Compras de Hierros y Aceros del Norte, S.A.`, `Head of Sales of Kestrel GmbH`: a title whose
 * `of` (ROLE_CONNECTORS.of: de, di, van, für…) opens a firm named by its legal form or the domain. An
 * `of` opening a department (`de Compras`, `of Global Logistics`: the words up to the next `of`, or the
 * first word after the last) is the title's own field: the split is at the first other.
 */
function splitBeforeFirm(segment: RoleSegment, context: Reading): Unplaced[] | undefined {
  const { text, start } = segment;
  const connectors: Array<{ at: number; end: number }> = [];
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const end = text.indexOf(' ', at + 1);
    if (end > 0 && ROLE_CONNECTORS.of.has(text.slice(at + 1, end).toLowerCase())) connectors.push({ at, end });
  }
  // Company cues in the fields passed (`of Global Logistics`) are the field's words: the words before
  // the first `of` say whether the title is a firm's name.
  const headIsFirm = connectors.length > 0 && companyScore(text.slice(0, connectors[0]?.at)) > 0;
  for (const [i, { at, end }] of connectors.entries()) {
    const rest = text.slice(end + 1);
    const next = connectors[i + 1];
    if (namesDepartment(next ? text.slice(end + 1, next.at) : (words(rest)[0] ?? ''))) continue;
    const left = piece(text.slice(0, at), start, segment, 'left', context);
    const right = piece(rest, start + end + 1, segment, 'right', context);
    const firm = right !== undefined && (right.company >= COMPANY_LEGAL_WEIGHT || right.domain);
    if (!left || !right || !firm || left.title === 0 || headIsFirm || right.title > 0) return undefined;
    return [{ ...left, company: 0 }, right];
  }
  return undefined;
}

/** Spaces between the parts of a line: CJK text parts them with the ideographic space. */
const WORD_GAPS = new Set([' ', '\u3000']);

/**
 * The spaces (WORD_GAPS) after the text's first character where splitAfterCompany,
 * splitBeforePrefixedFirm and splitBeforeSuffixedFirm try a split, left to right: each one's offset, and the index in `words(text)` of
 * the first word after it, so the words of `text.slice(at + 1)` are sliced from one split of the text.
 */
function* wordGaps(text: string): Generator<{ at: number; wordIndex: number }> {
  // Words that open before the offset: the space there ends them, so the words after it are the rest.
  let opened = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isWordSpace(text.charCodeAt(at))) {
      if (at === 0 || isWordSpace(text.charCodeAt(at - 1))) opened++;
      continue;
    }
    if (at === 0 || !WORD_GAPS.has(text.charAt(at))) continue;
    yield { at, wordIndex: opened };
  }
}

/**
 * `株式会社アオバ商事 営業本部 第二営業部 課長`, `Kaveri & Rao LLP Partner`, `해강물산(주) 해외영업팀`: a
 * firm's name closed by its legal form, then the department and title, parted by spaces only. Split
 * at the first space where the left is a company by its legal form without title words and the right
 * holds title words or a department and no company cue.
 */
function splitAfterCompany(segment: RoleSegment, context: Reading): Unplaced[] | undefined {
  const { text, start } = segment;
  for (const { at } of wordGaps(text)) {
    const left = text.slice(0, at);
    // `주식회사 새솔에너지 대표이사`: a form written before the name opens it; the firm ends further on.
    if (onlyLegalForms(left)) continue;
    // `東都工業大学 大学院理工学研究科 准教授`: a university's name in a script without spaces is one word, and
    // the school and the rank after it the title (a school alone, `农业工程学院`, stays the institution's).
    const university = isCaseless(left) && namesUniversity(left);
    // `北京华辰律师事务所　合伙人`, `누리솔루션 기술영업팀 대리`: a firm named by its kind alone, no legal form, is one
    // word of such a script too; only title words after it make the rest a role rather than its name's.
    const byKind = !university && companyScore(left) < COMPANY_LEGAL_WEIGHT && closesOnOrganisationKind(left);
    if (!university && !byKind && companyScore(left) < COMPANY_LEGAL_WEIGHT) continue;
    if (context.titleScore(left) > 0) continue;
    const right = text.slice(at + 1);
    // `다온에너지 주식회사 홍보팀`: a firm named by its kind goes on to the legal form written after it.
    if (byKind && isLegalForm(words(right)[0] ?? '')) continue;
    const ranked = context.titleScore(right) > 0;
    if (university || byKind ? !ranked : companyScore(right) > 0) return undefined;
    const company = piece(left, start, segment, 'left', context);
    // `株式会社ミナトデザイン 佐々木翔太`, `(주)다온소재 김민수`: a firm ends at the space before the sender's own
    // name, no part of the firm nor a role. Any other words after it (`株式会社ミナト デザイン`, a city or a
    // branch) keep the line whole.
    // `PT SINAR BAHARI LOGISTIK`: a firm a cased form opens (`PT`, `CV`) ends with its line, not where its form
    // would close it, so a trade word there (`Logistik`) is its name's, no department.
    const openEnded = PATTERNS.upper.test(left.charAt(0)) && !endsInLegalForm(left);
    if (context.titleScore(right) === 0 && (openEnded || !namesDepartment(right)))
      return company && !onlyLegalForms(left) && (context.spacelessNames ?? []).includes(spacelessKey(right))
        ? [company]
        : undefined;
    const title = piece(right, start + at + 1, segment, 'right', context);
    return company && title ? [company, title] : undefined;
  }
  return undefined;
}

/**
 * `ผู้จัดการฝ่ายขาย บริษัท สยามเกษตร จำกัด`, `Генеральный директор ООО «Волга»`: a title, then a firm opened by
 * its legal form, parted by a space only. Split at the first space where the right opens with the form and
 * the left holds title words and no company cue.
 */
function splitBeforePrefixedFirm(segment: RoleSegment, context: Reading): Unplaced[] | undefined {
  const { text, start } = segment;
  const all = words(text);
  for (const { at, wordIndex } of wordGaps(text)) {
    const right = text.slice(at + 1);
    if (!opensWithLegalForm(right, all.slice(wordIndex))) continue;
    const left = text.slice(0, at);
    if (context.titleScore(left) === 0 || companyScore(left) > 0) return undefined;
    const title = piece(left, start, segment, 'left', context);
    const company = piece(right, start + at + 1, segment, 'right', context);
    return title && company ? [title, company] : undefined;
  }
  return undefined;
}

/**
 * `Leiterin Einkauf Vogt Metallbau GmbH`, `Sales Coordinator Larkspur Tea Traders Co.`: a title, then a
 * firm closed by its legal form, parted by a space only. The title's words end at the first proper noun
 * (isProperNoun: no title, department or connector word); split there when the left holds title words and
 * no company cue and the right ends in a legal form and holds no title word.
 */
function splitBeforeSuffixedFirm(segment: RoleSegment, context: Reading): Unplaced[] | undefined {
  const { text, start } = segment;
  const all = words(text);
  // `Il·luminació Tècnica Empordà, S.L.`: a proper noun opening the line opens the firm's name, as it does
  // `Steuerberater Huber GmbH`, a title word only by its ending (isProperNoun reads no endings).
  if (isProperNoun(all[0] ?? '')) return undefined;
  for (const { at, wordIndex } of wordGaps(text)) {
    if (!isProperNoun(all[wordIndex] ?? '')) continue;
    const left = text.slice(0, at);
    const right = text.slice(at + 1);
    const firm = endsInLegalForm(right) && !onlyLegalForms(right) && context.titleScore(right) === 0;
    if (!firm || !holdsTitleHead(left, context) || companyScore(left) > 0) return undefined;
    // `Principal Estates Ltd`, `Marketing Solutions Lohmann GmbH`: a lone title or department word may be the
    // firm's own first word, and a line whose first word opens the mail's domain (`@principalestates`) is the
    // firm whole. A lone word is a title when the rest spells the domain (`Geschäftsführer Brenner Bau GmbH`
    // from `@brenner-bau`), unless the domain holds that word too (`Consultora Rüpü Ltda.` from `@rupu-consultora`).
    const restSpellsDomain = spellsDomain(right, context.domainLabel);
    if (!restSpellsDomain && (wordIndex === 1 || spellsDomain(text, context.domainLabel))) return undefined;
    if (wordIndex === 1 && domainHoldsWord(left, context.domainLabel)) return undefined;
    const title = piece(left, start, segment, 'left', context);
    const company = piece(right, start + at + 1, segment, 'right', context);
    return title && company ? [title, company] : undefined;
  }
  return undefined;
}

/**
 * A title word outside the department words: `Leiter Informatik`, `Head of EMEA Sales`. Department words
 * alone (`Sales Training`, `Marketing`, though `Sales` is a title word too) name a firm's trade before its
 * proper nouns (`Sales Training Experts Ltd`), no person's role.
 */
const holdsTitleHead = (text: string, context: Reading): boolean =>
  words(text).some((w) => !DEPARTMENT_WORDS.has(normalizeKey(w)) && context.titleScore(w) > 0);

/** The piece's text with one space for each gap (`Kakheti  Wine  Cellars  LLC` spaced double), where it is. */
const asValue = (p: RolePiece): ParsedValue<string> => ({
  value: p.text.replace(PATTERNS.spaceRun, ' '),
  start: p.start,
  end: p.end,
});

/** Dashes that part a title from its field, company or territory on one line (hyphen, en dash, em dash). */
export const DASHES = new Set(['-', '–', '—']);

/** Bars that part a title from its field: `Counsel | Tax Advisory`, `課長｜海外営業` (the full-width bar of CJK text). */
const FULL_WIDTH_BAR = '｜';
const BARS = new Set(['|', FULL_WIDTH_BAR]);

/**
 * What joins a title and its company inside one segment (`Engineer @ Quokka`, `Leiterin bei der Norrsken
 * GmbH`, `Visiting Fellow c/o Northmere Institute`).
 */
const COMPANY_SEPARATORS = [...AT_FIRM, ...CARE_OF].map((words) => ` ${words} `);
/** AT_FIRM_OR_JOINING between a title and its company: parts them only under the conditions splitRole checks. */
const TITLED_SEPARATORS = AT_FIRM_OR_JOINING.map((words) => ` ${words} `);
/** TITLED_SEPARATORS that part a title from its company only before a firm's cue, even in a headline. */
const CUED_SEPARATORS = AT_FIRM_ALSO_AND_OR_OF.map((words) => ` ${words} `);
/** Where splitRole tries to part a title from its company, in this order. */
const ROLE_SEPARATORS = [...COMPANY_SEPARATORS, ...TITLED_SEPARATORS, ', '];

/**
 * Where `separator` parts `text`: its first use, but a word for `at` that also joins names (TITLED_SEPARATORS)
 * used again before a company cue parts there (`Responsabile di Produzione di Pastificio Molisano S.r.l.`: the
 * first joins the title's field), while the cue stays after the first (`Prezes w Bank Spółdzielczy w Krakowie`).
 * After a preposition such a word is an article (`Directrice de la recherche, Institut …`) and parts nothing.
 */
function separatorAt(text: string, separator: string): number {
  const first = text.indexOf(separator);
  const last = text.lastIndexOf(separator);
  if (!TITLED_SEPARATORS.includes(separator)) return first;
  const firmAfterLast = last > first && companyScore(text.slice(last + separator.length)) > 0;
  const at = firmAfterLast ? last : first;
  const wordBefore = words(text.slice(0, at)).at(-1)?.toLowerCase() ?? '';
  return PREPOSITIONS_BEFORE_ARTICLE.has(wordBefore) ? -1 : at;
}

/** The part of `text` before a COMPANY_SEPARATORS separator: `Geotechnical` of `Geotechnical at Tallowwood Pty Ltd`. */
function beforeCompany(text: string): string {
  const at = Math.min(...COMPANY_SEPARATORS.map((s) => text.indexOf(s)).filter((i) => i > 0));
  return Number.isFinite(at) ? text.slice(0, at) : text;
}

/**
 * `Lusoverde – Energias Renováveis, S.A.`: a firm's name and its trade after a dash, the legal form
 * closing the whole, are one company: the left has no title words, fields or legal form of its own, and
 * the right names a trade (an organisation word) besides its legal form, or the left spells the mail's
 * domain (`PEDRAVIVA – Pedreiras e Mármores, S.A.` from `@pedraviva`: the firm's short name, no title); a
 * whole firm of names alone after the dash (`Zaakvoerder – Smul & Zo BV`) follows a title no list holds.
 */
function continuesCompany(left: string, right: string, context: Reading): boolean {
  const trade = words(right)
    .filter((w) => !isLegalForm(w))
    .join(' ');
  return (
    context.titleScore(left) === 0 &&
    companyScore(left) < COMPANY_LEGAL_WEIGHT &&
    !namesDepartment(left) &&
    context.titleScore(right) === 0 &&
    endsInLegalForm(right) &&
    (companyScore(trade) >= 1 || spellsDomain(left, context.domainLabel)) &&
    // A firm's name is capitalised: `Servicio al cliente — Ferretería La Tuerca S.A.S.` is a desk, then its firm. Its
    // `of` may be Portuguese `do`, `da` (`Herdade da Ribeira – Sociedade Agrícola, Lda.`), no connector elsewhere.
    words(left).every(
      (w) => PATTERNS.upper.test(w.charAt(0)) || isConnector(w) || ROLE_CONNECTORS.of.has(normalizeKey(w)),
    )
  );
}

/** `Hotels`, `Labs`: the plural of a firm's word (a singular one ending in s and listed) names a firm, no field of work. */
const pluralOfCompanyWord = (key: string): boolean => key.endsWith('s') && COMPANY_WORDS.has(key.slice(0, -1));

/**
 * `Lakeside Hotels`, `Harbour Energy`: a proper noun that is no trade or title word either, before a trade word,
 * names a firm, not a title's field (`Water & Sanitation`, `Health & Nutrition`). A trade word that is a field as
 * often (TRADE_DEPARTMENT_WORDS) does not: `Private Banking`, `Retail Banking` are fields whatever word qualifies them.
 * With `pluralOnly`, only the plural of a firm's word does (`Tarnside Hotels`, not `Coastal Health`).
 */
function namesFirmByTrade(text: string, context: Reading, pluralOnly = false): boolean {
  const all = words(text);
  const keys = all.map(normalizeKey);
  return all.some(
    (w, i) =>
      isProperNoun(w) &&
      !COMPANY_WORDS.has(keys[i] as string) &&
      context.titleScore(keys[i] as string) === 0 &&
      COMPANY_WORDS.has(keys[i + 1] ?? '') &&
      !TRADE_DEPARTMENT_WORDS.has(keys[i + 1] ?? '') &&
      (!pluralOnly || pluralOfCompanyWord(keys[i + 1] ?? '')),
  );
}

/**
 * Trade words at most (`Water & Sanitation`, `Building Surveying`): no legal form, the mail's domain or firm named by a
 * proper noun. After a title's dash, when another line spells the mail's domain (`properNounField`), a proper noun
 * before a trade word is the title's field (`Nurse Educator – Coastal Health` over `Quenby Clinic` from `@quenbyclinic`)
 * unless the trade word counts premises: `Sales Director – Tarnside Hotels` over `Halvergate Group` from `@halvergate`
 * works for a hotel group's hotels, a firm of its own.
 */
const tradeOnly = (text: string, context: Reading, properNounField = false): boolean =>
  companyScore(text) < COMPANY_LEGAL_WEIGHT &&
  !spellsDomain(text, context.domainLabel) &&
  !namesFirmByTrade(text, context, properNounField);

/**
 * `Studio Legale Associato Filangieri Sersale – Iaccarino`, `Waterkloof Tandheelkunde / Dental Care` (from `@waterkloofdental`):
 * a firm's name (a company cue or the mail's domain, no legal form closing it) going on at a dash or a slash in
 * capitalised words (a partner's surname, the name in another language) is one name; a place on either side
 * (`Harbour Legal – Cork`), or a department, a title or a legal form of its own on the right, parts them. A left naming no
 * firm is a title no list holds before its firm (`Arquitecto – Estudio LM Arquitectura`).
 */
function continuesFirmName(left: string, right: string, context: Reading): boolean {
  const plain = (text: string): boolean =>
    context.titleScore(text) === 0 && !namesDepartment(text) && !PATTERNS.anyDigit.test(text);
  return (
    plain(left) &&
    plain(right) &&
    namesFirm(left, context.domainLabel) &&
    !endsInLegalForm(left) &&
    companyScore(right) < COMPANY_LEGAL_WEIGHT &&
    [left, right].every(capitalisedOrJoined) &&
    !TAGLINES.has(normalizeKey(right)) &&
    ![left, right].some((side) => namesCity(side) || isPlace(side) || addressKind(side) !== undefined)
  );
}

/** `Baden-Württemberg`, `Rhein Main`: every word capitalised, as a place's name is written. */
const namesProperly = (text: string): boolean => capitalisedWords(text) === words(text).length;

/**
 * `Principal – Structural Engineering` is one title when the company is elsewhere: a title and its
 * field, split at a dash into two segments, are joined again when the field has no company cue and
 * the company is a line without title words below, a firm's name above (`companyAbove`), or written
 * after the field (`Principal Engineer – Geotechnical at Tallowwood Pty Ltd`). Titles or fields split at a
 * slash, a title and its field (department words) split at a dash or bar, and a title and the country
 * it covers after a dash are one title too; a company split at a dash is one company (continuesCompany), as is
 * one whose legal form is written in two languages at a slash. A title and its translation in another script stay two.
 */
function joinTitleFields<S extends Segment>(segments: readonly S[], context: Reading, companyAbove: boolean): S[] {
  const out: S[] = [];
  const { titleScore } = context;
  const titleOrField = (text: string): boolean => isTitle(text, context) || namesField(text, context);
  // `Freight Coordinator`, `Software Engineer`: a trade word weighs as much as the title word, yet a title
  // ends in its head noun where a firm's name ends in its trade or legal form.
  const headedTitle = (text: string): boolean =>
    isTitle(text, context) || (titleScore(words(text).pop() ?? '') > 0 && companyScore(text) < COMPANY_LEGAL_WEIGHT);
  // Segments come in reading order: a line without title words below this one is one below the last; a
  // firm after this segment is one after the last firm's, on a line below or later on this line
  // (`Analyst – Risk & Compliance | Northgate Ltd`).
  let lastUntitledLine = -1;
  let lastFirm = -1;
  let lastDomainFirm = -1;
  for (const [i, s] of segments.entries()) {
    if (titleScore(s.text) > 0) continue;
    lastUntitledLine = s.line;
    // As a piece's domain flag: an untitled line spelling the domain.
    if (spellsDomain(s.text, context.domainLabel)) lastDomainFirm = i;
    if (namesFirm(s.text, context.domainLabel)) lastFirm = i;
  }
  // `Ceramista – Sócia` over a firm: a word no list holds before a title at a dash is the first of two titles.
  const bareBefore = (text: string): boolean => companyScore(text) === 0 && !spellsDomain(text, context.domainLabel);
  // `مدير المبيعات | Sales Director`, `Υπεύθυνος Αγορών | Purchasing Manager`: one side in Latin letters, the other in
  // none, is a title and its translation, two readings of one title rather than two parts of it.
  const translates = (left: string, right: string): boolean => PATTERNS.latin.test(left) !== PATTERNS.latin.test(right);
  for (const [i, segment] of segments.entries()) {
    const left = out[out.length - 1];
    const gap = left && left.line === segment.line ? context.between(left, segment) : '';
    const separator = gap.trim();
    const field = beforeCompany(segment.text);
    const companyElsewhere = field !== segment.text || companyAbove || lastUntitledLine > segment.line;
    const joins =
      left !== undefined &&
      !translates(left.text, segment.text) &&
      ((headedTitle(left.text) &&
        ((DASHES.has(separator) && companyScore(field) === 0 && companyElsewhere) ||
          // `Programme Officer – Water & Sanitation` over `Lake Victoria Basin Trust`: organisation words
          // alone after the dash are the title's field when a firm named by its own cues stands below.
          (DASHES.has(separator) && tradeOnly(field, context, lastDomainFirm > i) && lastFirm > i) ||
          // `Counsel | Tax Advisory`, `Lead – LATAM`: a title and its field; not after a title's company
          // (`COO at Quillmere Pay | Payments & Risk`: a headline's field of work follows the firm, no part of it).
          // A field holds no title's head noun (`Conseiller principal, … | Senior Advisor, Business Development`:
          // the title again in another language).
          ((DASHES.has(separator) || BARS.has(separator)) &&
            namesField(segment.text, context) &&
            !holdsTitleHead(segment.text, context) &&
            beforeCompany(left.text) === left.text) ||
          // `Country Manager – Kenya | Acme Ltd`: a title and the country it covers, wherever the company is.
          (DASHES.has(separator) && addressKind(segment.text) === 'country'))) ||
        // `Geschäftsführer / Managing Director`, `Einkauf / Disposition`: one title in two titles or fields.
        (separator === '/' && titleOrField(left.text) && titleOrField(segment.text)) ||
        // `Gebietsverkaufsleiter Bayern / Baden-Württemberg`: the area a title covers goes on after a slash in
        // capitalised words; a firm there is named by its cues or the domain, a translation has lower-case words.
        (separator === '/' && isTitle(left.text, context) && bareBefore(segment.text) && namesProperly(segment.text)) ||
        // `Maasbrug Conseil SA / NV`: a bilingual country's firm names its legal form in both languages.
        (separator === '/' && endsInLegalForm(left.text) && onlyLegalForms(segment.text)) ||
        // `業務部｜經理`, `해외영업팀｜과장`: a CJK department and the rank in it, parted by the full-width bar.
        (separator === FULL_WIDTH_BAR && namesField(left.text, context) && isTitle(segment.text, context)) ||
        (DASHES.has(separator) && continuesCompany(left.text, segment.text, context)) ||
        ((DASHES.has(separator) || separator === '/') && continuesFirmName(left.text, segment.text, context)) ||
        (DASHES.has(separator) && lastFirm > i && bareBefore(left.text) && isTitle(segment.text, context)));
    if (joins) out[out.length - 1] = { ...left, text: left.text + gap + segment.text, end: segment.end };
    else out.push(segment);
  }
  return out;
}

/** All capitals: `GRUPO`, `TLALOC` (letters, none lower case). */
const shouted = (text: string): boolean =>
  PATTERNS.letter.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * `GRUPO  TLALOC`, `CONSTRUCTORA ANDES` (closed up from letter spacing in letterSpacing.ts): a letterhead's
 * name in capitals spaced wide is split at its gaps; capitals without title words parted by white space
 * only are one name again up to a legal form, which closes it, read with single spaces, as is a legal form
 * alone on the line below (under a name in any case) or more capitals there when no legal form closed the name.
 */
function joinSpacedCapitals<S extends Segment>(segments: readonly S[], context: Reading): S[] {
  const out: S[] = [];
  // `~ SHUBH LABH ~` over the firm's name: a line framed by ornaments is set apart, no part of a name.
  const plain = (text: string): boolean =>
    shouted(text) && !PATTERNS.framedLine.test(text) && context.titleScore(text) === 0;
  // `Aldenmoor Glass` / `GmbH & Co. KG`: a name in any case, capitalised words without a title
  // word, a legal form or a department word, is closed by a legal form alone below too.
  const bareName = (text: string): boolean =>
    context.titleScore(text) === 0 &&
    companyScore(text) < COMPANY_LEGAL_WEIGHT &&
    !namesDepartment(text) &&
    capitalisedWords(text) === words(text).length;
  for (const [i, segment] of segments.entries()) {
    const left = out[out.length - 1];
    // The segment read last ends `left`: a name already joined over two lines goes on from its second.
    const last = segments[i - 1];
    const spacedOn = last?.line === segment.line && context.between(last, segment).trim() === '';
    // `S.A.C.` on the line below closes the name with its legal form, the whole of that line (not the
    // label of `Company   Tidewell Marine Ltd`).
    const lineBelow = last?.line === segment.line - 1;
    const wholeLine = segment.order === 0 && segments[i + 1]?.line !== segment.line;
    const closedBelow =
      lineBelow && wholeLine && onlyLegalForms(segment.text) && (plain(left.text) || bareName(left.text));
    // `HÜBNER & SÖHNE` / `Getriebebau GmbH`, `ANDERSSON & PARTNERS` / `ARKITEKTER AB`: a capitalised trade word and
    // a legal form alone below a name in capitals, the whole of its line and not closed, finish that name.
    const [trade = '', ...form] = words(segment.text);
    const tradeBelow =
      lineBelow &&
      wholeLine &&
      last.order === 0 &&
      plain(left?.text ?? '') &&
      !endsInLegalForm(left?.text ?? '') &&
      PATTERNS.upper.test(trade.charAt(0)) &&
      !isLegalForm(trade) &&
      onlyLegalForms(form.join(' ')) &&
      !words(left?.text ?? '').some((w) => normalizeKey(w) === normalizeKey(trade));
    // `PT NUSANTARA` / `KOPI JAYA`: a name in capitals not closed by a legal form goes on with capitals
    // below, unless they are the firm's tagline (`CHARTERED SURVEYORS`) or, under a name its legal form
    // opens, close with a legal form of their own: the name again in another language (`CÔNG TY TNHH
    // SAO MAI` / `SAO MAI TRADING CO., LTD`).
    const wrapsBelow =
      lineBelow &&
      plain(segment.text) &&
      !endsInLegalForm(left.text) &&
      !TAGLINES.has(normalizeKey(segment.text)) &&
      !(opensWithLegalForm(left.text) && endsInLegalForm(segment.text));
    // `CERÁMICAS TURIA, S.L.      FACTURA`: a legal form closes the name, and capitals spaced after it are
    // another column of the page (the document's kind, its number).
    const spacedName = spacedOn && plain(segment.text) && !endsInLegalForm(left?.text ?? '');
    const joins = left !== undefined && (closedBelow || tradeBelow || (plain(left.text) && (spacedName || wrapsBelow)));
    if (joins) out[out.length - 1] = { ...left, text: `${left.text} ${segment.text}`, end: segment.end };
    else out.push(segment);
  }
  return out;
}

/** A title this short whose last word is no title word lost its head noun to the next line (a narrow column). */
const MAX_WRAPPED_TITLE_WORDS = 3;
/** The head noun's line holds this many words at most (`Consultant`, `Landscape Architect`). */
const MAX_TITLE_TAIL_WORDS = 2;

/**
 * `Principal Acoustic` / `Consultant`, `Director, Registered` / `Landscape Architect`: a short title
 * ending in a word that is no title word goes on with a short line under it that holds a title word,
 * or that has no cue while the line under it is a company by its legal form (`Responsable Grands` /
 * `Comptes` / `Atelier Lumière SAS`). A title ending in a field goes on only with more of the field.
 */
function wrapsTitle(left: Segment, segment: Segment, next: Segment | undefined, context: Reading): boolean {
  const head = words(left.text);
  const last = normalizeKey(head[head.length - 1] ?? '');
  const rest = segment.text;
  const companyUnder = next?.line === segment.line + 1 && companyScore(next.text) >= COMPANY_LEGAL_WEIGHT;
  return (
    head.length <= MAX_WRAPPED_TITLE_WORDS &&
    context.titleScore(left.text) > 0 &&
    // `Head of Sales` / `Quillmark` is a title over its company; `Consultant, Sustainability` / `Advisory` one field.
    (DEPARTMENT_WORDS.has(last)
      ? words(rest).every((w) => DEPARTMENT_WORDS.has(normalizeKey(w)))
      : context.titleScore(last) === 0) &&
    words(rest).length <= MAX_TITLE_TAIL_WORDS &&
    companyScore(rest) === 0 &&
    !spellsDomain(rest, context.domainLabel) &&
    (context.titleScore(rest) > 0 || companyUnder)
  );
}

/**
 * `Senior Consultant,` / `Sustainability Advisory`, `Advokat (H),` / `partner`: a title line ending in
 * a comma goes on with a line that reads as more of it (a title word, a field, lower case), no company cue.
 */
function continuesAfterComma(left: Segment, segment: Segment, context: Reading): boolean {
  const { text } = segment;
  return (
    left.text.endsWith(',') &&
    context.titleScore(left.text) > 0 &&
    companyScore(text) === 0 &&
    (context.titleScore(text) > 0 || PATTERNS.lowerStart.test(text) || namesDepartment(text))
  );
}

/**
 * `Senior Research Fellow and Deputy` / `Director, Centre for Urban Resilience`, `Senior Procurement` /
 * `Officer`: a title that ends in a word qualifying a head noun (TITLE_MODIFIERS), or holds no title
 * word but such qualifiers and fields, goes on with a line opening with a title word, its head noun.
 */
function continuesToHeadNoun(left: Segment, segment: Segment, context: Reading): boolean {
  const keys = words(left.text).map((w) => normalizeKey(w));
  const qualifies = (k: string): boolean => TITLE_MODIFIERS.has(k);
  const headless =
    keys.some(qualifies) && keys.every((k) => qualifies(k) || DEPARTMENT_WORDS.has(k) || context.titleScore(k) === 0);
  return (
    (qualifies(keys[keys.length - 1] ?? '') || headless) &&
    companyScore(left.text) === 0 &&
    context.titleScore(words(segment.text)[0] ?? '') > 0
  );
}

/**
 * `Vice President of Global` / `Partnerships & Alliances`: a title whose `of` field breaks off before
 * its head (the last word neither a title nor a department word) goes on with a line naming a field
 * and holding no title word. A line with an `of` of its own (`Professor of Botany` / `Department of Plant
 * Sciences`) names a unit in full: the field above was whole.
 */
function continuesField(left: Segment, segment: Segment, context: Reading): boolean {
  const keys = words(left.text).map((w) => normalizeKey(w));
  const last = keys[keys.length - 1] ?? '';
  const holdsOf = (all: readonly string[]): boolean => all.some((k) => ROLE_CONNECTORS.of.has(k));
  return (
    context.titleScore(left.text) > 0 &&
    holdsOf(keys.slice(0, -1)) &&
    !holdsOf(words(segment.text).map((w) => normalizeKey(w))) &&
    context.titleScore(last) === 0 &&
    !namesDepartment(last) &&
    context.titleScore(segment.text) === 0 &&
    namesField(segment.text, context)
  );
}

/** Quotation marks that open a firm's name (`ТОВ «Карпатська Логістика»`, `„Dobro”`) and what closes each. */
const QUOTE_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['„', '“”'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

/** `ТОВ «Карпатська`: a quotation mark opened after the last one closed. */
function leavesQuoteOpen(text: string): boolean {
  let open: string | undefined;
  for (const ch of text) {
    if (open === undefined) open = QUOTE_CLOSERS.get(ch);
    else if (open.includes(ch)) open = undefined;
  }
  return open !== undefined;
}

/**
 * A line broken inside a name (a PDF, a badge): `Halden Institute for` / `Policy Studies`, `ТОВ
 * «Карпатська` / `Логістика»`. A segment that ends in a connector (`for`, `of`, `&`, `und`) or a spaced
 * dash (`Head of Regulatory Affairs –` / `Medical Devices`: what the dash leads to is below; not a firm
 * there, by its cues or the mail's domain, as a wrapped `Title – Company` parts again), leaves a
 * quotation mark open or ends in a comma after a title (continuesAfterComma), or a title that lost its
 * head noun (wrapsTitle), goes on with the first segment of the next line; a word broken at the line's
 * end is joined again (joinBrokenWord).
 */
function joinBrokenRoleLines<S extends Segment>(segments: readonly S[], context: Reading): S[] {
  const out: S[] = [];
  // The line the last segment out ends on: a joined one goes on from its last line.
  let endLine = -1;
  // The words of the run last out, and the segment of its last line.
  let runWords = 0;
  let lastLine: S | undefined;
  for (const [i, segment] of segments.entries()) {
    const run = out[out.length - 1];
    // A run past twice a role's length is dropped as no role (rolePieces). Past it, whether the next
    // line goes on is judged by the run's last line alone, so a long run costs linear time, and a line
    // it wraps onto is dropped with it rather than read as a role of its own.
    const overlong = runWords > 2 * MAX_ROLE_WORDS;
    const left = overlong ? lastLine : run;
    const leftWords = words(left?.text ?? '');
    const nextLine = left !== undefined && segment.line === endLine + 1 && segment.order === 0;
    const broken = nextLine ? joinBrokenWord(left.text, segment.text) : undefined;
    const wraps =
      nextLine &&
      (broken !== undefined ||
        isConnector(leftWords[leftWords.length - 1] ?? '') ||
        left.text.endsWith('&') ||
        (DASHES.has(leftWords[leftWords.length - 1] ?? '') && isDashedField(segment.text, context)) ||
        leavesQuoteOpen(left.text) ||
        continuesAfterComma(left, segment, context) ||
        continuesToHeadNoun(left, segment, context) ||
        continuesField(left, segment, context) ||
        wrapsTitle(left, segment, segments[i + 1], context));
    if (wraps && run !== undefined) {
      // `broken` rejoins an overlong run's last line alone, so its broken word stays broken: such a run
      // is too long to be a role and is dropped anyway.
      const text = broken !== undefined && !overlong ? broken : `${run.text} ${segment.text}`;
      out[out.length - 1] = { ...run, text, end: segment.end };
    } else out.push(segment);
    runWords = (wraps ? runWords : 0) + words(segment.text).length;
    lastLine = segment;
    endLine = segment.line;
  }
  return out;
}

/** Each piece's place among the others: above or below the name, its line's rank, its order on the line. */
function placed(above: readonly Unplaced[], below: readonly Unplaced[]): RolePiece[] {
  const out: RolePiece[] = [];
  for (const [side, list] of [
    [true, above],
    [false, below],
  ] as const) {
    // Counted in one pass each: a block may hold a few thousand segments.
    const onLine = new Map<number, number>();
    const rank = new Map<number, number>();
    for (const p of list) {
      onLine.set(p.line, (onLine.get(p.line) ?? 0) + 1);
      if (!rank.has(p.line)) rank.set(p.line, rank.size + 1);
    }
    const seen = new Map<number, number>();
    for (const p of list) {
      const order = seen.get(p.line) ?? 0;
      seen.set(p.line, order + 1);
      out.push({
        ...p,
        above: side,
        lineRank: side ? 0 : (rank.get(p.line) ?? 0),
        order,
        onLine: onLine.get(p.line) ?? 1,
      });
    }
  }
  return out;
}

/**
 * `M.Sc. (Statistics), University of Calcutta`, `MSc in Data Science | Universidad de Chile`: a line that opens
 * with a degree and its subject is the person's education (a CV's, a student's), so neither it nor the
 * school beside it is a job or an employer. So is one opening with a credential and the school or country that
 * awarded it in brackets (`MBChB (UCT) FCPaed(SA)`, a doctor's card), and one naming its subject outright before
 * that school (`BSc Dietetics (UKZN)` between a dietitian's name and title).
 */
/** A degree, its subject and its school's short name (`BSc Dietetics (UKZN)`) take this many words at most. */
const MAX_AWARDED_SUBJECT_WORDS = 4;

function opensWithDegree(segment: Segment, context: Reading): boolean {
  // Only a line's first segment opens it; the rest of the test is not worth running on every segment.
  if (segment.order !== 0) return false;
  const text = segment.text.normalize('NFC');
  const [degree = '', subject = ''] = words(text);
  // `BSc Dietetics (UKZN)`, `MSc Nursing (Lond)`: the subject named outright, then the school that awarded it.
  const awardedSubject =
    PATTERNS.upper.test(subject.charAt(0)) &&
    PATTERNS.awardingSchool.test(text.trimEnd()) &&
    words(text).length <= MAX_AWARDED_SUBJECT_WORDS;
  const subjectFollows = subject.startsWith('(') || DEGREE_SUBJECT_JOINERS.has(normalizeKey(subject)) || awardedSubject;
  const key = normalizeKey(degree).split('.').join('');
  // `Ma de Ventas`, `Med (Medicinsk rådgivare)`: a degree that is also a word is one only dotted or in capitals.
  const written = !WORD_DEGREES.has(key) || degree.includes('.') || degree === degree.toUpperCase();
  const awarded = subject.startsWith('(') && NAME_SUFFIXES.has(key) && PATTERNS.upper.test(degree);
  return (
    subjectFollows &&
    (ACADEMIC_DEGREES.has(key) || awarded) &&
    written &&
    // `MBA (Europe) Ltd`: a line closed by a legal form is a firm.
    companyScore(segment.text) < COMPANY_LEGAL_WEIGHT &&
    context.titleScore(segment.text) === 0
  );
}

/** A town's name in one language is a few words, each capitalised. */
const MAX_TOWN_WORDS = 3;

/**
 * `Tāmaki Makaurau / Auckland`, `Baile Átha Cliath / Dublin`: the lines naming a town in two languages, two segments
 * parted by a slash with no title or company cue, one of them a known city — where the sender is, not a firm.
 */
function bilingualTownLines(segments: readonly RoleSegment[], context: Reading): Set<number> {
  const byLine = new Map<number, RoleSegment[]>();
  for (const segment of segments) {
    const line = byLine.get(segment.line);
    if (line) line.push(segment);
    else byLine.set(segment.line, [segment]);
  }
  const named = (s: RoleSegment): boolean => {
    const all = words(s.text);
    return (
      all.length <= MAX_TOWN_WORDS &&
      all.every((w) => PATTERNS.upper.test(w.charAt(0))) &&
      context.titleScore(s.text) === 0 &&
      companyScore(s.text) === 0
    );
  };
  // A slash parts a name from its translation; a bar or a dash parts a firm from its town (`Brightline | London`).
  const translated = ([left, right]: RoleSegment[]): boolean =>
    !!left && !!right && context.between(left, right).trim() === '/';
  const lines = [...byLine].filter(
    ([, line]) => line.length === 2 && translated(line) && line.every(named) && line.some((s) => namesTown(s.text)),
  );
  return new Set(lines.map(([line]) => line));
}

/**
 * The title and company candidates of a block in reading order: `after` are the segments below the
 * name (in order), `before` those above it in the same paragraph; `between` reads what separates two
 * segments of a line.
 */
function rolePieces(before: readonly RoleSegment[], after: readonly RoleSegment[], shared: RoleContext): RolePiece[] {
  const context: Reading = { ...shared, titleScore: remembered(titleScore) };
  // `Aisha Bello  10:51 AM`: a name and a time of day on one line head a chat message; the name is its
  // author's, and the text below the next such line is another author's.
  const all = [...before, ...after];
  const degreeLines = new Set(all.filter((s) => opensWithDegree(s, context)).map((s) => s.line));
  const townLines = bilingualTownLines(all, context);
  const employable = (s: RoleSegment): boolean => !degreeLines.has(s.line) && !townLines.has(s.line);
  const clocked = new Set(all.filter((s) => PATTERNS.timeOfDay.test(s.text.trim())).map((s) => s.line));
  const headers = new Set(all.filter((s) => clocked.has(s.line) && s.order > 0).map((s) => s.line));
  const header = after.findIndex((s) => s.order === 0 && headers.has(s.line));
  const ownMessage = joinSpacedCapitals((header < 0 ? after : after.slice(0, header)).filter(employable), context);
  // A segment may hold a title and a company (`Chief of Staff to the CEO at Maplewood Credit Union`);
  // each role on its own is short.
  const fits = (s: { text: string }, most: number): boolean => words(s.text).length <= most;
  // A firm's name over the name (a logo, a letterhead): no title words, a company cue or the domain spelt.
  const companyAbove = before.some(
    (s) => context.titleScore(s.text) === 0 && (companyScore(s.text) > 0 || spellsDomain(s.text, context.domainLabel)),
  );
  const short = joinTitleFields(joinBrokenRoleLines(ownMessage, context), context, companyAbove).filter((s) =>
    fits(s, 2 * MAX_ROLE_WORDS),
  );
  // `Director, Strategic Accounts` above a company line is one title: the line below is the company;
  // so is `Head, Tenders & Contracts` under a firm named by its legal form above the name.
  const firmAbove = before.some(
    (s) => context.titleScore(s.text) === 0 && companyScore(s.text) >= COMPANY_LEGAL_WEIGHT,
  );
  // A town's line under the title (`Cork`, `Perth · +61 …`) is where the sender is, no company's.
  const untitledAfter: boolean[] = [];
  for (let i = short.length - 1, seen = false; i >= 0; i--) {
    untitledAfter[i] = seen;
    const text = short[i]?.text ?? '';
    seen ||= context.titleScore(text) === 0 && !namesTown(text) && !isPlace(text);
  }
  // `Jefa de Ventas en Viña Los Robles | Exportaciones | Vinos`: a profile's headline, its role first on a line of several.
  const headline = (s: RoleSegment, i: number): boolean => s.order === 0 && short[i + 1]?.line === s.line;
  const below = short.flatMap((s, i) => splitRole(s, context, untitledAfter[i] || firmAbove, headline(s, i)));
  const heads = (s: RoleSegment): boolean => employable(s) && !headsContact(s.text);
  const above = joinBrokenRoleLines(joinSpacedCapitals(before.filter(heads), context), context)
    .filter((s) => !headers.has(s.line))
    .filter((s) => fits(s, 2 * MAX_ROLE_WORDS))
    .flatMap((s) => splitRole(s, context));
  // `DDS`, `RIBA` on a line of their own are the name's credentials. A title with its fields runs longer.
  const role = (p: Unplaced): boolean => {
    const count = words(p.text).length;
    const sized = count <= MAX_ROLE_WORDS || (count <= MAX_FIELDED_TITLE_WORDS && isFieldedTitle(p.text, context));
    return sized && !onlyCredentials(p.text);
  };
  return placed(above.filter(role), below.filter(role));
}

/** What the rules pick: cued pieces first (title words, company cues), then by position below the name. */
export function rulePicks(pieces: readonly RolePiece[]): RolePicks {
  const below = pieces.filter((p) => !p.above);
  const fields = new Set(below.filter((p, i) => namesFieldOverFirm(p, below[i + 1])));
  const cuedTitle = (p: RolePiece): boolean => cued(p, 'title');
  const cuedCompany = (p: RolePiece): boolean => cued(p, 'company') && !fields.has(p);
  // `Lead` (a record's kind), `Your contact`, a board's `Helen Okafor, Chair` over the name: a heading's or a label's
  // title words; one under the name is the signer's own. Cards in scripts without case write the rank over the name.
  const firstCued = pieces.find(cuedTitle);
  const headingOver = firstCued?.above && !words(firstCued.text).every(isCaseless);
  let title = headingOver ? (below.find(cuedTitle) ?? firstCued) : firstCued;
  let company = pieces.find(cuedCompany);
  // A firm over the name that the mail's domain does not spell (a letterhead, an invoice's customer over a
  // `Prezados,`) gives way to one in the signer's lines under it that does: the sender's address names their firm.
  if (company?.above && !company.domain) company = below.find((p) => p.domain && cuedCompany(p)) ?? company;
  let titleAt = title ? below.indexOf(title) : -1;
  // The title comes before the company: a piece on a line under a cued company's is its address's, no title.
  const companyLine = company && !company.above ? company.line : Infinity;
  for (const [i, p] of below.entries()) {
    if (p === title || p === company || cuedTitle(p) || cuedCompany(p)) continue;
    // `sala 3`, `Unit 4B`: a piece with a number and no title word is a place's part, no title by position.
    if (!title) {
      if (!PATTERNS.anyDigit.test(p.text) && p.line <= companyLine) [title, titleAt] = [p, i];
    } else if (!company && i > titleAt) company = p;
  }
  // `株式会社 青嶺テック` / `法人営業部` / the name: a Japanese or Korean card's department (a
  // word of a script without spaces) right over the name is the only role it gives when no title is written.
  const pieceOverName = pieces.filter((p) => p.above).at(-1);
  const caselessOver = pieceOverName && pieceOverName !== company && words(pieceOverName.text).every(isCaseless);
  if (!title && caselessOver && pieceOverName.company < COMPANY_LEGAL_WEIGHT && namesDepartment(pieceOverName.text))
    title = pieceOverName;
  // `東洋ファシリティーズ株式会社` / `営業本部 営業企画部`: such a card may write the department under the firm instead.
  const firm = company;
  if (!title && firm) title = below.find((p) => p.line === firm.line + 1 && namesCaselessDepartment(p));
  // `Alpenverein Sektion Innsbruck – Hüttenreferent`: a firm written before the title on its line.
  const before = title && !company && title.order > 0 ? below[titleAt - 1] : undefined;
  if (
    before &&
    before.line === title?.line &&
    before.title === 0 &&
    !PATTERNS.anyDigit.test(before.text) &&
    !namesDepartment(before.text)
  )
    company = before;
  return { title, company };
}

/** `法人営業部`, `営業本部 営業企画部`: a department's name in a script without spaces, and no firm's. */
const namesCaselessDepartment = (p: RolePiece): boolean =>
  words(p.text).every(isCaseless) && p.company < COMPANY_LEGAL_WEIGHT && namesDepartment(p.text);

/**
 * `Grafik & Illustration` over `Brandt Studio e.U.`: a line of its own joining words by `&` alone (half a company
 * cue, no title word, not the mail's domain) right over a line with a legal form names the person's field of
 * work, not a second firm; unless the line under repeats its words (`Harrow & Finch` over `Harrow & Finch
 * Holdings Ltd`: the firm's short name over its legal one).
 */
function namesFieldOverFirm(p: RolePiece, next: RolePiece | undefined): boolean {
  if (p.title > 0 || p.company >= 1 || p.domain || p.onLine > 1) return false;
  if (next?.line !== p.line + 1 || next.company < COMPANY_LEGAL_WEIGHT) return false;
  return !repeatsWordsOf(next, p);
}

/** `Harrow & Finch Holdings Ltd` under `Harrow & Finch`: the lower line repeats a word of the upper (a short name over the legal one). */
const repeatsWordsOf = (lower: RolePiece, upper: RolePiece): boolean => sharesWord(lower.text, upper.text);

const overlaps = (a: RolePiece, b: RolePiece | undefined): boolean =>
  b !== undefined && a.start < b.end && b.start < a.end;

/** Each piece's features, as the scorer weighs them and the trainer learns them; the rules' picks are among them. */
export function featuresOf(pieces: readonly RolePiece[], ruled = rulePicks(pieces)): string[][] {
  return pieces.map((_, i) => roleFeatures(pieces, i, ruled));
}

/** The odds a candidate needs to hold a role. */
interface MinOdds {
  company: number;
  /** Asked only where the rules find no title. */
  title: number;
}

/** The shipped thresholds: the company's by cross-validation and the tuned corpora, the title's by cross-validation and the held-out parts. */
export const MIN_ODDS: MinOdds = { company: 0.2, title: 0.5 };

/** The index of the piece with the highest `odds` at `minOdds` or above (the last of equals), else -1. */
function likeliest(pieces: readonly RolePiece[], odds: (i: number) => number, minOdds: number): number {
  let index = -1;
  let best = minOdds;
  for (const i of pieces.keys()) {
    const o = odds(i);
    if (o >= best) [index, best] = [i, o];
  }
  return index;
}

/**
 * The rules' title, or where they find none the title the title scorer finds likeliest (at `minOdds.title`); and
 * the company the company scorer finds likeliest apart from it (at `minOdds.company`), or the organisation's line
 * under it when that pick is a department's line. The rules' title stands where they find one: the title scorer,
 * fitted with the rules' pick among its features, overruled it on own cases it had learnt from.
 */
export function scorerPicks(
  pieces: readonly RolePiece[],
  weights: LearnedWeights = LEARNED_WEIGHTS,
  minOdds: MinOdds = MIN_ODDS,
): RolePicks {
  const ruled = rulePicks(pieces);
  const features = featuresOf(pieces, ruled);
  const titleOdds = (i: number): number => roleOdds(features[i] ?? [], weights.title);
  const titleIndex = ruled.title ? -1 : likeliest(pieces, titleOdds, minOdds.title);
  const title = ruled.title ?? (titleIndex >= 0 ? pieces[titleIndex] : undefined);
  // -1 below the threshold or over the title.
  const companyOdds = (i: number): number => {
    const odds = roleOdds(features[i] ?? [], weights.company);
    const pick = pieces[i] as RolePiece;
    return odds >= minOdds.company && !overlaps(pick, title) && !namesNoFirm(pick.text) ? odds : -1;
  };
  const companyIndex = likeliest(pieces, companyOdds, minOdds.company);
  let company = companyIndex >= 0 ? pieces[companyIndex] : undefined;
  if (company) {
    const under = pieces[companyIndex + 1];
    if (under && namesOrganisationUnder(company, under) && companyOdds(companyIndex + 1) >= 0) company = under;
    else
      company =
        parentBody(pieces, companyIndex) ??
        universityBeside(pieces, companyIndex, title) ??
        wrappedFirm(pieces, companyIndex, title) ??
        company;
  }
  return { title, company };
}

/**
 * `School of Chemistry`, `Kimya Bölümü`, `Centre for Coastal Studies` picked on the line right over (or under)
 * `University of Lanwick`: a unit of a university says where in it the sender works; the university is the
 * employer, however many organisation words the unit's name holds (`School of Health and Care Systems`). Not for a
 * pick that names a firm by a legal form or the mail's domain, and not for a university's line holding title words
 * (`Adjunct Professor | University of …` is a second post).
 */
function universityBeside(
  pieces: readonly RolePiece[],
  index: number,
  title: RolePiece | undefined,
): RolePiece | undefined {
  const pick = pieces[index] as RolePiece;
  const legalForm = endsInLegalForm(pick.text) || opensWithLegalForm(pick.text);
  // A unit's name may pile up organisation words (`School of Health and Care Systems`); any other organisation
  // strongly cued as one (`Harbour City Hospital`, `Northgate Savings Bank`) is an employer of its own.
  const keys = words(pick.text).map(normalizeKey);
  const unit = UNIVERSITY_UNIT_WORDS.has(keys[0] ?? '') || UNIVERSITY_UNIT_WORDS.has(keys.at(-1) ?? '');
  const firm = legalForm || (!unit && pick.company >= COMPANY_LEGAL_WEIGHT);
  if (pick.above || firm || pick.domain || namesUniversity(pick.text)) return undefined;
  for (const step of [1, -1] as const) {
    const line = piecesOnLine(pieces, index, step);
    if (line.some((p) => p.title > 0 || p.above)) continue;
    const university = line.find((p) => namesUniversity(p.text) && !overlaps(p, title));
    if (university) return university;
  }
  return undefined;
}

/**
 * `Bergische Werkzeugfabrik` over `E. Krämer GmbH & Co. KG`, `FALKENRIED` over `Versicherungsmakler GmbH`: a
 * firm's name wrapped onto the next line, which its legal form closes, is one name; the pick may be either line.
 */
function wrappedFirm(pieces: readonly RolePiece[], index: number, title: RolePiece | undefined): RolePiece | undefined {
  const pick = pieces[index] as RolePiece;
  const closed = wordCues(pick) >= COMPANY_LEGAL_WEIGHT;
  const head = closed ? pieces[index - 1] : pick;
  const tail = closed ? pick : pieces[index + 1];
  if (!head || !tail || !wrapsOntoLegalForm(head, tail) || overlaps(head, title) || overlaps(tail, title))
    return undefined;
  return { ...head, text: `${head.text} ${tail.text}`, end: tail.end, company: head.company + tail.company };
}

/**
 * `head` is a firm's name going on in `tail`, the whole line right under it closed by a legal form: a line of its
 * own named a firm's by a company cue or the mail's domain, with capitalised words only, no legal form, title or
 * department words, no digits, and no word the line under repeats (`Harrow & Finch` over `Harrow & Finch
 * Holdings Ltd` is a short name over the legal one), and a line under in a script without case (`Sakura Tech`
 * over `さくらテック株式会社`) is the name in the other language. A department's line in a language we have no words for
 * (`Afdeling Inkoop`) names no firm by itself, so it stays off the firm's name.
 */
function wrapsOntoLegalForm(head: RolePiece, tail: RolePiece): boolean {
  const headWords = words(head.text);
  return (
    tail.line === head.line + 1 &&
    tail.above === head.above &&
    head.onLine === 1 &&
    tail.order === 0 &&
    head.title === 0 &&
    tail.title === 0 &&
    (head.domain || head.company >= 1) &&
    wordCues(head) < COMPANY_LEGAL_WEIGHT &&
    tail.company >= COMPANY_LEGAL_WEIGHT &&
    !PATTERNS.anyDigit.test(`${head.text} ${tail.text}`) &&
    !namesDepartment(head.text) &&
    capitalisedWords(head.text) === headWords.length &&
    !repeatsWordsOf(tail, head) &&
    !words(tail.text).some(isCaseless)
  );
}

/** The pieces of the line right under (`step` 1) or right over (-1) the piece at `index`, read outward from it. */
function piecesOnLine(pieces: readonly RolePiece[], index: number, step: 1 | -1): RolePiece[] {
  const own = (pieces[index] as RolePiece).line;
  const out: RolePiece[] = [];
  for (let i = index + step; i >= 0 && i < pieces.length; i += step) {
    const p = pieces[i] as RolePiece;
    if (p.line === own) continue;
    if (p.line !== own + step) break;
    out.push(p);
  }
  return out;
}

/**
 * `Department of Chemical Engineering` over `National University of Singapore`: a department's line
 * names a part of the organisation on the line right under it, when the department's line has no whole
 * company cue (`Harbor Legal` is a firm) and the line under has one (or spells the domain) and no title
 * or department words; or when, short of a legal form, its cues are weaker than the legal form under it
 * (`Real Estate & Land Use Practice Group` over `… & Goldberg LLP`). (The caller also holds the line under
 * to the scorer's own checks.)
 */
const namesOrganisationUnder = (department: RolePiece, under: RolePiece): boolean =>
  !department.above &&
  !under.above &&
  (department.company < 1 || (department.company < COMPANY_LEGAL_WEIGHT && under.company >= COMPANY_LEGAL_WEIGHT)) &&
  under.line === department.line + 1 &&
  under.title === 0 &&
  (under.company > 0 || under.domain) &&
  namesDepartment(department.text) &&
  !namesDepartment(under.text);

/**
 * `Public Works Department` over `Town of Fairhaven`, `Food Safety Program | Saguaro Valley County Public Health`,
 * `Digital Services Division | Department of Regional Futures`: a signature names a unit before the body it belongs
 * to, so a pick closed by a unit's word (a department, division, team, program; before its first comma) is a part
 * of the piece right after it on its line, or, ending its line, of a piece of the next (`Oifig … | Roads Design
 * Office` over `Údarás … | Corrib Regional Roads Authority`: the body in each language), when that piece names an
 * organisation (namesBody).
 */
function parentBody(pieces: readonly RolePiece[], index: number): RolePiece | undefined {
  const unit = pieces[index] as RolePiece;
  const unitHead = words(unit.text.split(',')[0] ?? '').at(-1) ?? '';
  if (unit.above || unit.domain || wordCues(unit) >= COMPANY_LEGAL_WEIGHT || !closesAsDepartment(unitHead))
    return undefined;
  const next = pieces[index + 1];
  const beside = next?.line === unit.line ? [next] : piecesOnLine(pieces, index, 1);
  return beside.find(namesBody);
}

/**
 * A name in capitals (no title word, digit or place) made an organisation's by a public body's opening (`Town of`,
 * `Ministry of Foreign Affairs`: PUBLIC_BODY_OPENERS), or, when no unit's word closes it, by a company cue, the mail's
 * domain or a government department's opening (`Department of Regional Futures`, not `… of Civil Engineering`).
 */
function namesBody(p: RolePiece): boolean {
  const all = words(p.text);
  const unitClosed = closesAsDepartment(all.at(-1) ?? '');
  return (
    !p.above &&
    p.title === 0 &&
    !PATTERNS.anyDigit.test(p.text) &&
    !isPlace(p.text) &&
    capitalisedOrJoined(p.text) &&
    (opensGovernmentBody(all) || (!unitClosed && (opensPublicBody(all) || p.company > 0 || p.domain)))
  );
}

export function asFindings({ title, company }: RolePicks): RoleFindings {
  const found: RoleFindings = {};
  if (title) found.title = asValue(title);
  if (company) found.company = asValue(company);
  return found;
}

/** Roles found, with the candidates they were picked from (what the trainer learns on). */
export interface RoleReading {
  found: RoleFindings;
  pieces: RolePiece[];
  /**
   * The title read on with the field after its comma or dash (fieldAfterTitle), when that field is the company
   * found: a firm named apart from the block (a footer's, a letterhead's) makes it the title's field.
   */
  fieldedTitle?: ParsedValue<string>;
}

/**
 * `Senior Associate, Commercial Property`, `Associate Director – Building Surveying`: the piece after the title's comma
 * or dash on its line, with no title word and trade words at most (tradeOnly: `Construction Claims` names a field as
 * well), reads as a firm by its shape alone; it is the title's field when a firm is named elsewhere.
 */
function fieldAfterTitle(
  pieces: readonly RolePiece[],
  title: RolePiece,
  context: Reading,
  company: RolePiece | undefined,
): RolePiece | undefined {
  const next = pieces[pieces.indexOf(title) + 1];
  if (next?.line !== title.line || next.above !== title.above) return undefined;
  const separator = context.between(title, next).trim();
  const parts = separator === ',' || DASHES.has(separator);
  // `Médica Veterinária – CRMV-SP 41.277`: a number is a licence's or a registration's, no field.
  const worded = !PATTERNS.anyDigit.test(next.text);
  const domainFirm = company !== undefined && company !== next && company.domain;
  const trade = tradeOnly(next.text, context, DASHES.has(separator) && domainFirm);
  return parts && worded && next.title === 0 && trade ? next : undefined;
}

/** The title read on to the end of its field on the line. */
const withField = (title: RolePiece, field: RolePiece, between: Between): RolePiece => ({
  ...title,
  text: title.text + between(title, field) + field.text,
  end: field.end,
});

/**
 * Title and company from the block's text segments (rolePieces): the rules' title, the scorer's company. A title's
 * field (fieldAfterTitle) is the title's when another piece is the company, one sharing none of its words (`Harrow`
 * after `Sales Manager – ` over `Harrow Ltd` is the firm's short name); with no company found it may be the firm.
 */
export function findRoles(
  before: readonly RoleSegment[],
  after: readonly RoleSegment[],
  context: RoleContext,
): RoleReading {
  const pieces = rolePieces(before, after, context);
  const picks = scorerPicks(pieces);
  const field = picks.title && fieldAfterTitle(pieces, picks.title, { ...context, titleScore }, picks.company);
  if (!picks.title || !field) return { found: asFindings(picks), pieces };
  const fielded = withField(picks.title, field, context.between);
  if (picks.company === field) return { found: asFindings(picks), pieces, fieldedTitle: asValue(fielded) };
  if (!picks.company || repeatsWordsOf(picks.company, field)) return { found: asFindings(picks), pieces };
  return { found: asFindings({ ...picks, title: fielded }), pieces };
}
