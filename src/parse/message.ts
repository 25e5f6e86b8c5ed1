// One message → a draft. Segments are classified (prose, sign-off, email, phone, web, address,
// plain text); the name is the best-scored name-like segment (after a sign-off, above contact
// details, matching the email), the signature block is the name's paragraph, and phones, links and
// the address are read from there to the end of the message.
import { addressInSentence, addressKind, findAddress, hyphenatedAddress, labelsLocality, openingFirm } from './address';
import { asCard, isCard, type Paragraph, paragraphsOf } from './card';
import {
  CountryEvidence,
  namesCity,
  type PlaceClosing,
  weighCourtesies,
  weighHost,
  weighLanguage,
  weighSentencesLanguage,
  weighScript,
  weighSegment,
} from './country';
import { domainOf, findEmails, isFreemail, isRoleLedOnly, isRoleMailbox, localPart, localPieces } from './email';
import { findLetterhead, type Letterhead, letterheadOf, withWrappedHead } from './letterhead';
import {
  MAX_NAME_CHARS,
  MAX_NAME_TOKENS,
  MAX_ROLE_WORDS,
  MAX_SEGMENT_CHARS,
  MAX_STACKED_FAMILY_WORDS,
  MAX_VALEDICTION_WORDS,
  MIN_NAME_SCORE,
  INTRO_POSSESSIVE_WORDS,
  MIN_DOMAIN_GIVEN_NAME,
  MIN_EMAIL_MATCH_TOKEN,
  MAX_ROLE_LINES_FROM_NAME,
  MIN_PHONE_DIGITS,
  NAME_CONTEXT_LINES,
  PROSE_MIN_WORDS,
  SCORE_AFTER_VALEDICTION,
  SCORE_CONTACT_NEARBY,
  SCORE_EMAIL_MATCH,
  SCORE_HEADER_SENDER,
  SCORE_MULTI_WORD,
  SCORE_ONE_WORD_INTRO_PENALTY,
  SCORE_PARAGRAPH_START,
  SCORE_SELF_INTRO,
  SCORE_REFERRED_CONTACT,
  SCORE_TITLE_UNDER,
} from './limits';
import { listingHeading } from './listing';
import {
  asWritten,
  directoryName,
  displayName,
  isCapitalisedName,
  isCaseless,
  isInitial,
  areInitialsInCapitals,
  isParticle,
  isFullerForm,
  isGivenNamesOnly,
  isUnspacedFullName,
  opensWithFamilyName,
  matchesEmail,
  nameFromEmail,
  nameAsides,
  nameTokens,
  onlyHonorifics,
  spellsWrittenOrder,
  personName,
  stackedPerson,
  typedName,
  type NameCustoms,
  type NameToken,
  type PersonName,
  isPatronymic,
  isSuffix,
} from './names';
import { othersHonorificAt, othersNameOpeningAt, writesOwnName } from './othersNamed';
import { familyAfterGiven, givenBeforeFamily } from './nameBeside';
import { PATTERNS } from './patterns';
import { isFirstPerson, isSignOff, isValediction, readableLines } from './readable';
import { findPhones, type PhoneFindings } from './phones';
import type { CountryCode } from 'libphonenumber-js/max';
import { companyDomainOf } from './domain';
import { firmSpellingDomain } from './domainFirm';
import { firmInFull } from './firmInFull';
import { namesSoleTradersTrades } from './soleTrader';
import {
  closesAsDepartment,
  COMPANY_LEGAL_WEIGHT,
  companyScore,
  isItemColumnHeadings,
  isLegalForm,
  isTitleCompoundNoName,
  isTwoWordTitle,
  namesDepartment,
  namesFirm,
  namesOrganisation,
  onlyLegalForms,
  opensWithAddresseePrefix,
  opensWithLegalForm,
  titleScore,
  withoutRegistration,
} from './roleCues';
import {
  DASHES,
  findRoles,
  firmLead,
  onBehalfOf,
  signsForFirm,
  type RoleContext,
  type RoleFindings,
  type OwnName,
  type RoleReading,
  type RolePiece,
  type RoleSegment,
} from './roles';
import {
  asciiDigits,
  digitCount,
  fold,
  capitalisedOrJoined,
  isConnector,
  isProse,
  hyphenatedRest,
  normalizeKey,
  signOffWord,
  sliceSegment,
  splitRunOnSignature,
  continuesFirm,
  nextNonBlank,
  splitSegments,
  trimmedSegment,
  sharesWord,
  spacelessKey,
  words,
  wordsAt,
  type Between,
  type Line,
  type Segment,
  type Word,
} from './text';
import { isMessageIdHeader, isRecipientHeader, senderFrom, type Message } from './thread';
import type { ParsedContact, ParsedValue, PostalAddress } from './types';
import {
  ADDRESSEE_HONORIFICS,
  ADDRESSEE_LABELS,
  ADDRESSEE_OPENERS,
  AT_FIRM,
  BADGE_CATEGORIES,
  COMPASS_POINTS,
  PLATFORM_HOST_TAGS,
  COUNTERPART_LABELS,
  RECORD_OWNER_LABELS,
  TICKET_ONLOOKER_LABELS,
  CALENDAR_WORDS,
  STAMP_DAYS,
  CLEFT_RELATIVES,
  CONTACT_LABEL_WORDS,
  DISCLAIMER_STEMS,
  DOCUMENT_NUMBER_MARKS,
  DOCUMENT_WORDS,
  SECTION_WORDS,
  DOUBLE_SURNAME_LANGUAGE_WORDS,
  FAMILY_FIRST_LANGUAGE_WORDS,
  FIELD_LABELS,
  LISTING_AGENT_LABELS,
  SPEAKER_LABELS,
  SURNAME_OR_NICKNAME_LABELS,
  LAST_SURNAME_LANGUAGE_WORDS,
  GREETING_OR_FAREWELL_WORDS,
  GREETING_WORDS,
  GREETINGS_ALSO_WORDS,
  GREETINGS_ALSO_GIVEN_NAMES,
  TRAILING_SIGN_OFFS,
  HONORIFICS,
  INTERFACE_WORDS,
  SPOKEN_FILLERS,
  INTRO_CONNECTORS,
  JAPANESE_SURNAMES,
  CHINESE_SURNAMES,
  READER_POSSESSIVES,
  FIRST_PERSON_I,
  LEGAL_FORMS,
  RELATION_NOUNS,
  ROLE_CONNECTORS,
  SALUTATION_FORMS,
  SALUTATION_WORDS,
  TICKET_PARTY_LABELS,
  TICKET_FIELD_LABELS,
  CALENDAR_ORGANIZER_LABELS,
  ATTENDEE_LABELS,
  SENTENCE_OPENERS,
  SHORT_WRITER_POSSESSIVES,
  WRITER_POSSESSIVES,
  PHONE_LABELS,
  INTRO_ROLE_LINKS,
  LICENCE_LABELS,
  PARTICLES,
  PERSONAL_DETAIL_LABELS,
  COMPANY_WORDS,
  TRADE_NAME_WORDS,
} from './vocabulary';
import { findWeb, handleInSentences, siteHost } from './web';

type Kind = 'prose' | 'valediction' | 'greeting' | 'header' | 'email' | 'phone' | 'web' | 'address' | 'label' | 'text';

interface Item {
  seg: Segment;
  kind: Kind;
  para: number;
  /** The paragraph its details are read with: its own, or a card's first (card.ts). */
  block: number;
  /** First-person prose ("reach me at …"): its email and phone are the sender's. */
  firstPerson: boolean;
  /** The first segment of a chat message (`[…] Lukas Hütte Verein: Lukas Gruber`): it opens what its writer sends, like a paragraph. */
  opensChatMessage: boolean;
}

interface NameCandidate {
  tokens: NameToken[];
  /** Set when the tokens alone do not say which is the family name (`Doe, Jane`). */
  person?: PersonName;
  score: number;
  item?: Item;
  email?: ParsedValue<string>;
  roles?: RoleFindings;
  /** Under a sign-off (`Kind regards,` / the name). */
  signed?: boolean;
  /** A field's value (`Name: …`, `Ansprechpartnerin: …`). */
  field?: boolean;
}

/**
 * `Hi Jonah,`, `Kedves Péter!`, `नमस्ते शर्मा जी,`: the pattern, or a greeting word of a script its `\b`
 * does not reach; `山田様`, `김민준 님`: a name with the honorific that marks the one addressed. `Cześć Marek,`
 * greets only on the message's first line (`opening`): further down the word takes leave. A greeting word
 * that is also a given name (`Ola`, `Cara`) is a name anywhere below a sign-off (`Vänliga hälsningar` over
 * `Ola Lindqvist`) or right under a line read as a greeting (`Liebe Grüße` is read as one), unless its line is
 * closed like a greeting (`Ola Maria,`); anywhere else it greets, with or without a comma (`Cara Giulia`). A greeting
 * word that is also an English word (`Halo`) greets only on a line so closed: `Halo Creative Studio` is a firm. A line
 * so closed that opens with a form of address greets whom it names (`Szanowny Panie Prezesie,`, `Gentile Anna Neri,`).
 */
function isGreeting(
  text: string,
  opening: boolean,
  closedLikeGreeting: boolean,
  underSignOffOrGreeting: boolean,
): boolean {
  const all = words(text);
  const first = normalizeKey(all[0] ?? '');
  if (GREETINGS_ALSO_GIVEN_NAMES.has(first) && underSignOffOrGreeting && !closedLikeGreeting) return false;
  if (GREETINGS_ALSO_WORDS.has(first) && !closedLikeGreeting) return false;
  return (
    PATTERNS.greeting.test(text) ||
    GREETING_WORDS.has(first) ||
    (opening && GREETING_OR_FAREWELL_WORDS.has(first)) ||
    (all.length <= MAX_NAME_TOKENS && all.some(isAddressed)) ||
    (closedLikeGreeting && (SALUTATION_FORMS.has(first) || namesNobody(text)))
  );
}

/**
 * `Olá Benedita,`, `Bonsoir Anatole,` over a sentence: a short line closed like a greeting that opens
 * the message and stands over its body addresses the reader, whatever word greets (no list holds every
 * language's). A sign-off so closed (`Best regards,`) stands over a name, not a sentence, and is no salutation.
 */
function salutesReader(lines: readonly Line[], n: number): boolean {
  const line = lines[n] as Line;
  if (line.long || !PATTERNS.greetingClose.test(line.text) || isValediction(line.text)) return false;
  if (words(line.text).length > MAX_NAME_TOKENS) return false;
  const first = lines[nextNonBlank(lines, n + 1)];
  return !!first && (first.long || isProse(first.text));
}

/** `Madame, Monsieur,`, `Prezado Senhor,`: a salutation of forms of address alone, naming nobody. */
const namesNobody = (text: string): boolean =>
  text
    .split(PATTERNS.salutationBreak)
    .filter(Boolean)
    .every((w) => {
      const k = normalizeKey(w);
      return SALUTATION_WORDS.has(k) || ROLE_CONNECTORS.and.has(k);
    });

/** `山田様`, `佐藤さん、`, `님`: a word ending in an honorific for the person addressed. */
const isAddressed = (word: string): boolean => {
  const bare = word.replace(PATTERNS.edgePunctuation, '');
  return ADDRESSEE_HONORIFICS.some((h) => bare.endsWith(h));
};

/**
 * `Trưởng phòng Kinh doanh`: a short line opening with a title word, no sentence, names a role however many
 * words are lowercase; so does a shorter one whose title word follows a capitalised field in the genitive
 * (`Pardavimų vadovas Baltijos šalims`, `Projektų vadovė`), as Baltic and Slavic titles are written.
 */
function isTitleLine(text: string): boolean {
  const all = words(text);
  const [first = '', second = ''] = all;
  // Cheap tests first: most prose fails them.
  if (all.length > MAX_ROLE_WORDS || PATTERNS.sentenceEnd.test(text)) return false;
  const opener = normalizeKey(first);
  const fieldFirst =
    all.length <= MAX_FIELD_FIRST_TITLE_WORDS &&
    PATTERNS.upper.test(first.charAt(0)) &&
    !SENTENCE_OPENERS.has(opener) &&
    !WRITER_POSSESSIVES.has(opener);
  return (
    titleScore(first) > 0 ||
    isTwoWordTitle(first, second) ||
    (fieldFirst && titleScore(second) > 0) ||
    titleAtFirm(text)
  );
}

/**
 * `Talent Acquisition Lead at Dune Mobility`, `Leiterin Einkauf bei Norrland GmbH`: a profile's headline, title words
 * before a word for `at` (AT_FIRM) and the firm, however many words the title's field takes first.
 */
function titleAtFirm(text: string): boolean {
  const at = AT_FIRM.map((w) => text.indexOf(` ${w} `)).filter((i) => i > 0);
  return at.length > 0 && titleScore(text.slice(0, Math.min(...at))) > 0;
}

/** A title line whose title word comes second (isTitleLine) has at most this many words. */
const MAX_FIELD_FIRST_TITLE_WORDS = 5;

/** `Country Manager, Nigeria`, `Head of Sales, Bavaria`: title words, then the place they cover, no number. */
function isTitleOverPlace(text: string): boolean {
  const comma = text.indexOf(', ');
  return (
    comma > 0 &&
    digitCount(text) === 0 &&
    words(text).length <= MAX_ROLE_WORDS &&
    !PATTERNS.sentenceEnd.test(text) &&
    titleScore(text.slice(0, comma)) > 0
  );
}

/**
 * `Country Manager – Kenya`, `Leiterin Vertrieb - Österreich`: dashes that part a title from the country it
 * covers on its line make the country the title's territory (as isTitleOverPlace reads it after a comma),
 * no address line.
 */
function coversCountry(title: Item | undefined, country: Segment, line: Line): boolean {
  return (
    title?.kind === 'text' && DASHES.has(betweenIn([line])(title.seg, country).trim()) && titleScore(title.seg.text) > 0
  );
}

/** An address line read as one (`12, rue des Tanneurs`) has at most this many words, abbreviations aside. */
const MAX_ADDRESS_LINE_WORDS = 8;
/**
 * `12, rue des Tanneurs`, `г. Москва, ул. Тверская, д. 7, оф. 12`: a few words an address reads as one, lower-case
 * words and all, are no sentence; its abbreviated street, house and unit words (`ул.`, `д.`) do not lengthen it. Nor
 * is a form's labelled town, region or postcode (pt `Cidade de correspondência: Campinas`), its label's words and all.
 */
const isAddressLine = (text: string): boolean =>
  words(text).filter((w) => !PATTERNS.shortAbbreviation.test(w)).length <= MAX_ADDRESS_LINE_WORDS &&
  (!!addressKind(text) || labelsLocality(text));

/**
 * `Contact for questions about this invoice: ana@…, tel. …`: an address right after a contact label is a
 * detail, however many words the label has — no sentence.
 */
function opensWithLabelledAddress(
  text: string,
  first = text.includes('@') ? findEmails(text, 0)[0] : undefined,
): boolean {
  const label = first ? text.slice(0, first.start) : '';
  const labelWords = words(label).map((w) => w.toLowerCase());
  // `Contact my deputy while I am away: …` hands over to someone else: the address is not the writer's
  return (
    PATTERNS.labelEnd.test(label) &&
    CONTACT_LABEL_WORDS.has(labelWords[0] ?? '') &&
    !labelWords.some((w) => WRITER_POSSESSIVES.has(w) || SHORT_WRITER_POSSESSIVES.has(w))
  );
}

/**
 * `Nr.`, `č.`: a number's abbreviation (its dot no part of the word), lower case in a heading in capitals too
 * (`CENOVÁ NABÍDKA č. CN-2025-087`).
 */
function isNumberMark(word: string): boolean {
  const key = normalizeKey(word);
  return DOCUMENT_NUMBER_MARKS.has(key.endsWith('.') ? key.slice(0, -1) : key);
}

/**
 * `INVOICE 2026-014`, `OFFERTE Nr. 31870`, `QUOTATION  Q-31870`: a line naming a document's kind, then its
 * number, heads the document — its number is no postal code and no phone.
 */
function isDocumentNumberLine(text: string): boolean {
  const [kind, after] = words(text).map((w) => normalizeKey(w));
  if (!kind || !after || !DOCUMENT_WORDS.has(kind)) return false;
  return PATTERNS.anyDigit.test(after) || isNumberMark(after);
}

/** `SEKCJA I`, `Section II`, `Abschnitt 3`: a section's word and numeral head a part of a notice or a form, no name. */
function isSectionHeading(text: string): boolean {
  const [word, numeral, ...rest] = words(text);
  return (
    rest.length === 0 && SECTION_WORDS.has(normalizeKey(word ?? '')) && PATTERNS.sectionNumeral.test(numeral ?? '')
  );
}

/** A heading in capitals naming a document's kind has this many words at most (`RĒĶINS / INVOICE`). */
const MAX_DOCUMENT_HEADING_WORDS = 6;

/**
 * `FAKTURA`, `RĒĶINS / INVOICE`, `CENOVÁ NABÍDKA č. CN-2025-087`: a short line in capitals naming a document's kind,
 * its number given further down or after a number's abbreviation, heads it too; so does the kind's word alone on its
 * line in any case (`Auftragsbestätigung`, `Rechnung`).
 */
function isDocumentHeading(text: string): boolean {
  if (isDocumentNumberLine(text)) return true;
  // `注　文　書`: a CJK document's kind set apart letter by letter (a name may be spaced so too: `田　中　太　郎`).
  if (PATTERNS.letterSpacedCjkTitle.test(text)) return DOCUMENT_WORDS.has(text.replace(PATTERNS.whitespaceRun, ''));
  const all = words(text);
  if (!all.some((w) => DOCUMENT_WORDS.has(normalizeKey(w)))) return false;
  return (
    all.length === 1 ||
    (all.length <= MAX_DOCUMENT_HEADING_WORDS && !all.some((w) => !isNumberMark(w) && PATTERNS.lower.test(w)))
  );
}

/**
 * `Bill To:`, `Vendor:`: a label line over the block of the document's other party (customer, supplier), an
 * addressee's label (`Attn:`) among them.
 */
function isCounterpartLabel(text: string): boolean {
  // A block's heading alone on its line needs no colon (`Ostaja` over the buyer's firm).
  return opensWithLabel(text, ADDRESSEE_LABELS, COUNTERPART_LABELS) || COUNTERPART_LABELS.has(normalizeKey(text));
}

/** `Requester: Ana Lobo <ana@…>`: a helpdesk ticket's customer, not whoever writes its newest comment. */
function namesTicketParty(text: string): boolean {
  return opensWithLabel(text, TICKET_PARTY_LABELS);
}

/** A name's folded words in any order: `Oyelaran, Babajide` and `Babajide Oyelaran` name one person. */
const nameKey = (tokens: readonly NameToken[]): string =>
  tokens
    .map((t) => fold(t.text))
    .sort()
    .join(' ');

/** Whom a helpdesk ticket's party label names (ticketParty): their name's key (nameKey) and their address. */
interface TicketParty {
  key?: string;
  email?: ParsedValue<string>;
}

/** `Requester: Oyelaran, Babajide (b.oyelaran@…)`: the person a helpdesk ticket is about, the customer. */
function ticketParty(items: readonly Item[]): TicketParty | undefined {
  const item = items.find((x) => namesTicketParty(x.seg.text));
  const value = item && pastLabel(item.seg);
  if (!value) return undefined;
  const pair = senderFrom(value.text, value.start);
  const email = pair?.email && findEmails(pair.email.text, pair.email.start)[0];
  const name = pair?.name ?? { text: beforeTag(value.text), start: value.start };
  const tokens = name.text.includes('@') ? undefined : headerName(name.text, name.start)?.tokens;
  return { key: tokens && nameKey(tokens), email: email && !isRoleMailbox(email.value) ? email : undefined };
}

/** `text` opens with a label (`Bill To:`, `Attn:`) that one of the `lists` holds. */
function opensWithLabel(text: string, ...lists: ReadonlyArray<ReadonlySet<string>>): boolean {
  const label = PATTERNS.labelPrefix.exec(text);
  const key = label ? normalizeKey(label[1] ?? '') : undefined;
  return key !== undefined && lists.some((list) => list.has(key));
}

/**
 * The items of the blocks under a counterpart's label line (`Bill To:` / `Kestrel Fabrication Ltd` / …), the
 * label's too, and of a block a line to its addressee opens (`Spett.le Rossi Arredi S.r.l.`, `Attn: …`). A label
 * sharing its line with another segment heads a column of two merged line by line (`Dodavatel:      Odběratel:`):
 * only the segments in its place on the lines below are the counterpart's.
 */
function counterpartItems(items: readonly Item[]): Set<Item> {
  const under = new Set<Item>();
  let para: number | undefined;
  let column: number | undefined;
  for (const [i, item] of items.entries()) {
    // A sign-off is never a line to the addressee, though pt-BR `Att,` (atenciosamente) spells `Att` (attention).
    if (item.kind !== 'valediction' && (isCounterpartLabel(item.seg.text) || opensAddressee(item.seg.text))) {
      para = item.para;
      const sharesLine = item.seg.order > 0 || items[i + 1]?.seg.line === item.seg.line;
      column = sharesLine ? item.seg.order : undefined;
    }
    if (item.para === para && (column === undefined || item.seg.order === column)) under.add(item);
  }
  return under;
}

/**
 * An invoice, a quotation: a document its number line or kind (`INVOICE No. 2026-387`, `FAKTURA`) heads. A letter's
 * layout may set the heading under the sender's return-address strip and the address window (`Firma GmbH · Str. 1 ·
 * 12345 Ort` / `Kunde AG` / … / `RECHNUNG Nr. 2025-0873`): a heading opening a paragraph before any prose heads it too.
 */
function isDocument(items: readonly Item[]): boolean {
  const first = items[0]?.seg.line;
  for (const [i, { seg, kind, para }] of items.entries()) {
    if (kind === 'prose') return false;
    const opensParagraph = items[i - 1]?.para !== para;
    if ((seg.line === first || opensParagraph) && isDocumentHeading(seg.text)) return true;
  }
  return false;
}

/**
 * An invoice's or quotation's issuer: in a document its number line heads, the first firm written on a line
 * of its own (a legal form, no title words, no label) is the issuer's — the customer's block follows it. A firm
 * in the block under a counterpart's label (`Bill To:`, `Vendor:`) is the other party's, so it gives way when it
 * was read as the `company` found so far; a company found anywhere else (the signature's) stays. The person the
 * document names as its contact works there.
 */
function documentIssuer(items: readonly Item[], company: ParsedValue<string> | undefined): RoleFindings {
  const others = counterpartItems(items);
  if (company && ![...others].some((x) => within(company, x.seg))) return {};
  const firm = issuerFirm(items, others);
  if (!firm) return {};
  // `Holzbau Ried-` over `mann GmbH & Co. KG`: the issuer's name hyphenated by the layout is one name.
  const named = withWrappedHead(items[items.indexOf(firm) - 1], withoutSigningFor(firm.seg), undefined);
  return { company: { value: named.text, start: named.start, end: named.end } };
}

/**
 * `For Kestrelmoor Pvt. Ltd.`, `For and on behalf of …` over the signatory → `Kestrelmoor Pvt. Ltd.`: the words leading
 * to a firm (firmLead) are no part of its name.
 */
function withoutSigningFor(firm: Segment): Segment {
  const lead = firmLead(firm.text);
  return lead > 0 ? sliceSegment(firm, lead) : firm;
}

/** The issuer's firm line of a document its number line heads (documentIssuer), past the counterparts' blocks (`others`). */
function issuerFirm(items: readonly Item[], others: ReadonlySet<Item>): Item | undefined {
  if (!isDocument(items)) return undefined;
  return items.find(
    (x) =>
      x.kind === 'text' &&
      !others.has(x) &&
      !PATTERNS.labelPrefix.test(x.seg.text) &&
      // `AUFTRAGSBESTÄTIGUNG Nr. AB 250611-07`: a number's prefix may spell a legal form.
      !isDocumentHeading(x.seg.text) &&
      companyScore(x.seg.text) >= COMPANY_LEGAL_WEIGHT &&
      titleScore(x.seg.text) === 0,
  );
}

/**
 * `RECHNUNG Nr. 2025-0412` / … / `Ihr Ansprechpartner: Jonas Weidner` under `Weidner Druck GmbH · Elbstr. 4 · 01067
 * Dresden`: the person a document names as its contact works at its issuer, so the issuer's block gives their address
 * when their own lines give none.
 */
function issuerAddress(items: readonly Item[], between: Between): ParsedValue<PostalAddress> | undefined {
  const others = counterpartItems(items);
  const firm = issuerFirm(items, others);
  if (!firm) return undefined;
  const block = items.filter(
    (x) =>
      x.para === firm.para && x !== firm && !others.has(x) && x.kind !== 'email' && !isDocumentNumberLine(x.seg.text),
  );
  return findAddress(
    block.map((x) => x.seg),
    between,
  );
}

/**
 * `Atelier Vermeil SAS` / `27 rue des Tanneurs, 69005 Lyon` heading an invoice that `Votre interlocuteur : Thibault …`
 * closes: the firm's own details stand in the paragraphs (in text order) with a line naming the firm found
 * (`company`, where it was read or written alike); a paragraph of prose only mentions the firm. `usable`: the lines
 * the sender's details may be read from.
 */
function firmBlocks(
  items: readonly Item[],
  company: ParsedValue<string> | undefined,
  usable: (x: Item) => boolean,
): Item[][] {
  if (!company) return [];
  const key = fold(company.value);
  const namesFirm = (x: Item): boolean =>
    x.kind !== 'prose' && ((x.seg.start < company.end && company.start < x.seg.end) || fold(x.seg.text) === key);
  const paras = new Set(items.filter(namesFirm).map((x) => x.para));
  // Each paragraph's segments, in text order.
  const blocks = new Map<number, Item[]>();
  for (const x of items) {
    if (!paras.has(x.para) || x.kind === 'email' || !usable(x)) continue;
    const block = blocks.get(x.para) ?? [];
    block.push(x);
    blocks.set(x.para, block);
  }
  return [...blocks.values()];
}

/**
 * What the first of the firm's paragraphs (firmBlocks) that holds one gives: where the sender's own lines give no
 * address, site or number, their firm's do (`BERGQVIST & HOLM ADVOKATBYRÅ AB` / `Storgatan 12 · … ·
 * www.bergqvistholm.example` over a letter signed `Ebba Holm`).
 */
function fromFirmBlocks<T>(blocks: readonly Segment[][], read: (block: Segment[]) => T | undefined): T | undefined {
  for (const block of blocks) {
    const found = read(block);
    if (found) return found;
  }
  return undefined;
}

/**
 * `Shreeji Packaging Industries` / `Plot 118, GIDC Phase II, Vatva, Ahmedabad – 382445` / `Ph: …` heading an
 * invoice its proprietor signs below: where neither the sender's own lines nor their firm's paragraph give an
 * address, the issuer's letterhead (findLetterhead) does.
 */
function letterheadAddress(
  letter: Letterhead<Item>,
  usable: (x: Item) => boolean,
  between: Between,
): ParsedValue<PostalAddress> | undefined {
  if (!letter.headsLetter) return undefined;
  return findAddress(
    letter.issuer.filter((x) => x.kind !== 'email' && usable(x)).map((x) => x.seg),
    between,
  );
}

/**
 * `www.lindqvist-law.example` in the letterhead over a solicitor's letter: the issuer's site, when written as a site (`www.`)
 * or its host is the sender's mail domain — a role address the letterhead broke over two lines leaves a bare domain
 * that is none (`info@harbour-` over `joinery.example`).
 */
function letterheadSite(
  letter: Letterhead<Item>,
  rawOf: (segment: Segment) => string,
  sendersEmail: string | undefined,
): ParsedValue<string> | undefined {
  if (!letter.headsLetter) return undefined;
  const site = findWeb(
    letter.issuer.map((x) => x.seg),
    rawOf,
  ).website;
  const host = site ? siteHost(site.value) : '';
  const ownHost = !!sendersEmail && host.replace(PATTERNS.wwwPrefix, '') === domainOf(sendersEmail);
  return ownHost || PATTERNS.wwwPrefix.test(host) ? site : undefined;
}

/** `Tatra Farm s.r.o.`, `Grupo Textil Anáhuac, S.A. de C.V.`: a firm alone, a comma in it only before its legal form. */
const isFirmAlone = (text: string): boolean =>
  !text.endsWith(',') &&
  text
    .split(', ')
    .slice(1)
    .every((part) => onlyLegalForms(part));

/**
 * `Our client Harbour Point Ltd`, `Sent on behalf of Huaxing Precision Co., Ltd`: a lower-case word before a
 * capitalised one leads into a firm a sentence names. A firm's own lower-case words join capitals (`Bank of
 * Ireland plc`), are particles or legal forms' parts (`Sp. z o.o.`), or follow its capitals (`Slezské ložiskové
 * závody s.r.o.`), or follow a legal form that opens it (`Công ty CP Công nghệ Mekong`).
 */
function ledIntoFirm(text: string): boolean {
  const all = words(text);
  if (opensWithLegalForm(text, all)) return false;
  const capital = (i: number): boolean => PATTERNS.upper.test(all[i]?.charAt(0) ?? '');
  const ownWord = (w: string, i: number): boolean =>
    isConnector(w) ? capital(i - 1) && capital(i + 1) : isParticle(w) || isLegalForm(w) || onlyLegalForms(w);
  const lead = all.findIndex((w, i) => PATTERNS.lowerStart.test(w) && !ownWord(w, i));
  return lead >= 0 && all.slice(lead + 1).some((w, i) => capital(lead + 1 + i) && !isLegalForm(w));
}

/**
 * `Baltic Timber OÜ · Tallinn · +372 …`, `Lumen Bank plc, 1 Churchill Place, London …`: a firm named by its legal
 * form, alone between separators or opening a line of details, in the sender's own paragraph (`own`) or one below
 * it (a footer's legal line; the last paragraph when neither their name nor their address is in the text) is
 * theirs, when no line nearer their name gave a firm. A firm above is an addressee's or a letter's subject.
 */
function footerFirm(
  items: readonly Item[],
  own: number | undefined,
  sendersOwn: (x: Item) => boolean,
): Segment | undefined {
  const first = own ?? items[items.length - 1]?.para ?? 0;
  const others = counterpartItems(items);
  // `Partners: Vistula Foods S.A. | Baltic Cargo Sp. z o.o.`: the firms after a line's label are the ones it lists.
  const labelled = (x: Item): boolean =>
    x.seg.order === 0 && (x.kind === 'text' || x.kind === 'label') && PATTERNS.labelPrefix.test(x.seg.text);
  const listed = new Set(items.filter(labelled).map((x) => x.seg.line));
  // `CHIDINMA OKAFOR-REYES` / … / `Ms Anjali Patel` / `Halewood Renewables Ltd` / … / `Dear Ms Patel,`: a letter
  // headed by its sender's paragraph writes the addressee's block under it, before the greeting; no footer.
  const greeting = items.find((x) => x.kind === 'greeting');
  const addressee = (x: Item): boolean =>
    own !== undefined && greeting !== undefined && x.para > own && x.para < greeting.para;
  for (const [i, x] of items.entries()) {
    if (x.para < first || others.has(x) || listed.has(x.seg.line) || !sendersOwn(x) || addressee(x)) continue;
    const firm = firmAlone(x) ?? firmOverAddress(items[i - 1], x, items[i + 1]);
    if (firm) return firm;
  }
  return undefined;
}

/** Kinds of line only a message has: a page or a listing greets no one, signs off nowhere and has no headers. */
const MESSAGE_KINDS: ReadonlySet<Kind> = new Set(['greeting', 'valediction', 'header']);

/**
 * `Kontakt` / `Kranzl Präzisionsteile GmbH` / `Isartalstraße 37` / … / `Ihre Ansprechpartnerin` / `Dr. Almut …`: a
 * contact page's office block, a firm named by its legal form right over its postal address in a paragraph above the
 * person's (`own`), is where the person works. In a message the firm above is an addressee's (footerFirm), so a text
 * with a greeting, a sign-off or a header has none.
 */
function officeAbove(items: readonly Item[], own: number | undefined): Segment | undefined {
  if (own === undefined || items.some((x) => MESSAGE_KINDS.has(x.kind))) return undefined;
  const others = counterpartItems(items);
  for (const [i, x] of items.entries()) {
    if (x.para >= own) break;
    const firm = others.has(x) ? undefined : firmOverAddress(items[i - 1], x, items[i + 1]);
    if (firm && companyScore(firm.text) >= COMPANY_LEGAL_WEIGHT) return firm;
  }
  return undefined;
}

/**
 * The firm an item names alone (a text line, or one opening an address's line), no title words, no label: by its legal
 * form, or by a company word where `cue` asks for one only (firmOverAddress).
 */
function firmAlone(x: Item, cue = COMPANY_LEGAL_WEIGHT): Segment | undefined {
  const line = x.kind === 'text' ? x.seg : x.kind === 'greeting' ? undefined : openingFirm(x.seg);
  const firm = line && withoutSigningFor(line);
  const named =
    firm &&
    isFirmAlone(firm.text) &&
    !PATTERNS.lowerStart.test(firm.text) &&
    !PATTERNS.labelPrefix.test(firm.text) &&
    !ledIntoFirm(firm.text) &&
    companyScore(firm.text) >= cue &&
    titleScore(firm.text) === 0;
  return named ? firm : undefined;
}

/**
 * `Trelowen Clinic` / `27 Moss Lane, Manchester M16 7PX` below a profile page's text: a line naming a firm by its
 * kind (no legal form), opening its block (under no other text line of its paragraph), right over the postal address
 * is the place the person works at; under another text line it is that firm's tagline (`ZIRBENHOF LANS` / `Hotel &
 * Tagungszentrum`).
 */
function firmOverAddress(above: Item | undefined, x: Item, below: Item | undefined): Segment | undefined {
  const over = below?.kind === 'address' && below.para === x.para && below.seg.line === x.seg.line + 1;
  const opens = above?.para !== x.para || above.kind !== 'text';
  return over && opens && x.kind === 'text' ? firmAlone(x, 1) : undefined;
}

/**
 * `SVENSSON & LUND ADVOKATBYRÅ AB` / `Kungsgatan 44 · Tel 08-555 014 20` over a letter signed `Karin Lund` /
 * `Advokat`: the firm the issuer's letterhead (findLetterhead) names by its legal form; over a letter its writer
 * signs off (`signedOff`), its opening line names the firm by a company word too (`Notariaat Velde`).
 */
function letterheadFirm(letter: Letterhead<Item>, label: string | undefined, signedOff: boolean): Segment | undefined {
  for (const [i, x] of letter.issuer.entries()) {
    const firm = firmAlone(x, signedOff && i === 0 ? 1 : COMPANY_LEGAL_WEIGHT);
    if (!firm) continue;
    // `SURIA MAKMUR SDN. BHD. (201801027716 (1284405-T))`: the firm's registration number after its legal form goes.
    const bare = withoutRegistration(firm.text);
    return withWrappedHead(letter.issuer[i - 1], bare ? sliceSegment(firm, 0, bare.length) : firm, label);
  }
  return undefined;
}

/** The kind of `seg` on `line`, read after `above`, the item before it, `signed` once a sign-off was read above. */
function classify(seg: Segment, line: Line, opening: boolean, above: Item | undefined, signed = false): Kind {
  const text = seg.text;
  if (line.long || text.length > MAX_SEGMENT_CHARS) return 'prose';
  if (isRecipientHeader(line) || isMessageIdHeader(line)) return 'header';
  // A segment opening with an address is that address, whatever word its local part is (`hello@…`).
  const addresses = text.includes('@') ? findEmails(text, 0) : [];
  const opensWithAddress = addresses[0]?.start === 0;
  // `Liebe Grüße`: a sign-off opened by a greeting's word takes leave; a word both greeting and taking leave on its
  // own (`Ciao Marco,`) greets.
  const valediction = isValediction(text);
  const leaves = valediction && !isValediction(words(text)[0] ?? '');
  const greets =
    seg.order === 0 &&
    !opensWithAddress &&
    !leaves &&
    isGreeting(text, opening, PATTERNS.greetingClose.test(line.text), signed || above?.kind === 'greeting');
  if (greets) return 'greeting';
  if (valediction) return 'valediction';
  if (addresses.length > 0) return isProse(text) && !opensWithLabelledAddress(text, addresses[0]) ? 'prose' : 'email';
  // `For and on behalf of Kerridge Drayton LLP` signs for a company, as a legal form opening the line
  // (`UAB „Žalioji giria“`, `შპს „მთის ხილი“`) names one, lower-case words and all: no sentence, unless
  // the line ends as one (`შპს „მთის ხილი“ გიგზავნით ინვოისს.`, the firm as a sentence's subject); so does a
  // line naming an organisation by its kind or a quoted name (`Cabinet de cardiologie des Brotteaux`).
  if (
    isProse(text.slice(onBehalfOf(text))) &&
    !(opensWithLegalForm(text) && !PATTERNS.sentenceEnd.test(text)) &&
    !namesOrganisation(text) &&
    !nameTokens(text, 0) &&
    !formName(seg) &&
    !opensFirmField(text) &&
    !opensPersonField(text) &&
    !isNameAndRole(seg) &&
    // `Job position: Addetta alle vendite`: a title's field, however many lower-case words its value has.
    !fieldLabel(text, 'title') &&
    !isTitleLine(text) &&
    !isAddressLine(text)
  )
    return 'prose';
  if (text.search(PATTERNS.hostLike) === 0 && words(text).length === 1) {
    // `E enquiries@penrose` / `hayle.example`: a host under a mailbox cut before its dot ends that mailbox, no site.
    const cut = above?.seg.line === seg.line - 1 && PATTERNS.unfinishedAddress.test(above.seg.text);
    return cut ? 'email' : 'web';
  }
  if (isDocumentNumberLine(text)) return 'text';
  // `Teraju Logistik Sdn. Bhd. (201901041822)`: a registration number is no phone.
  if (digitCount(text) >= MIN_PHONE_DIGITS && !addressKind(text) && !withoutRegistration(text)) return 'phone';
  if (
    text.search(PATTERNS.urlWithScheme) >= 0 ||
    PATTERNS.linkedinShorthand.test(text) ||
    PATTERNS.handle.test(text) ||
    PATTERNS.twitterLabel.test(text) ||
    PATTERNS.twitterHandleNamed.test(text)
  )
    return 'web';
  // `Country Manager, Nigeria`, `Country Manager – Kenya`: a title and the country it covers, no street or number.
  const place = addressKind(text);
  if (place)
    return isTitleOverPlace(text) || (place === 'country' && coversCountry(above, seg, line)) ? 'text' : 'address';
  if (text.endsWith(':') || text.endsWith('：')) return 'label';
  // `📁 portfolio: …`, `🌐 Web: …`: a pictograph before a label marks it, as a colon does.
  const label = PATTERNS.labelPrefix.exec(text.replace(PATTERNS.leadingPictographs, ''));
  // A label of more words is a field's when it names a person (`Persona de contacto:`, `Imię i nazwisko:`) or a field a
  // form or a CRM record names (`Nome da conta:`, `Proprietário do contato:`).
  const labelWords = words(label?.[1] ?? '').length;
  if (
    label &&
    (labelWords <= 2 || namePartField(seg) || namesRecordField(label[1] ?? '')) &&
    !isColonTitle(text, label)
  )
    return digitCount(text) > 0 ? 'phone' : 'label';
  return 'text';
}

/**
 * `Manager: Purchasing`, `Senior Lektor: Bedryfsielkunde`: title words before a colon and a field after it, no
 * digits, are one title; people's names after it (`Account Manager: Dana Whitfield`, `Geschäftsführer: Dr. Jens
 * Lippe, Karin Lippe`) are a label's value.
 */
function isColonTitle(text: string, label: RegExpExecArray): boolean {
  const value = text.slice(label[0].length);
  // Cheap tests first; then the value must be a field by vocabulary (namesDepartment), not a surname, a list of
  // them or a chat message (`Vorstand: Keller, Brandt`, `Manager: approved`).
  if (titleScore(label[1] ?? '') <= 0 || value.trim() === '' || digitCount(text) > 0 || value.includes('@'))
    return false;
  // `Job position: Addetta alle vendite`: a title field's label is that field's, however titled it reads.
  if (namesField(label[1] ?? '', 'title')) return false;
  return namesDepartment(value);
}

/**
 * `SPEAKER`, `VISITANTE PROFESIONAL`, `DELEGADO / DELEGATE`: a line of a badge's category words (BADGE_CATEGORIES)
 * alone.
 */
function isBadgeCategoryLine(text: string): boolean {
  const named = words(text).filter((w) => PATTERNS.letter.test(w));
  return (
    named.length > 0 && named.every((w) => BADGE_CATEGORIES.has(w.replace(PATTERNS.edgePunctuation, '').toLowerCase()))
  );
}

/** `Billed to:`, `Ship to: Jane Doe`: a line opening a receipt's or order's addressee block. */
function isAddresseeLabel(text: string): boolean {
  return opensWithLabel(text, ADDRESSEE_LABELS);
}

/** The lower-cased text holds a word legal footers use (DISCLAIMER_STEMS): the cheap test before the pattern. */
const holdsDisclaimerStem = (lower: string): boolean => DISCLAIMER_STEMS.some((stem) => lower.includes(stem));

function isDisclaimer(text: string, opensParagraph: boolean): boolean {
  // `Kestrel Ukur Sdn. Bhd. (Company No. 201801023456)` under a title is the firm's line, no footer; opening a
  // paragraph of its own below the signature it heads the legal footer (`Directors: …`, the registered office).
  // The stems first, on the whole line: the firm is a prefix of it, so a stem missing here is missing there too.
  const lowerText = text.toLowerCase();
  if (!holdsDisclaimerStem(lowerText)) return false;
  const firm = opensParagraph ? undefined : withoutRegistration(text);
  if (firm === undefined) return PATTERNS.disclaimer.test(lowerText);
  const lower = firm.toLowerCase();
  return holdsDisclaimerStem(lower) && PATTERNS.disclaimer.test(lower);
}

/**
 * A chat line's prefix naming its author in group 1: `[05/03/2026, 19:02:44] Name: ` (chatPrefix), `[09:12] Name: `
 * (timeChatPrefix), KakaoTalk's `[Name] [오후 2:33] ` (authorStampPrefix) or a LINE export's `20:41<TAB>Name<TAB>` columns
 * (lineExportPrefix). Only here: a group chat's test
 * (noContact) counts the authors of chatPrefix alone (dated, or with a day period), as an agenda's rows (`[10:02] Keynote: …`,
 * `09:30<TAB>Keynote<TAB>Hall A`) look like the others; what reads an author here asks for a name.
 */
const chatPrefixOf = (written: string): RegExpExecArray | null => {
  // `[٢١‏/٦‏/٢٠٢٥ ١٠:٠٢ ص]`: a stamp in Arabic-Indic or other digits reads as one in ASCII digits (offsets kept).
  const text = asciiDigits(written);
  return (
    PATTERNS.chatPrefix.exec(text) ??
    PATTERNS.timeChatPrefix.exec(text) ??
    PATTERNS.authorStampPrefix.exec(text) ??
    PATTERNS.lineExportPrefix.exec(text)
  );
};

/**
 * The author a chat line's `[05/03/2026, 19:02:44] Name: ` prefix (chatPrefixOf) names, trimmed, with where it starts
 * in the text and the prefix's length; undefined on a long line, a line without the prefix or one naming no one.
 */
function chatAuthorOn(line: Line): { author: string; start: number; prefix: number } | undefined {
  const chat = line.long ? null : chatPrefixOf(line.text);
  const author = chat?.[1] && withoutClosingTitle(chat[1].trim());
  return chat && author ? { author, start: line.start + chat[0].indexOf(author), prefix: chat[0].length } : undefined;
}

/** `Mara de Wit`: the most words a phone saves a person's name in, before their trade. */
const MAX_SAVED_NAME_WORDS = 3;

/**
 * `이서준 과장`, `佐藤 部長`: a chat saves a colleague under the name and the title after it (KakaoTalk, LINE), and a
 * phone a tradesperson under their name and trade (`Ines Vogt Gartenbau`, `Ana Ruiz Catering`); the author is the
 * name before that title or trade word, when a person's name is left: at least two words, none a firm's or title's
 * word (`Coastal Design Events`, `First National Bank` stay firms).
 */
function withoutClosingTitle(author: string): string {
  const all = words(author);
  const last = all[all.length - 1] ?? '';
  const before = all.slice(0, -1);
  const closing =
    (all.length > 1 && isCaseless(last) && titleScore(last) > 0) ||
    (before.length >= MIN_PERSON_NAME_TOKENS &&
      before.length <= MAX_SAVED_NAME_WORDS &&
      TRADE_NAME_WORDS.has(normalizeKey(last)) &&
      before.every((w) => !COMPANY_WORDS.has(normalizeKey(w)) && titleScore(w) === 0));
  return closing ? author.slice(0, author.lastIndexOf(last)).trimEnd() : author;
}

/**
 * The names chat prefixes write (`[09:12] Pak Budi Santoso: saya Budi dari …`): a writer who introduces themselves by
 * the given name alone is saved under the whole name (nameBeside reads its family name there).
 */
const chatAuthorNames = (lines: readonly Line[]): { text: string; start: number }[] =>
  lines.flatMap((line) => {
    const chat = chatAuthorOn(line);
    return chat ? [{ text: chat.author, start: chat.start }] : [];
  });

/** A chat line without its `[05/03/2026, 19:02:44] Name: ` prefix (blanked, offsets kept): the message is read, not the stamp. */
function withoutChatPrefix(line: Line): Line {
  const chat = line.long ? null : chatPrefixOf(line.text);
  return chat ? { ...line, text: ' '.repeat(chat[0].length) + line.text.slice(chat[0].length) } : line;
}

/**
 * `Odile Brun, architecte chez Studio Ardoise SARL, 12 quai …, 31000 Toulouse — 05 61 …`: a line standing alone
 * as a paragraph, or closing the message under a sentence, that opens (past a sign-off: `Gracias! — Ana Soto, …`)
 * with a full name and, after a comma, a role, and that carries a phone number's digits or an email address, is a
 * signature written on one line, not a sentence. `whole` is line `n`'s text (chat prefix blanked) as one segment.
 * The name's comma, its offset in the line, or undefined.
 */
function runOnNameComma(lines: readonly Line[], n: number, whole: Segment): number | undefined {
  const line = lines[n] as Line;
  const apart = (other: Line | undefined): boolean =>
    !other || other.blank || other.rule || Math.abs(other.index - line.index) !== 1;
  // A short reply's last line may sign right under its sentence (`Tänan! Kohtumiseni teisipäeval.` / `Kristjan …`).
  const above = lines[n - 1];
  const underSentence = !!above && !lines[n + 1] && PATTERNS.sentenceEnd.test(above.text.trimEnd());
  if ((!apart(above) && !underSentence) || !apart(lines[n + 1])) return undefined;
  // `-- Name, CFO, …`: a line after the signature delimiter is parted at every comma already (splitSegments).
  if (PATTERNS.inlineSignature.test(whole.text)) return undefined;
  if (digitCount(whole.text) < MIN_PHONE_DIGITS && !whole.text.includes('@')) return undefined;
  const signer = pastValediction(whole) ?? whole;
  const head = nameBeforeComma(signer);
  const role = head && signer.text.slice(head.role);
  return head && role && (titleScore(role) > 0 || companyScore(role) > 0)
    ? signer.start + head.comma - line.start
    : undefined;
}

function itemsOf(lines: readonly Line[], authors: ReadonlyMap<number, AuthorLine>): Item[] {
  const items: Item[] = [];
  // Set once a sign-off is read: a greeting word that is also a given name below it is a name (`Mvh` over `Ola`).
  let signed = false;
  let para = 0;
  let inDisclaimer = false;
  // A receipt's addressee block (`Billed to:` and the lines under it) is the customer's, up to a blank line.
  let inAddressee = false;
  // An assistant's or secretariat's block (`Sekretariat` and the lines under it) is theirs, up to a blank line.
  let inDelegate = false;
  let previous: Line | undefined;
  let paraOfPrevious = -1;
  // Set once an author line or a chat line's prefix is read: the lines below are messages, said or giving details.
  let chatting = false;
  for (const [n, written] of lines.entries()) {
    // `[10:03] Bakker, Sanne (Logistiek)`, `From Ana Lima to Everyone:`: an author line holding nothing but the
    // author and a stamp names the writer (authorLines), no detail of theirs.
    if (authors.get(written.index)?.bare) {
      para++;
      chatting = true;
      continue;
    }
    const line = withoutChatPrefix(written);
    // Lines left out between head and tail end a paragraph.
    if (previous && line.index !== previous.index + 1) para++;
    previous = line;
    if (line.blank || line.rule) {
      para++;
      inDisclaimer = false;
      inAddressee = false;
      inDelegate = false;
      continue;
    }
    const opensParagraph = para !== paraOfPrevious;
    paraOfPrevious = para;
    if (!line.long && isAddresseeLabel(line.text)) inAddressee = true;
    if (inAddressee) continue;
    if (!line.long && PATTERNS.mobileFooter.test(line.text)) continue;
    // A review's or testimonial's author under the listing or signature quoting them is no one whose details these are.
    if (PATTERNS.quotedSaying.test(line.text)) continue;
    // An assistant's name, address and number belong to the assistant.
    const delegateHeading = !line.long && opensParagraph && PATTERNS.delegateHeading.test(line.text);
    if (delegateHeading || (!line.long && PATTERNS.delegateLine.test(line.text))) {
      // `Sekretariat` / `Frau Anja Pfeiffer` / `Telefon: …`: heading its own paragraph, the block under it is theirs
      // too, and an assistant's line inside that block does not end it.
      inDelegate ||= delegateHeading;
      continue;
    }
    if (inDelegate) continue;
    // A badge's category line (`SPEAKER`, `DELEGADO / DELEGATE`) parts the event's lines from its holder's block.
    if (!line.long && isBadgeCategoryLine(line.text)) {
      para++;
      continue;
    }
    const head = line.long ? line.text.slice(0, MAX_SEGMENT_CHARS) : line.text;
    const lineWords = words(head);
    if (lineWords.length > MAX_VALEDICTION_WORDS && isDisclaimer(head, opensParagraph)) inDisclaimer = true;
    if (inDisclaimer) continue;
    const whole =
      lineWords.length > 2 * MAX_VALEDICTION_WORDS &&
      isProse(line.text, lineWords) &&
      !opensWithLabelledAddress(line.text) &&
      !opensFirmField(line.text) &&
      !opensPersonField(line.text) &&
      !isAddressLine(line.text);
    const wholeLine: Segment = {
      text: line.text.trim(),
      start: line.start + line.text.indexOf(line.text.trim()),
      end: line.start + line.text.length,
      line: line.index,
      order: 0,
    };
    const nameComma = line.long ? undefined : runOnNameComma(lines, n, wholeLine);
    const runOn = nameComma !== undefined;
    // Signed right under a sentence, the one-line signature is a paragraph of its own.
    if (runOn && !opensParagraph) paraOfPrevious = ++para;
    const segments = runOn
      ? splitRunOnSignature(line, nameComma)
      : whole || line.long
        ? [wholeLine]
        : splitSegments(line);
    for (const seg of segments) {
      // `Cluj-Na-` over `poca 400620, jud. Cluj`: the rest of a word an address line hyphenated goes on the address.
      const above = items[items.length - 1];
      const opensChatMessage = line !== written && seg === segments[0];
      const said = seg === segments[0] && (chatting || opensChatMessage) && saidInChat(seg.text);
      const kind: Kind =
        (whole && !runOn) || said
          ? 'prose'
          : above?.kind === 'address' && hyphenatedAddress(above.seg, seg) !== undefined
            ? 'address'
            : items.length === 0 && seg.order === 0 && salutesReader(lines, n)
              ? 'greeting'
              : classify(seg, line, items.length === 0, above, signed);
      const firstPerson =
        kind === 'prose' &&
        (seg.text.includes('@') || PATTERNS.anyDigit.test(seg.text)) &&
        isFirstPerson(seg.text.toLowerCase());
      signed ||= kind === 'valediction';
      items.push({
        seg,
        kind: kind === 'prose' && firstPerson && seg.text.includes('@') ? 'prose' : kind,
        para,
        block: para,
        firstPerson,
        opensChatMessage,
      });
    }
    chatting ||= line !== written || authors.has(written.index);
  }
  return items;
}

/** A line closed by an emoji holds at least this many words to be a sentence (`Marisa Quintero 🌺` is a name). */
const MIN_EMOJI_CLOSED_WORDS = 3;

/**
 * A chat message's line that closes as a sentence (`Thanks for today!`, `先日はありがとうございました。`), past the
 * emoji closing it, or with an emoji for its stop (`… cuando puedas 🙌`) is something said, no title or firm, once
 * the prefix naming its writer is blanked; one with digits or an address (`call me on 9482 7713。`) is read for its
 * details.
 */
function saidInChat(text: string): boolean {
  if (PATTERNS.anyDigit.test(text) || text.includes('@')) return false;
  const said = text.replace(PATTERNS.emojiShortcode, ' ').replace(PATTERNS.pictograph, ' ').trim();
  if (PATTERNS.sentenceClose.test(said)) return true;
  // An emoji closes a sentence written in lower-case words as a stop does; a brand's `™` closes a firm's name.
  const saidWords = words(said);
  return (
    PATTERNS.closingEmoji.test(text.trim()) &&
    saidWords.length >= MIN_EMOJI_CLOSED_WORDS &&
    saidWords.some((word) => PATTERNS.lowerStart.test(word))
  );
}

/** Words read either side of an address for a sign that it is being retired. */
const RETIRED_CONTEXT_CHARS = 40;

/**
 * `the old one (priya@oldco.example) is being retired`, `(… will stop working in June)`: the words
 * since the previous address, or up to the clause's end after it, say the address is on its way out.
 */
function isRetired(seg: Segment, email: ParsedValue<string>, previous: ParsedValue<string> | undefined): boolean {
  const from = Math.max(previous?.end ?? seg.start, email.start - RETIRED_CONTEXT_CHARS) - seg.start;
  const before = seg.text.slice(from, email.start - seg.start);
  const rest = seg.text.slice(email.end - seg.start, email.end - seg.start + RETIRED_CONTEXT_CHARS);
  const after = rest.slice(0, rest.search(PATTERNS.clauseEnd) >= 0 ? rest.search(PATTERNS.clauseEnd) : rest.length);
  return PATTERNS.formerLabel.test(before) || PATTERNS.formerLabel.test(after);
}

/**
 * Is address `i` of `found` labelled as a certified (PEC) mailbox (`PEC: studio@…`, `studio@… (PEC)`)? Only
 * the text between its neighbours labels it: a neighbour itself may read `…@pec.it`.
 */
function isCertifiedMailbox(seg: Segment, found: readonly ParsedValue<string>[], i: number): boolean {
  const email = found[i] as ParsedValue<string>;
  const before = seg.text.slice((found[i - 1]?.end ?? seg.start) - seg.start, email.start - seg.start);
  const after = seg.text.slice(email.end - seg.start, (found[i + 1]?.start ?? seg.end) - seg.start);
  return PATTERNS.certifiedMailLabel.test(before) || PATTERNS.certifiedMailLabel.test(after);
}

/**
 * `In urgent matters please write to my colleague Ana Ruiz at ana.ruiz@….`, `お急ぎの場合は、中村（nakamura@…）までご連絡ください。`:
 * a line that closes as a sentence does (in a caseless script, or with enough words besides its addresses)
 * mentions an address, where a signature's line lists one (`E-mail: jane@….` ends in a dot too).
 */
function isSentenceLine(line: Line): boolean {
  const text = line.text.trim();
  if (PATTERNS.sentenceClose.test(text)) return true;
  if (!PATTERNS.sentenceEnd.test(text)) return false;
  const rest = words(text).filter((w) => !w.includes('@'));
  return isProse(text, rest) || rest.filter((w) => isCaseless(w)).length >= PROSE_MIN_WORDS;
}

/**
 * `Ana Lima (ana.lima@…) has shared a file with you`, `Jae-won Park <jaewon.park@…> was added`: a sentence opening with
 * a person's full name and, in brackets, the address spelling it gives that person's own address.
 */
function namedBeforeAddress(before: string, email: ParsedValue<string>): boolean {
  const opener = before.trimEnd();
  if (!PATTERNS.openingBrackets.test(opener.slice(-1)) && !opener.endsWith('<')) return false;
  const tokens = nameTokens(opener.slice(0, -1).trim(), 0);
  return !!tokens && tokens.length >= MIN_PERSON_NAME_TOKENS && matchesEmail(tokens, email.value);
}

/**
 * Does `line` give `email` as an assistant's (delegateLine: `Assistant: …`, `my PA, …`)? A title merely holding the word
 * (`Assistant Professor · …@`, `Executive Assistant to the CEO – …@`) is the signer's own.
 */
function namesDelegate(line: Line | undefined, email: ParsedValue<string>): boolean {
  const before = line ? line.text.slice(0, Math.max(0, email.start - line.start)) : '';
  return PATTERNS.delegateLine.test(before.trimStart());
}

/**
 * `my email is`, `erreichen Sie mich unter … oder`, `ده رقمي … الإيميل`, `te dejo mis datos:`: the words before an address
 * give it as the writer's own, in the first person, as the way to reach them or as their details.
 */
const givesOwnAddress = (lower: string): boolean =>
  PATTERNS.firstPerson.test(lower) || PATTERNS.callsWriter.test(lower) || PATTERNS.ownDetails.test(lower);

/**
 * The address of a text of one line holding no other (`pls add tomas.reyes@… to the list`, `I'm Ines … ines@…`):
 * selected for that address, whoever writes the line, as a sentence mentioning it in a longer text is not. It spells
 * a person: a name and a family name (`tomas.reyes@`), or one word the line writes as a name (`Ines`); a desk's
 * one-word mailbox (`accueil@` beside `l'accueil`) spells no one.
 */
function loneAddress(read: readonly Line[]): string | undefined {
  const written = read.filter((line) => !line.blank);
  const text = written.length === 1 ? (written[0] as Line).text : '';
  const found = findEmails(text, 0);
  const address = found.length === 1 ? found[0]?.value : undefined;
  // A desk's mailbox spells no one, however many words its local part holds (`sales-team@`).
  if (!address || isRoleMailbox(address)) return undefined;
  const local = localPart(address);
  const named = words(text).some((w) => w.charAt(0) !== w.charAt(0).toLowerCase() && fold(w) === fold(local));
  return localPieces(local).length >= 2 || named ? address : undefined;
}

/**
 * The sender's address among the message's addresses, with a `Name <addr>` name when there is one. An
 * address a sentence mentions without the first person (a colleague's in an out-of-office) weighs less
 * than one on a signature's line, and in a chat copy one another writer than the first gives (`writers`,
 * chatWriters: the reader's own `…: ana@…` in reply) less than the first writer's; `read` are the lines the
 * items were made of.
 */
function chooseEmail(
  items: readonly Item[],
  message: Message,
  read: readonly Line[],
  writers: ReadonlyMap<number, string>,
): { email?: ParsedValue<string>; anyRole: boolean } {
  let best: { email: ParsedValue<string>; score: number } | undefined;
  let anyRole = false;
  const consider = (email: ParsedValue<string>, score: number): void => {
    if (isRoleMailbox(email.value)) {
      anyRole = true;
      return;
    }
    if (!best || score > best.score) best = { email, score };
  };
  const sender = message.sender?.email;
  if (sender) {
    const found = findEmails(sender.text, sender.start)[0];
    if (found) consider(found, 3);
  }
  // A long text's head and tail are read, not the lines between: looked up by index.
  const lineAt = new Map(read.map((line) => [line.index, line]));
  const firstWriter = writers.values().next().value;
  // `Met vriendelijke groet,` over the signature: an address line under the sign-off is the signer's, one above it in
  // the body passes someone else's details on (`the details of my new colleague:` / `Gijs … – gijs@…`).
  const signOff = items.findIndex((x) => x.kind === 'valediction');
  const lone = loneAddress(read);
  for (const [at, item] of items.entries()) {
    // A sentence's address counts where the words before it give it as the writer's own (givesOwnAddress), in a line
    // opening with a greeting too (`Hi! Here's my new email: …`), or where it is the one address of a one-line text.
    const sentence = item.kind === 'prose' || item.kind === 'greeting';
    if (item.kind !== 'email' && !sentence) continue;
    if (namesTicketParty(item.seg.text)) continue;
    const found = findEmails(item.seg.text, item.seg.start);
    for (const [i, email] of found.entries()) {
      const before = item.seg.text.slice(0, email.start - item.seg.start);
      const ownWords = givesOwnAddress(before.toLowerCase()) || namedBeforeAddress(before, email);
      if (sentence && !ownWords && email.value !== lone) continue;
      if (isRetired(item.seg, email, found[i - 1])) continue;
      const after = item.seg.text.slice(email.end - item.seg.start);
      const mentioned = item.kind === 'email' && !ownWords && isSentenceLine(lineAt.get(item.seg.line) as Line);
      let score = item.kind === 'email' && !mentioned ? 2 : 1;
      if (item.kind === 'email' && signOff >= 0 && at > signOff) score += 1;
      if (isFreemail(email.value)) score -= 1;
      if (PATTERNS.personalLabel.test(before) || PATTERNS.personalLabel.test(after)) score -= 2;
      // `Assistant: Mr … · +1 … · …@`, the assistant's line parted into segments: an address after their word is theirs.
      if (namesDelegate(lineAt.get(item.seg.line), email)) score -= 2;
      // A certified (PEC) mailbox takes a firm's legal mail; the person writes from their own.
      if (isCertifiedMailbox(item.seg, found, i)) score -= 2;
      if (PATTERNS.workLabel.test(after)) score += 1;
      const writer = writers.get(item.seg.line);
      if (writer !== undefined && writer !== firstWriter) score -= 1;
      consider(email, score);
    }
  }
  return { email: best?.email, anyRole };
}

/**
 * How the message's language writes names: family name first when it holds a word of such a language
 * (`Üdvözlettel`, `Kft.`), two family names when it holds one of a language that bears them (`Atenciosamente`),
 * the first of them the one used when none of the language holding the last (Portuguese) is there (`Saludos`),
 * an initial standing for the father's name when it holds Tamil script, the father's name as family name when it
 * holds Ge'ez script.
 */
function nameCustoms(items: readonly Item[]): NameCustoms {
  const keys = items.flatMap((x) => words(x.seg.text).map(normalizeKey));
  const holds = (vocabulary: ReadonlySet<string>): boolean => keys.some((key) => vocabulary.has(key));
  const doubleSurname = holds(DOUBLE_SURNAME_LANGUAGE_WORDS);
  return {
    familyFirst: holds(FAMILY_FIRST_LANGUAGE_WORDS),
    doubleSurname,
    firstSurnameUsed: doubleSurname && !holds(LAST_SURNAME_LANGUAGE_WORDS),
    // Tamil writes the father's name as an initial before the given name, in either script (`ச. கலைச்செல்வி`, `S. Kalaiselvi`).
    fatherInitial: items.some((x) => PATTERNS.tamil.test(x.seg.text)),
    // Ethiopian and Eritrean names (given, father's, grandfather's) in either script, where the text holds Ge'ez.
    fatherNameFamily: items.some((x) => PATTERNS.ethiopic.test(x.seg.text)),
  };
}

/** What separates a display name's two scripts (`SUZUKI Haruka / 鈴木 春香`). */
const BILINGUAL_NAME_SEPARATOR = ' / ';

/**
 * A display name next to an address (`Jane Doe <…>`, `"Doe, Jane" <…>`): its tokens, and for the
 * family-first form with a comma the person it names (the comma settles which part is which).
 */
function headerName(text: string, start: number): Pick<NameCandidate, 'tokens' | 'person'> | undefined {
  const tokens = nameTokens(text, start);
  if (tokens) return { tokens };
  // `SUZUKI Haruka / 鈴木 春香`: the name in two scripts; the first form read.
  // Only when a form in another script follows: `Hans Weber / Anna Weber` are two people.
  const gloss = text.indexOf(BILINGUAL_NAME_SEPARATOR);
  const otherForm = gloss > 0 ? words(text.slice(gloss + BILINGUAL_NAME_SEPARATOR.length)) : [];
  const firstForm =
    otherForm.length > 0 && otherForm.every((w) => isCaseless(w)) ? nameTokens(text.slice(0, gloss), start) : undefined;
  if (firstForm) return { tokens: firstForm };
  const person = displayName(text, start);
  const read = personTokens(person);
  return read ? { tokens: read, person } : undefined;
}

/** A person's given and family name as name tokens, in that order; undefined without either. */
function personTokens(person: PersonName | undefined): NameToken[] | undefined {
  const parts = [person?.first, person?.last].filter((v) => v !== undefined);
  return parts.length > 0 ? parts.map((v) => ({ text: v.value, start: v.start, end: v.end })) : undefined;
}

/**
 * The writer an author line over a chat message names (`Kaur, Harpreet (Guest)  10:02`, `Helga Berg  9:35
 * AM`, `[10:03] Bakker, Sanne (Logistiek)`, `From Ana Lima to Everyone 10:07 AM`), without the tag the chat adds
 * (`(Guest)`, `(External)`), and its offset in the line.
 */
function authorLineWriter(
  text: string,
  below: Line | undefined,
): { name: string; at: number; bare: boolean } | undefined {
  // `From Ana Lima to Everyone 10:07 AM` is also led by a capital and closed by a time: the meeting app's form first;
  // a helpdesk's comment header (`Léa Fournier a écrit · il y a 3 jours`) holds its author, verb and stamp alone.
  const meeting =
    PATTERNS.meetingChatAuthor.exec(text) ?? PATTERNS.ticketCommentAuthor.exec(text) ?? commentHeader(text);
  const person = meeting ?? PATTERNS.personLedLine.exec(text);
  const led = person ?? timeLedAuthor(text, below) ?? stampedAuthor(text, below);
  const author = led?.[1];
  // `Fri 11:05 AM`, `Yesterday 4:12 PM`: a day over a message is a stamp, not its author.
  if (!led || !author || words(author).every((w) => CALENDAR_WORDS.has(normalizeKey(w)))) return undefined;
  // Only a personLedLine may hold more than its author and stamp (`Pieter Maas - Operations`).
  const dated = PATTERNS.stampDayNumber.test(led[0].slice(led[0].indexOf(author) + author.length));
  return {
    name: beforeTag(withoutStampDay(author, dated)),
    at: led[0].indexOf(author),
    bare: meeting !== null || !person,
  };
}

/**
 * `Odalys (Billing Support) — Apr 17, 2025 16:43`, `Ramiro (Soporte) · hace 5 horas`: a comment's author, its tag and
 * its stamp alone on the line (the rest of the line must read as a stamp), as help desks and trackers head each comment.
 */
function commentHeader(text: string): RegExpExecArray | null {
  const led = PATTERNS.commentHeader.exec(text);
  const stamp = led?.[2];
  if (!led || !stamp) return null;
  const match = PATTERNS.chatStampLine.exec(stamp);
  const day = match?.[1];
  const dated = !!match && (day === undefined || STAMP_DAYS.has(normalizeKey(day)));
  return dated || PATTERNS.relativeStamp.test(stamp) || STAMP_DAYS.has(normalizeKey(stamp)) ? led : null;
}

/**
 * `Samira Al-Qudsi` over `10:04 AM`, `Marisela Oyarbide Puig` over `Ayer 18:05`: a person's name alone on its
 * line (two name words at least, as timeLedAuthor reads them) over its message's stamp alone on the next, as
 * Google Meet and Teams copy a chat. A name over a time in a programme (`Keynote` over `09:30`) is one word.
 */
function stampedAuthor(text: string, below: Line | undefined): RegExpExecArray | null {
  const stamp = below && !below.long ? PATTERNS.chatStampLine.exec(below.text) : null;
  const day = stamp?.[1];
  if (!stamp || (day !== undefined && !STAMP_DAYS.has(normalizeKey(day)))) return null;
  const led = PATTERNS.nameAloneLine.exec(text);
  const name = led?.[1] && beforeTag(led[1]);
  return name && (headerName(name, 0)?.tokens.length ?? 0) >= 2 ? led : null;
}

/**
 * `[10:03] Bakker, Sanne (Logistiek)` over its message: a time then a person's name (a `Last, First` form or
 * two name words at least, read as a header's sender is), then an optional tag, with the message on the line
 * below. An agenda's rows (`[09:00] Keynote` over `[09:30] Roadmap review`, or over a description line) and a
 * log's (`[10:03] Build failed (main)`) hold no name.
 */
export function timeLedAuthor(text: string, below: Line | undefined): RegExpExecArray | null {
  const led = PATTERNS.timeLedAuthor.exec(text);
  if (!led || !below || below.blank || PATTERNS.timeLedAuthor.test(below.text)) return null;
  const name = led[1] && beforeTag(led[1]);
  return name && (headerName(name, 0)?.tokens.length ?? 0) >= 2 ? led : null;
}

/**
 * `Rewi Paraone  Yesterday 4:12 PM`: the stamp's day closing an author line (STAMP_DAYS) is no part of the name;
 * nor, when a day's number follows it (`dated`: `Oren Vasquez  Aug 14, 9:05 AM`), is a month or weekday, which
 * alone may be a name (`May`).
 */
function withoutStampDay(author: string, dated: boolean): string {
  const all = words(author);
  const isStampWord = (word: string): boolean =>
    STAMP_DAYS.has(normalizeKey(word)) || (dated && CALENDAR_WORDS.has(normalizeKey(word)));
  let kept = all.length;
  while (kept > 1 && isStampWord(all[kept - 1] as string)) kept--;
  return kept === all.length ? author : author.slice(0, author.lastIndexOf(all[kept] as string)).trimEnd();
}

/** `Müller, Jörg (Einkauf/Logistik)`, `Bakker, Sanne [Extern]`: an author line's name without the tag the chat adds. */
function beforeTag(author: string): string {
  const tag = author.search(PATTERNS.authorTag);
  return (tag >= 0 ? author.slice(0, tag) : author).trim();
}

/**
 * A writer named by an author line: the name as written, as read (headerName), and whether the line holds
 * nothing but the author and a stamp (out of the items).
 */
interface AuthorLine {
  name: string;
  read: Pick<NameCandidate, 'tokens' | 'person'> | undefined;
  bare: boolean;
}

/**
 * The writer each author line of a chat names (authorLineWriter), by line index, the name read once for
 * itemsOf, chatAuthor, chatLineAuthor, authorsOwnAddress and chatWriters. A quoted line is no author line.
 */
function authorLines(lines: readonly Line[]): Map<number, AuthorLine> {
  const out = new Map<number, AuthorLine>();
  for (const [i, line] of lines.entries()) {
    const writer = line.long || line.quoted ? undefined : authorLineWriter(line.text, lines[i + 1]);
    if (writer)
      out.set(line.index, {
        name: writer.name,
        read: headerName(writer.name, line.start + writer.at),
        bare: writer.bare,
      });
  }
  return out;
}

/** A chat's first author line: the top message's writer. */
function chatAuthor(authors: ReadonlyMap<number, AuthorLine>): Pick<NameCandidate, 'tokens' | 'person'> | undefined {
  return authors.values().next().value?.read;
}

/** A pasted LinkedIn message's header (`Daniela Ruiz-Ochoa sent the following message at 3:14 PM`): its writer. */
function pastedMessageSender(lines: readonly Line[]): Pick<NameCandidate, 'tokens' | 'person'> | undefined {
  for (const line of lines) {
    const pasted = line.long || line.quoted ? null : PATTERNS.pastedMessageSender.exec(line.text);
    const writer = pasted?.[1];
    if (pasted && writer) return headerName(writer, line.start + pasted[0].indexOf(writer));
  }
  return undefined;
}

/**
 * A chat copy's author of the line holding the sender's address (`[05/03/2026, 19:06] Anjali
 * Deshpande: Email is …`): the name the phone saved for them, which may be a label (`Sipho Plumber`),
 * so it weighs as a name line with contact details beside it, not as a header. A line without its own
 * author is the message of the last author line above it (`[10:04] Bakker, Sanne (Logistiek)`), whose
 * display name weighs as a header's sender: the one who gives the address, over the chat's first writer.
 */
function chatLineAuthor(
  lines: readonly Line[],
  authors: ReadonlyMap<number, AuthorLine>,
  email: ParsedValue<string> | undefined,
  ownNumber: Segment | undefined,
): NameCandidate | undefined {
  // Without an address, the message under an author line (`Lena Vogt  11:09`) that gives its writer's own number
  // (`btw my new number: +49 151 …`) is theirs.
  const at = email?.start ?? ownNumber?.start;
  if (at === undefined) return undefined;
  let above: AuthorLine | undefined;
  for (const line of lines) {
    above = authors.get(line.index) ?? above;
    if (line.long || at < line.start || at >= line.start + line.text.length) continue;
    const chat = chatAuthorOn(line);
    // A phone's saved label (`Chinedu Plumber Lekki: … reach me on 0803 …`) yields to the name its writer gives.
    if (!email && chat) return undefined;
    const tokens = chat ? nameTokens(chat.author, chat.start) : above?.read?.tokens;
    if (!tokens) return undefined;
    // An author line's display name heads the message as a header's sender does.
    const weight = chat ? SCORE_CONTACT_NEARBY : SCORE_HEADER_SENDER;
    const score = weight + (tokens.length >= 2 ? SCORE_MULTI_WORD : 0);
    return { tokens, score: score + (matchesEmail(tokens, email?.value) ? SCORE_EMAIL_MATCH : 0) };
  }
  return undefined;
}

/** The first sentence giving the writer's own number (`btw my new number: +49 151 …`). */
const ownNumberIn = (items: readonly Item[]): Segment | undefined =>
  items.find((x) => x.firstPerson && PATTERNS.anyDigit.test(x.seg.text))?.seg;

/**
 * A chat copy's author of the first line giving a number's digits (`[09:15, 12/3/2026] Tom Reyes: call me on
 * 0412 555 019`, `[09:12] Tom Reyes: …`: a prefix chatPrefixOf reads), for a message in which nothing else names the
 * writer: the one who gives their number, whoever else writes in the chat, when it is saved under a full name. A
 * line passing on someone else's (`his number is …`) gives none of the writer's. The name the phone saved may be a
 * label (`Rui Plumber`), so any name the message writes comes first.
 */
function numberGiversName(lines: readonly Line[]): NameCandidate | undefined {
  for (const line of lines) {
    const chat = chatAuthorOn(line);
    const message = chat ? line.text.slice(chat.prefix) : '';
    if (!chat || digitCount(message) < MIN_PHONE_DIGITS) continue;
    if (PATTERNS.othersNumber.test(message.toLowerCase())) continue;
    const tokens = nameTokens(chat.author, chat.start);
    // One word (`Burak`, `Mum`) is a saved nickname or a group member's first name, not a person to save.
    if (!tokens || tokens.length < MIN_PERSON_NAME_TOKENS) return undefined;
    return { tokens, score: SCORE_CONTACT_NEARBY + SCORE_MULTI_WORD };
  }
  return undefined;
}

/**
 * `For the attention of: Ms Harriet Vane, General Counsel`, `Attn: …`, `z. Hd. Herrn …` over the person's own address
 * (one spelling their name, anywhere in the text): for a text in which nothing else names anyone, the person a
 * contract's notices clause or a form directs its reader to. A letter's addressee stands so too, but the letter's
 * writer signs it; an invoice's `FAO` customer gives no address of theirs.
 */
function attendedName(items: readonly Item[]): NameCandidate | undefined {
  const emails = items.flatMap((x) => findEmails(x.seg.text, x.seg.start));
  for (const item of items) {
    const opener = PATTERNS.attentionOpener.exec(item.seg.text);
    if (!opener) continue;
    const value = sliceSegment(item.seg, opener[0].length);
    const tokens = nameBeforeComma(value)?.tokens ?? nameTokens(value.text.trim(), value.start);
    if (!tokens || tokens.length < MIN_PERSON_NAME_TOKENS) continue;
    const email = emails.find((found) => !isRoleMailbox(found.value) && matchesEmail(tokens, found.value));
    if (email) return { tokens, score: SCORE_MULTI_WORD + SCORE_EMAIL_MATCH, item, email };
  }
  return undefined;
}

/**
 * `[10:04] Bakker, Sanne (Logistiek)` / `Bereikbaar op … of via sanne.bakker@…`: in a chat copy, an address
 * in a sentence that spells the name of the message's author is theirs, first-person words or not.
 */
function authorsOwnAddress(
  items: readonly Item[],
  authors: ReadonlyMap<number, AuthorLine>,
): ParsedValue<string> | undefined {
  if (authors.size === 0) return undefined;
  // Items and author lines both run in line order: one pass over each.
  const authorEntries = [...authors.entries()];
  let next = 0;
  let above: AuthorLine | undefined;
  for (const item of items) {
    for (; next < authorEntries.length && (authorEntries[next] as [number, AuthorLine])[0] < item.seg.line; next++)
      above = (authorEntries[next] as [number, AuthorLine])[1];
    if (item.kind !== 'prose' || !item.seg.text.includes('@')) continue;
    const tokens = above?.read?.tokens;
    const own = tokens && findEmails(item.seg.text, item.seg.start).find((e) => matchesEmail(tokens, e.value));
    if (own && !isRoleMailbox(own.value)) return own;
  }
  return undefined;
}

/**
 * `Hi Lena, it's Marco Rossi …`: a presentative (`it's`, `c'est`, `hier ist`) introduces the writer only where
 * it opens the text or follows a short greeting clause; further on it opens any sentence (`It is Monday, …`).
 */
function greetedIntro(text: string): RegExpExecArray | null {
  const found = PATTERNS.greetedIntro.exec(text);
  if (!found) return null;
  const before = text.slice(0, found.index).trim();
  const greeted = !before || (words(before).length <= MAX_NAME_TOKENS && isGreeting(before, true, false, false));
  return greeted ? found : null;
}

/** The most characters a Japanese family name has (`佐々木`, `長谷川`). */
const MAX_JAPANESE_SURNAME_CHARS = 3;

/**
 * `営業部の佐藤です。`: the name a Japanese self-introduction puts before its copula, when it opens with a known
 * family name (`明日です` is a day): the family name alone is how a Japanese writer introduces themselves.
 */
function japaneseIntroducedName(text: string): IntroducedName | undefined {
  const found = PATTERNS.japaneseSelfIntro.exec(text);
  const name = found?.[1]?.trim();
  if (!found || !name) return undefined;
  const chars = [...name];
  const family = [1, 2, MAX_JAPANESE_SURNAME_CHARS].some((n) => JAPANESE_SURNAMES.has(chars.slice(0, n).join('')));
  if (!family) return undefined;
  const at = found.index + found[0].lastIndexOf(name);
  // `株式会社ミナトの田中です`: the affiliation before `の` is the writer's firm when it names one (a legal form).
  const affiliation = found[0].startsWith('の') ? PATTERNS.japaneseAffiliation.exec(text.slice(0, found.index)) : null;
  const firm = affiliation && companyScore(affiliation[0]) >= COMPANY_LEGAL_WEIGHT ? affiliation : undefined;
  const company = firm && { value: firm[0], start: firm.index, end: firm.index + firm[0].length };
  return { name, at, after: text.slice(at + name.length), familyName: true, company };
}

/**
 * `我是星桥物流的周子涵，`: the name a Chinese self-introduction gives after its affiliation, when it opens with a
 * known family name (`我是新来的销售经理` names a post), with the firm it names by a legal form.
 */
function chineseIntroducedName(text: string): IntroducedName | undefined {
  const found = PATTERNS.chineseSelfIntro.exec(text);
  const name = found?.[2];
  if (!found || !name) return undefined;
  const chars = [...name];
  if (!CHINESE_SURNAMES.has(chars[0] ?? '') && !CHINESE_SURNAMES.has(chars.slice(0, 2).join(''))) return undefined;
  const at = found.index + found[0].lastIndexOf(name);
  const affiliation = found[1];
  const firmAt = affiliation ? found.index + found[0].indexOf(affiliation) : -1;
  const company =
    affiliation && companyScore(affiliation) >= COMPANY_LEGAL_WEIGHT
      ? { value: affiliation, start: firmAt, end: firmAt + affiliation.length }
      : undefined;
  return { name, at, after: text.slice(at + name.length), unspaced: true, company };
}

/**
 * A self-introduced name, its offset in its text, and the text after it; a Japanese one (familyName) may be
 * the family name alone, and may give the firm before it (`company`, offsets in the text).
 */
interface IntroducedName {
  name: string;
  at: number;
  after: string;
  familyName?: boolean;
  /** written without a space (`周子涵`): its one word holds the family and the given name */
  unspaced?: boolean;
  company?: ParsedValue<string>;
  /** the name stands right before its number (`Call or text Boyd 503-…`): one word names the one to call */
  numbered?: boolean;
  /** a document refers its reader to them (referredName): its contact, unless someone else signs it */
  referred?: boolean;
}

/**
 * `Call or text Boyd 503-…`, `ligue para Rui 912 …`: the name a classified ad asks the reader to call, right before
 * its number (numbered), each word written as a name is (`Call Wendell after six 503-…` names no one, nor `Call HQ
 * ParcelNow` a desk and its brand); not a day
 * (`Call Mon–Fri 9–5`) nor a hotline the verb spells with the word after it (`Call Center 021 …` reads `callcenter`).
 */
function calledName(text: string): IntroducedName | undefined {
  const called = PATTERNS.callNamedNumber.exec(text);
  const name = called?.[1];
  if (!called || !name) return undefined;
  const at = called.index + called[0].indexOf(name, called[0].search(PATTERNS.letter));
  const all = words(name);
  const writtenAsName = (w: string): boolean =>
    w.split(PATTERNS.particleJoint).every((part) => PATTERNS.calledNameWord.test(part));
  if (all.some((w) => !writtenAsName(w) || CALENDAR_WORDS.has(normalizeKey(w)))) return undefined;
  const spelt = normalizeKey(`${words(text.slice(0, at)).at(-1) ?? ''}${all[0] ?? ''}`);
  if (PHONE_LABELS.hotline.has(spelt)) return undefined;
  return { name, at, after: text.slice(at + name.length), numbered: true };
}

/** Where a self-introduction names the writer: the name, its offset in `text`, and the text after it. */
function introducedName(text: string): IntroducedName | undefined {
  const cjk = japaneseIntroducedName(text) ?? chineseIntroducedName(text);
  if (cjk) return cjk;
  const opener = PATTERNS.selfIntro.exec(text);
  const greeted = opener ? null : greetedIntro(text);
  const intro = opener ?? greeted;
  if (!intro) {
    const called = calledName(text);
    if (called) return called;
    // `Pieter van der Walt here from …`: the name before `here`.
    const here = PATTERNS.selfIntroHere.exec(text);
    const name = here?.[1];
    if (!here || !name) return undefined;
    return { name, at: here.index + here[0].indexOf(name), after: text.slice(here.index + here[0].length) };
  }
  const named = nameFrom(text, intro.index + intro[0].length);
  // `Bonjour, c'est Paris Expo qui gère …`: a cleft sentence is about someone else.
  if (greeted && CLEFT_RELATIVES.has(normalizeKey(words(named.after)[0] ?? ''))) return undefined;
  return named;
}

/**
 * `For more information, please contact Ana Reyes, press officer, …`, `kunt u contact opnemen met …`: the person a
 * document's sentence refers its reader to, its contact (referred).
 */
function referredName(text: string): IntroducedName | undefined {
  const referral = PATTERNS.contactReferral.exec(text);
  return referral ? { ...nameFrom(text, referral.index + referral[0].length), referred: true } : undefined;
}

/** The capitalised words from `from` on, a form of address before them read past: a name after its opener. */
function nameFrom(text: string, from: number): IntroducedName {
  const rest = text.slice(from);
  const taken: string[] = [];
  for (const w of rest.split(' ')) {
    const bare = w.replace(PATTERNS.edgePunctuation, '');
    // `Aqui é a Dra. Luciana Prado`: an honorific before the name is read past, its dot no end.
    if (taken.length === 0 && HONORIFICS.has(bare.toLowerCase().replaceAll('.', ''))) {
      taken.push(w);
      continue;
    }
    // `this is uh Rowan Pike with …`: a transcript's filler before the name is read past.
    if (taken.length === 0 && SPOKEN_FILLERS.has(bare)) continue;
    // `मैं राजेश शर्मा,`, `معك فيصل العتيبي من …`: a script without capitals ends the name at a connecting word.
    const caseless = isCaseless(bare) && !INTRO_CONNECTORS.has(bare);
    if (!bare || !(PATTERNS.upper.test(bare.charAt(0)) || caseless)) break;
    taken.push(w);
    if (bare !== w.replace(PATTERNS.edgePunctuation, '') || w.endsWith(',') || w.endsWith('.')) break;
  }
  const name = taken.join(' ').replace(PATTERNS.edgePunctuation, '');
  const at = from + rest.indexOf(name);
  return { name, at, after: text.slice(at + name.length) };
}

/**
 * `Это Дмитрий Волков, ИП Волков Д.А., …`, `मैं राजेश शर्मा, शर्मा सैनिटरी वर्क्स, …`: what a self-introduced
 * name's comma leads to is their firm when it reads as one: a company cue, a name in quotation marks,
 * or words of a script without capitals up to a connecting word (`, calling about …` is no firm).
 */
function firmAfterComma(after: string): string | undefined {
  const found = PATTERNS.introAfterComma.exec(after)?.[1];
  if (!found) return undefined;
  if (companyScore(found) > 0 || PATTERNS.quotedFirm.test(found)) return found;
  // `वर्मा इलेक्ट्रिकल्स से बोल रहा हूँ`: the firm, then `from` and a verb.
  let end = 0;
  for (const w of words(found)) {
    if (INTRO_CONNECTORS.has(w)) break;
    if (!isCaseless(w)) return undefined;
    end = found.indexOf(w, end) + w.length;
  }
  return end > 0 ? found.slice(0, end) : undefined;
}

/**
 * A firm named in a sentence, without what ends the sentence: its full stop (`from Sakura Dental.`) but not a
 * legal form's (`Kente Crafts Co.`), and the sentence going on in lowercase words after a capitalised name
 * (`bei Talgrund GmbH und würde gern …`, `bên Công ty Minh Phát ạ`, `Velo Urban and I'm …`); one lowercase word between capitalised
 * ones is the name's (`Almhof am Wilden See`), as is a legal form (`plc`) or a word closing a quotation.
 */
function firmInSentence(text: string): string {
  let firm = text.replace(PATTERNS.edgeSymbols, '');
  const all = words(firm);
  // An address (`Lantern Analytics. priya@lantern.example is …`) is no firm's word: the sentence goes on there.
  const running = (w: string | undefined): boolean =>
    w === undefined ||
    w.includes('@') ||
    FIRST_PERSON_I.has(normalizeKey(w)) ||
    (PATTERNS.lowerStart.test(w) && PATTERNS.nameWord.test(w) && !LEGAL_FORMS.has(normalizeKey(w)));
  const capitalised = PATTERNS.upper.test(firm.charAt(0));
  const end = capitalised ? all.findIndex((w, i) => i > 0 && running(w) && running(all[i + 1])) : -1;
  const last = end < 0 ? (all.at(-1) ?? '') : (all[end - 1] as string);
  if (end > 0) firm = firm.slice(0, firm.indexOf(` ${all[end] as string}`, firm.lastIndexOf(last)));
  return firm.endsWith('.') && !LEGAL_FORMS.has(last.toLowerCase()) ? firm.slice(0, -1) : firm;
}

/** The title and company after a self-introduced name (`, a product lead at Brightwater Labs`, ` from Blouberg Marine`). */
function introRoles(after: string, base: number): RoleFindings {
  const role = PATTERNS.introRole.exec(after);
  const company = firmInSentence(
    (role ? role[2] : (PATTERNS.introCompany.exec(after)?.[1] ?? firmAfterComma(after))) ?? '',
  );
  const title = role?.[1] ?? '';
  const roles: RoleFindings = {};
  const titleAt = base + after.indexOf(title);
  if (title) roles.title = { value: title, start: titleAt, end: titleAt + title.length };
  const companyAt = base + after.indexOf(company, title ? titleAt - base + title.length : 0);
  if (company) roles.company = { value: company, start: companyAt, end: companyAt + company.length };
  return roles;
}

const wordCharacter = (c: string): boolean => PATTERNS.letter.test(c) || PATTERNS.anyDigit.test(c);

/**
 * Where `word` first stands as a word of `text`, else -1: `Ann` is not the end of `DeAnn`. A word of
 * a script written without spaces (`中村です`) stands wherever it is written.
 */
function wordAt(text: string, word: string): number {
  // A script written without spaces has no word boundaries to check.
  if (PATTERNS.familyFirstScript.test(word)) return text.indexOf(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!wordCharacter(text.charAt(at - 1)) && !wordCharacter(text.charAt(at + word.length))) return at;
  return -1;
}

/**
 * `Maja Holm, Site Lead Malmö, Ekvik Data AB, +46 …`, `Ана Коваль, директор, ТОВ «Полісся Трейд»`, `Lan Pham Thi
 * – Sales Exec – Kieu Lam Trading JSC – 0903 …`: the full name written as a card in one line of a message, a
 * separator (a comma, a spaced dash, a bar or a dot), a part with title words (no legal form) and then a firm named
 * by a company cue (its legal form written after a comma too: `Hanul Chemical Co., Ltd.`). When the name closes
 * its segment (a dash or bar parts the line's segments), the card goes on in the segments after it on its line.
 */
function cardAfterName(items: readonly Item[], at: number, first: string, last: string): RoleFindings | undefined {
  const { seg } = items[at] as Item;
  for (const nameEnd of nameEnds(seg.text, first, last)) {
    // `Сейдахметов Даурен Ерланович, коммерческий директор …`: a patronymic after the name is more of it.
    const patronymic = PATTERNS.wordBeforeComma.exec(seg.text.slice(nameEnd));
    const end = nameEnd + (patronymic && isPatronymic(patronymic[1] ?? '') ? patronymic[0].length : 0);
    if (end === seg.text.length) {
      const [title, firm] = items.slice(at + 1, at + 3);
      const numbers = firm?.kind === 'phone' || firm?.kind === 'email';
      const onLine = title && firm?.seg.line === seg.line;
      const card = onLine ? (numbers ? cardTitle(title.seg) : cardRoles(title.seg, firm.seg)) : undefined;
      if (card) return card;
      continue;
    }
    const separator = PATTERNS.cardPartSeparator.exec(seg.text.slice(end))?.[0];
    const card =
      separator && cardParts(seg.text.slice(end + separator.length), seg.start + end + separator.length, separator);
    if (card) return card;
  }
  return undefined;
}

/**
 * Where the full name may end in `text`: after either part, the other among the few words before it, as a name is
 * written given name first or family name first with a middle name between (`Pham Thi Lan`). Only a name's length
 * before each is read, so a long line naming the person many times stays linear.
 */
function* nameEnds(text: string, first: string, last: string): Generator<number> {
  for (const [opening, closing] of [
    [first, last],
    [last, first],
  ] as const)
    for (let at = text.indexOf(closing); at >= 0; at = text.indexOf(closing, at + 1))
      if (
        words(text.slice(Math.max(0, at - MAX_NAME_CHARS), at))
          .slice(-(MAX_NAME_TOKENS - 1))
          .join(' ')
          .includes(opening)
      )
        yield at + closing.length;
}

/** The title and firm of a card line's parts after the name (cardAfterName), parted by `separator`, starting at `base`. */
function cardParts(after: string, base: number, separator: string): RoleFindings | undefined {
  const [title = '', company = '', ...rest] = after.split(separator);
  if (isContactDetail(company))
    return titleThenFirm({ text: title, start: base }) ?? cardTitle({ text: title, start: base });
  const forms = rest.findIndex((part) => !continuesFirm(part, 0));
  const firm = [company, ...rest.slice(0, forms < 0 ? rest.length : forms)]
    .join(separator)
    .replace(PATTERNS.edgeSymbols, '');
  const firmAt = base + after.indexOf(firm, title.length);
  return (
    cardRoles({ text: title, start: base }, { text: firm, start: firmAt }) ??
    titleThenFirm({ text: title, start: base })
  );
}

/**
 * `коммерческий директор ТОО «Арал Стройснаб»`, `Direktur PT Sinar Laut`: a card's part holding the title and then
 * the firm, opened by its legal form, with no separator between them.
 */
function titleThenFirm(part: Pick<Segment, 'text' | 'start'>): RoleFindings | undefined {
  // The title is a role's few words: the firm opens right after them.
  const all = words(part.text).slice(0, MAX_ROLE_WORDS + 1);
  let at = 0;
  for (let k = 0; k < all.length; k++) {
    const word = all[k] as string;
    at = part.text.indexOf(word, at);
    if (k > 0 && opensWithLegalForm(part.text.slice(at))) {
      const title = part.text.slice(0, at).trimEnd();
      return cardRoles({ text: title, start: part.start }, { text: part.text.slice(at), start: part.start + at });
    }
    at += word.length;
  }
  return undefined;
}

/** `099 412 337`, `ana@quinta.example`: a card's part giving a number or an address, no firm's name. */
const isContactDetail = (part: string): boolean => part.includes('@') || digitCount(part) >= MIN_PHONE_DIGITS;

/**
 * `Ana Ruiz – Asesora comercial – 099 412 337 – ana@…`: a card line naming no firm, its title straight before the
 * numbers; title words and no legal form, no sentence going on.
 */
function cardTitle(title: Pick<Segment, 'text' | 'start'>): RoleFindings | undefined {
  const { text, start } = title;
  if (titleScore(text) === 0 || companyScore(text) >= COMPANY_LEGAL_WEIGHT || isProse(text)) return undefined;
  return { title: { value: text, start, end: start + text.length } };
}

/** A card's title (cardTitle) and firm (a company cue), neither a sentence going on. */
function cardRoles(
  title: Pick<Segment, 'text' | 'start'>,
  firm: Pick<Segment, 'text' | 'start'>,
): RoleFindings | undefined {
  const card = cardTitle(title);
  if (!card || companyScore(firm.text) === 0) return undefined;
  // A sentence going on after the name and a title (`…, daglig leder, og styret i … AS har godkjent …`) names no firm.
  if (PATTERNS.lowerStart.test(firm.text) || isProse(firm.text)) return undefined;
  return { ...card, company: { value: firm.text, start: firm.start, end: firm.start + firm.text.length } };
}

/** The first card line after the person's full name (cardAfterName), wherever it stands. */
function cardAfterOwnName(items: readonly Item[], { first, last }: PersonName): RoleFindings | undefined {
  if (!first || !last) return undefined;
  for (const [i, { seg }] of items.entries())
    if (wordAt(seg.text, first.value) >= 0) {
      const card = cardAfterName(items, i, first.value, last.value);
      if (card) return card;
    }
  return undefined;
}

/** A stretch of the text by its offsets (a value's, a segment's). */
type Span = { readonly start: number; readonly end: number };

/** `inner` is written inside `outer`'s span. */
const within = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** What parts a title from its firm on a line of the writer's own without their name (`Head of Sales, Norvik AS`). */
const TITLE_FIRM_SEPARATORS = [', ', ' – ', ' — ', ' - '];

/**
 * `Contact me: henrik@… | Head of Procurement, Fjordlys Energi AS`, `Coordinadora de Exportaciones – Cafetales del
 * Quindío S.A.S.`: a segment of the writer's own lines (or two on one line) that is a title (cardTitle) and then a
 * firm named by its legal form, parted by a comma or a spaced dash, gives the title no line near the name gave. The
 * title opens its line or follows the writer's own name or email address there (`Salim Al Balushi | Business
 * Development Executive | … LLC`): after another name (`Anna Mazur, Head of …`, `Ông Lê Văn Hùng – Trưởng phòng …`)
 * it is another person's card.
 */
function ownTitleBeforeFirm(items: readonly Item[], { first, last }: PersonName): ParsedValue<string> | undefined {
  const firm = (text: string): boolean => companyScore(text) >= COMPANY_LEGAL_WEIGHT && !isProse(text);
  const namesWriter = (text: string): boolean =>
    [first, last].some((part) => part !== undefined && wordAt(text, part.value) >= 0);
  // Whether a segment before this one on its line held an email address.
  let addressed = false;
  for (const [i, { seg, kind }] of items.entries()) {
    const previous = items[i - 1];
    const sameLine = previous?.seg.line === seg.line;
    addressed = sameLine && (addressed || previous.seg.text.includes('@'));
    const opens = !sameLine || addressed || namesWriter(previous.seg.text);
    if (kind !== 'text' || !opens || titleScore(seg.text) === 0) continue;
    for (const separator of TITLE_FIRM_SEPARATORS) {
      const at = seg.text.indexOf(separator);
      const rest = seg.text.slice(at + separator.length);
      const title = at > 0 && firm(rest) ? cardTitle({ ...seg, text: seg.text.slice(0, at) }) : undefined;
      if (title?.title) return title.title;
    }
    const next = items[i + 1];
    const beside = next?.seg.line === seg.line && next.kind === 'text' && firm(next.seg.text);
    const title = beside ? cardTitle(seg) : undefined;
    if (title?.title) return title.title;
  }
  return undefined;
}

/**
 * `(Northstar Freight)`, `[Orbital Data]`, `(Gaffer Hire Co.)` right after the writer's name: their firm when a
 * company cue or the mail's domain names it one; a nickname (`(Tina)`), the name in another script, a place
 * (`(US - Chicago)`) or a team (`(Sales)`) is none.
 */
function bracketedFirm(after: string, base: number, domainLabel: string | undefined): ParsedValue<string> | undefined {
  const found = PATTERNS.bracketAfterName.exec(after);
  const value = found?.[1]?.trim();
  if (!found || !value || !namesFirm(value, domainLabel) || titleScore(value) > 0) return undefined;
  if (namesDepartment(value) && companyScore(value) < COMPANY_LEGAL_WEIGHT) return undefined;
  const start = base + found[0].indexOf(value);
  return { value, start, end: start + value.length };
}

/**
 * A card line after the full name (cardAfterName) gives the title and firm; one naming no firm (`Ana Ruiz –
 * Asesora comercial – 099 …`) gives the title, the firm then read from the writer's sentence (firmAfterOwnName).
 */
function companyAfterOwnName(items: readonly Item[], person: PersonName, domainLabel?: string): RoleFindings {
  const card = cardAfterOwnName(items, person);
  return card?.company ? card : { ...firmAfterOwnName(items, person, domainLabel), ...card };
}

/**
 * `it's Sipho from Ubuntu Solar`, `Harpreet Kaur from Maple Ridge Credit Union`, `Chinedu Okeke of Okeke
 * Water Solutions`: a writer naming themselves in a sentence names their firm right after the name; so does a
 * chat's or a note's bracket after it (`Jordan Pike (Northstar Freight)  2:14 PM`).
 */
function firmAfterOwnName(items: readonly Item[], person: PersonName, domainLabel?: string): RoleFindings {
  const first = person.first?.value;
  if (!first) return {};
  const last = person.last ? ` ${person.last.value}` : '';
  for (const { seg } of items) {
    const at = wordAt(seg.text, first);
    if (at < 0) continue;
    const from = at + first.length + (last && seg.text.startsWith(last, at + first.length) ? last.length : 0);
    const company =
      bracketedFirm(seg.text.slice(from), seg.start + from, domainLabel) ??
      introRoles(seg.text.slice(from), seg.start + from).company;
    const value = company?.value.replace(PATTERNS.edgeSymbols, '');
    if (company && value) return { company: { ...company, value, end: company.start + value.length } };
  }
  return {};
}

/**
 * `I'm CTO @ Quillbyte KK`, `ich bin Vertriebsleiterin bei Hafenblick GmbH`: the writer's role and firm from
 * their own sentence, for a writer no signature gives a firm. The role must read as a title (`I'm in a meeting
 * at …` is none) and the firm start with a capital; a role holding a possessive (`the lead for your region`)
 * is a description, so only the firm is taken.
 */
function selfDescribedRoles(items: readonly Item[]): RoleFindings {
  for (const { seg } of items) {
    const owner = ownerRoles(seg);
    if (owner) return owner;
    const found = PATTERNS.selfRole.exec(seg.text);
    const [, title = '', rest = ''] = found ?? [];
    const firm = firmInSentence(rest);
    if (!found || titleScore(title) === 0 || !PATTERNS.upper.test(firm.charAt(0))) continue;
    const firmAt = seg.start + found.index + found[0].lastIndexOf(firm);
    const roles: RoleFindings = { company: { value: firm, start: firmAt, end: firmAt + firm.length } };
    const possessive = (w: string): boolean => WRITER_POSSESSIVES.has(w) || READER_POSSESSIVES.has(w);
    if (!words(title).some((w) => possessive(normalizeKey(w)))) {
      const titleAt = seg.start + found.index + found[0].indexOf(title);
      roles.title = { value: title, start: titleAt, end: titleAt + title.length };
    }
    return roles;
  }
  return {};
}

/**
 * `soy el dueño de Cafeterías El Portal (4 sucursales …)`, `je suis gérante d'une jardinerie (Les Jardins d'Armelle
 * SARL)`: an owner's noun gives the title and what its `of` leads to the business: its name (past a lower-case article),
 * or, after a business described (`a bakery`, `une jardinerie`), the name in the bracket after it. A bracket after the
 * name says more of it (`(4 sucursales)`), not of the name.
 */
function ownerRoles(seg: Segment): RoleFindings | undefined {
  const found = PATTERNS.selfOwnerRole.exec(seg.text);
  const [, title = '', rest = ''] = found ?? [];
  if (!found) return undefined;
  const restAt = found.index + found[0].lastIndexOf(rest);
  const described = PATTERNS.describedBusiness.exec(rest);
  const named = described ? (described[1] ?? '').trim() : rest.replace(PATTERNS.articleBeforeName, '');
  const firm = described ? named : firmInSentence(named.split('(')[0] ?? '').trim();
  if (!PATTERNS.upper.test(firm.charAt(0))) return undefined;
  const firmAt = seg.start + restAt + rest.indexOf(firm);
  const titleAt = seg.start + found.index + found[0].indexOf(title);
  return {
    title: { value: title, start: titleAt, end: titleAt + title.length },
    company: { value: firm, start: firmAt, end: firmAt + firm.length },
  };
}

/**
 * `I'm the Head of Partner Enablement. Sharing our deck now`: the writer's own sentence naming a role and no firm gives
 * the title, when it reads as one (`I'm Chidozie` is a name, `I'm Sorry` nothing) and is written as one: capitalised
 * words and their connectors (`Site Engineer on the Glenvarra job` describes a job). A role held at a firm
 * (`I'm CTO at Brakvik, so …`) is selfDescribedRoles'.
 */
function selfDescribedTitle(items: readonly Item[]): ParsedValue<string> | undefined {
  const capitalised = (w: string): boolean => PATTERNS.upper.test(w.charAt(0));
  for (const { seg } of items) {
    if (PATTERNS.selfRole.test(seg.text)) continue;
    const found = PATTERNS.selfTitle.exec(seg.text);
    const title = found?.[1]?.trim();
    if (!found || !title || !capitalised(title) || titleScore(title) === 0) continue;
    if (!capitalisedOrJoined(title)) continue;
    const start = seg.start + found.index + found[0].indexOf(title);
    return { value: title, start, end: start + title.length };
  }
  return undefined;
}

/**
 * `— Lena Vogt, Head of Buying. Call me on …`, `minutes taken by Lena Vogt, Clerk to the Board`: the writer's full
 * name in a sentence of their own, then a comma (or spaced dash) and a role closing its clause, gives the title no
 * line gave; up to a firm's link word (`Site Lead at Borvik`). Written as a title (capitalised words and their
 * connectors), so a sentence going on (`Lena Vogt, who joined us …`) gives none.
 */
function titleAfterOwnName(items: readonly Item[], { first, last }: PersonName): ParsedValue<string> | undefined {
  if (!first || !last) return undefined;
  const capitalised = (w: string): boolean => PATTERNS.upper.test(w.charAt(0));
  for (const { seg } of items) {
    if (wordAt(seg.text, first.value) < 0) continue;
    for (const nameEnd of nameEnds(seg.text, first.value, last.value)) {
      const clause = PATTERNS.clauseAfterName.exec(seg.text.slice(nameEnd))?.[1];
      const all = clause ? words(clause) : [];
      const link = all.findIndex((w, i) => i > 0 && INTRO_ROLE_LINK_WORDS.has(w.toLowerCase()));
      const title = all.slice(0, link > 0 ? link : all.length);
      const text = title.join(' ');
      if (title.length === 0 || title.length > MAX_ROLE_WORDS || !capitalised(text) || !cardTitle({ text, start: 0 }))
        continue;
      if (!capitalisedOrJoined(text)) continue;
      // Words spaced otherwise than one space apart are not written as read.
      const at = seg.text.indexOf(text, nameEnd);
      if (at < 0) continue;
      return { value: text, start: seg.start + at, end: seg.start + at + text.length };
    }
  }
  return undefined;
}

/**
 * `Phạm Thị Ngọc Ánh` over `em là Ánh bên Công ty CP Nội thất Hòa Bình`: a self-introduction of the sender (a word of
 * the name read) gives their firm, whichever line gave the name: a chat's author line, a header or a signature.
 */
function introducedFirm(
  candidates: readonly NameCandidate[],
  person: PersonName,
  sendersOwn: (x: Item) => boolean,
): ParsedValue<string> | undefined {
  const nameKeys = new Set([person.first?.value ?? '', person.last?.value ?? ''].flatMap(words).map(fold));
  const intro = candidates.find(
    (c) => c.item && sendersOwn(c.item) && c.roles?.company && c.tokens.some((t) => nameKeys.has(fold(t.text))),
  );
  return intro?.roles?.company;
}

/**
 * `[03/11/2026, 09:14:22] +55 11 98342-6170: Aqui é o Ramón …`: a chat line whose author is a number
 * (a sender the phone has not saved) gives the writer's phone; the author as a segment of `lineIndex`.
 */
function chatAuthorPhone(lines: readonly Line[], lineIndex: number): Segment | undefined {
  const line = lines.find((l) => l.index === lineIndex);
  const chat = line && chatAuthorOn(line);
  if (!chat || digitCount(chat.author) < MIN_PHONE_DIGITS || PATTERNS.lower.test(chat.author)) return undefined;
  const { author, start } = chat;
  return { text: author, start, end: start + author.length, line: lineIndex, order: 0 };
}

/** A sign-off after item `at` with a name below it sharing no word with `tokens`: someone else writes. */
function signedByOther(items: readonly Item[], at: number, tokens: readonly NameToken[]): boolean {
  const own = new Set(tokens.map((t) => fold(t.text)));
  const valediction = items.findIndex((x, j) => j > at && x.kind === 'valediction');
  const signer = valediction < 0 ? undefined : items.slice(valediction + 1).find((x) => x.kind !== 'valediction');
  const first = (signer ? words(signer.seg.text)[0] : undefined) ?? '';
  return PATTERNS.upper.test(first.charAt(0)) && !own.has(fold(first));
}

/**
 * Name candidates from a self-introduction: `I'm Farida Rahimi, a product lead at Brightwater Labs.` One
 * word is a name only when the writer's firm follows it (`this is Dr. Farah from Bright Smiles`) or their
 * address spells it: alone it may be any capitalised word (`I'm Sorry`).
 */
function introCandidate(
  items: readonly Item[],
  at: number,
  email: ParsedValue<string> | undefined,
): NameCandidate | undefined {
  const item = items[at] as Item;
  const intro = introducedName(item.seg.text) ?? referredName(item.seg.text);
  const tokens = intro?.name ? nameTokens(intro.name, item.seg.start + intro.at) : undefined;
  if (!intro || !tokens) return undefined;
  const spelled = matchesEmail(tokens, email?.value);
  const fullName = tokens.length >= 2;
  // `please contact Ana Reyes …` over `Best, Theo`: the writer refers the reader to someone else; `please contact
  // Customer Services` to a desk.
  if (intro.referred) {
    const office = titleScore(intro.name) > 0 || namesDepartment(intro.name);
    const signed = signedByOther(items, at, tokens);
    return fullName && !office && !signed ? referredCandidate(item, intro, tokens, spelled) : undefined;
  }
  // `soy Cliente de Banco …`: a noun of relation to the firm is what the writer is, not their name.
  const relation = !fullName && RELATION_NOUNS.has((tokens[0]?.text ?? '').toLowerCase());
  const firm = intro.company;
  const roles: RoleFindings = firm
    ? { company: { ...firm, start: item.seg.start + firm.start, end: item.seg.start + firm.end } }
    : introRoles(intro.after, item.seg.start + intro.at + intro.name.length);
  // A Japanese writer introduces themselves by their family name alone (`営業部の佐藤です`); a Chinese one by a name
  // written without a space (`我是周子涵`), one word that yields to the same name on a card below.
  const oneWordName = intro.familyName || intro.unspaced || intro.numbered;
  if (!fullName && !oneWordName && (relation || (!spelled && !roles.company))) return undefined;
  // `this is Ilias Grammenos, our new account lead` … `Best, Tamsin`: the writer presents someone of theirs
  // (`this is Anna Berg, my direct line is …` … `Anna` is the writer's own).
  // The possessive may open a bracket or follow a word or two (`(our new …`, `one of our …`).
  const described = words(intro.after.replace(PATTERNS.edgePunctuation, ''))
    .slice(0, INTRO_POSSESSIVE_WORDS)
    .map((w) => normalizeKey(w.replace(PATTERNS.openingBrackets, '')));
  if (described.some((w) => WRITER_POSSESSIVES.has(w)) && signedByOther(items, at, tokens)) return undefined;
  return {
    tokens,
    // One word yields to the full name written elsewhere (`this is Arjun from …`, then `Arjun Menon, …`).
    score: SCORE_SELF_INTRO - (fullName ? 0 : SCORE_ONE_WORD_INTRO_PENALTY) + (spelled ? SCORE_EMAIL_MATCH : 0),
    item,
    roles,
  };
}

/**
 * The contact a document's sentence refers its reader to, with the role and firm after the name (`…, woordvoerder
 * Veerbedrijf N.V., via …`); below a signer's name, so a signed message stays its writer's.
 */
function referredCandidate(item: Item, intro: IntroducedName, tokens: NameToken[], spelled: boolean): NameCandidate {
  const spelledInSentence =
    spelled || addressesIn([item], ['prose']).some((found) => matchesEmail(tokens, found.value));
  return {
    tokens,
    score: SCORE_REFERRED_CONTACT + (spelledInSentence ? SCORE_EMAIL_MATCH : 0),
    item,
    roles: referredRoles(intro.after, item.seg.start + intro.at + intro.name.length),
  };
}

/** The one-word links between a role and its firm (`at`, `bei`, `chez`, `bij`). */
const INTRO_ROLE_LINK_WORDS: ReadonlySet<string> = new Set(INTRO_ROLE_LINKS.filter((link) => !link.includes(' ')));

/**
 * The role and firm a referral's clause after the name gives (`, spokesperson at Acme Ltd,`, `, woordvoerder
 * Veerbedrijf N.V.,`, `, Pressesprecher der Stadtwerke GmbH,`): split at its `at` or `of` word before a firm, or
 * after the role's lower-case words as running text writes them; a clause of one kind is that one.
 */
function referredRoles(after: string, base: number): RoleFindings {
  const clause = PATTERNS.referredClause.exec(after);
  const text = clause?.[1]?.trim();
  if (!clause || !text) return {};
  const at = base + after.indexOf(text, clause.index);
  const value = (part: string, offset: number): ParsedValue<string> => ({
    value: part,
    start: at + offset,
    end: at + offset + part.length,
  });
  const all = words(text);
  const inside = (i: number): boolean => i > 0 && i < all.length - 1;
  // The last `at` before the firm (`Head of Communications at Acme Ltd`: an `of` may sit inside the role); an `of`
  // only where no `at` is written (`director of Acme Ltd`).
  const atLinks = all.flatMap((w, i) => (inside(i) && INTRO_ROLE_LINK_WORDS.has(w.toLowerCase()) ? [i] : []));
  const link =
    atLinks[atLinks.length - 1] ?? all.findIndex((w, i) => inside(i) && ROLE_CONNECTORS.of.has(normalizeKey(w)));
  const lowerRun = all.findIndex((w) => !PATTERNS.lowerStart.test(w));
  const cut = link > 0 ? link : lowerRun > 0 ? lowerRun : -1;
  if (cut > 0) {
    const title = all.slice(0, cut).join(' ');
    const firm = all.slice(link > 0 ? cut + 1 : cut).join(' ');
    const firmAt = text.lastIndexOf(firm);
    if (companyScore(firm) > 0) return { title: value(title, 0), company: value(firm, firmAt) };
  }
  if (titleScore(text) > 0) return { title: value(text, 0) };
  return companyScore(text) > 0 ? { company: value(text, 0) } : {};
}

/** `Hollyhock Home` where the text also writes `Hollyhock Home Ltd`: the words before a legal form, folded. */
function companyNames(items: readonly Item[]): Set<string> {
  const names = new Set<string>();
  for (const item of items) {
    if (item.kind === 'prose') continue;
    const all = words(item.seg.text);
    for (const [i, word] of all.entries())
      if (i > 0 && LEGAL_FORMS.has(normalizeKey(word)))
        names.add(
          all
            .slice(0, i)
            .map((w) => fold(w))
            .join(' '),
        );
  }
  return names;
}

/** The text of `seg` from the first name token to the last. */
const spanned = (seg: Segment, tokens: readonly NameToken[]): string =>
  seg.text.slice((tokens[0] as NameToken).start - seg.start, (tokens[tokens.length - 1] as NameToken).end - seg.start);

const foldedName = (tokens: readonly NameToken[]): string => tokens.map((t) => fold(t.text)).join(' ');

/**
 * The folded names a CRM record gives as its owner's (`Contact owner: Callum Birch`, `Lead Owner` / `Rachel Lim` in
 * a column beside it): the salesperson the record belongs to, whose name the record's timeline repeats, no contact.
 * A ticket's onlooker (`CCs: Dana Roe <dana@…>`) is no more its contact: their display name counts alike.
 */
function recordOwners(items: readonly Item[]): NameToken[][] {
  const owners: NameToken[][] = [];
  const isOwnerLabel = (label: string): boolean =>
    RECORD_OWNER_LABELS.has(normalizeKey(label)) || TICKET_ONLOOKER_LABELS.has(normalizeKey(label));
  for (const [i, item] of items.entries()) {
    const label = PATTERNS.labelPrefix.exec(item.seg.text);
    const next = items[i + 1];
    const value = label
      ? isOwnerLabel(label[1] ?? '') && item.seg.text.slice(label[0].length)
      : isOwnerLabel(item.seg.text) && next?.seg.line === item.seg.line && next.seg.text;
    const named = value ? (senderFrom(value, 0)?.name?.text ?? value) : undefined;
    const tokens = named ? nameTokens(named.trim(), 0) : undefined;
    if (tokens) owners.push(tokens);
  }
  return owners;
}

/** The names that may be the sender's; `read` is the message's lines the items were made of (readableLines). */
function nameCandidates(
  items: readonly Item[],
  message: Message,
  read: readonly Line[],
  authors: ReadonlyMap<number, AuthorLine>,
  email: ParsedValue<string> | undefined,
  party: TicketParty | undefined,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const companies = companyNames(items);
  const isCompany = (tokens: readonly NameToken[]): boolean => companies.has(foldedName(tokens));
  // A role mailbox's display name (`Facilities Helpdesk <facilities@…>`) names a function, not a person.
  const senderEmail = message.sender?.email?.text;
  const senderName = senderEmail && isRoleMailbox(senderEmail) ? undefined : message.sender?.name;
  const sender = senderName && headerName(senderName.text, senderName.start);
  // A display name with no address beside it (`From: Chan Siu-ming, Grace`) yields to a body line that
  // the body's address spells: nothing ties that address to the header's form of the name.
  const spellsEmail = (writer: Pick<NameCandidate, 'tokens'>): boolean =>
    (writer !== sender || senderEmail !== undefined) && matchesEmail(writer.tokens, email?.value);
  // The header's display name written again in the body (`王磊 | 出口经理` under `发件人: 王磊 <wang.lei@…>`) is the
  // sender's own line, as a `Name <address>` line in the body is, though a name in Han spells no Latin address.
  const senderKey = sender ? foldedName(sender.tokens) : undefined;
  for (const writer of [sender, chatAuthor(authors), pastedMessageSender(read)])
    if (writer) out.push({ ...writer, score: SCORE_HEADER_SENDER + (spellsEmail(writer) ? SCORE_EMAIL_MATCH : 0) });
  const chatter = chatLineAuthor(read, authors, email, ownNumberIn(items));
  if (chatter) out.push(chatter);
  const lastPara = items.length > 0 ? (items[items.length - 1] as Item).para : -1;
  // A dash signs the message only below its last sentence, in its last paragraph (a programme's `– Rabat` does not).
  const lastProse = items.reduce((last, x, i) => (x.kind === 'prose' ? i : last), -1);
  // A letter's salutation comes before its sign-off: a greeting under one answers in a chat or a thread.
  const opening = items.find((x) => x.kind === 'greeting' || x.kind === 'valediction');
  const salutation = opening?.kind === 'greeting' ? opening : undefined;
  const firstPara = items[0]?.para ?? 0;
  const paragraphs = paragraphsOf(items);
  const ruleAbove = linesAfterRule(read);
  // `SEKCJA II – INFORMACJE PODSTAWOWE`: a section's heading line, the section's name after its numeral too.
  const sectionLines = new Set(
    items.filter((x) => x.seg.order === 0 && isSectionHeading(x.seg.text)).map((x) => x.seg.line),
  );
  for (const [i, item] of items.entries()) {
    // `FAKTURA`, `TİCARİ FATURA`: a document's heading in capitals is no name.
    if ((item.kind === 'text' && isDocumentHeading(item.seg.text)) || sectionLines.has(item.seg.line)) continue;
    // `Hi! This is Dmitri Volkov, …`: a greeting or a short chat line may introduce the writer too, and so may a chat
    // line giving the writer's number (`soy Jorge Cantú de …, mi cel es …`), read as a phone's line.
    if (item.kind === 'prose' || item.kind === 'greeting' || item.kind === 'text' || item.kind === 'phone') {
      const intro = introCandidate(items, i, email);
      if (intro) out.push(intro);
      if (item.kind !== 'text' && item.kind !== 'phone') continue;
    }
    // `Директор          Д.С. Ковальчук`, `Managing Director      John Smith`: a letter signed with the title before the
    // name on its line (the gap between is where the pen signs) places the name where its title stands.
    const head = signsAfterTitle(items, i) ? i - 1 : i;
    const previous = items[head - 1];
    const sameLinePrev = previous && previous.seg.line === item.seg.line;
    const paragraph = paragraphs.get(item.para) as Paragraph;
    // `… in the van — Dave (Gaffer Hire Co.) …`: a dash under the last sentence opens a signature as a sign-off does.
    const dashSigned = i > lastProse && item.para === lastPara && afterSigningDash(item, message.lines);
    // `Para más información:` / `Lucía Montesinos, responsable de comunicación`: a person's name-and-role line under a
    // lead-in closed by its colon opens the block, as a press release gives its media contact.
    const ledIn =
      !!previous &&
      !sameLinePrev &&
      previous.seg.line === item.seg.line - 1 &&
      previous.seg.text.trimEnd().endsWith(':') &&
      isNameAndRole(item.seg);
    const paragraphStart = paragraph.first === head || item.opensChatMessage || dashSigned || ledIn;
    // A sign-off before it on the line, in its paragraph or the one before; or a rule right above a paragraph.
    const underValediction =
      (previous?.kind === 'valediction' &&
        (sameLinePrev || previous.para === item.para || previous.para === item.para - 1)) ||
      (!sameLinePrev && item.para > 0 && paragraphStart && ruleAbove.has(item.seg.line)) ||
      dashSigned;
    let tokens: NameToken[] | undefined;
    let person: PersonName | undefined;
    let ownEmail: ParsedValue<string> | undefined;
    // The name follows a sign-off on its own line (`Kind regards, Tomasz Wilk, Head of …`).
    let signedOnLine = false;
    // The name goes on with its number on its line (nameBeforeNumber).
    let numberOnLine = false;
    if (item.kind === 'email') {
      if (namesTicketParty(item.seg.text)) continue;
      const pair = senderFrom(item.seg.text, item.seg.start);
      const named = pair?.name && !isRoleMailbox(pair.email?.text ?? '') && headerName(pair.name.text, pair.name.start);
      if (named && pair.email) {
        ({ tokens, person } = named);
        ownEmail = findEmails(pair.email.text, pair.email.start)[0];
      } else {
        const own = nameBeforeOwnAddress(item.seg) ?? nameFieldWithOwnAddress(item.seg);
        tokens = own?.tokens;
        ownEmail = own?.email;
      }
    } else if (item.kind === 'text') {
      tokens = spreadOverLine(items, i, email?.value);
      if (!tokens) {
        const stacked = stackedName(items, i, paragraphs, email?.value);
        if (stacked) {
          tokens = [...stacked.given, ...stacked.family];
          person = stackedPerson(stacked.given, stacked.family);
        }
      }
      tokens ??= departmentBeforeName(item.seg) ?? brokenName(item, items[i + 1]) ?? slashSigned(item.seg);
      if (!tokens) {
        person = directoryName(item.seg.text, item.seg.start, email?.value);
        tokens = personTokens(person);
      }
      // `Cheers, Finn Ó Conaill`, `Freundliche Grüsse, Jörg Meier, Leiter Einkauf, …`: the sign-off is no name.
      const pastSignOff = tokens ? undefined : pastValediction(item.seg);
      const signedSeg = pastSignOff ?? (tokens ? undefined : beforeTrailingSignOff(item.seg));
      const signedName = signedSeg && nameTokens(signedSeg.text, signedSeg.start);
      signedOnLine = !!signedName;
      tokens ??= signedName ?? (titledName(item.seg, true) ?? titleCompoundAndName(item.seg))?.tokens;
      // A name and role on one line is the sender's when their address spells it, or when the line signs
      // (under a sign-off, opening the last paragraph or a chat message) for one person: a list of people
      // (a CC list, attendees, `our team`) reads alike, but only a signer's line closes its paragraph or
      // chat message, or has a phone or email under it.
      if (!tokens) {
        const next = items[i + 1];
        const closes = !next || next.para !== item.para || next.opensChatMessage;
        // A card's or a document's firm line right above, opening the block, with a number or address under the
        // line: the holder's or issuer's block (`Tarnwick Print LLC` / `Dana Ortiz, Illustrator` / `(512) …`).
        const underFirm =
          !!previous &&
          !sameLinePrev &&
          paragraph.first === i - 1 &&
          previous.seg.line === item.seg.line - 1 &&
          companyScore(previous.seg.text) >= COMPANY_LEGAL_WEIGHT &&
          contactBelow(items, i);
        const signs =
          ((!!pastSignOff ||
            underValediction ||
            (paragraphStart && (item.para === lastPara || item.opensChatMessage))) &&
            (closes || contactBelow(items, i))) ||
          underFirm;
        const named = signs || email ? nameBeforeRole(pastSignOff ?? item.seg) : undefined;
        if (named && (signs || matchesEmail(named, email?.value))) {
          tokens = named;
          signedOnLine = !!pastSignOff;
        }
        tokens ??= labelledNameAndRole(item.seg, email?.value);
      }
    } else if (item.kind === 'label' || item.kind === 'phone') {
      // A contact field may give the person's phone after their name (`Kontakt: Jan Ek, 0701 555 019`).
      const fields = formNameFields(items, i);
      if (fields === 'partOfPair') continue;
      if (fields) {
        out.push({
          ...fields,
          score: SCORE_HEADER_SENDER + (matchesEmail(fields.tokens, email?.value) ? SCORE_EMAIL_MATCH : 0),
          item,
          field: true,
        });
        continue;
      }
      // A label's line that goes on with a number or an address (`Meus contatos: Ana Lima – Compras – 0800 …`) is a
      // card line, read as one.
      const named = nameGoingOn(
        formName(item.seg) ?? (detailsOnLine(items, i) ? undefined : unlistedFieldName(item.seg, email?.value)),
        item,
        items[i + 1],
      );
      if (named) {
        out.push({
          tokens: named,
          score: SCORE_HEADER_SENDER + (matchesEmail(named, email?.value) ? SCORE_EMAIL_MATCH : 0),
          item,
          field: true,
        });
        continue;
      }
      // Under a label no list holds, weighed as any name line is.
      tokens = labelledNameAndRole(item.seg, email?.value);
      // Opening its line, and not one of a list's lines each giving someone's name and number (`Ірина Кравчишин, +380 …`).
      if (item.kind === 'phone' && !tokens && item.seg.order === 0 && !listsNumberedNames(items, i)) {
        tokens = nameBeforeNumber(item.seg);
        numberOnLine = !!tokens;
      }
    }
    // `Αιγαίο Ναυτιλιακή Α.Ε.`, `شركة نجد للمقاولات`: a legal form makes the line a company's name.
    // (The name's own words: a role after it may name a firm, `…, directeur technique chez Lumière Bleue SAS`.)
    if (!tokens || isCompany(tokens) || companyScore(spanned(item.seg, tokens)) >= COMPANY_LEGAL_WEIGHT) continue;
    // `인사팀`, `営業部`: a department's name in a script without spaces is no unspaced full name.
    if (isUnspacedFullName(tokens) && namesDepartment((tokens[0] as NameToken).text)) continue;
    const afterValediction = signedOnLine || underValediction;
    const emailMatch = matchesEmail(tokens, (ownEmail ?? email)?.value);
    // `Harbourside Lettings Maintenance`, `Kundeservice`: a line closed by a department's word signs for a team;
    // a person whose family name is such a word (`Ana Sales`) is kept by the address that spells it.
    if (!emailMatch && !ownEmail && closesAsDepartment((tokens[tokens.length - 1] as NameToken).text)) continue;
    const below = contactBelow(items, i);
    const titled = titleUnder(items, i, tokens);
    // A line in capitals with no contact nor title under it heads a firm, unless the address spells it (a card's
    // `MARIA DELA PAZ`); over a title line it is a badge's or card's name (`SØREN BACH-JØRGENSEN` /
    // `Chief Risk Officer`).
    if (!afterValediction && !ownEmail && !emailMatch && isHeading(item, tokens) && !below && !titled) continue;
    const fullName = tokens.length >= 2 || isUnspacedFullName(tokens);
    // A letter's addressee block (`Ms Jane Roe` / `8 Quay St` over `Dear Madam,`) stands above the salutation,
    // under the letterhead opening the text: the details under it and its paragraph are the addressee's, no sign
    // of the writer. An address spelling the name still is (the writer's own block under a logo).
    const addressee = salutation !== undefined && item.para < salutation.para && item.para > firstPara;
    let score = (fullName ? SCORE_MULTI_WORD : 0) + (emailMatch ? SCORE_EMAIL_MATCH : 0);
    if (afterValediction || signedAloneAbove(items, i, tokens)) score += SCORE_AFTER_VALEDICTION;
    if (!addressee && (below || numberOnLine || contactLaterOnCard(items, item, paragraph)))
      score += SCORE_CONTACT_NEARBY;
    if (paragraphStart && !addressee) score += SCORE_PARAGRAPH_START;
    if (!addressee && titled) score += SCORE_TITLE_UNDER;
    if (ownEmail || foldedName(tokens) === senderKey) score += SCORE_HEADER_SENDER;
    const alone = paragraph.size === 1;
    // `…go ahead with the Tuesday slot.` / `Mei`: a name word closing the message under its last sentence signs it.
    const closing = i === items.length - 1 && previous?.kind === 'prose' && previous.seg.line === item.seg.line - 1;
    // `Ewa` / `Host · Sopot, Poland`: a booking platform's host goes by the given name alone.
    const host = overHostTag(item, items[i + 1]);
    if (!fullName && !afterValediction && !emailMatch && !(alone && item.para === lastPara) && !closing && !host)
      continue;
    if (fullName && score < MIN_NAME_SCORE) continue;
    out.push({ tokens, person, score, item, email: ownEmail, signed: afterValediction });
  }
  // Named by nothing else: the chat's number giver.
  const numberGiver = out.length === 0 ? numberGiversName(read) : undefined;
  if (numberGiver) out.push(numberGiver);
  // Named by nothing else: the person a notice is for the attention of, by their own address.
  const attended = out.length === 0 ? attendedName(items) : undefined;
  if (attended) out.push(attended);
  // The ticket's customer writing its newest comment (its first author line) signs it as a header's sender does:
  // the agent's answer below, signed under a sign-off, is older.
  const topWriter = chatAuthor(authors);
  const partyWrote = !!party?.key && !!topWriter && nameKey(topWriter.tokens) === party.key;
  for (const c of out) if (partyWrote && nameKey(c.tokens) === party.key) c.score += SCORE_HEADER_SENDER;
  return out;
}

/**
 * The item at `i` closes a line of two segments whose first holds title words and no company cue (`Директор`,
 * `Комерційний директор`): a title written before the signer's name.
 */
function signsAfterTitle(items: readonly Item[], i: number): boolean {
  const [title, name, next] = [items[i - 1], items[i] as Item, items[i + 1]];
  return (
    title?.seg.line === name.seg.line &&
    title.seg.order === 0 &&
    name.seg.order === 1 &&
    next?.seg.line !== name.seg.line &&
    titleScore(title.seg.text) > 0 &&
    companyScore(title.seg.text) === 0
  );
}

/** `박 지후 드림`, `王 伟 敬上`: the name before a sign-off written after it; undefined without one. */
function beforeTrailingSignOff(seg: Segment): Segment | undefined {
  const text = seg.text.trimEnd();
  const last = words(text).pop() ?? '';
  if (!TRAILING_SIGN_OFFS.has(last) || text.length === last.length) return undefined;
  const rest = text.slice(0, text.length - last.length).trimEnd();
  return sliceSegment(seg, 0, rest.length);
}

/**
 * `Abs,` / `Caio` / (blank) / `Caio Ferraz`: the given name signed alone closes the paragraph right
 * above the one `tokens` open, starting with that given name: the full name signs as well.
 */
function signedAloneAbove(items: readonly Item[], at: number, tokens: readonly NameToken[]): boolean {
  const item = items[at] as Item;
  const above = items[at - 1];
  if (tokens.length < 2 || !above || above.kind !== 'text' || above.para !== item.para - 1) return false;
  if (items[at - 2]?.para === above.para && items[at - 2]?.kind !== 'valediction') return false;
  return words(above.seg.text).length === 1 && signOffWord(above.seg.text) === fold((tokens[0] as NameToken).text);
}

/**
 * What follows a label's colon before the first comma of `seg` (`Prepared by: Ivo Marsh, Estimator` → `Ivo Marsh,
 * Estimator`): an invoice's or a quote's contact line names the person after whatever label it wrote.
 */
function pastLabel(seg: Segment): Segment | undefined {
  const colon = PATTERNS.labelColon.exec(seg.text);
  const comma = seg.text.indexOf(', ');
  // `update: Ivo Marsh, Estimator, confirmed …`: a lower-case word before a colon opens a chat message, no label.
  if (!colon || colon.index === 0 || (comma >= 0 && comma < colon.index) || PATTERNS.lowerStart.test(seg.text))
    return undefined;
  const from = colon.index + colon[0].length;
  return from < seg.text.length ? sliceSegment(seg, from) : undefined;
}

/** What follows a sign-off opening `seg` (`Cheers, Finn Ó Conaill` → `Finn Ó Conaill`); undefined without one. */
function pastValediction(seg: Segment): Segment | undefined {
  const cut = seg.text.search(PATTERNS.valedictionBreak);
  if (cut <= 0 || !isValediction(seg.text.slice(0, cut))) return undefined;
  const rest = seg.text.slice(cut).replace(PATTERNS.edgePunctuation, '').trim();
  if (!rest) return undefined;
  const from = seg.text.indexOf(rest, cut);
  // sliceSegment keeps the offsets of a segment joined over a hard wrap right.
  return sliceSegment(seg, from, from + rest.length);
}

/**
 * `担当：ディレクター 松浦 ちひろ（matsuura@…）`, `담당자: 영업부 채다온 대리 (010-…, daon@…)`: a CJK document's name field
 * whose closing parentheses give the person's own details (pastContactAside), their address among them. (A cased
 * name so written, `Host: Ana Ferrán (ana@…)`, is a header's pair, read as one.)
 */
function nameFieldWithOwnAddress(seg: Segment): { tokens: NameToken[]; email: ParsedValue<string> } | undefined {
  const tokens = formName(seg);
  const email = tokens?.every((t) => isCaseless(t.text)) && findEmails(seg.text, seg.start).pop();
  return tokens && email && !isRoleMailbox(email.value) ? { tokens, email } : undefined;
}

/**
 * `Rafael Oyelaran-Moss, Vice President, Supply Chain …`, `Jean-Baptiste Morel, directeur technique chez
 * …`: a name of two words or more, then after a comma a role (title or company words); the name.
 */
function nameBeforeRole(seg: Segment): NameToken[] | undefined {
  const head = nameBeforeComma(seg);
  const role = head && seg.text.slice(head.role);
  return head && role && (titleScore(role) > 0 || companyScore(role) > 0) ? head.tokens : undefined;
}

/**
 * `Rick Salerno 484-555-0173`, `Lorna Vasquez DRE #01968342`: a full name opening a line that goes on with a number of
 * seven digits or more (a phone's, or a licence's after its label, read past): a text message's or a listing's
 * signature line, the number on it the person's own. A firm's words before the number (`KD Roofing 07723 …`) are no
 * name, and one word there is as often a firm's or a place's (`Ventura 805-…`) as a name (MIN_PERSON_NAME_TOKENS).
 */
function nameBeforeNumber(seg: Segment): NameToken[] | undefined {
  const lead = PATTERNS.wordsBeforeNumber.exec(seg.text);
  const number = lead && PATTERNS.numberRun.exec(seg.text.slice(lead[0].length));
  // A product's model and specs (`Lenovo ThinkPad 7120, i7, 32GB`) are no one number.
  if (!lead || !number || digitCount(number[0]) < MIN_PHONE_DIGITS) return undefined;
  // A text message's dash before its signing line (`- Rick Salerno 484-…`) is no word of the name.
  const written = (lead[1] ?? '').replace(PATTERNS.leadingSeparators, '').trim().split(PATTERNS.whitespaceRun);
  while (written.length > 0 && LICENCE_LABELS.has(normalizeKey(written[written.length - 1] ?? ''))) written.pop();
  // Each word as a name writes it (`Ana`, `Pemberton-Ruiz`, `van`): a heading's capitals (`FATTURA N.`), an
  // abbreviation or a script without capitals (`मेरा नंबर`, my number) open a document's or a sentence's line.
  const asName = (word: string): boolean =>
    PARTICLES.has(word.toLowerCase()) ||
    word.split(PATTERNS.particleJoint).every((part) => PATTERNS.calledNameWord.test(part));
  const name = written.join(' ');
  if (!written.every(asName) || companyScore(name) > 0 || titleScore(name) > 0) return undefined;
  const tokens = nameTokens(name, seg.start + seg.text.indexOf(name));
  return tokens && tokens.length >= MIN_PERSON_NAME_TOKENS ? tokens : undefined;
}

/** The line above or below item `i`'s opens with another name and its number (nameBeforeNumber): a list of people's numbers. */
function listsNumberedNames(items: readonly Item[], i: number): boolean {
  const line = (items[i] as Item).seg.line;
  const opensList = (x: Item): boolean =>
    x.seg.order === 0 && Math.abs(x.seg.line - line) === 1 && nameBeforeNumber(x.seg) !== undefined;
  // Items run in line order: only those of the lines next to item i's are looked at, however many a line holds.
  for (let j = i - 1; j >= 0 && (items[j] as Item).seg.line >= line - 1; j--)
    if (opensList(items[j] as Item)) return true;
  for (let j = i + 1; j < items.length && (items[j] as Item).seg.line <= line + 1; j++)
    if (opensList(items[j] as Item)) return true;
  return false;
}

/**
 * `Kontakt: Agata Wierzbicka, a.wierzbicka@…`, `Agata Wierzbicka, a.wierzbicka@…`: a full name, alone on its line or
 * under a name's or contact's label, whose comma goes on with the person's own address closing the line, one that
 * spells the name (their role may come between); a role mailbox (`info@`) is a team's, and a firm's name before it
 * is weighed out as any firm is. Under another label (`Invoices:`, `Vertretung:`) or a list's bullet, as an absence
 * notice lists colleagues, it is someone else's.
 */
function nameBeforeOwnAddress(seg: Segment): { tokens: NameToken[]; email: ParsedValue<string> } | undefined {
  const label = PATTERNS.labelPrefix.exec(seg.text)?.[1];
  const contactLabel =
    label === undefined
      ? !PATTERNS.leadingBullet.test(seg.text)
      : namesField(label, 'name') || CONTACT_LABEL_WORDS.has(words(label)[0]?.toLowerCase() ?? '');
  if (!contactLabel) return undefined;
  const value = pastLabel(seg) ?? seg;
  const head = nameBeforeComma(value);
  if (!head) return undefined;
  const rest = sliceSegment(value, head.role);
  const email = findEmails(rest.text, rest.start).pop();
  // `Zdzisław Pawełek, Kierownik Działu Zakupów, e-mail: z.pawelek@…`: the person's role may come between; with a
  // number too (`Dr. Ana Ruiz, Director, +34 …, a.ruiz@…`) the line is a list's entry, a CV's referee or an attendee.
  const between = email ? rest.text.slice(0, email.start - rest.start) : '';
  return email &&
    (between === '' || (titleScore(between) > 0 && !PATTERNS.anyDigit.test(between))) &&
    email.end === rest.start + rest.text.trimEnd().length &&
    !isRoleMailbox(email.value) &&
    matchesEmail(head.tokens, email.value)
    ? { tokens: head.tokens, email }
    : undefined;
}

/**
 * `課長　中村 美咲`, `总经理 王伟`, `営業部 主任　野村 彩香`, `技術部 山本 健太`, `김지현 팀장`: a CJK card or letter writes the title
 * (after its department) before the name on its line, or the rank after it; the name is the rest beside
 * the title words. A romanised gloss closing the line in parentheses (`책임연구원 박지훈 (Jihoon Park)`) is
 * the name's own. The rank after the name is read only where the name is known to stand (`rankAfter`): on another
 * line a place or unit before a title (`华东区 销售经理`, `大阪支店 支店長`) would pass for a name.
 */
function titledName(seg: Segment, rankAfter: boolean): { tokens: NameToken[]; title: Segment } | undefined {
  // `担当：営業部　桜井 湊`: the label of a document's name field opening the line is no part of the title.
  const label = fieldLabel(seg.text, 'name');
  if (label) return titledName(sliceSegment(seg, label[0].length), rankAfter);
  // `購買部　担当：山本 花子`: the department before the field's label is the issuing unit's, no title of the name's.
  if (nameFieldValue(seg)) return undefined;
  const aside = PATTERNS.closingAside.exec(seg.text.trimEnd());
  const text = aside && !PATTERNS.familyFirstScript.test(aside[0]) ? seg.text.slice(0, aside.index) : seg.text;
  const all = words(text);
  if (!all.every((w) => PATTERNS.familyFirstScript.test(w))) return undefined;
  // Where each word ends in `text`.
  const ends: number[] = [];
  for (const w of all) ends.push(text.indexOf(w, ends[ends.length - 1] ?? 0) + w.length);
  // `株式会社ミドリ電機　広報部　高橋 真理`: a press release's contact line opens with the firm by its legal form, then
  // the department and the name; the firm and department before the name are its roles (split as roles are).
  const firm = all.length > 3 && companyScore(all[0] ?? '') >= COMPANY_LEGAL_WEIGHT ? 1 : 0;
  let titleEnd = firm - 1;
  for (const [i, w] of all.entries()) if (i >= firm && i < all.length - 1 && titleScore(w) > 0) titleEnd = i;
  // `技術部 山本 健太`: a department opening the line is the title's too, when no rank is written; the name after it
  // keeps its two words, as a family name may end as a department does (`阿部 健太`, `服部 真一`).
  while (titleEnd < all.length - 3 && closesAsDepartment(all[titleEnd + 1] ?? '')) titleEnd++;
  let titleStart = all.length;
  while (rankAfter && !firm && titleEnd < 0 && titleStart > 1 && titleScore(all[titleStart - 1] ?? '') > 0)
    titleStart--;
  const before = titleEnd >= firm;
  if (!before && titleStart === all.length) return undefined;
  const cut = before ? (ends[titleEnd] ?? 0) : (ends[titleStart - 1] ?? 0);
  const [nameFrom, nameTo] = before ? [cut, text.length] : [0, cut];
  const name = text.slice(nameFrom, nameTo);
  // `技術部 主任`, `개발팀 과장`: a department before the rank is the title's, no name.
  if (!before && namesDepartment(name)) return undefined;
  const tokens = nameTokens(name.trim(), seg.start + nameFrom + name.indexOf(name.trim()));
  if (!tokens?.every((t) => isCaseless(t.text))) return undefined;
  const [titleFrom, titleTo] = before ? [0, cut] : [cut, text.length];
  const title = trimmedSegment(text.slice(titleFrom, titleTo), seg.start + titleFrom, seg.line, seg.order);
  return title && { tokens, title };
}

/**
 * `広報部　高橋 真理`, `購買部　担当：山本 花子`: a department opening a CJK line before a family and a given name
 * (or before a name field's label) is no third word of the name.
 */
function departmentBeforeName(seg: Segment): NameToken[] | undefined {
  const head = words(seg.text)[0];
  if (!head || !PATTERNS.caselessWord.test(head) || !closesAsDepartment(head)) return undefined;
  return formName(seg) ?? titledName(seg, false)?.tokens;
}

/**
 * `박지훈 책임연구원` under the sign-off `박지훈 드림`: the rank after a name is read on another line than the name's
 * when that name is the sender's own written again (`spacelessNames`, RoleContext), not a place or unit.
 */
function rankAfterOwnName(seg: Segment, spacelessNames: readonly string[]): Segment | undefined {
  const titled = titledName(seg, true);
  const written = titled && spacelessKey(titled.tokens.map((t) => t.text).join(''));
  return written && spacelessNames.includes(written) ? titled.title : undefined;
}

/** Whether the item at `i` is the first on its line. */
const opensLine = (items: readonly Item[], i: number): boolean =>
  items[i - 1]?.seg.line !== (items[i] as Item).seg.line;

/** Whether a segment on the line of item `i` gives a number or an address (the items of its line only are read). */
function detailsOnLine(items: readonly Item[], i: number): boolean {
  const line = (items[i] as Item).seg.line;
  let from = i;
  while (from > 0 && (items[from - 1] as Item).seg.line === line) from--;
  for (let k = from; k < items.length && (items[k] as Item).seg.line === line; k++)
    if (CONTACT_KINDS.has((items[k] as Item).kind)) return true;
  return false;
}

/**
 * A badge's, card's or narrow column's name set one word a line (`RAGNHILD` / `SKOGSTAD`, `Callum` /
 * `Fitzgerald-Reyes` / title …), or spread by wide spacing into two segments filling a line
 * (`AMARA  OKONJO-LEE`): two name words that open a paragraph, or fill their line, are one name,
 * given name first; stacked, the lines may hold more words each (stacksGivenOverFamily). Only in a cased script: a CJK
 * name is one word already, and the line under it names the firm.
 */
function stackedName(
  items: readonly Item[],
  i: number,
  paragraphs: Map<number, Paragraph>,
  email: string | undefined,
): { given: NameToken[]; family: NameToken[] } | undefined {
  const item = items[i] as Item;
  const next = items[i + 1];
  if (next?.kind !== 'text') return undefined;
  const paragraph = paragraphs.get(item.para) as Paragraph;
  // Under a label or honorifics (`Prepared by:`, `Prof. Dr.`) or a firm's name, not under another name word.
  const previous = items[i - 1];
  const underName = (): boolean =>
    previous?.seg.line === item.seg.line - 1 && nameTokens(previous.seg.text, 0)?.length === 1;
  const stacked = next.seg.line === item.seg.line + 1 && opensLine(items, i) && (paragraph.first === i || !underName());
  const spread = next.seg.line === item.seg.line && opensLine(items, i) && items[i + 2]?.seg.line !== item.seg.line;
  // `Salam,` / `Supriyadi`: a sign-off, not a given name set over a family name.
  if ((!stacked && !spread) || (stacked && isSignOff(item.seg.text))) return undefined;
  const left = nameTokens(item.seg.text, item.seg.start);
  const right = nameTokens(next.seg.text, next.seg.start);
  if (!left || !right) return undefined;
  const oneEach = left.length === 1 && right.length === 1;
  // One word over several is a badge's name only as a block of its own (`Oskar` / `Lindgren Håkansson`): a heading
  // or a greeting over a full name (`Försäljning` / `Amanda Nyström-Ali`, `Tervitades` / `Kadri Saar`) reads alike.
  const block = paragraph.first === i && paragraph.size === 2;
  // `Prof.ssa Lia Serena` / `Bassan dal Molin` over `lia.bassandalmolin@`: the address spells a given name opening the
  // upper line and another word opening the lower, so a card broke one name over two lines (not a hyphen's break,
  // brokenName; nor a short name over the full one, `Lia` / `Lia Bassan`; nor a full name the address spells over a
  // firm named for it, `Lars Holm` / `Holm Trading` over `lars@holm…`).
  const spelled =
    stacked &&
    !item.seg.text.endsWith('-') &&
    (left.length === 1 || !matchesEmail(left.slice(-1), email)) &&
    right.length <= MAX_STACKED_FAMILY_WORDS &&
    matchesEmail(left.slice(0, 1), email) &&
    matchesEmail(right.slice(0, 1), email) &&
    !fold((right[0] as NameToken).text).startsWith(fold((left[0] as NameToken).text));
  if (
    !oneEach &&
    !spelled &&
    (spread || (left.length === 1 && !block) || !stacksGivenOverFamily(left, right, previous))
  )
    return undefined;
  // On one line a comma puts the family name first (`TANAKA,  YUKI`), and so do capitals before a
  // mixed-case given name (`TANAKA   Haruto`), as in `TAKAHASHI Yui` (splitName); stacked, the given
  // name may be the one in capitals (`GRACE` / `Oyelaran-Smith`).
  // Not when the address spells the line's own order (`JOHN   Reilly` ↔ `john@`).
  const capsFirst =
    isCapitalisedName(left[0] as NameToken) &&
    !isCapitalisedName(right[0] as NameToken) &&
    !spellsWrittenOrder(left[0] as NameToken, right[0] as NameToken, email);
  // Of an upper line the address spells, a middle name after the given name is left out (`Lia Serena`).
  const upper = spelled && !isGivenNamesOnly(left) ? left.slice(0, 1) : left;
  const [given, family] = spread && (item.seg.text.endsWith(',') || capsFirst) ? [right, left] : [upper, right];
  return [...given, ...family].some((t) => isCaseless(t.text)) ? undefined : { given, family };
}

/**
 * A badge's given names over a family name of several words (`Oskar` / `Lindgren Håkansson`, `MARIA DO CÉU` /
 * `VASCONCELOS`): the upper line holds given names only, the lower at most MAX_STACKED_FAMILY_WORDS and opens with no
 * longer form of the given name; nor is the upper a sign-off's short name over the signer's full one (`Bec` /
 * `Rebecca Hale` under `Thanks,`).
 */
function stacksGivenOverFamily(
  given: readonly NameToken[],
  family: readonly NameToken[],
  above: Item | undefined,
): boolean {
  const shortForm = fold((given[0] as NameToken).text);
  return (
    isGivenNamesOnly(given) &&
    family.length <= MAX_STACKED_FAMILY_WORDS &&
    !fold((family[0] as NameToken).text).startsWith(shortForm) &&
    above?.kind !== 'valediction'
  );
}

/**
 * The name tokens of `parts` read as one line with single gaps (`cased` may recase that line, keeping its length),
 * each placed back in its part, with that part's index.
 */
function nameTokensAcross(
  parts: readonly { text: string; start: number }[],
  cased = (line: string): string => line,
): { tokens: NameToken[]; part: number[] } | undefined {
  const partStarts: number[] = [];
  let joined = '';
  for (const { text } of parts) {
    partStarts.push(joined.length === 0 ? 0 : joined.length + 1);
    joined = joined.length === 0 ? text : `${joined} ${text}`;
  }
  const read = nameTokens(cased(joined), 0);
  if (!read) return undefined;
  const part = read.map((t) => {
    let k = partStarts.length - 1;
    while (k > 0 && (partStarts[k] as number) > t.start) k--;
    return k;
  });
  const tokens = read.map((t, i) => {
    const k = part[i] as number;
    const shift = (parts[k] as { start: number }).start - (partStarts[k] as number);
    return { ...t, start: t.start + shift, end: t.end + shift };
  });
  return { tokens, part };
}

/** A name spread over a line in three parts or more at most this many words long (`ANA LUCÍA  PAREDES  VILCA`). */
const MAX_SPREAD_NAME_WORDS = 4;

/**
 * `Sigrid  Aasen  Moe`, `Ms  Navjot  Gill-Hartley`: an OCR'd card's name line, padded into three
 * segments or more that each read as a name and fill the line, over a title or spelled by the address:
 * the tokens of all, in their order. Two segments are one name only when the gap parts a given name
 * from the middle initial after it (`Tomás  R. Ivers`): two columns (`Ana Ruiz  Partner`) read alike.
 */
function spreadOverLine(items: readonly Item[], i: number, email: string | undefined): NameToken[] | undefined {
  if (!opensLine(items, i)) return undefined;
  const item = items[i] as Item;
  const line = items.slice(i).filter((x) => x.seg.line === item.seg.line);
  if (line.length < 2 || (line.length === 2 && !partsMiddleInitial(line))) return undefined;
  if (line.some((x) => x.kind !== 'text')) return undefined;
  // Read as one line (an honorific opening it is dropped), each word placed back in its segment.
  const tokens = nameTokensAcross(line.map((x) => x.seg))?.tokens;
  if (!tokens || tokens.length > MAX_SPREAD_NAME_WORDS || tokens.some((t) => isCaseless(t.text))) return undefined;
  // A person's, not a firm's heading or a row of buttons: the address spells it, or a title follows it
  // and no part names a city (a branch office's heading of towns over a title reads alike).
  if (!matchesEmail(tokens, email)) {
    const below = items[i + line.length];
    const titled = below?.kind === 'text' && below.seg.line === item.seg.line + 1 && titleScore(below.seg.text) > 0;
    if (!titled || line.some((x) => namesCity(x.seg.text))) return undefined;
  }
  return tokens;
}

/** `Tomás` | `R. Ivers-Lund`: one word, then a segment opening with an initial. */
function partsMiddleInitial([given, rest]: readonly Item[]): boolean {
  const after = words(rest?.seg.text ?? '');
  return words(given?.seg.text ?? '').length === 1 && after.length > 1 && PATTERNS.initial.test(after[0] ?? '');
}

/** A line that is a name broken at its end (nameGoingOn). */
const brokenName = (item: Item, next: Item | undefined): NameToken[] | undefined =>
  nameGoingOn(nameTokens(item.seg.text, item.seg.start), item, next);

/**
 * A name broken at the line's end (`Dr Ewan McIl-` / `wraith`, `Solveig Brekke-` / `Holm, Purchasing`, a field's
 * `Contact: Rhys Tane-` / `Mowbray, Site Lead`): a lower-case rest was one word hyphenated by the layout, a
 * capitalised one a double-barrelled name. `tokens` are the name read on `item`'s line, its last word closing it.
 */
function nameGoingOn(tokens: NameToken[] | undefined, item: Item, next: Item | undefined): NameToken[] | undefined {
  const last = tokens?.[tokens.length - 1];
  if (!tokens || !last || !item.seg.text.endsWith('-') || !next) return tokens;
  if (!item.seg.text.slice(0, -1).trimEnd().endsWith(last.text)) return tokens;
  const rest = (words(next.seg.text)[0] ?? '').replace(PATTERNS.edgePunctuation, '');
  const joined = hyphenatedRest({ ...item.seg, text: `${last.text}-` }, { ...next.seg, text: rest });
  if (!joined || !PATTERNS.lower.test(rest.slice(1)) || PATTERNS.anyDigit.test(rest)) return tokens;
  const end = next.seg.start + next.seg.text.indexOf(rest) + rest.length;
  return [...tokens.slice(0, -1), { text: joined, start: last.start, end }];
}

/**
 * `… back in the van — Dave (Gaffer Hire Co.) 07700 900881`, parted from its sentence (runOn): a line's first text
 * after a dash alone signs the message as one under a sign-off does.
 */
function afterSigningDash(item: Item, lines: readonly Line[]): boolean {
  const at = item.seg.line - (lines[0]?.index ?? 0);
  const line = lines[at];
  if (item.kind !== 'text' || item.seg.order !== 0 || !line) return false;
  if (!DASHES.has(line.text.slice(0, item.seg.start - line.start).trim())) return false;
  // `"Edge inference" — Hall D, 11:15–11:45` under a speaker's card: a programme's room and time (the piece runOn
  // parted from the same line written right after it), no signature.
  const next = lines[at + 1];
  const runsOn = next !== undefined && next.start === line.start + line.text.length;
  return !PATTERNS.clockTime.test(line.text) && !(runsOn && PATTERNS.clockTime.test(next.text));
}

/** `/Signe`, `/ Mikael`: a given name signed after a slash, as Nordic mail signs (as `—Bea` after a dash). */
function slashSigned(seg: Segment): NameToken[] | undefined {
  if (!PATTERNS.slashSignOff.test(seg.text)) return undefined;
  const from = seg.text.indexOf('/') + 1;
  const tokens = nameTokens(seg.text.slice(from), seg.start + from);
  return tokens?.length === 1 ? tokens : undefined;
}

/**
 * `REVIEW DOCUMENT`, `WEEKEND ON-CALL ROTA`: a line in capitals read whole as a name is a heading when
 * no sign-off is above it and no contact below (a badge's name in capitals is stacked over two lines).
 */
const isHeading = (item: Item, tokens: readonly NameToken[]): boolean =>
  PATTERNS.upper.test(item.seg.text) &&
  !PATTERNS.lower.test(item.seg.text) &&
  tokens.every((t) => t.end <= item.seg.start + item.seg.text.length);

/**
 * A name opening its line, with no firm's word, whose given name is written out, set over a line opening with a
 * short title (`Dr Cédric Vuilleumier` / `Head of Regulatory Affairs` under a badge's event line, a signature under a
 * line of prose); for a name stacked over two lines, under its second.
 */
function titleUnder(items: readonly Item[], i: number, tokens: readonly NameToken[]): boolean {
  const item = items[i] as Item;
  if (item.seg.order !== 0 || isInitial((tokens[0] as NameToken).text) || companyScore(item.seg.text) > 0) return false;
  const end = (tokens[tokens.length - 1] as NameToken).end;
  let j = i + 1;
  while (j < items.length && (items[j] as Item).seg.start < end) j++;
  // A profile's marks after the name on its line (`· 2nd`, `· 1촌`) are the page's, no line of the card.
  const pageMark = (x: Item | undefined): boolean =>
    x?.seg.line === item.seg.line && INTERFACE_WORDS.has(normalizeKey(x.seg.text));
  while (pageMark(items[j])) j++;
  const above = items[j - 1] as Item;
  const under = items[j];
  return (
    under?.kind === 'text' &&
    under.para === above.para &&
    under.seg.order === 0 &&
    under.seg.line === above.seg.line + 1 &&
    isTitleLine(under.seg.text)
  );
}

const isHostTag = (word: string): boolean => PLATFORM_HOST_TAGS.has(normalizeKey(word));

/** `Ewa` over `Host · Sopot, Poland`, `Superhôte · 214 commentaires`: a line opening with a platform's host tag under the name. */
function overHostTag(item: Item, under: Item | undefined): boolean {
  if (!under || under.para !== item.para || under.seg.line !== item.seg.line + 1 || under.seg.order !== 0) return false;
  const first = words(under.seg.text)[0];
  return first !== undefined && isHostTag(first);
}

/** An email or phone in the same paragraph within NAME_CONTEXT_LINES below item `i`. */
function contactBelow(items: readonly Item[], i: number): boolean {
  const item = items[i] as Item;
  for (let j = i + 1; j < items.length; j++) {
    const x = items[j] as Item;
    if (x.para !== item.para || x.seg.line - item.seg.line > NAME_CONTEXT_LINES) return false;
    if (x.kind === 'email' || x.kind === 'phone') return true;
  }
  return false;
}

/**
 * An email or phone in a block below `item`'s on the same card (card.ts): a card's numbers are its holder's.
 * The scan opens past the item's `paragraph`; off a card the next paragraph is another block, so it stops at once.
 */
function contactLaterOnCard(items: readonly Item[], item: Item, paragraph: Paragraph): boolean {
  for (let j = paragraph.first + paragraph.size; j < items.length && (items[j] as Item).block === item.block; j++) {
    const kind = (items[j] as Item).kind;
    if (kind === 'email' || kind === 'phone') return true;
  }
  return false;
}

/** Indexes of the lines whose nearest non-blank line above is a rule (`--`, `____`). */
function linesAfterRule(lines: readonly Line[]): Set<number> {
  const after = new Set<number>();
  let ruleAbove = false;
  for (const line of lines) {
    if (line.rule) ruleAbove = true;
    else if (!line.blank) {
      if (ruleAbove) after.add(line.index);
      ruleAbove = false;
    }
  }
  return after;
}

/**
 * The header sender's own name in the body (`Jebediah R. Hollis` under `From: "Hollis, Jebediah"`):
 * their signature block, where title, company and numbers are. Same given and family name, folded. A ticket's
 * party field (`Requester: Maren Tveit`) names them too, but heads no signature.
 */
function signedBySender(candidates: readonly NameCandidate[], sender: NameCandidate): NameCandidate | undefined {
  const names = new Set(sender.tokens.map((t) => fold(t.text)));
  return candidates.find(
    (c) =>
      c.item !== undefined &&
      c.item.kind !== 'prose' &&
      !namesTicketParty(c.item.seg.text) &&
      c.tokens.length >= 2 &&
      names.has(fold((c.tokens[0] as NameToken).text)) &&
      names.has(fold((c.tokens[c.tokens.length - 1] as NameToken).text)),
  );
}

/**
 * In a chat, the line heading the signature of a writer its author lines name (`top`, no line of the body), when the
 * author line heads no roles: their name written again off the author lines (an author line stands over each message,
 * the signature may be in an earlier one), else a full name opening the block that holds the writer's address
 * (`ownBlock`, the paragraph of the address: `Oksana Lytvynchuk  09:47` over `Оксана Литвинчук` / her title / firm / … /
 * her address), in whichever script.
 */
function chatSignature(
  candidates: readonly NameCandidate[],
  top: NameCandidate,
  authors: ReadonlyMap<number, AuthorLine>,
  ownBlock: number | undefined,
): NameCandidate | undefined {
  if (authors.size === 0) return undefined;
  const offAuthorLines = candidates.filter((c) => c.item && !authors.has(c.item.seg.line));
  const headsOwnBlock = (c: NameCandidate): boolean =>
    ownBlock !== undefined && c.item?.kind === 'text' && c.item.para === ownBlock && c.tokens.length >= 2;
  return signedBySender(offAuthorLines, top) ?? offAuthorLines.find(headsOwnBlock);
}

/**
 * The line that writes the person's name when no name candidate came from the body: `Eng.º Rui
 * Miguel Sousa Pereira` for `rui.pereira@…`, `Jenny Xu` under `From: Xu, Jiayi`. A short plain line
 * holding the family name (the last such line but `skip`: signatures close a message), or a name
 * holding it before a comma (`Priya Raman, Category Manager, …`); their title and company are on it or below it.
 * A firm named after its partners (namesPartnersFirm) writes the family name too: a line that is no
 * such firm's is taken first, wherever it is.
 */
function nameLine(items: readonly Item[], person: PersonName, skip?: Item): NameCandidate | undefined {
  const family = person.last && fold(person.last.value);
  if (!family) return undefined;
  const writing = (firmToo: boolean): NameCandidate | undefined =>
    lastTextLine(items, skip, (seg) => {
      const value = pastLabel(seg) ?? seg;
      const head = nameBeforeComma(value);
      if (head?.tokens.some((t) => fold(t.text) === family))
        return { text: value.text.slice(0, head.comma), start: value.start, end: value.start + head.comma };
      const all = words(seg.text);
      const named = all.length <= MAX_NAME_TOKENS && all.some((w) => fold(w) === family);
      return named && (firmToo || !namesPartnersFirm(seg.text)) ? wholeSegment(seg) : undefined;
    });
  return writing(false) ?? writing(true);
}

/** One organisation word may be a surname (`Law`, `Bank`); more cues than it make a line a firm's. */
const MAX_NAME_LINE_COMPANY_SCORE = 1;

/**
 * `Öztürk & Çelik Hukuk Bürosu`, `Kaur Robertson LLP`: a firm named after its partners, with company
 * cues (an `&` and an organisation word, a legal form) that a name line has not.
 */
const namesPartnersFirm = (text: string): boolean => companyScore(text) > MAX_NAME_LINE_COMPANY_SCORE;

/** The last text item but `skip` that `token` finds a name in, as a candidate holding that one token. */
function lastTextLine(
  items: readonly Item[],
  skip: Item | undefined,
  token: (seg: Segment) => NameToken | undefined,
): NameCandidate | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item;
    const found = item.kind === 'text' && item !== skip ? token(item.seg) : undefined;
    if (found) return { tokens: [found], score: 0, item };
  }
  return undefined;
}

function wholeSegment(seg: Segment): NameToken {
  return { text: seg.text, start: seg.start, end: seg.end };
}

/**
 * `Ma. Kristine Dela Peña-Soriano` / `HR Business Partner`, `م. كريم عبد الفتاح السيد` / `مدير المشروعات`:
 * when no line spells the person's name, the line right over the message's last title line stands for
 * it (a name over its title) when it has no title words or company cue of its own; the roles are below.
 */
function lineOverTitle(items: readonly Item[]): NameCandidate | undefined {
  for (let i = items.length - 1; i > 0; i--) {
    const { kind, seg } = items[i] as Item;
    const titled = kind === 'text' && seg.order === 0 && titleScore(seg.text) > 0;
    if (!titled || words(seg.text).length > MAX_ROLE_WORDS || PATTERNS.sentenceEnd.test(seg.text)) continue;
    const over = items[i - 1] as Item;
    const plain =
      over.kind === 'text' &&
      over.seg.line === seg.line - 1 &&
      over.seg.order === 0 &&
      (items[i - 2] as Item | undefined)?.seg.line !== over.seg.line &&
      titleScore(over.seg.text) === 0 &&
      companyScore(over.seg.text) === 0;
    return plain ? { tokens: [{ ...over.seg }], score: 0, item: over } : undefined;
  }
  return undefined;
}

/** `Tunde` signed alone, `Babatunde Okoli-Ibe` opening the paragraph below: the full name over the signature. */
function nameBelow(items: readonly Item[], signed: NameCandidate | undefined): NameCandidate | undefined {
  const para = signed?.item?.para;
  const next = para === undefined ? undefined : items.find((x) => x.para === para + 1);
  const tokens = next?.kind === 'text' ? nameTokens(next.seg.text, next.seg.start) : undefined;
  return next && tokens && tokens.length >= 2 ? { tokens, score: 0, item: next } : undefined;
}

/** `candidate` when one of its tokens writes the person's given or family name (not a colleague's block). */
function samePerson(candidate: NameCandidate | undefined, person: PersonName): NameCandidate | undefined {
  const keys = [person.first, person.last].map((part) => part && fold(part.value));
  return candidate?.tokens.some((t) => keys.includes(fold(t.text))) ? candidate : undefined;
}

/** `Daniela`, `— Daniela` on a line of its own: the last line but `skip` signing with the given name alone (a chat's or a reply's sign-off). */
function signOff(items: readonly Item[], person: PersonName, skip?: Item): NameCandidate | undefined {
  const given = person.first && fold(person.first.value);
  if (!given) return undefined;
  return lastTextLine(items, skip, (seg) => (signOffWord(seg.text) === given ? wholeSegment(seg) : undefined));
}

/**
 * An address spelled from the sender's name is theirs: in their prose (`drop me a line at
 * rukmini.v@…`), or among several addresses of the signature (`chartering@…` above `e.konstantinidou@…`).
 */
function spelledAddress(items: readonly Item[], tokens: readonly NameToken[]): ParsedValue<string> | undefined {
  return addressesIn(items, ['prose', 'email']).find(
    (found) => (!isRoleMailbox(found.value) || isRoleLedOnly(found.value)) && matchesEmail(tokens, found.value),
  );
}

/** The addresses written in the items of `kinds`, in the text's order. */
const addressesIn = (items: readonly Item[], kinds: readonly Kind[]): ParsedValue<string>[] =>
  items
    .filter((item) => kinds.includes(item.kind) && item.seg.text.includes('@'))
    .flatMap((item) => findEmails(item.seg.text, item.seg.start));

/** A name with a word outside the Latin script (`佐藤 紀子`, `Γιώργος`), which no address can spell. */
const outsideLatin = (tokens: readonly NameToken[]): boolean =>
  tokens.some((t) => PATTERNS.letter.test(t.text) && !PATTERNS.latin.test(t.text));

/**
 * `Sales: Aigerim Nurlanovna, aigerim@…` in an out-of-office, `En mon absence : Julien Roy — julien.roy@…`:
 * a hand-over line, a label then another person's name (two capitalised words, neither of the sender's
 * name `own`), gives that person's address when one of those words spells it; so does a sentence passing on
 * someone's contact (`it's Diego at NetEdge, diego.ferraz@…`). Without either, the words
 * before an address on a signature line are the sender's nickname (`Liz Taylor, liz@…`) or trading name (`Kestrel Design —
 * kestrel@…`). A name outside the Latin script (`佐藤 紀子`, `Γιώργος`) cannot be compared with an address,
 * and its romanised form may stand beside it, so it is not judged.
 */
function spelledForOther(read: readonly Line[], email: ParsedValue<string>, own: readonly NameToken[]): boolean {
  if (outsideLatin(own)) return false;
  const line = read.find((l) => l.start <= email.start && email.start < l.start + l.text.length);
  const before = line ? line.text.slice(0, email.start - line.start) : '';
  const label = before.lastIndexOf(':');
  // A lowercase word (`it's Diego at NetEdge, …`) makes it a sentence, not a line of capitalised names.
  const sentence = words(before).some((w) => PATTERNS.lower.test(w.charAt(0)));
  if (label < 0 && !sentence) return false;
  const ownWords = new Set(own.flatMap((t) => words(t.text).map((w) => fold(w))));
  // Only `text` is read by matchesEmail: the positions are not the text's.
  const others = words(before.slice(label + 1))
    .map((w) => w.replace(PATTERNS.edgePunctuation, ''))
    .filter((w) => PATTERNS.upper.test(w.charAt(0)) && !ownWords.has(fold(w)))
    .map((w) => ({ text: w, start: 0, end: w.length }));
  return others.length >= 2 && matchesEmail(others, email.value);
}

/** Initials a domain opens with to name its owner: a given and a family name's at least. */
const MIN_INITIALS = 2;

/**
 * `hallo@verena-pichler.example`, `hello@chiomaeze.example`, `mail@jo-ann-baker.example`: a generic mailbox on a
 * domain named after the sender is a sole trader's own. Only the domain's first label counts (not
 * `info@marketingpro` for Mark, nor the suffix), read without its hyphens: it is the given or family name, both, or
 * opens with the given name when that is too long to be the start of an ordinary word, or the family name follows in
 * it. A freelancer's domain may open with their initials before their trade (`contact@dlh-editing.example` for
 * Dana Lowe-Harcourt, or `dl-…`).
 */
function ownDomainMailbox(
  items: readonly Item[],
  given: string,
  family: string | undefined,
): ParsedValue<string> | undefined {
  const first = fold(given);
  const last = family ? fold(family) : '';
  if (first.length < MIN_EMAIL_MATCH_TOKEN) return undefined;
  const familyParts = (family ?? '').split(PATTERNS.namePartBreak).map(fold).filter(Boolean);
  const initials = [
    first.charAt(0) + (familyParts[0]?.charAt(0) ?? ''),
    first.charAt(0) + familyParts.map((part) => part.charAt(0)).join(''),
  ];
  const named = (domain: string): boolean => {
    const written = domain.split('.')[0] ?? '';
    const label = fold(written);
    if (label === first || label === last || label === first + last) return true;
    const [opening = '', ...trade] = written.split('-').map(fold);
    if (familyParts.length > 0 && trade.length > 0 && opening.length >= MIN_INITIALS && initials.includes(opening))
      return true;
    return (
      label.startsWith(first) && ((last.length > 0 && label.includes(last)) || first.length >= MIN_DOMAIN_GIVEN_NAME)
    );
  };
  return addressesIn(items, ['email']).find((found) => isRoleMailbox(found.value) && named(domainOf(found.value)));
}

/**
 * `李 娜  Li Na`, `정성민 | Jung Sung-min`, `Wang Lei (王磊)`: a name line in two scripts. The romanised form
 * may be written in either order, the form in Han or Hangul family name first, so that one names the person.
 * A card stacks the two forms instead (`田村 沙耶` over `Saya Tamura`): a line right above or below in the
 * same paragraph that is a name in such a script opening with a known family name, and no title nor firm
 * (`営業部 部長`), is the same name; a place or a closing stacked there (`大阪 支店`, `顺颂 商祺`) is not.
 */
function nativeForm(top: NameCandidate | undefined, items: readonly Item[]): NameCandidate | undefined {
  const line = top?.item?.seg.line;
  if (!top?.item || line === undefined || top.person || top.tokens.some((t) => isCaseless(t.text))) return top;
  const native = (tokens: NameToken[] | undefined): tokens is NameToken[] =>
    // `陈先生`: a family name with an honorific is how others address the person, not their name.
    !!tokens?.every(
      (t) => PATTERNS.familyFirstScript.test(t.text) && !ADDRESSEE_HONORIFICS.some((h) => t.text.endsWith(h)),
    ) &&
    (tokens.length >= 2 || isUnspacedFullName(tokens));
  const { seg } = top.item;
  for (const aside of seg.text.matchAll(PATTERNS.nameAside)) {
    const tokens = nameTokens(aside[0].slice(1, -1), seg.start + (aside.index ?? 0) + 1);
    if (native(tokens)) return { ...top, tokens };
  }
  for (const item of items) {
    if (item.kind !== 'text' || item.seg.line !== line || item === top.item) continue;
    const tokens = nameTokens(item.seg.text, item.seg.start);
    if (native(tokens)) return { ...top, tokens, item };
  }
  for (const item of items) {
    if (item.kind !== 'text' || item.para !== top.item.para || Math.abs(item.seg.line - line) !== 1) continue;
    const { text } = item.seg;
    if (titleScore(text) > 0 || companyScore(text) > 0 || namesDepartment(text)) continue;
    // Family and given name only: three words or more are a mixed name or a scan's spread letters (`藤 本　結 衣`).
    const tokens = nameTokens(text, item.seg.start);
    if (native(tokens) && tokens.length <= 2 && opensWithFamilyName(tokens)) return { ...top, tokens, item };
  }
  return top;
}

/**
 * The name the sender's address spells in full (`johanna.pichler-wurzer@`) written on one of the lines
 * (`Mag.a Johanna Pichler-Wurzer, MSc`), over a name line the address does not spell and no header gives
 * (`Öffentliche Förderungen` under a title): two sources name the sender, nothing backs the other line.
 */
function spelledByAddress(
  top: NameCandidate | undefined,
  items: readonly Item[],
  email: ParsedValue<string> | undefined,
): NameCandidate | undefined {
  // A name in another script (`陈佳慧`, `Волков`) the address cannot spell, so it does not disagree with it.
  if (
    !top?.item ||
    top.signed ||
    outsideLatin(top.tokens) ||
    !email ||
    top.email ||
    matchesEmail(top.tokens, email.value)
  )
    return top;
  const spelled = nameFromEmail(email);
  if (!spelled.first || !spelled.last) return top;
  for (const item of items) {
    if (item.kind === 'greeting' || item.kind === 'valediction' || item.kind === 'email') continue;
    const { first, last } = asWritten(spelled, email, [item.seg]);
    const written = (v: ParsedValue<string> | undefined): v is ParsedValue<string> =>
      !!v && v.start >= item.seg.start && v.end <= item.seg.end;
    if (!written(first) || !written(last) || first.end > last.start) continue;
    // `SHREE GANESH TRADERS` for `shreeganesh.traders@`: an address may spell a firm.
    const run = item.seg.text.slice(first.start - item.seg.start, last.end - item.seg.start);
    if (!nameTokens(run, first.start) || companyScore(run) > 0) continue;
    const tokens = [first, last].map((v) => ({ text: v.value, start: v.start, end: v.end }));
    return { tokens, person: { first, last }, score: top.score, item };
  }
  return top;
}

/**
 * The best-scored name; at a tie, another person's signed under a sign-off (a letter's signer over a letterhead's
 * owner line, `Inh. Katharina Roth` above `Mit freundlichen Grüßen` / `i. A. Selin Kaya`), then the longer.
 */
function best(candidates: readonly NameCandidate[]): NameCandidate | undefined {
  let top: NameCandidate | undefined;
  for (const c of candidates) {
    if (!top || c.score > top.score) top = c;
    else if (c.score === top.score && tieWinner(c, top)) top = c;
  }
  return top;
}

/**
 * A letter's signer whom its info block names in a contact's field too (`Ansprechpartnerin: Dr. Ute Roth` over
 * `Telefon:`, `E-Mail:`, signed `Dr. Ute Roth` / `Chefredakteurin`): the field's run of labelled lines and numbers next
 * to it, which give the signer's numbers. Not another role's field (a ticket's `Assigned to:`).
 */
function signersContactBlock(
  signer: NameCandidate | undefined,
  candidates: readonly NameCandidate[],
  items: readonly Item[],
): readonly Item[] {
  if (!signer?.signed) return [];
  const key = foldedName(signer.tokens);
  const contactField = (c: NameCandidate): boolean => {
    const label = c.item && PATTERNS.labelPrefix.exec(c.item.seg.text)?.[1];
    return !!label && CONTACT_LABEL_WORDS.has(words(label)[0]?.toLowerCase() ?? '');
  };
  const field = candidates.find((c) => c.field && contactField(c) && foldedName(c.tokens) === key)?.item;
  if (!field) return [];
  const detail = (x: Item | undefined): x is Item =>
    !!x && x.para === field.para && (x.kind === 'label' || x.kind === 'phone' || x.kind === 'email');
  const at = items.indexOf(field);
  let [from, to] = [at, at];
  while (detail(items[from - 1]) && (items[from - 1] as Item).seg.line >= (items[from] as Item).seg.line - 1) from--;
  while (detail(items[to + 1]) && (items[to + 1] as Item).seg.line <= (items[to] as Item).seg.line + 1) to++;
  return items.slice(from, to + 1);
}

/**
 * At equal scores (best): a name signed under a sign-off over another person's as full written on a line of the
 * text unsigned (a header's display name stays: the signed one may be its short form, `A. Dall'Aglio`), else the
 * longer name.
 */
function tieWinner(c: NameCandidate, top: NameCandidate): boolean {
  const otherPerson = (a: NameCandidate, b: NameCandidate): boolean =>
    !!a.item && a.tokens.length <= b.tokens.length && foldedName(a.tokens) !== foldedName(b.tokens);
  if (c.signed && !top.signed && otherPerson(top, c)) return true;
  if (top.signed && !c.signed && otherPerson(c, top)) return false;
  return c.tokens.length > top.tokens.length;
}

/** The letters a short form of a given name keeps from its opening at least (`Ben|no`, `Ben|edikt`). */
const MIN_SHORT_NAME_OPENING = 3;

/**
 * A one-word sign-off (`Beth`, `Tunde`) that a full name writes as its nickname (`Elizabeth "Beth"
 * Harrington-Moore`: the aside names the person wherever the line stands), or that the full name
 * opening the block below holds in its given name (`Babatunde Okoli-Ibe`) or shortens (`Jakob` over
 * `Jakobus Wendelin`, as a short form keeps the given name's opening): that full name.
 */
function nicknamed(
  top: NameCandidate | undefined,
  candidates: readonly NameCandidate[],
  items: readonly Item[],
): NameCandidate | undefined {
  const only = top?.tokens.length === 1 ? fold((top.tokens[0] as NameToken).text) : undefined;
  if (!only) return top;
  const full = candidates.find((c) => c.item && c.tokens.length >= 2 && nameAsides(c.item.seg.text).includes(only));
  if (full) return full;
  const below = nameBelow(items, top);
  const given = below && fold((below.tokens[0] as NameToken).text);
  const shortens = (full: string): boolean =>
    full.length > only.length && full.slice(0, MIN_SHORT_NAME_OPENING) === only.slice(0, MIN_SHORT_NAME_OPENING);
  return given && given !== only && (given.includes(only) || shortens(given)) ? below : top;
}

/**
 * The same person's name written out further down (a chat's display name, an initial signed): the
 * best-scored fuller form at or below `top`'s paragraph (not a colleague named above it) that scores
 * at least a name's floor. Signed with an initial (`Dr T. Dlamini-Khoza`, `JB Chaumont`), the name may also be written
 * out in a letter's head, above its greeting, unless the greeting names it, or in a mail's header.
 */
function fullerForm(
  top: NameCandidate | undefined,
  candidates: readonly NameCandidate[],
  items: readonly Item[],
): NameCandidate | undefined {
  if (!top || top.person) return top;
  const from = top.item?.para ?? 0;
  const greeting = items.find((x) => x.kind === 'greeting');
  const opening = (top.tokens[0] as NameToken).text;
  const signedWithInitials = isInitial(opening) || areInitialsInCapitals(opening);
  const headEndPara = signedWithInitials && greeting ? greeting.para : -1;
  // A head naming the person the greeting names (`Mr John Brown` over `Dear Mr Brown,`) is the addressee's block.
  const greeted = new Set(greeting ? words(greeting.seg.text).map(fold) : []);
  const inHead = (c: NameCandidate): boolean =>
    !!c.item && c.item.para < headEndPara && !greeted.has(fold((c.tokens[c.tokens.length - 1] as NameToken).text));
  // A mail's header writes out the name its sender signs with initials (`De : Jean-Baptiste Chaumont` over `JB Chaumont`).
  const placed = (c: NameCandidate): boolean =>
    c.item ? c.item.kind !== 'prose' && (c.item.para >= from || inHead(c)) : signedWithInitials;
  let fuller: NameCandidate | undefined;
  for (const c of candidates)
    if (
      placed(c) &&
      c.score >= MIN_NAME_SCORE &&
      (!fuller || c.score > fuller.score) &&
      isFullerForm(c.tokens, top.tokens)
    )
      fuller = c;
  return fuller ?? top;
}

/**
 * A name known by one part (a sign-off's given name, an address's given or family name): the other part as a name
 * line holds it (familyWrittenElsewhere), else as the text writes the whole name beside it (nameBeside).
 */
function restOfName(
  written: PersonName,
  candidates: readonly NameCandidate[],
  texts: readonly { text: string; start: number }[],
  email: ParsedValue<string> | undefined,
  customs: NameCustoms,
): PersonName {
  const { first, last } = written;
  if (first && !last) {
    const family =
      familyWrittenElsewhere(candidates, first.value, email) ?? familyAfterGiven(texts, first.value, email, customs);
    return { ...written, last: family };
  }
  if (last && !first) return { ...written, first: givenBeforeFamily(texts, last.value, email, customs) };
  return written;
}

/**
 * `Maren` signed over `— Maren Oudekerk · Vertaler …`: a given name alone, and a full name opening with it written
 * elsewhere as a name is (scored as one, not the greeting's or a sentence's): its family name is theirs.
 */
function familyWrittenElsewhere(
  candidates: readonly NameCandidate[],
  first: string,
  email: ParsedValue<string> | undefined,
): ParsedValue<string> | undefined {
  const given = fold(first);
  const full = best(
    candidates.filter(
      (c) =>
        c.tokens.length >= 2 &&
        c.score >= MIN_NAME_SCORE &&
        c.item?.kind !== 'greeting' &&
        c.item?.kind !== 'prose' &&
        fold((c.tokens[0] as NameToken).text) === given,
    ),
  );
  return full && personName(full.tokens, email).last;
}

/**
 * A card in two scripts (`ПЕТРОВА Анна` … `Тел.:` over `PETROVA Anna`): the paragraph right above the one the
 * sender's name opens, with no prose and some contact details (a phone, an address, an email), its lines written in
 * the other script (Latin or not), is the same card's other side — its details are the sender's — when it opens the
 * text or follows the sign-off (`مع خالص التحية،` / the Arabic block / the English one). A block over a sign-off,
 * or under prose, is another person's details passed on in a message.
 */
function otherScriptSide(items: readonly Item[], nameItem: Item): Item[] {
  const at = items.indexOf(nameItem);
  const para = items[at - 1]?.para ?? nameItem.para;
  if (para === nameItem.para) return [];
  const side = items.filter((x) => x.para === para);
  const before = items[items.indexOf(side[0] as Item) - 1];
  const opensNext = before === undefined || before.kind === 'valediction';
  const latin = PATTERNS.latin.test(nameItem.seg.text);
  const details = side.some((x) => x.kind === 'phone' || x.kind === 'address' || x.kind === 'email');
  const lines = side.filter((x) => x.kind === 'text');
  const otherScript =
    lines.length > 0 &&
    lines.every((x) => PATTERNS.letter.test(x.seg.text) && PATTERNS.latin.test(x.seg.text) !== latin);
  const cardOnly = side.every((x) => x.kind !== 'prose' && x.kind !== 'header' && x.kind !== 'greeting');
  return opensNext && details && otherScript && cardOnly ? side : [];
}

/**
 * `Questions on this quote: Ivo Marsh, Accounts Manager` at an invoice's foot: a name written past a label no list
 * holds (labelledNameAndRole; a form's name field stays a field) in a document signs for its issuer, whose details head
 * the document, above the name's block.
 */
function signsDocument(items: readonly Item[], name: NameCandidate): boolean {
  const seg = name.item?.seg;
  const value = seg && pastLabel(seg);
  return !!value && (name.tokens[0]?.start ?? 0) >= value.start && !formName(seg) && isDocument(items);
}

/**
 * Segments from the name's paragraph (a card's first, card.ts) on: where the signature's details are; all of a
 * document signed past a label (signsDocument). A document's other party's block (`Ostaja` / `As Oy Kalliolinna` /
 * …, counterpartItems) below its contact's name is not theirs, unless the name stands in it (a consignee's person).
 */
function signatureItems(
  items: readonly Item[],
  name: NameCandidate | undefined,
  letter: Letterhead<Item>,
  others: ReadonlySet<Item>,
): Item[] {
  const from = name?.item && name.item.kind !== 'prose' && !signsDocument(items, name) ? name.item.block : -1;
  const own = name?.item;
  const document = !!own && !others.has(own) && isDocument(items);
  // Beside the name's paragraph only: a column of the other party's merged line by line with it is read as theirs.
  const othersApart = (x: Item): boolean => document && others.has(x) && x.para !== own?.para;
  return [
    ...letterheadOf(letter, from),
    ...(name?.item && from >= 0 ? otherScriptSide(items, name.item) : []),
    ...items.filter(
      (x) =>
        ((x.para >= from && x.kind !== 'prose' && x.kind !== 'header' && x.kind !== 'greeting') || x.firstPerson) &&
        !othersApart(x),
    ),
  ];
}

/**
 * `@ dana@…` / `Q 2100 Smallman St`, `X aino@…` / `h Tekniikantie 14`: a card scanned with its icons reads each as
 * one character before the value; where the mailbox's line in a paragraph opens so, that paragraph's address lines
 * opening so lose the character, an icon or a one-letter label (`E jo@…` / `A 12 Mill Lane`) as theirs is.
 */
function withoutIcons(signature: readonly Item[]): Map<Item, Segment> {
  const iconed = new Set(
    signature.filter((x) => x.kind === 'email' && PATTERNS.loneGlyph.test(x.seg.text)).map((x) => x.para),
  );
  const out = new Map<Item, Segment>();
  for (const x of signature) {
    const icon = x.kind === 'address' && iconed.has(x.para) ? PATTERNS.loneGlyph.exec(x.seg.text) : null;
    if (icon) out.set(x, sliceSegment(x.seg, icon[0].length));
  }
  return out;
}

/** The prose segments from the name's paragraph on: what the sender writes around the signature. */
function sentencesFrom(items: readonly Item[], name: NameCandidate | undefined): Segment[] {
  const from = name?.item && name.item.kind !== 'prose' ? name.item.para : Infinity;
  return items.filter((x) => x.kind === 'prose' && x.para >= from).map((x) => x.seg);
}

/** `À`, `To:` alone, or a line to the addressee: a letter's first line opens its addressee's block. */
const opensAddressee = (text: string): boolean =>
  ADDRESSEE_OPENERS.has(normalizeKey(text)) || opensWithAddresseePrefix(text);

type LabelledField = keyof typeof FIELD_LABELS;
/** The field labels folded (`Função`, `Funcao`, `FUNÇÃO` written with combining marks: `funcao`). */
const foldedLabels = (labels: ReadonlySet<string>): ReadonlySet<string> => new Set([...labels].map((l) => fold(l)));
const FOLDED_FIELD_LABELS: Record<LabelledField, ReadonlySet<string>> = {
  name: foldedLabels(FIELD_LABELS.name),
  title: foldedLabels(FIELD_LABELS.title),
  company: foldedLabels(FIELD_LABELS.company),
  givenName: foldedLabels(FIELD_LABELS.givenName),
  familyName: foldedLabels(FIELD_LABELS.familyName),
};

/**
 * `Firma/Company:`, `Position/Funktion:`: a bilingual form writes one field's label in two languages, a slash
 * between them; it names the field when each of its halves does (`Name/Vorname:` names two fields, so neither).
 */
const namesField = (written: string, field: LabelledField): boolean => {
  const label = written.replace(PATTERNS.bracketedEnding, '');
  return (
    FOLDED_FIELD_LABELS[field].has(fold(label)) ||
    opensWithFieldLabel(label, field) ||
    label.split('/').every((half) => FOLDED_FIELD_LABELS[field].has(fold(half.trim()))) ||
    namesNamePartInTwoLanguages(label, field) ||
    (field === 'name' &&
      (namesDepartmentContact(label) || namesReadersContact(label) || namesSpeaker(label) || namesAgent(label))) ||
    ((field === 'title' || field === 'company') && namesContactsField(label, field))
  );
};

/** `Relatrice:`, `Speaker:`: the speaker a programme's or speaker page's line names. */
const namesSpeaker = (label: string): boolean => SPEAKER_LABELS.has(normalizeKey(label));

/** `Listed by:`, `Pregunta por:`: the agent or recruiter a listing or an advert names. */
const namesAgent = (label: string): boolean => LISTING_AGENT_LABELS.has(normalizeKey(label));

/**
 * `Osoba do kontaktu w sprawach merytorycznych`, `Contact person for technical questions`: a long label opening with
 * a field's label of two words or more, the rest narrowing it; a one-word label before more (`Name of the firm`) may
 * be qualified into another field.
 */
function opensWithFieldLabel(label: string, field: LabelledField): boolean {
  const all = words(label);
  for (let cut = all.length - 1; cut >= 2; cut--)
    if (FOLDED_FIELD_LABELS[field].has(fold(all.slice(0, cut).join(' ')))) return true;
  return false;
}

/**
 * `Contact title:`, `Lead company:`: a task or activity names its related person's fields by the record's word for
 * that person, then the field's own label.
 */
function namesContactsField(label: string, field: LabelledField): boolean {
  const [person = '', ...rest] = words(label);
  return rest.length > 0 && FOLDED_FIELD_LABELS.name.has(fold(person)) && namesField(rest.join(' '), field);
}

/**
 * `Last name / Nom:`, `First name / Nombre:`: a bilingual form's name part, one language's label saying which part
 * and the other's the plain name word its form uses for that part (`Nom` beside `Prénom`); the part is the named
 * one. A label of two words naming the two parts (`Name/Vorname:`, `Nachname/Vorname:`) is none: both halves are
 * one word, and a name part's half here is the one of more words (`Last name`, `First name`).
 */
function namesNamePartInTwoLanguages(label: string, field: LabelledField): boolean {
  if (field !== 'givenName' && field !== 'familyName') return false;
  const halves = label.split('/');
  if (halves.length !== 2) return false;
  const names = (half: string, part: LabelledField): boolean => FOLDED_FIELD_LABELS[part].has(fold(half));
  const [a = '', b = ''] = halves;
  const spelt = (part: string, plain: string): boolean =>
    words(part).length > 1 && names(part, field) && names(plain, 'name') && !names(plain, field);
  return spelt(a, b) || spelt(b, a);
}

/**
 * `Uw contactpersoon:`, `Ihr Ansprechpartner:`, `Your contact:`: a document addresses its reader, naming the person
 * who deals with them, the issuer's; the label past the reader's possessive names the field.
 */
function namesReadersContact(label: string): boolean {
  const [possessive = '', ...rest] = words(label);
  return READER_POSSESSIVES.has(normalizeKey(possessive)) && rest.length > 0 && namesField(rest.join(' '), 'name');
}

/** `Nome da conta`, `Proprietário do contato`: a label naming one of a form's fields or a CRM record's owner. */
const namesRecordField = (label: string): boolean =>
  RECORD_OWNER_LABELS.has(normalizeKey(label)) ||
  (Object.keys(FIELD_LABELS) as LabelledField[]).some((field) => namesField(label, field));

/**
 * `Contacto compras:`, `Ansprechpartner Einkauf:`, `Contact person – Sales:`: a name field's label then the department
 * whose person it names.
 */
function namesDepartmentContact(label: string): boolean {
  const all = words(label);
  for (let cut = 1; cut < all.length; cut++)
    if (FOLDED_FIELD_LABELS.name.has(fold(all.slice(0, cut).join(' '))))
      return namesDepartment(all.slice(cut).join(' '));
  return false;
}

/** The label opening `text` (`Company:`, `担当：`) when it names `field`. */
function fieldLabel(text: string, field: LabelledField): RegExpExecArray | undefined {
  const label = PATTERNS.labelPrefix.exec(text);
  return label && namesField(label[1] ?? '', field) ? label : undefined;
}

/** `Nom complet de l'acheteur : Communauté de communes du …`: a firm's field, however many lower-case words follow. */
const opensFirmField = (text: string): boolean => fieldLabel(text, 'company') !== undefined;

/**
 * `Point(s) de contact : Mme Anne Roy, service de la commande publique`: a person's field, their name then after its
 * comma their role or service, however many lower-case words it has.
 */
function opensPersonField(text: string): boolean {
  const label = fieldLabel(text, 'name');
  const value = label && trimmedSegment(text.slice(label[0].length), 0, 0, 0);
  return !!value && nameBeforeComma(value) !== undefined;
}

/** `Company: Afon Teifi Builders Ltd` → the value after a label of `field`, with its offset. */
function labelledField(seg: Segment, field: LabelledField): ParsedValue<string> | undefined {
  const label = PATTERNS.labelPrefix.exec(seg.text);
  // `購買部　担当：山本 花子`: a CJK document writes the department before its field's label, parted by an
  // ideographic space; the field is read past it.
  const gap = label ? -1 : seg.text.indexOf('\u3000');
  if (gap > 0 && namesDepartment(seg.text.slice(0, gap))) return labelledField(sliceSegment(seg, gap + 1), field);
  if (!label || !namesField(label[1] ?? '', field)) return undefined;
  const value = seg.text.slice(label[0].length).trim();
  if (!value || value.length > MAX_SEGMENT_CHARS) return undefined;
  const start = seg.start + seg.text.indexOf(value, label[0].length);
  return { value, start, end: start + value.length };
}

/**
 * `Nombre: lucía fernández de la vega`: a form's name field, read as a name however the visitor typed it;
 * `Contact: Imogen Tallis-Ward, Office Manager`, `Kontaktperson: Imogen Tallis-Ward, 0701 555 019`: a
 * document's contact field, the full name before the details the comma adds.
 */
function formName(seg: Segment): NameToken[] | undefined {
  const value = nameFieldValue(seg) ?? signedForValue(seg);
  return value && valueName(value);
}

/** A label's value read as a person's name, alone or before the details a comma or a title adds. */
function valueName(written: Segment): NameToken[] | undefined {
  const value = pastContactAside(pastAttention(written));
  const tokens =
    nameTokens(typedName(value.text), value.start) ??
    contactBeforeDetails(value) ??
    caselessFieldName(value)?.tokens ??
    nameBeforeTitle(value)?.tokens;
  // `Contacto: Atención al Cliente`, `Kontakt: Technischer Kundendienst, 0711 …`: a desk, no person.
  return tokens && !namesDepartment(tokens.map((t) => t.text).join(' ')) ? tokens : undefined;
}

/**
 * `Queries: Ivo Marsh, Accounts Manager`, `Votre interlocuteur : Anne Roy, chargée d'affaires`: an invoice's or a
 * quote's contact line under a label no list holds names its writer with their role when their address spells the name.
 * Unlike unlistedFieldName, the label may be any text before a colon (a text line's too, `Questions on this quote:`),
 * a role must follow the name, and the name is weighed as any name line is: it fails as a field only on the number
 * or address its line goes on with. Merging the two lost own cases and train figures (tried at review).
 */
function labelledNameAndRole(seg: Segment, email: string | undefined): NameToken[] | undefined {
  const value = pastLabel(seg);
  if (!value) return undefined;
  // `Geschäftsführer: Jan Ek, Amtsgericht Köln`, `Bill to: Ana Ruiz, Ruiz SL`: a firm's officer in its footer, the
  // document's other party.
  const label = seg.text.slice(0, value.start - seg.start);
  if (titleScore(label) > 0 || isCounterpartLabel(seg.text) || namesTicketParty(seg.text)) return undefined;
  const named = nameBeforeRole(value);
  return named && matchesEmail(named, email) ? named : undefined;
}

/**
 * A label's value is spelled by the address when one of its words is a part of the address or, this long at least,
 * written inside it (`quintero` in `lquintero@`): a shorter word may be any syllable (`Lomé-Port` in `e.lomegah@`).
 */
const MIN_LABEL_SPELLED_CHARS = 5;

/**
 * `Ihr Betreuer: Jonas Weidner` over the address `j.weidner@…`: a short label no list holds (a label item's, read as
 * a form's field) names the person in charge when its value is a full name, alone or before details, that the
 * message's address spells; it then ranks as a form's name field does (labelledNameAndRole reads `Name, Role` past
 * any label as a name line). An addressee's label (`Bill to:`) names the other party, a firm's or a title's field no
 * person.
 */
function unlistedFieldName(seg: Segment, email: string | undefined): NameToken[] | undefined {
  const label = email ? PATTERNS.labelPrefix.exec(seg.text) : null;
  if (!label || isCounterpartLabel(seg.text)) return undefined;
  const field = label[1] ?? '';
  if (namesField(field, 'company') || namesField(field, 'title')) return undefined;
  const tokens = valueName(sliceSegment(seg, label[0].length));
  return tokens && tokens.length >= MIN_PERSON_NAME_TOKENS && matchesEmail(tokens, email, MIN_LABEL_SPELLED_CHARS)
    ? tokens
    : undefined;
}

/**
 * `한소희 매니저`, `山田 太郎 部長`: a name field's value, the name then the person's one-word title (as Korean,
 * Japanese and Chinese write it after the name) with no comma between.
 */
function nameBeforeTitle(value: Segment): { tokens: NameToken[]; title: Segment } | undefined {
  const gap = value.text.lastIndexOf(' ');
  if (gap <= 0) return undefined;
  const head = value.text.slice(0, gap).trimEnd();
  const title = sliceSegment(value, gap + 1);
  if (titleScore(title.text) <= 0 || titleScore(head) > 0) return undefined;
  const tokens = nameTokens(head, value.start);
  return tokens ? { tokens, title } : undefined;
}

/**
 * `ディレクター 松浦 ちひろ`, `생산관리팀 과장 탁세윤`, `영업부 채다온 대리`: a CJK document's name field may open with the
 * department, then give the person's title before the name (the department's with it) or their rank after it (the
 * department, parted from it by the name, is the issuing unit's); undefined when the field holds no department nor
 * title word around a name.
 */
function caselessFieldName(value: Segment): { tokens: NameToken[]; title?: Segment } | undefined {
  const all = wordsAt(value.text, 0);
  if (all.length < 2 || !all.every((w) => PATTERNS.familyFirstScript.test(w.text))) return undefined;
  const department = namesDepartment((all[0] as Word).text);
  const rest = department ? all.slice(1) : all;
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return undefined;
  const titled = (title: Segment | undefined, name: readonly Word[]) => {
    const from = name[0];
    const to = name[name.length - 1];
    const tokens = from && to && nameTokens(value.text.slice(from.start, to.end), value.start + from.start);
    return tokens?.every((t) => isCaseless(t.text)) ? { tokens, title } : undefined;
  };
  if (rest.length > 1 && titleScore(first.text) > 0) return titled(sliceSegment(value, 0, first.end), rest.slice(1));
  if (rest.length > 1 && titleScore(last.text) > 0)
    return titled(sliceSegment(value, last.start, last.end), rest.slice(0, -1));
  return department ? titled(undefined, rest) : undefined;
}

/**
 * `松浦 ちひろ（matsuura@…）`, `채다온 대리 (010-7281-4059, daon@…)`: a name field's closing parentheses holding the
 * person's address or number give their details, no part of their name.
 */
function pastContactAside(value: Segment): Segment {
  const aside = PATTERNS.closingAside.exec(value.text.trimEnd());
  if (!aside?.index || !(aside[0].includes('@') || digitCount(aside[0]) >= MIN_PHONE_DIGITS)) return value;
  return sliceSegment(value, 0, value.text.slice(0, aside.index).trimEnd().length);
}

/**
 * `For: Dr. Yaw Boateng` under an assistant's signature: whom the writer signs for, the contact (a firm signed
 * for, `For: Adunni & Okoro`, reads as no name).
 */
function signedForValue(seg: Segment): Segment | undefined {
  const lead = onBehalfOf(seg.text);
  return lead > 0 ? sliceSegment(seg, lead) : undefined;
}

/** The value of a form's name field (`Name: …`, `담당자 : …`) as a segment of its own; undefined on another line. */
function nameFieldValue(seg: Segment): Segment | undefined {
  const field = labelledField(seg, 'name');
  return field && sliceSegment(seg, field.start - seg.start, field.end - seg.start);
}

/** `Kontaktstelle: z. Hd. Frau Dr. Roswitha …`: whom a label's value is for the attention of, past those words. */
const pastAttention = (value: Segment): Segment =>
  sliceSegment(value, PATTERNS.attentionOpener.exec(value.text)?.[0].length ?? 0);

/**
 * The title a form's name field gives after the name: in parentheses closing it (asideTitle), after the name's comma
 * (titleAfterComma), else as its last words (nameBeforeTitle).
 */
function titleInNameField(seg: Segment): ParsedValue<string> | undefined {
  const field = nameFieldValue(seg);
  if (!field) return undefined;
  const value = pastContactAside(pastAttention(field));
  const title =
    asideTitle(value) ??
    titleAfterComma(value) ??
    (nameTokens(typedName(value.text), value.start)
      ? undefined
      : (caselessFieldName(value) ?? nameBeforeTitle(value))?.title);
  return title && { value: title.text, start: title.start, end: title.end };
}

/**
 * `Contact : Mme Anne Roy, responsable de la commande publique`: a contact field's full name, then after its comma
 * the person's role, title words and nothing else (no firm, no number).
 */
function titleAfterComma(value: Segment): Segment | undefined {
  const head = nameBeforeComma(value);
  if (!head) return undefined;
  const title = sliceSegment(value, head.role);
  return titleScore(title.text) > 0 && companyScore(title.text) === 0 && digitCount(title.text) === 0
    ? title
    : undefined;
}

/**
 * `Contact: Ana Ruiz (Office Manager)`, `Responsável: joão lima (sócio-gerente)`: a contact field's name with the
 * person's role or department in the parentheses closing it; an aside without title or department words (`(Lyon)`,
 * `(she/her)`) is none.
 */
function asideTitle(value: Segment): Segment | undefined {
  const aside = PATTERNS.closingAside.exec(value.text);
  if (!aside || !nameTokens(typedName(value.text.slice(0, aside.index).trimEnd()), value.start)) return undefined;
  const inside = aside[0].slice(1, -1);
  const from = aside.index + 1 + inside.length - inside.trimStart().length;
  const title = sliceSegment(value, from, from + inside.trim().length);
  // `(Administración)`, `(Einkauf)`: the department the person works in, capitalised as a title is, stands for their
  // title; `(accounts)` says what they deal with.
  const department = !PATTERNS.lowerStart.test(title.text) && namesDepartment(title.text);
  return titleScore(title.text) > 0 || department ? title : undefined;
}

/**
 * `Imogen Tallis-Ward, Office Manager`: a contact field's full name before the details a comma adds (a role, a
 * firm, a department, a phone); none when another person's name follows (`Contact: Rachel Moss, Liam O'Donnell`,
 * a list of people, no one contact).
 */
function contactBeforeDetails(value: Segment): NameToken[] | undefined {
  const head = nameBeforeComma(value);
  if (!head) return undefined;
  const rest = value.text.slice(head.role);
  const another = nameTokens(rest, 0);
  const listsPeople =
    !!another && another.length >= 2 && titleScore(rest) === 0 && companyScore(rest) === 0 && !namesDepartment(rest);
  return listsPeople ? undefined : head.tokens;
}

/** A form's given and family name fields stand this many items apart at most. */
const MAX_NAME_FIELDS_APART = 3;

/**
 * Which part of a name the field `seg` holds: `given`, `family`, or the whole `name`; `nickname` when its family
 * label means a nickname too (SURNAME_OR_NICKNAME_LABELS).
 */
function namePartField(
  seg: Segment,
): { part: 'given' | 'family' | 'name'; value: ParsedValue<string>; nickname: boolean } | undefined {
  for (const [field, part] of [
    ['givenName', 'given'],
    ['familyName', 'family'],
    ['name', 'name'],
  ] as const) {
    const value = labelledField(seg, field);
    if (!value) continue;
    const label = PATTERNS.labelPrefix.exec(seg.text)?.[1] ?? '';
    return { part, value, nickname: part === 'family' && SURNAME_OR_NICKNAME_LABELS.has(fold(label)) };
  }
  return undefined;
}

type NamePartField = NonNullable<ReturnType<typeof namePartField>>;

/**
 * Whether two name fields read as one name: of different parts (so one is labelled given or family); a
 * plain name field holding a full name already (two words or more besides particles) is no family part
 * beside a given-name field (`Nombre: María José` beside `Apellidos:` is the given part and still pairs), nor the
 * given part beside a label that may mean a nickname (Brazil's `Nome: Luana Ribeiro Costa` / `Apelido: Lu`).
 */
function pairsAsName(a: NamePartField, b: NamePartField): boolean {
  if (a.part === b.part) return false;
  const fullName = (f: NamePartField): boolean =>
    f.part === 'name' && words(f.value.value).filter((w) => !isParticle(w)).length >= 2;
  const holdsWhole = (part: NamePartField, other: NamePartField): boolean =>
    (part.part === 'given' || part.nickname) && fullName(other);
  return !(holdsWhole(a, b) || holdsWhole(b, a));
}

/**
 * `Nachname:      Brandt` (a form's columns): a label alone in its segment, its value the segment after it on the
 * line, read as one field (the gap kept, so offsets hold); any other item's segment as it is.
 */
function fieldWithValue(items: readonly Item[], at: number): Segment {
  const { seg } = items[at] as Item;
  const next = items[at + 1];
  const bare = PATTERNS.labelPrefix.exec(seg.text)?.[0].trimEnd() === seg.text;
  return bare && next && next.seg.line === seg.line
    ? { ...seg, text: seg.text + ' '.repeat(next.seg.start - seg.end) + next.seg.text, end: next.seg.end }
    : seg;
}

/**
 * `Vorname: Wiebke` / `Nachname: Brandt-Oswald`, `Prénom : Odile` / `Nom : Lefort-Ba`: a form's
 * given and family name fields near each other, read as one name whose parts the labels settle. At
 * `at`, the field that gives the name (`read`), or the one read with a field before it (`partOfPair`).
 */
function formNameFields(
  items: readonly Item[],
  at: number,
): { tokens: NameToken[]; person: PersonName } | 'partOfPair' | undefined {
  const here = namePartField(fieldWithValue(items, at));
  if (!here) return undefined;
  const from = Math.max(0, at - MAX_NAME_FIELDS_APART);
  const fields = items
    .slice(from, at + MAX_NAME_FIELDS_APART + 1)
    .flatMap((x, j) =>
      x.kind === 'label' && from + j !== at ? (namePartField(fieldWithValue(items, from + j)) ?? []) : [],
    );
  // A given and a family field near a plain name field pair without it: it may name another person
  // (`Contact:` above the form's own fields).
  if (here.part === 'name' && fields.some((f) => f.part === 'given') && fields.some((f) => f.part === 'family'))
    return undefined;
  const partners = fields.filter((f) => pairsAsName(here, f));
  // A given and a family field pair before a plain name field does.
  const partner = partners.find((f) => f.part !== 'name') ?? partners[0];
  if (!partner) return undefined;
  const givenHere = here.part === 'given' || partner.part === 'family';
  if (!givenHere) return 'partOfPair';
  // Read as one line (`von Ahlen` alone is no name line), each word then placed back in its field.
  const read = nameTokensAcross(
    [here.value, partner.value].map((field) => ({ text: field.value, start: field.start })),
    typedName,
  );
  if (!read) return undefined;
  const givenTokens = read.tokens.filter((_, i) => read.part[i] === 0);
  const familyTokens = read.tokens.filter((_, i) => read.part[i] === 1);
  if (givenTokens.length === 0 || familyTokens.length === 0) return undefined;
  const joined = (tokens: NameToken[]): ParsedValue<string> => ({
    value: tokens.map((t) => t.text).join(' '),
    start: (tokens[0] as NameToken).start,
    end: (tokens[tokens.length - 1] as NameToken).end,
  });
  return {
    tokens: [...givenTokens, ...familyTokens],
    person: { first: joined(givenTokens), last: joined(familyTokens) },
  };
}

/** A form's value goes on over this many lines below its label's at most. */
const MAX_WRAPPED_VALUE_LINES = 3;

/**
 * `Designation:  Senior Procurement` / `              Officer`, `Title: Senior Vice President,` /
 * `Global Procurement and`: a form's value wrapped in a narrow column goes on over the lines right
 * below that hold no label, when they start under the value or the value ends open (a comma, a connector).
 */
function wrappedValue(
  value: ParsedValue<string>,
  items: readonly Item[],
  at: number,
  lines: readonly Line[],
): ParsedValue<string> {
  const item = items[at] as Item;
  const base = lines[0]?.index ?? 0;
  const columnOf = (offset: number, line: number): number => offset - (lines[line - base]?.start ?? 0);
  const column = columnOf(value.start, item.seg.line);
  let out = value;
  let line = item.seg.line;
  for (const { seg, kind } of items.slice(at + 1, at + 1 + MAX_WRAPPED_VALUE_LINES)) {
    if (kind !== 'text' || seg.line !== line + 1 || PATTERNS.labelPrefix.test(seg.text)) break;
    const open = out.value.endsWith(',') || isConnector(words(out.value).pop() ?? '');
    if (!open && columnOf(seg.start, seg.line) !== column) break;
    out = { value: `${out.value} ${seg.text}`, start: out.start, end: seg.end };
    line = seg.line;
  }
  return out;
}

/**
 * `Ruolo: Notaio – Socio fondatore`, `Cargo: Gerente de Vendas – Região Norte`: a labelled title goes on past the
 * spaced dashes of its line (a second role, the title's field), up to a segment that is another label or a firm
 * named by its legal form (`Current position: Accountant – Larkfield Mills Ltd`), which is the company.
 */
function pastDashes(
  value: ParsedValue<string>,
  items: readonly Item[],
  at: number,
  lines: readonly Line[],
): { title: ParsedValue<string>; firm?: ParsedValue<string> } {
  const between = betweenIn(lines);
  let out = value;
  let last = (items[at] as Item).seg;
  for (let k = at + 1; k < items.length; k++) {
    const { seg, kind } = items[k] as Item;
    const gap = seg.line === last.line ? between(last, seg) : '';
    if (kind !== 'text' || !DASHES.has(gap.trim()) || PATTERNS.labelPrefix.test(seg.text)) break;
    if (companyScore(seg.text) >= COMPANY_LEGAL_WEIGHT)
      return { title: out, firm: { value: seg.text, start: seg.start, end: seg.end } };
    out = { value: out.value + gap + seg.text, start: out.start, end: seg.end };
    last = seg;
  }
  return { title: out };
}

/** A form's labelled title and company (`Job title: …`, `Empresa: …`), when the text has them. */
function labelledRoles(items: readonly Item[], lines: readonly Line[]): RoleFindings {
  const found: RoleFindings = {};
  for (const [i, item] of items.entries()) {
    // `담당자: 영업부 채다온 대리 (…, daon@…)`: a name field closing on the person's address gives their title too.
    if (item.kind === 'email') found.title ??= titleInNameField(item.seg);
    if (item.kind !== 'label' && item.kind !== 'text' && item.kind !== 'address') continue;
    const wrapped = (value: ParsedValue<string> | undefined): ParsedValue<string> | undefined =>
      value && wrappedValue(value, items, i, lines);
    const labelled = labelledField(item.seg, 'title');
    const title = labelled && !onlyHonorifics(labelled.value) ? labelled : undefined;
    const dashed = title && pastDashes(title, items, i, lines);
    found.title ??= wrapped(dashed?.title);
    found.company ??=
      wrapped(labelledField(item.seg, 'company')) ?? valueUnderLabel(items, i, 'company') ?? dashed?.firm;
    found.title ??= titleInNameField(item.seg);
  }
  return found;
}

/**
 * `Öffentlicher Auftraggeber:` / `Stadt Musterbach`: a field's label alone on its line gives the plain line right
 * under it as its value.
 */
function valueUnderLabel(items: readonly Item[], at: number, field: LabelledField): ParsedValue<string> | undefined {
  const { seg } = items[at] as Item;
  const label = fieldLabel(seg.text, field);
  if (!label || label[0].trimEnd() !== seg.text) return undefined;
  const next = items[at + 1];
  if (next?.kind !== 'text' || next.seg.line !== seg.line + 1 || next.seg.order > 0) return undefined;
  return { value: next.seg.text, start: next.seg.start, end: next.seg.end };
}

/**
 * A company picked among the role pieces without a whole company cue (an `&` is half of one) or the mail's domain
 * spelt (`via Messenger`, `Planning & Environment`): read by its place alone, it gives way to a firm a label or a
 * footer names.
 */
function cueless(company: ParsedValue<string> | undefined, pieces: readonly RolePiece[]): boolean {
  const picked = company && pieces.find((p) => p.start === company.start && p.end === company.end);
  return !!picked && picked.company < 1;
}

/**
 * `Firma: Studio Graficzne Kreska`, `Razão Social: …`, `職稱：採購經理`: company and title fields in the sender's own
 * lines (the details they pass on for an invoice or a contract, a contact form's notification) name their firm and
 * role where no line near their name did; fields in a counterpart's block (`Bill To:` / `Company: …`) or in another
 * writer's lines are not theirs.
 */
function ownLabelledRoles(
  items: readonly Item[],
  lines: readonly Line[],
  sendersOwn: (x: Item) => boolean,
): RoleFindings {
  const others = counterpartItems(items);
  return labelledRoles(
    items.filter((x) => sendersOwn(x) && !others.has(x)),
    lines,
  );
}

/** The source text between two segments of one of `lines` (consecutive lines, as a message holds them). */
function betweenIn(lines: readonly Line[]): Between {
  const first = lines[0]?.index ?? 0;
  return (left, right) => {
    const line = lines[left.line - first];
    return line?.index === left.line ? line.text.slice(left.end - line.start, right.start - line.start) : '';
  };
}

/** Kinds of line a signature goes on with under its title: its firm, address, numbers, links. */
const DETAIL_KINDS: ReadonlySet<Kind> = new Set(['text', 'address', 'phone', 'email', 'web', 'label']);

/**
 * `Komercijalista za ključne kupce`, `Chuyên viên Xuất nhập khẩu`: a line of mostly lower-case words reads
 * as prose, yet right under the name and over more of the signature (a firm, a number) it is the sender's
 * title, in a language whose title words no list holds. It says no sentence (`morning all! joined today`):
 * no sentence's marks, no full stop closing it, no address or number, and it is as short as a role. Under a
 * chat's author line (the name and a time of day) the line is the author's message.
 */
function titleLineUnderName(name: Item, para: readonly Item[]): (x: Item) => boolean {
  const detailLines = new Set(para.filter((x) => DETAIL_KINDS.has(x.kind)).map((x) => x.seg.line));
  const nameLine = name.seg.line;
  const authorLine = para.some((x) => x.seg.line === nameLine && PATTERNS.timeOfDay.test(x.seg.text.trim()));
  const plain = (text: string): boolean =>
    !text.includes('@') && !PATTERNS.anyDigit.test(text) && words(text).length <= MAX_ROLE_WORDS;
  return ({ kind, seg }) =>
    !authorLine &&
    seg.line === nameLine + 1 &&
    detailLines.has(seg.line + 1) &&
    plain(seg.text) &&
    ((kind === 'prose' && !PATTERNS.sentenceMark.test(seg.text) && !PATTERNS.sentenceEnd.test(seg.text)) ||
      (kind === 'label' && coversField(seg.text)));
}

/** A person's name has a given and a family name at least: one word after a title's colon is a field (`Structures`). */
const MIN_PERSON_NAME_TOKENS = 2;

/**
 * `Bestuurder: Wynkelder`, `Director: Structures`, `Verkoopsbestuurder: Wes-Kaap`: title words before a colon and
 * what they cover after it (a field, a region) are a title whole, the field by any word (isColonTitle knows fields
 * by vocabulary only). Under the name only: elsewhere a title word labels a person (`Geschäftsführer: Jens Lippe`),
 * as a name or a lower-case reply (`Manager: approved`) after the colon does here.
 */
function coversField(text: string): boolean {
  const label = PATTERNS.labelPrefix.exec(text);
  const value = label ? text.slice(label[0].length).trim() : '';
  return (
    value !== '' &&
    titleScore(label?.[1] ?? '') > 0 &&
    !PATTERNS.lowerStart.test(value) &&
    !value.includes(',') &&
    // `Area Director: Southern Highlands`: a region opens with a point of the compass, a person's name does not.
    ((nameTokens(value, 0)?.length ?? 0) < MIN_PERSON_NAME_TOKENS ||
      COMPASS_POINTS.has(normalizeKey(words(value)[0] ?? '')))
  );
}

/**
 * `Nationality:      South African`, `ID number:   available on request`: the values a CV or a form writes beside the
 * label of a personal detail (PERSONAL_DETAIL_LABELS) on its line; no title nor firm.
 */
function personalDetailValues(items: readonly Item[]): Set<Item> {
  const values = new Set<Item>();
  for (const [i, x] of items.entries()) {
    const next = items[i + 1];
    const label = x.seg.text.replace(PATTERNS.labelEnd, '');
    if (next?.seg.line === x.seg.line && label !== x.seg.text && PERSONAL_DETAIL_LABELS.has(normalizeKey(label)))
      values.add(next);
  }
  return values;
}

function rolesFor(
  items: readonly Item[],
  { lines, lead = [] }: Message,
  name: NameCandidate,
  context: RoleContext,
  letter: Letterhead<Item>,
  writers: ReadonlyMap<number, string>,
  others: ReadonlySet<Item>,
): RoleReading {
  if (name.roles) return { found: name.roles, pieces: [] };
  // A form's labelled roles, when it has them; a name under a `Contact:` label without them (an invoice's
  // issuer block) is read like any name line, its firm heading the block.
  const labelled = name.item?.kind === 'label' ? labelledRoles(items, lines) : {};
  if (labelled.title || labelled.company) return { found: labelled, pieces: [] };
  const item = name.item;
  if (!item || item.kind === 'prose') return { found: {}, pieces: [] };
  const nameIsCaseless = name.tokens.every((t) => isCaseless(t.text));
  const holdsName = (x: Item): boolean => name.tokens.some((t) => t.start >= x.seg.start && t.start < x.seg.end);
  // The name written again (a chat's author line over each message) is no title either.
  const writtenName = foldedName(name.tokens);
  const writesName = (tokens: readonly NameToken[]): boolean => foldedName(tokens) === writtenName;
  const repeatsName = (x: Item): boolean => {
    const tokens = nameTokens(x.seg.text, x.seg.start);
    return tokens !== undefined && writesName(tokens);
  };
  const details = personalDetailValues(items);
  const nameWords = new Set(name.tokens.flatMap((t) => words(t.text).map((w) => fold(w))));
  const loginKeys = name.tokens.flatMap((t) => t.text.split(PATTERNS.namePartBreak).map((w) => fold(w)));
  // A card's blocks are one signature: the firm's block over the name's gives roles as its paragraph does.
  // Roles stand near the name: a block of thousands of lines (a roster) is read only around it.
  const nearName = (x: Item): boolean => Math.abs(x.seg.line - item.seg.line) <= MAX_ROLE_LINES_FROM_NAME;
  const para = ownCardBlocks(
    items.filter((x) => x.block === item.block && nearName(x)),
    item.para,
    writesName,
  );
  const roleUnderName = titleLineUnderName(item, para);
  const usable = (x: Item): boolean => {
    // `For: KASSIM, OMONDI & ASSOCIATES` under the name: the firm signed for, read like a label, is a piece.
    const read = x.kind === 'text' || roleUnderName(x) || signsFor(x);
    if (!read || holdsName(x) || repeatsName(x) || isUserName(x.seg.text, loginKeys) || details.has(x)) return false;
    // An invoice's item table under its contact's lines heads its columns (`Pos. Menge Bezeichnung …`): no role.
    if (isItemColumnHeadings(x.seg.text)) return false;
    // `★★★★☆ 4,6 (112 Bewertungen)` under a directory entry's name: the site's rating of them, no role.
    if (PATTERNS.listingRating.test(x.seg.text)) return false;
    // `Host`, `Superhôte` under a host's given name: the platform's tag, no title.
    if (words(x.seg.text).every(isHostTag)) return false;
    // Under a name in a caseless script no Latin login can be spelt from it: its shape tells one (`kohei-watanabe`).
    if (nameIsCaseless && isLoginShaped(x.seg.text)) return false;
    if (x.seg.line === item.seg.line) {
      const other = nameTokens(x.seg.text, x.seg.start);
      if (other && other.every((t) => isCaseless(t.text)) !== nameIsCaseless) return false;
    }
    return true;
  };
  const at = para.indexOf(item);
  // A quote's or an invoice's one-word label (`Vendedor: Lucía …`) names a form's field, no job title: its issuer's
  // letterhead or its number marks a document.
  const document = letter.headsLetter || items.some((x) => isDocumentNumberLine(x.seg.text));
  const guests = guestListItems(items);
  const segs = (list: readonly Item[]): Segment[] =>
    list.flatMap((x) => {
      if (guests.has(x)) return [];
      const written =
        x.kind === 'text'
          ? (roleAfterName(x.seg, nameWords) ??
            titleBeforeName(x.seg, nameWords) ??
            titleLabellingName(x.seg, nameWords, document) ??
            titledName(x.seg, x.seg.line === item.seg.line)?.title ??
            rankAfterOwnName(x.seg, context.spacelessNames ?? []))
          : x.kind === 'label'
            ? (roleAfterName(x.seg, nameWords) ?? titleLabellingName(x.seg, nameWords, document))
            : undefined;
      // A role read after the name that is more of the name (`LIM WEI MING, Jeremy`) is none; a text segment beside
      // the name written again is read without it.
      const beside = (s: Segment): Segment | null | undefined =>
        besideOwnName(s, context.ownName, context.spacelessNames ?? []);
      const role = written
        ? beside(written) === null
          ? null
          : written
        : x.kind === 'text'
          ? beside(x.seg)
          : undefined;
      if (role === null) return [];
      // `Falkenried Messtechnik GmbH, Werftstraße 9, …`: the firm opening an address's line is a piece too.
      const firm = x.kind === 'address' ? openingFirm(x.seg) : undefined;
      return role ? [role] : usable(x) ? [x.seg] : firm ? [firm] : [];
    });
  // A card's blocks are all in `para` already.
  const adjacent = isCard(items) ? [] : blockBelow(items, item.para, para.every(holdsName), writesName);
  const next = adjacent.length > 0 || isCard(items) ? adjacent : ownSignatureBelow(items, item, writesName);
  // The block under the name may be the document's other party's (`Aan:` / `VME Parkzicht …` / `p/a Syndicus …`).
  const below = [...para.slice(at), ...next.filter((x) => !others.has(x))];
  const firstLine = (para[0] as Item).seg.line;
  const after = ownChatMessage(below, writers, item.seg.line);
  const over = [...headingOver(items, item.para, letter), ...firmUnderValediction(items, item.para)];
  const before = para.slice(0, at).filter((x) => !over.includes(x));
  const heading = segs(over).map((seg) => ({ ...seg, source: 'heading' as const }));
  const near = imagesOver(lines, firstLine);
  const known = new Set(heading.map((s) => s.start));
  const opening = logoOpening(upToFirstText(lead, lines), near.from, context.domainLabel).filter(
    (s) => !known.has(s.start),
  );
  const images = [...opening, ...near.images];
  const logos = imagesWithin(lines, item.seg.line, after[after.length - 1]?.seg.line ?? item.seg.line);
  return findRoles([...heading, ...images, ...segs(before)], inReadingOrder(segs(after), logos), context);
}

/** A word of the name this long at least is read whole inside a user name (`jphabimana` holds `habimana`). */
const MIN_USER_NAME_PART = 3;

/**
 * `jphabimana`, `aiko-fujimoto`, `nomvula_d`, `t.zielinski` under the name: a profile's user name, one word in lower case
 * (a cased script: Thai and Han have none) built only from the person’s name: split on `-`, `_`, `.` and digits, the
 * rest is a series of the name's parts (`nameParts`: words and hyphenated parts, `Jean-Paul` → jean, paul, folded, in the
 * name's order or the reverse), each whole or as its
 * initial or left out, with at least one word whole, and nothing left over. A title that merely holds a name word
 * (`consultant` under Mei Tan, `physician` under Ian Cole) is no user name. Known limit: a Latin login is not matched
 * against a name in another script (no transliteration).
 */
function isUserName(text: string, nameParts: readonly string[]): boolean {
  if (words(text).length !== 1 || PATTERNS.upper.test(text) || !PATTERNS.lower.test(text)) return false;
  const login = text
    .split(PATTERNS.userNameBreak)
    .map((piece) => fold(piece))
    .join('');
  const keys = nameParts.filter((key) => key.length > 0);
  return login.length > 0 && (spellsLogin(login, keys) || spellsLogin(login, [...keys].reverse()));
}

/** `kohei-watanabe`, `li_wei88`: one lower-case word in pieces a login joins (PATTERNS.userNameBreak), no title word. */
const isLoginShaped = (text: string): boolean =>
  words(text).length === 1 &&
  !PATTERNS.upper.test(text) &&
  PATTERNS.lower.test(text) &&
  PATTERNS.userNameBreak.test(text) &&
  titleScore(text) === 0;

/** `login` is exactly `keys` in order, each whole, as its initial or left out, at least one whole (MIN_USER_NAME_PART). */
function spellsLogin(login: string, keys: readonly string[]): boolean {
  const from = (at: number, k: number, whole: boolean): boolean => {
    if (at === login.length) return whole;
    if (k === keys.length) return false;
    const key = keys[k] as string;
    return (
      (login.startsWith(key, at) && from(at + key.length, k + 1, whole || key.length >= MIN_USER_NAME_PART)) ||
      (login[at] === key[0] && from(at + 1, k + 1, whole)) ||
      from(at, k + 1, whole)
    );
  };
  return from(0, 0, false);
}

/** Two lists of segments, each in reading order, merged into one. */
function inReadingOrder<S extends Segment>(a: readonly S[], b: readonly S[]): S[] {
  const out: S[] = [];
  let j = 0;
  for (const s of a) {
    while (j < b.length && (b[j] as S).start < s.start) out.push(b[j++] as S);
    out.push(s);
  }
  return [...out, ...b.slice(j)];
}

/** Words of the sender's name a segment opens or closes with, at least, to write their full name: given and family. */
const MIN_OWN_NAME_WORDS = 2;

/**
 * The sender's own name written again, alone or beside words of a role. `LIM WEI MING, Jeremy`, `ณัฐธิดา วงศ์สวัสดิ์
 * (แนท)` (a nickname aside) are the name, no role: null. `林晓 Sales Manager` is the full name, then the role: the
 * segment after it. Title words before the full name (`Associate Professor Annaliese Rautahi-Brooks`, `NOTARKA MAJA
 * ŠKERJANC`, `Coach Deshawn Merriweather`) address the person by it, as a letterhead or a badge does, so they are no
 * role either (the role proper is written on a line of its own): null. The name is written again only with the given
 * name: family names alone (`VITALE`, `KRAUSE | WINTER`) name the firm called after them. Undefined when the segment
 * neither opens nor closes with the name; `spacelessNames` are the name's keys written without spaces (`林晓`).
 */
function besideOwnName(
  seg: Segment,
  name: OwnName | undefined,
  spacelessNames: readonly string[],
): Segment | null | undefined {
  if (!name) return undefined;
  const all = wordsAt(seg.text, 0).filter((w) => !PATTERNS.wrappedAside.test(w.text));
  const keys = all.map((w) => fold(w.text.replace(PATTERNS.trailingListMark, '')));
  const own = keys.map((k) => name.given.has(k) || name.family.has(k));
  // Whether the words from `from` to `to` are the name written with its given name.
  const written = (from: number, to: number): boolean =>
    to - from >= MIN_OWN_NAME_WORDS && keys.slice(from, to).some((k) => name.given.has(k));
  if (all.length > 0 && own.every(Boolean) && keys.some((k) => name.given.has(k))) return null;
  const spaceless = spacelessNames.includes(spacelessKey(all[0]?.text ?? ''));
  const lead = spaceless ? 1 : own.indexOf(false);
  const restAt =
    (all[lead - 1]?.end ?? 0) +
    (PATTERNS.leadingSeparators.exec(seg.text.slice(all[lead - 1]?.end ?? 0))?.[0].length ?? 0);
  const rest = seg.text.slice(restAt);
  if (lead > 0 && (spaceless || written(0, lead)) && titleScore(rest) > 0)
    return trimmedSegment(rest, seg.start + restAt, seg.line, seg.order);
  const tail = all.length - 1 - own.lastIndexOf(false);
  const head = seg.text.slice(0, all[all.length - tail]?.start ?? 0);
  return written(all.length - tail, all.length) && titleScore(head) > 0 && companyScore(head) === 0 ? null : undefined;
}

/**
 * `Samira el Boukili-de Jong, woordvoerder`, `Lucía Pla, responsable de comunicación`: a full name, then after its comma
 * a role alone, in lower case or not, closing the segment (no sentence going on) — a person's line, no prose.
 */
function isNameAndRole(seg: Segment): boolean {
  const head = nameBeforeComma(seg);
  const role = head ? seg.text.slice(head.role).trim() : '';
  return (
    role !== '' &&
    !role.includes(',') &&
    !PATTERNS.sentenceEnd.test(role) &&
    words(role).length <= MAX_ROLE_WORDS &&
    titleScore(role) > 0
  );
}

/**
 * `Nadia Okafor, Category Manager, …`: a full name (two name tokens or more) before a segment's first comma, that
 * comma, and where what follows the name starts (`role`): past credentials in their own comma parts (`Ana Reyes, PhD,
 * Research Lead`), which are the name's.
 */
function nameBeforeComma(seg: Segment): { tokens: NameToken[]; comma: number; role: number } | undefined {
  const { text } = seg;
  const comma = text.indexOf(', ');
  const tokens = comma > 0 ? nameTokens(text.slice(0, comma), seg.start) : undefined;
  if (!tokens || tokens.length < 2) return undefined;
  let role = comma + 2;
  for (let next = text.indexOf(', ', role); next > role; next = text.indexOf(', ', role)) {
    const part = text.slice(role, next);
    if (!words(part).every(isSuffix) || titleScore(part) > 0) break;
    role = next + 2;
  }
  return { tokens, comma, role };
}

/**
 * `Ingrid Lunde, Head of Procurement`, `Freundliche Grüsse, Jörg Meier, Leiter Einkauf`, `Questions on this quote:
 * Ivo Marsh, Accounts Manager`: a segment holding the person's name (one of `nameWords`, folded), past a sign-off
 * or a label opening it, and a comma goes on with their role.
 */
function roleAfterName(seg: Segment, nameWords: ReadonlySet<string>): Segment | undefined {
  const pastSignOff = pastValediction(seg) ?? pastLabel(seg) ?? seg;
  const head = nameBeforeComma(pastSignOff);
  // `Thaddeus J. Rutherford III, Esq.`: credentials after the comma are part of the name.
  if (!head || !head.tokens.some((t) => nameWords.has(fold(t.text))) || nameTokens(pastSignOff.text, pastSignOff.start))
    return undefined;
  const { role } = head;
  // `Fonseca Pires Canalizações, Lda.`: a legal form after the comma closes a firm named after its owner.
  const rest = pastSignOff.text.slice(role);
  return onlyLegalForms(rest)
    ? undefined
    : trimmedSegment(rest, pastSignOff.start + role, pastSignOff.line, pastSignOff.order);
}

/**
 * `Kommunikasjonssjef Marte Lie Vangsnes` under `For mer informasjon, kontakt:`: a compound title word
 * (isTitleCompoundNoName) opening a line, written glued before the name the rest of the line is, a form of
 * address perhaps between them (`Rechtsanwältin Dr. …`).
 */
function titleCompoundAndName(seg: Segment): { tokens: NameToken[]; title: Segment } | undefined {
  const [opening, ...rest] = words(seg.text);
  if (!opening || !isTitleCompoundNoName(normalizeKey(opening))) return undefined;
  const at = seg.text.indexOf(opening);
  const tokens = nameTokens(seg.text.slice(at + opening.length), seg.start + at + opening.length);
  // `Rechtsanwalt Dr. Jonas Weber`: a form of address between the title and the name is read past, no name word.
  const nameWordCount = rest.filter((w) => !onlyHonorifics(w)).length;
  const title =
    tokens?.length === nameWordCount ? trimmedSegment(opening, seg.start + at, seg.line, seg.order) : undefined;
  return title && tokens && { tokens, title };
}

/** In a document or past the reader's possessive, a label naming a role has this many words at least (`Zuständige Sachbearbeiterin`). */
const MIN_TITLE_LABEL_WORDS = 2;

/** The role of titleCompoundAndName on the line of the person's name (one of `nameWords`, folded). */
function titleBeforeName(seg: Segment, nameWords: ReadonlySet<string>): Segment | undefined {
  const titled = titleCompoundAndName(seg);
  return titled?.tokens.some((t) => nameWords.has(fold(t.text))) ? titled.title : undefined;
}

/**
 * The items of a calendar's guest list: from its heading (`Guests` over `Ana Ruiz - organizer`, `Ben Cole`) to its
 * paragraph's end or a sign-off, as guestListRows reads it. They name the meeting's people, none a role; whoever signs
 * under them in the same paragraph does.
 */
function guestListItems(items: readonly Item[]): Set<Item> {
  const listed = new Set<Item>();
  let para: number | undefined;
  for (const x of items) {
    if (x.kind === 'valediction') para = undefined;
    else if (ATTENDEE_LABELS.has(x.seg.text.replace(PATTERNS.labelEnd, '').trim().toLowerCase())) para = x.para;
    if (x.para === para) listed.add(x);
  }
  return listed;
}

/** Labels naming a party to a ticket or a meeting (`Reporter:`, `Assignee:`, `Organizer:`): its part in it, no job. */
const PARTY_LABELS: ReadonlySet<string> = new Set([
  ...TICKET_PARTY_LABELS,
  ...TICKET_FIELD_LABELS,
  ...CALENDAR_ORGANIZER_LABELS,
]);

/**
 * `Coordinator: Su-Lin Ta'ase`, `Zuständige Sachbearbeiterin: Frau Doreen Kowalczyk`, `Su ejecutivo de cuenta:
 * Ing. Rogelio Arizpe`: a label naming a role before the person's name (one of `nameWords`, folded) is their title,
 * read past the reader's possessive. A field's label (`Contact:`, `購買部　担当：`) and a party's (PARTY_LABELS) name
 * no role; in a document, and past a possessive (`Your consultant:`), a one-word label is a form's, not a role.
 */
function titleLabellingName(seg: Segment, nameWords: ReadonlySet<string>, document: boolean): Segment | undefined {
  const value = pastLabel(seg);
  if (!value || !words(value.text).some((w) => nameWords.has(fold(w)))) return undefined;
  const label = seg.text.slice(0, value.start - seg.start).replace(PATTERNS.labelEnd, '');
  const [possessive = '', ...rest] = words(label);
  const addressed = READER_POSSESSIVES.has(normalizeKey(possessive)) && rest.length > 0;
  const skip = addressed ? label.indexOf(rest[0] ?? '') : 0;
  const title = trimmedSegment(label.slice(skip), seg.start + skip, seg.line, seg.order);
  const titleWords = words(title?.text ?? '');
  if (!title || titleWords.length < (document || addressed ? MIN_TITLE_LABEL_WORDS : 1)) return undefined;
  if (PARTY_LABELS.has(normalizeKey(title.text)) || namesRecordField(title.text)) return undefined;
  if (namesRecordField(titleWords.at(-1) ?? '')) return undefined;
  return titleScore(title.text) > 0 && companyScore(title.text) === 0 ? title : undefined;
}

/**
 * The items below the name up to a chat message by another writer than the name's line (`writers`,
 * chatWriters): another author's reply (`30/11/2026, 20:10 - Tanja: Super, danke dir!`) is no part of the signature.
 */
function ownChatMessage(
  below: readonly Item[],
  writers: ReadonlyMap<number, string>,
  nameLine: number,
): readonly Item[] {
  const author = writers.get(nameLine);
  if (author === undefined) return below;
  const reply = below.findIndex((x) => {
    const other = writers.get(x.seg.line);
    return other !== undefined && other !== author;
  });
  return reply < 0 ? below : below.slice(0, reply);
}

/** `For: Zuma Scientific Supplies Nig. Ltd.`: a line signing for someone, read like a label. */
const signsFor = (x: Item): boolean => x.kind === 'label' && onBehalfOf(x.seg.text) > 0;

/**
 * `Med vennlig hilsen` / `Halvorsen & Dahl Advokatfirma DA`, a blank line, `Kristine Halvorsen`: a firm
 * written under the valediction, in the paragraph right over the name's, signs with the name, as does
 * one the writer signs for (`For: Zuma Scientific Supplies Nig. Ltd.`, read like a label). A paragraph that
 * ends signing for a firm (`For SHREE GANESH PACKAGING INDUSTRIES` over `(Authorised Signatory)` and the name)
 * is such a sign-off without a valediction.
 */
function firmUnderValediction(items: readonly Item[], para: number): readonly Item[] {
  const over = items.filter((x) => x.para === para - 1);
  const last = over.at(-1);
  if (last && !over.some((x) => x.kind === 'valediction') && (signsFor(last) || signsForFirm(last.seg.text) > 0))
    return [{ ...last, kind: 'text' as const }];
  const at = over.findIndex((x) => x.kind === 'valediction');
  // A person signing there (`Abena Quaye` / `Executive Assistant` over `For: Prof. Kwame …`) signs for the name
  // below: their lines are their own, no firm's.
  const signer = over[at + 1];
  if (at < 0 || (signer && otherPersonOpening(signer, () => false))) return [];
  return over
    .slice(at + 1)
    .flatMap((x) => (x.kind === 'text' ? [x] : signsFor(x) ? [{ ...x, kind: 'text' as const }] : []));
}

/**
 * A heading over the name's paragraph this many lines long at most: a firm's name, in two languages or broken
 * over two lines (and its tagline), or its name over details (`(Company No. 201401028835)`).
 */
const MAX_HEADING_LINES = 3;
/** Blank lines (a logo's among them) looked at over the name's paragraph. */
const MAX_IMAGE_LINES = 3;

/**
 * Lines over the signature that name the signatory's firm: a letter's letterhead, or a short
 * paragraph opening the message right over the name's (`NORTHWIND ARCHITECTS`), its lines of plain text
 * up to the first holding a detail (a number, a label: `M E R B A U` / `TIMBER & HARDWARE SDN BHD` /
 * `(Company No. …)`).
 */
function headingOver(items: readonly Item[], para: number, letter: Letterhead<Item>): readonly Item[] {
  const head = letterheadOf(letter, para);
  if (head.length > 0) return head;
  const first = items[0] as Item;
  const opening: Item[] = [];
  for (const x of items) {
    if (x.para !== first.para || x.seg.line >= first.seg.line + MAX_HEADING_LINES) break;
    opening.push(x);
  }
  if (first.para === para || items[opening.length]?.para !== para) return [];
  // A tagline under the name may read as prose (`a division of Haldane Group plc`): no role, the name is.
  const plain = (x: Item): boolean => x.kind === 'text' || (x.kind === 'prose' && x.seg.line !== first.seg.line);
  const detailLine = opening.find((x) => !plain(x))?.seg.line ?? Infinity;
  const heading = opening.filter((x) => x.seg.line < detailLine);
  // A firm's name is written in capitals but for small words; `Works for me — Thursday it is.` is a reply.
  const firmLine = heading.filter((x) => x.seg.line === first.seg.line);
  const named = firmLine.every((x) => words(x.seg.text).every((w) => !PATTERNS.lowerStart.test(w) || isConnector(w)));
  return named ? heading.filter((x) => x.kind === 'text') : [];
}

/**
 * Logos' alt text (`[image: Bramblewood Consulting]`) on the blank lines right over line `first`, and
 * the topmost of those blank lines taken (`from`; `first` when there is none): the line over it held
 * text or lay beyond MAX_IMAGE_LINES, so logoOpening reads it.
 */
function imagesOver(lines: readonly Line[], first: number): { images: RoleSegment[]; from: number } {
  const base = lines[0]?.index ?? 0;
  const images: RoleSegment[] = [];
  let from = first;
  for (; from > Math.max(base, first - MAX_IMAGE_LINES); from--) {
    const line = lines[from - 1 - base] as Line;
    if (!line.blank && !line.rule) break;
    images.unshift(...altTexts(line));
  }
  return { images, from };
}

/**
 * `[image: Fernhill Veterinary Group]` on the blank lines before the message's first text, or `[Logo:
 * Kvarn & Berg Oy]` as that text: an HTML mail's letterhead logo names the sender's firm, though the
 * greeting and the body part it from the signature. Only lines over line `before` are read (imagesOver
 * read those below). A newsletter's banner or a mail client's default alt text (`image.png`) opens a
 * message too: only a firm's name (`label` the domain's) is the sender's letterhead.
 */
function logoOpening(lines: readonly Line[], before: number, label: string | undefined): RoleSegment[] {
  const at = lines.findIndex((l) => !l.blank);
  const leading = (at < 0 ? lines : lines.slice(0, at)).filter((l) => l.index < before);
  const first = lines[at];
  const written = first && first.index < before ? writtenLogo(first) : undefined;
  return [...leading.flatMap(altTexts), ...(written ? [written] : [])].filter((s) => namesFirm(s.text, label));
}

/** The lines of `parts` in turn up to the first holding text, all logoOpening reads: a long message is not copied. */
function upToFirstText(...parts: (readonly Line[])[]): Line[] {
  const out: Line[] = [];
  for (const part of parts)
    for (const line of part) {
      out.push(line);
      if (!line.blank) return out;
    }
  return out;
}

/** `[Logo: Kvarn & Berg Oy]`, `[Kvarn & Berg Oy logo]` written as a line's text: the logo's alt text. */
function writtenLogo(line: Line): RoleSegment | undefined {
  const text = line.text.trimStart();
  const found = PATTERNS.logoAlt.exec(text.trimEnd());
  const alt = found?.[1] ?? found?.[2];
  const span = found?.indices?.[1] ?? found?.indices?.[2];
  if (!alt || !span) return undefined;
  const segment = trimmedSegment(alt, line.start + line.text.length - text.length + span[0], line.index, 0);
  return segment && { ...segment, source: 'image' };
}

/** Logos' alt text on the blank lines inside the signature, from the name's line to its last (`[image: Verdant Acoustics]` under the title). */
function imagesWithin(lines: readonly Line[], first: number, last: number): RoleSegment[] {
  const base = lines[0]?.index ?? 0;
  return lines.slice(first - base + 1, last - base).flatMap((line) => (line.blank ? altTexts(line) : []));
}

/** The alt texts of the images a (blanked) line held, as role segments from an image. */
function altTexts(line: Line): RoleSegment[] {
  const out: RoleSegment[] = [];
  for (const m of line.raw.matchAll(PATTERNS.imageAlt)) {
    const alt = trimmedSegment(m[1] ?? '', line.start + (m.indices?.[1]?.[0] ?? m.index), line.index, 0);
    if (alt) out.push({ ...alt, source: 'image' });
  }
  return out;
}

/** Contact details: a paragraph holding one of these is a signature block, not prose. */
const CONTACT_KINDS: ReadonlySet<Kind> = new Set(['email', 'phone', 'web', 'address']);
/** A sentence, a greeting or a sign-off: a block holding one is a message's, not a signature's. */
const NOT_IN_A_SIGNATURE: ReadonlySet<Kind> = new Set(['prose', 'valediction', 'greeting']);

/**
 * The paragraph right below the name's, when it continues the signature (`Jane Doe`, blank,
 * `Head of Sales / Quillmark / jane@…`): no prose, contact details in it (or a name standing alone
 * above it, as on a badge), no other person's name opening it. The sender's own name written again
 * (`박서연 드림`, blank, `박서연 | 선임연구원`; `ownName` tells it by the name read there) or a firm's name by its
 * legal form (`(주)다온소재`) is none.
 */
function blockBelow(
  items: readonly Item[],
  para: number,
  nameAlone: boolean,
  ownName: (tokens: readonly NameToken[]) => boolean,
): Item[] {
  const next = items.filter((x) => x.para === para + 1);
  const first = next[0];
  if (!first || next.some((x) => NOT_IN_A_SIGNATURE.has(x.kind))) return [];
  if (!nameAlone && !next.some((x) => CONTACT_KINDS.has(x.kind))) return [];
  // `Ingenieurbüro Kessler & Partner mbB` / `Frau Dr.-Ing. Sabine Kessler` under a letter's sender, before the
  // greeting: a block naming another person there is the addressee's.
  const greeting = items.find((x) => x.kind === 'greeting');
  const addressee =
    greeting !== undefined && first.para < greeting.para && next.some((x) => otherPersonOpening(x, ownName));
  return addressee || otherPersonOpening(first, ownName) ? [] : next;
}

/**
 * `박지훈 드림` or `Best, Anna` signing off, then the sender's full signature further down, past a rule or a note
 * (`영업2팀 대리 박지훈` over numbers): the first later block that writes the sender's name again, alone or after
 * the rank, and gives a number, an address or an email is the signer's own, and gives the roles the sign-off lacks.
 */
function ownSignatureBelow(
  items: readonly Item[],
  item: Item,
  ownName: (tokens: readonly NameToken[]) => boolean,
): Item[] {
  const signature = items.find((x) => {
    if (x.para <= item.para || x.kind !== 'text' || x.seg.line - item.seg.line > MAX_ROLE_LINES_FROM_NAME) return false;
    const tokens = nameTokens(x.seg.text, x.seg.start) ?? titledName(x.seg, false)?.tokens;
    return tokens !== undefined && ownName(tokens);
  });
  if (!signature) return [];
  const block = items.filter((x) => x.para === signature.para);
  const own = block.some((x) => CONTACT_KINDS.has(x.kind)) && !block.some((x) => NOT_IN_A_SIGNATURE.has(x.kind));
  return own ? block : [];
}

/** `Pablo Ortega` opening a paragraph that is not the name's: another person's (a colleague's) name, no firm. */
function otherPersonOpening(first: Item, ownName: (tokens: readonly NameToken[]) => boolean): NameToken[] | undefined {
  // The name opening it, read once: for whether it is the sender's and whether it is anyone's.
  const tokens = first.kind === 'text' ? nameTokens(first.seg.text, first.seg.start) : undefined;
  return tokens && !ownName(tokens) && companyScore(first.seg.text) < COMPANY_LEGAL_WEIGHT ? tokens : undefined;
}

/**
 * The name's card (card.ts) without another person's blocks: `Anna Berg / Sales Manager`, then
 * `Pablo Ortega / Gerente` a block below, gives Anna neither Pablo's name as a firm nor his title.
 * Only a full name opens another's block: a card's lone `Salgschef` over its firm is a title.
 */
function ownCardBlocks(
  card: readonly Item[],
  para: number,
  ownName: (tokens: readonly NameToken[]) => boolean,
): Item[] {
  // One paragraph (the name's, off a card) or none: no other block to cut away.
  if (card[0]?.para === card[card.length - 1]?.para) return [...card];
  const opensOther = (x: Item, i: number): boolean =>
    x.para !== para && card[i - 1]?.para !== x.para && (otherPersonOpening(x, ownName)?.length ?? 0) >= 2;
  const others = card.filter(opensOther).map((x) => x.para);
  const from = Math.max(-1, ...others.filter((p) => p < para));
  const to = Math.min(Infinity, ...others.filter((p) => p > para));
  return card.filter((x) => x.para > from && x.para < to);
}

export interface MessageDraft {
  draft: ParsedContact;
  /** The name came as one word (a sign-off: a given name, or a family name as Japanese mail signs) — the quoted message may complete it. */
  oneNameOnly: boolean;
  /** The title and company candidates the scorer weighed (none when a label or an introduction gave them). */
  roleCandidates: readonly RolePiece[];
  /** Nicknames written beside the name (`Dimitris (Jim) Alexopoulos`), folded. */
  nicknames: readonly string[];
  /** The greeting's last word before its first punctuation (`Hi Marcus, …` → `marcus`), folded: whom it addresses. */
  greeted?: string;
  /** A firm in the sender's footer (footerFirm): their company when no nearer line, quoted message or résumé gives one. */
  footerFirm?: ParsedValue<string>;
}

function greetedWord(items: readonly Item[]): string | undefined {
  const greeting = items.find((x) => x.kind === 'greeting');
  const all = greeting ? words(greeting.seg.text) : [];
  // `Hi Marcus, just following up on the below`: whom it addresses ends at the first punctuation.
  const closing = all.findIndex((word, i) => i > 0 && normalizeKey(word).length < word.length);
  const named = closing < 0 ? all : all.slice(0, closing + 1);
  return named.length > 1 ? normalizeKey(fold(named[named.length - 1] as string)) : undefined;
}

/**
 * `водитель Эрлан, номер 0555 …`, `Agent is Wafula from Malaba Clearing, 0772 …`: a capitalised word after a
 * lower-case one, before the sentence's first digit, names someone or something other than the sender (`nameWords`,
 * lower case) whose number follows — unless the sender names themselves there too (`Ing. Petra Dvořáková, vedoucí
 * logistiky, Moravská Doprava a.s., …, +420 …`: their card in one line). An acronym (`send the BOQ to me: …`) names
 * a document or a thing, not someone with a number.
 */
function namesOtherBeforeNumber(text: string, nameWords: ReadonlySet<string>): boolean {
  const digit = PATTERNS.anyDigit.exec(text)?.index ?? text.length;
  const before = wordsAt(text.slice(0, digit), 0);
  const key = (w: Word): string => w.text.replace(PATTERNS.trailingListMark, '').toLowerCase();
  if (before.some((w) => nameWords.has(key(w)))) return false;
  return before.some(
    (w, i) =>
      i > 0 &&
      PATTERNS.upper.test(w.text.charAt(0)) &&
      PATTERNS.lower.test(w.text) &&
      PATTERNS.lower.test((before[i - 1] as Word).text.charAt(0)),
  );
}

/**
 * `or just text +81 90-5550-0142`, `Office number is 0116 496 0732`: in a chat, the sentences with digits its sender
 * wrote (`sender`, chatSender) give their numbers as their signature does, unless they name another first
 * (namesOtherBeforeNumber); another participant's give theirs.
 */
function ownChatSentences(
  items: readonly Item[],
  signature: readonly Item[],
  writers: ReadonlyMap<number, string>,
  sender: string | undefined,
  nameWords: ReadonlySet<string>,
): Item[] {
  if (sender === undefined) return [];
  const read = new Set(signature);
  return items.filter(
    (x) =>
      x.kind === 'prose' &&
      !read.has(x) &&
      writers.get(x.seg.line) === sender &&
      PATTERNS.anyDigit.test(x.seg.text) &&
      !namesOtherBeforeNumber(x.seg.text, nameWords),
  );
}

/**
 * Who wrote each line of a chat copy, folded: a line's own prefix (`[…] Funke: Alright …`), else the
 * last author line over it (`Tamsin Roe  11:45 AM`, `Pieter (boat guy), [21.11.2026 16:02]`).
 */
function chatWriters(lines: readonly Line[], authors: ReadonlyMap<number, AuthorLine>): Map<number, string> {
  const out = new Map<number, string>();
  let writer: string | undefined;
  for (const line of lines) {
    const author = line.long || line.quoted ? undefined : chatAuthorOf(line.text, authors.get(line.index));
    if (author) writer = fold(author);
    if (writer !== undefined) out.set(line.index, writer);
  }
  return out;
}

function chatAuthorOf(text: string, led: AuthorLine | undefined): string | undefined {
  // A LinkedIn message's header (`Ana Lima sent the following message at 3:14 PM`) opens its writer's lines, the
  // profile link and name line over the message's own author line among them.
  const author =
    chatPrefixOf(text)?.[1] ?? PATTERNS.chatHeader.exec(text)?.[1] ?? PATTERNS.pastedMessageSender.exec(text)?.[1];
  if (author) return author;
  // `Meeting 10:30` is led by no person: the author line must read as a name, or as a display name's
  // `Last, First` (`Kamau, Wanjiru  10:18 AM`).
  return led && (nameTokens(led.name, 0) || led.read?.person) ? led.name : undefined;
}

/**
 * Which of a chat copy's writers (folded, chatWriters) is the sender: the writer of line `own` (or, without it, of the
 * first message). A signature, or a chat visitor's form (`Visitante: Ana Ruiz` / `Correo: …`), above the first author
 * line, a blank line between (a ticket's newest comment, its header no author line), is its sender's: of the author
 * lines below, only those naming them (`namesSender` tells by an author line's folded name) are theirs.
 */
function chatSender(
  lines: readonly Line[],
  writers: ReadonlyMap<number, string>,
  own: number | undefined,
  namesSender: (writer: string) => boolean,
): string | undefined {
  const first: number | undefined = writers.keys().next().value;
  const above =
    own !== undefined &&
    first !== undefined &&
    own < first &&
    lines.some((line) => line.blank && own < line.index && line.index < first);
  return above
    ? [...new Set(writers.values())].find(namesSender)
    : ((own === undefined ? undefined : writers.get(own)) ?? writers.values().next().value);
}

/** The lines of a chat copy that another participant wrote than the `sender` (chatSender): their numbers and the places they name are not the sender's. */
function otherWritersLines(writers: ReadonlyMap<number, string>, sender: string | undefined): Set<number> {
  const out = new Set<number>();
  for (const [index, writer] of writers) if (writer !== sender) out.add(index);
  return out;
}

/**
 * The segments that may hold the sender's numbers: the signature's details, and the segments that
 * write the sender's own address beside a number (`- Darnell: darnell@…, cell 971-555-0108`), that
 * address blanked (offsets kept) so that no digit of it is read. A line holding another person's
 * address (`Dr. Kenji Sato | CEO | kenji.sato@… | +41 22 555 01 30` under an assistant's signature)
 * is theirs, its numbers too, as are the lines someone else wrote (`notSenders`: another chat
 * participant's, the recipient's). The mailbox of the firm's letterhead (`letterhead`: `Tel. 091 … – PEC
 * studiolorusso@…`) is the firm's, no other person's.
 * Details without a digit are kept too: a padded column sets a label (`F  415.555.0144`) apart from its number.
 */
function phoneSegments(
  signature: readonly Item[],
  own: ParsedValue<string> | undefined,
  notSenders: ReadonlySet<number>,
  letterhead: ReadonlySet<Item>,
): Segment[] {
  const out: Segment[] = [];
  const othersLines = new Set<number>();
  for (const item of signature) {
    const { kind, seg } = item;
    if (kind === 'valediction') continue;
    const emails = kind === 'email' || kind === 'prose' ? findEmails(seg.text, seg.start) : [];
    const other = (email: ParsedValue<string>): boolean => email.value !== own?.value;
    const othersAddress =
      !!own && !letterhead.has(item) && emails.some((email) => other(email) && !isRoleMailbox(email.value));
    // `contact me on +81 3-5555-0177 or mai.sato@…` from a principal's mailbox, `mijn collega Femke (femke@…,
    // 06 …)` in an out-of-office: a sentence giving another person's address gives their number too.
    if (kind === 'prose' && othersAddress) continue;
    if (kind !== 'email') {
      out.push(seg);
      continue;
    }
    if (othersAddress) othersLines.add(seg.line);
    if (!own || emails.some(other)) continue;
    let text = seg.text;
    for (const email of emails)
      text =
        text.slice(0, email.start - seg.start) +
        ' '.repeat(email.end - email.start) +
        text.slice(email.end - seg.start);
    if (PATTERNS.anyDigit.test(text)) out.push({ ...seg, text });
  }
  return out.filter((seg) => !othersLines.has(seg.line) && !notSenders.has(seg.line));
}

/**
 * `Referee: Mr. Tom Ellis, Partner – 020 …`, `For bookings please ask for Ms. Rao – 040 …`: from where a line names
 * another person (othersHonorificAt, read in any of its `items`) it goes on with that person's details, so the
 * `signature`'s segments from there on hold no number of the sender's. A line with a number before the name
 * (`Tel. 020 … (ask for Mr. Ellis)`) is not cut, nor is an address's line read for names (`Av. Dr. Arce 12`).
 */
function othersNamedSegments(
  items: readonly Item[],
  signature: readonly Item[],
  nameWords: ReadonlySet<string>,
): Set<Item> {
  const namedFrom = new Map<number, number>();
  if (nameWords.size > 0)
    for (const { kind, seg } of items) {
      if (kind === 'address' || namedFrom.has(seg.line)) continue;
      const honorific = othersHonorificAt(seg.text, nameWords);
      const at = honorific >= 0 ? honorific : othersNameOpeningAt(seg.text, nameWords);
      if (at >= 0 && digitCount(seg.text.slice(0, at)) < MIN_PHONE_DIGITS) namedFrom.set(seg.line, seg.start + at);
    }
  // `Ćao Ivana, šaljem ti … Pozdrav, Lazar Đokić | +381 …`: a line going on to the sender's own name gives their details.
  for (const { seg } of items)
    if (seg.start > (namedFrom.get(seg.line) ?? Infinity) && writesOwnName(seg.text, nameWords))
      namedFrom.delete(seg.line);
  // Only segments with digits: the others are still read for the names that label a number (`Roland's mobile:`).
  return new Set(
    signature.filter((x) => x.seg.end > (namedFrom.get(x.seg.line) ?? Infinity) && PATTERNS.anyDigit.test(x.seg.text)),
  );
}

/**
 * The given names of the people other than the sender (`ownWords`) whose full name a line of the message is (`Efua
 * Mensah (Mrs)`), or who sign beside the sender (`Sam & Kit`, `Lena + Oskar Dahl` signed by Oskar: PATTERNS.givenNamePair).
 */
function othersGivenNames(items: readonly Item[], ownWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of items) {
    const tokens = (x.kind === 'text' && nameTokens(x.seg.text, x.seg.start)) || [];
    const given = tokens.length >= 2 ? (tokens[0] as NameToken).text : undefined;
    if (given && !tokens.some((t) => ownWords.has(t.text.toLowerCase()))) out.add(given);
    const [, first = '', second = ''] = PATTERNS.givenNamePair.exec(x.seg.text.trim()) ?? [];
    if (ownWords.has(first.toLowerCase())) out.add(second);
    if (ownWords.has(second.toLowerCase())) out.add(first);
  }
  return out;
}

/**
 * `Hannah Lindgren      Marcus Oyelaran` over `Principal      Associate`, their addresses and their numbers side by
 * side: two people's signatures set as columns. The lines under the name row with as many segments are rows of those
 * columns, and a segment outside the sender's column (the one whose head writes `ownWords`, their name's words) is the
 * other person's. Only when a row gives the other person's own address (`marcus@…` in their column): a bilingual name
 * row (`SUZUKI Haruka     鈴木 春香`) heads one person's details.
 */
function othersColumns(
  signature: readonly Item[],
  ownWords: ReadonlySet<string>,
  own: ParsedValue<string> | undefined,
): Item[] {
  const byLine = new Map<number, Item[]>();
  for (const x of signature) {
    const row = byLine.get(x.seg.line);
    if (row) row.push(x);
    else byLine.set(x.seg.line, [x]);
  }
  const lineOf = (line: number): readonly Item[] => byLine.get(line) ?? [];
  const writesOwn = (x: Item): boolean => {
    const lower = words(x.seg.text).map((w) => w.toLowerCase());
    return ownWords.size > 0 && [...ownWords].every((w) => lower.includes(w));
  };
  const someoneElse = (x: Item): boolean =>
    (nameTokens(x.seg.text, x.seg.start)?.length ?? 0) >= 2 &&
    words(x.seg.text).every((w) => !ownWords.has(w.toLowerCase()));
  const isRow = (head: Item, row: readonly Item[]): boolean =>
    row.length >= 2 && row.every((x) => x === head || (x.kind === 'text' && someoneElse(x)));
  const head = signature.find((x) => x.kind === 'text' && writesOwn(x) && isRow(x, lineOf(x.seg.line)));
  if (!head) return [];
  const row = lineOf(head.seg.line);
  const below = signature.filter((x) => x.para === head.para && x.seg.line > head.seg.line);
  const columns = below.filter((x) => x.seg.order !== head.seg.order && lineOf(x.seg.line).length === row.length);
  const othersAddress = columns.some(
    (x) => x.kind === 'email' && findEmails(x.seg.text, x.seg.start)[0]?.value !== own?.value,
  );
  return othersAddress ? columns : [];
}

/**
 * `Hi Lauren,` … `Lauren Kessler | Kessler Wong LLP | +1 212 555 0176`: a selection that runs on into
 * the recipient's own signature; the lines below the sender's block opening with the greeted name are
 * theirs. In the sender's block, which ends at the paragraph `ownPara` of its name or email, whichever is
 * lower, such a line is the sender's (`Hi Austin,` … `Austin, TX 78701 | T +1 512 …` over the email).
 */
function recipientLines(
  signature: readonly Item[],
  greeted: string | undefined,
  ownPara: number | undefined,
): number[] {
  if (!greeted) return [];
  return signature
    .filter(
      (x) =>
        (ownPara === undefined || x.para > ownPara) &&
        x.seg.order === 0 &&
        normalizeKey(fold(words(x.seg.text)[0] ?? '')) === greeted,
    )
    .map((x) => x.seg.line);
}

/** The first address a sentence of the message introduces (`our office is at …`), when no signature line gives one. */
function addressInProse(
  items: readonly Item[],
  lines: readonly Line[],
  between: Between,
): ParsedValue<PostalAddress> | undefined {
  const first = lines[0]?.index ?? 0;
  const read = new Set<number>();
  for (const item of items) {
    if (item.kind !== 'prose' || read.has(item.seg.line)) continue;
    read.add(item.seg.line);
    const line = lines[item.seg.line - first];
    const found = line && !line.long ? addressInSentence(line, between) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The contact `message` gives; `footerLines` are the text's mailing-list footer (listFooterLines),
 * whose postal address is the list's.
 */
export function extractMessage(
  message: Message,
  rawOf: (segment: Segment) => string,
  footerLines: ReadonlySet<number>,
  correspondents: () => CountryCode | undefined = () => undefined,
): MessageDraft {
  const read = readableLines(message.lines);
  const authors = authorLines(read);
  const items = asCard(itemsOf(read, authors), read);
  const writers = chatWriters(read, authors);
  const chosen = chooseEmail(items, message, read, writers);
  const owners = recordOwners(items);
  const ownerNames = new Set(owners.map(foldedName));
  // The record's owner's address (their mail in its timeline) is no more the contact's than their name.
  const ownersAddress = (address: ParsedValue<string> | undefined): boolean =>
    !!address && owners.some((owner) => matchesEmail(owner, address.value));
  let email = chosen.email ?? authorsOwnAddress(items, authors);
  if (ownersAddress(email)) email = undefined;
  const party = ticketParty(items);
  // A listing's heading names the business, though it may be named after a person (`Tasca do Tó Quim`).
  const heading = listingHeading(read);
  const candidates = nameCandidates(items, message, read, authors, email, party).filter(
    (c) => !ownerNames.has(foldedName(c.tokens)) && (!heading || c.item?.seg.line !== heading.index),
  );
  const signer = best(candidates);
  const top = nativeForm(
    spelledByAddress(fullerForm(nicknamed(signer, candidates, items), candidates, items), items, email),
    items,
  );
  if (top?.email) email = top.email;
  // The ticket's customer gives their address in its party label, skipped as a field no one signs (chooseEmail).
  if (!email && top && party?.email && nameKey(top.tokens) === party.key) email = party.email;
  if (top && !(email && matchesEmail(top.tokens, email.value))) email = spelledAddress(items, top.tokens) ?? email;
  if (top && email && !matchesEmail(top.tokens, email.value) && spelledForOther(read, email, top.tokens))
    email = undefined;
  const draft: ParsedContact = { phones: [], fax: [], truncated: false };
  const customs = nameCustoms(items);
  const spelled = top?.person ?? personName(top?.tokens, email, customs);
  // A greeting names the recipient and a sign-off may hold a word spelled alike (`Trân trọng`).
  const namedSegments = items.filter((x) => x.kind !== 'greeting' && x.kind !== 'valediction').map((x) => x.seg);
  // The sender's display name is theirs as they write it (`Ferhat Yılmaz | Kuzey Lojistik` for `ferhat.yilmaz@`);
  // a mail client may strip its marks, so the body's form comes first.
  const headerDisplayName = message.sender?.name;
  const namedTexts = headerDisplayName ? [...namedSegments, headerDisplayName] : namedSegments;
  const written = asWritten(spelled, email, namedTexts);
  const person = restOfName(written, candidates, [...namedTexts, ...chatAuthorNames(read)], email, customs);
  const name = top && !top.item ? (signedBySender(candidates, top) ?? top) : top;
  if (person.first) draft.firstName = person.first;
  if (person.last) draft.lastName = person.last;
  if (!email && person.first) email = ownDomainMailbox(items, person.first.value, person.last?.value);
  if (email) draft.email = email;
  // Whom it greets is no signer of it, whether or not a name was found (parseContact's ownQuotedSender).
  const greeted = greetedWord(items);
  if (!draft.firstName && !draft.lastName && !draft.email)
    return { draft, oneNameOnly: false, roleCandidates: [], nicknames: [], greeted };
  const emailItem = email && items.find((x) => within(email, x.seg));
  const ownParas = [name?.item?.para, emailItem?.para].filter((para) => para !== undefined);
  const ownPara = ownParas.length > 0 ? Math.max(...ownParas) : undefined;
  const signerKey = name && foldedName(name.tokens);
  const others = counterpartItems(items);
  const letter = findLetterhead(items, {
    own: ownPara,
    others,
    document: isDocument(items),
    signs: (tokens) => foldedName(tokens) === signerKey,
  });
  // A listing's panel is the business's card: its details anywhere, above the person it shows too, are theirs.
  const signature = heading ? items : signatureItems(items, name, letter, others);
  const between = betweenIn(message.lines);
  const domain = email && companyDomainOf(email.value);
  const anchor = name?.item ? name : (nameLine(items, person) ?? (name?.roles ? name : lineOverTitle(items)) ?? name);
  const [given, family] = [person.first?.value ?? '', person.last?.value ?? ''];
  const spacelessNames = given || family ? [spacelessKey(family + given), spacelessKey(given + family)] : [];
  const folded = (name: string): Set<string> => new Set(words(name).map((w) => fold(w)));
  const roleContext = {
    between,
    domainLabel: domain && fold(domain.split('.')[0] ?? ''),
    spacelessNames,
    ownName: { given: folded(given), family: folded(family) },
  };
  let roles = anchor ? rolesFor(items, message, anchor, roleContext, letter, writers, others) : undefined;
  // A name that heads no roles (`Soo-ah` signed alone, a header's `Henrik Sørensen <henrik@…>`): another
  // line writing it does, the last with the family name (`Soo-ah Jeon` over a headline), else the
  // sign-off with the given name alone, else the same person's full name opening the paragraph below.
  // A chat's author line written again over each message heads none either: the first of them that heads roles counts.
  const hasRoles = (reading: RoleReading | undefined): boolean => !!(reading?.found.title || reading?.found.company);
  // Each found only when the lines before it head no roles.
  const otherLines = [
    () => nameLine(items, person, anchor?.item),
    () => signOff(items, person, anchor?.item),
    () => samePerson(nameBelow(items, anchor), person),
    () => (top && !top.item ? chatSignature(candidates, top, authors, emailItem?.para) : undefined),
  ];
  // Each line's roles are read once: two of them may find the same line, or the anchor's own, read already.
  const readLines = new Set<Item | NameCandidate>(anchor ? [anchor.item ?? anchor] : []);
  const otherReading = (found: (reading: RoleReading | undefined) => boolean): RoleReading | undefined => {
    for (const otherLine of otherLines) {
      const other = otherLine();
      if (!other || readLines.has(other.item ?? other)) continue;
      readLines.add(other.item ?? other);
      const reading = rolesFor(items, message, other, roleContext, letter, writers, others);
      if (found(reading)) return reading;
    }
    return undefined;
  };
  if (!hasRoles(roles)) roles = otherReading(hasRoles) ?? roles;
  // A name that heads a firm alone (a record's `Contact:` under which `Account:` names the firm): another line writing
  // it that heads a title with title words (the signature under the record's text) gives the title, when that line
  // names no other firm (a quoted earlier signature at another employer gives none).
  else if (roles && !roles.found.title) {
    const firm = fold(roles.found.company?.value ?? '');
    const sameFirm = (reading: RoleReading | undefined): boolean =>
      !reading?.found.company || fold(reading.found.company.value) === firm;
    const titled = otherReading((reading) => titleScore(reading?.found.title?.value ?? '') > 0 && sameFirm(reading))
      ?.found.title;
    if (titled) roles = { ...roles, found: { ...roles.found, title: titled } };
  }
  if (roles) Object.assign(draft, roles.found);
  // In a chat, the writer giving their own number wrote the sender's lines (chatLineAuthor).
  const ownLine = name?.item?.seg.line ?? emailItem?.seg.line ?? ownNumberIn(items)?.line;
  const ownKeys = [given, family].filter((part) => part).map(fold);
  // A part of the author's name, not a whole word: a name written without spaces (`山田太郎`) holds its parts run on.
  const chatWriter = chatSender(read, writers, ownLine, (writer) => ownKeys.some((key) => writer.includes(key)));
  const othersWrote = otherWritersLines(writers, chatWriter);
  const sendersOwn = (x: Item): boolean => !othersWrote.has(x.seg.line);
  // `Ana Ruiz · Jefa de Compras · Tecnoandes S.A.` in a chat that named the firm before: the card's title counts alone.
  // A title read by its place alone, no title word in it (`Sure` opening a chat message), gives way to the card's.
  if (!draft.title || titleScore(draft.title.value) === 0) {
    const card = draft.company ? cardAfterOwnName(items, person) : undefined;
    if (!draft.company) Object.assign(draft, companyAfterOwnName(items, person, roleContext.domainLabel));
    else if (card?.title) {
      draft.title = card.title;
      // `my details: Sanna Wikström, Data Protection Officer, Vindöbanken AB` read whole as the firm: the card parts it.
      if (card.company && within(card.company, draft.company)) draft.company = card.company;
    }
  }
  // The writer's own sentence (`I'm a Partner at Nordwind`) gives the roles only where no line gave either.
  const ownItems = items.filter(sendersOwn);
  const self = selfDescribedRoles(ownItems);
  // So does a title read by its place alone (`página /planes` under a chat visitor's label) when the sentence gives one.
  if (!draft.company && (!draft.title || (self.title && titleScore(draft.title.value) === 0)))
    Object.assign(draft, self);
  draft.title ??= ownTitleBeforeFirm(ownItems, person);
  draft.company ??= introducedFirm(candidates, person, sendersOwn);
  const labelled = ownLabelledRoles(items, message.lines, sendersOwn);
  // `Company: Distribuidora Cajuína Ltda.` on a record whose `Lead Source: Web - Trade Show` gave a piece read as the
  // firm by its place alone: the firm a label names beats one no company cue or domain names.
  if (labelled.company && (!draft.company || cueless(draft.company, roles?.pieces ?? [])))
    draft.company = labelled.company;
  // `Cargo: Gerente de Compras` on a record whose address's wrapped line gave a piece read as the title by its place
  // alone: the title a label names beats one no title word names.
  if (labelled.title && (!draft.title || titleScore(draft.title.value) === 0)) draft.title = labelled.title;
  // `sou coordenador de TI no Grupo Serrano …` in a chat whose lines gave the firm alone, or a title read by its place
  // alone (`Thanks, talk soon.`): the writer's own sentence holding that firm gives the title.
  if (draft.company && (!draft.title || titleScore(draft.title.value) === 0)) {
    if (self.title && self.company && sharesWord(self.company.value, draft.company.value)) draft.title = self.title;
  }
  draft.title ??= selfDescribedTitle(ownItems);
  draft.title ??= titleAfterOwnName(ownItems, person);
  Object.assign(draft, documentIssuer(items, draft.company));
  // `Hi Lauren,` … `Lauren Kessler | Kessler Wong LLP`: a selection run on into the recipient's signature is not the sender's.
  const notSenders = new Set([...othersWrote, ...recipientLines(signature, greeted, ownPara)]);
  // `Senior Associate, Commercial Property` over a footer's `Hartley Quayle Solicitors LLP`: a company read by its shape
  // alone after the title's comma or dash (RoleReading.fieldedTitle) is sought elsewhere too.
  // So is a company read by its place alone, without a whole company cue or the domain (`Partner` / `Real Estate ·
  // Planning & Environment` over a footer's `Bracken Whelan LLP`).
  const fielded = roles?.fieldedTitle;
  const titleField = fielded !== undefined && draft.company?.end === fielded.end;
  const shaped = titleField || cueless(draft.company, roles?.pieces ?? []) ? draft.company : undefined;
  const signedOff = items.some((x) => x.kind === 'valediction');
  const firm =
    draft.company && !shaped
      ? undefined
      : (footerFirm(items, ownPara, (x) => !notSenders.has(x.seg.line)) ??
        letterheadFirm(letter, roleContext.domainLabel, signedOff) ??
        officeAbove(items, ownPara));
  // With no firm written on a line of its own, the words spelling the mail's domain name the person's firm wherever
  // they stand; a mailbox no one signs (`permits@cityofharlow.example`) names an office, no one's employer.
  const nameKeys = new Set([given, family].flatMap(words).map(fold));
  const sendersLines = message.lines.filter((line) => !line.quoted && !notSenders.has(line.index));
  const spelt =
    (draft.company && !shaped) || firm || !roleContext.domainLabel || nameKeys.size === 0
      ? undefined
      : firmSpellingDomain(sendersLines, roleContext.domainLabel, nameKeys);
  // `KESTREL` over `Kestrel Avionics Ltd`, `Tom from Kestrel here` before `…, Kestrel Avionics Ltd`: a short name gives
  // way to the full one the sender writes with its legal form.
  const inFull = (found: ParsedValue<string>): ParsedValue<string> =>
    firmInFull(found, sendersLines, nameKeys) ?? found;
  // The firm a footer, a letterhead or the mail's domain names, when the lines around the name named none.
  const firmApart = firm ? inFull({ value: firm.text, start: firm.start, end: firm.end }) : spelt && inFull(spelt);
  // A firm named apart that shares no word with that company (not its short name) makes it the title's field.
  // A company read by its place gives way only to a firm with a whole company cue of its own (not `Łódź` spelling the domain).
  const firmNamed = firmApart && (titleField || companyScore(firmApart.value) >= 1) ? firmApart : undefined;
  if (shaped && firmNamed && !sharesWord(firmNamed.value, shaped.value)) {
    if (titleField && fielded) draft.title = fielded;
    delete draft.company;
  }
  if (draft.company) draft.company = inFull(draft.company);
  // `Lettering & Illustration` under a sender mailing from their own name's domain: their trades, no firm.
  if (draft.company && namesSoleTradersTrades(draft.company.value, roleContext.domainLabel, given, family))
    delete draft.company;
  // The business a listing's panel names is the company of whoever it shows, whatever line gave another; its name read
  // as the title (`Casa da Ribeira` over `Alojamento Local`) is none.
  if (heading) {
    const text = heading.text.trim();
    const start = heading.start + heading.text.indexOf(text);
    if (draft.title && draft.title.start >= start && draft.title.end <= start + text.length) delete draft.title;
    draft.company = { value: text, start, end: start + text.length };
  }
  const evidence = new CountryEvidence();
  // The sender's name is no place where it is written: on its own line and in the sign-off (`Best, Chad`); nor is
  // the name a greeting addresses (`Hey Jordan,`), read when the signature names no country.
  const nameWords = new Set(words(`${given} ${family}`).map((word) => word.toLowerCase()));
  const greetedName = new Set(greeted ? [greeted] : []);
  const personNameIn = (x: Item): ReadonlySet<string> => {
    if (x.seg.line === name?.item?.seg.line || x.kind === 'valediction') return nameWords;
    return x.kind === 'greeting' ? greetedName : new Set();
  };
  // `Dominique` signed alone is a given name, `MAROC` under `26100 Berrechid` a country (PlaceClosing).
  const placeLines = new Set(signature.filter((x) => x.kind === 'address').map((x) => x.seg.line));
  const closing = (seg: Segment): PlaceClosing =>
    seg.line === name?.item?.seg.line ? 'never' : seg.order > 0 || placeLines.has(seg.line - 1) ? 'anywhere' : 'listed';
  for (const item of signature)
    if (sendersOwn(item)) weighSegment(evidence, item.seg.text, closing(item.seg), personNameIn(item));
  weighScript(
    evidence,
    signature
      .filter(sendersOwn)
      .map((x) => x.seg.text)
      .join(' '),
    nameWords,
  );
  if (email) weighHost(evidence, domainOf(email.value));
  // A mailbox's line may list the site too (`ana@firm.example  www.firm.example`), the address itself no site (findWeb);
  // a line holding only the rest of an address broken at its end (`office@bell-` / `wether.example`) lists none.
  const details = signature
    .filter((x) => x.kind !== 'valediction' && (x.kind !== 'email' || x.seg.text.includes('@')))
    .map((x) => x.seg);
  const web = findWeb(details, rawOf, email && domainOf(email.value));
  // The sender's own sentences may give their profile (`also on linkedin: linkedin.com/in/…`).
  const sentences = sentencesFrom(items, name);
  const profile = web.linkedin ?? findWeb(sentences, rawOf).linkedin;
  if (profile) web.linkedin = profile;
  const handle = web.twitter ?? handleInSentences(sentences);
  if (handle) web.twitter = handle;
  if (web.website) weighHost(evidence, siteHost(web.website.value));
  // `erreichen Sie mich unter 0751 555 4120 (Ravensburg)`: when the signature names no country, the rest of the
  // sender's text may; when it names one by its language alone (`Atentamente` over `Cel. 442 …`), the addresses
  // elsewhere in it may (a quote headed `76130 Querétaro`), not a word of its sentences (`Chad will send …`).
  const own = items.filter(sendersOwn);
  // `Kia ora Bronwyn,` … `Ngā mihi,` above `Jono`: the sender's greetings, thanks and sign-offs outside the signature.
  const signed = new Set(signature);
  for (const item of own) weighCourtesies(evidence, item.seg.text, !signed.has(item));
  if (evidence.restsOnLanguage()) {
    for (const item of own)
      if (item.kind === 'address' && !signed.has(item)) weighSegment(evidence, item.seg.text, closing(item.seg));
  }
  const ownText = own.map((x) => x.seg.text).join('\n');
  if (!evidence.best()) {
    for (const item of own) weighSegment(evidence, item.seg.text, closing(item.seg), personNameIn(item));
    // `Przesyłam skan …`, `kannst du mir kurz …`: failing that, the script and language the sender writes in.
    if (!evidence.best()) {
      weighScript(evidence, ownText, nameWords);
      weighLanguage(evidence, ownText);
    }
  }
  // `S.R.L.` (Italy's and Argentina's) over Spanish sentences: the language they are written in outweighs the form.
  if (evidence.restsOnLanguage()) weighSentencesLanguage(evidence, ownText);
  Object.assign(draft, web);
  const authorPhone = top?.item && chatAuthorPhone(read, top.item.seg.line);
  // A colleague's column beside the sender's signature (othersColumns) gives neither's number nor address to the other.
  const colleagues = new Set(othersColumns(signature, nameWords, email));
  const ownSignature = signature.filter((x) => !colleagues.has(x));
  // `Call or text Boyd 503-…`, `please contact Ana Reyes on 020 …`, `this is Dana Reyes of …, 0917 …`: the sentence
  // naming whom to call or reach, or introducing the writer, gives their number (introducedName, referredName).
  const reached = (text: string): boolean => !!introducedName(text) || !!referredName(text);
  const called = top?.item && !ownSignature.includes(top.item) && reached(top.item.seg.text) ? [top.item] : [];
  const numbered = [
    ...new Set([
      ...ownSignature,
      ...ownChatSentences(items, signature, writers, chatWriter, nameWords),
      ...called,
      ...signersContactBlock(signer, candidates, items),
    ]),
  ].sort((a, b) => a.seg.start - b.seg.start);
  // A line's part naming someone else (a referee, the person to book with: othersNamedSegments) gives their number.
  const othersNamed = othersNamedSegments(items, numbered, nameWords);
  const ownNumbersSignature = numbered.filter((x) => !othersNamed.has(x));
  // `Strandvejen 130, 2900 Hellerup` over `Mette Kjærgaard Holm`: the sender's name is no place of their address;
  // a document's number (`OFFERTE Nr. 31870`) is no postal code, though its line may go on with the issuer's address.
  const usable = (x: Item): boolean =>
    x.kind !== 'valediction' &&
    x !== name?.item &&
    !footerLines.has(x.seg.line) &&
    !notSenders.has(x.seg.line) &&
    !isDocumentNumberLine(x.seg.text);
  // Read only when a number is labelled with a given name: few are, and the names come from every line.
  let othersGiven: Set<string> | undefined;
  const isOthersGiven = (given: string): boolean => (othersGiven ??= othersGivenNames(items, nameWords)).has(given);
  const readPhones = (segments: readonly Segment[]): PhoneFindings =>
    findPhones(
      segments,
      evidence.best(),
      evidence.runnersUp(),
      evidence.languageKin(),
      isOthersGiven,
      // `027 318 4402` under nothing else, `Ltd` alone over it: the thread's other messages (`Auckland Council`, `Kia
      // ora`) say whose plan reads it, when the sender's own text names no country or one by its language alone.
      evidence.best() && !evidence.restsOnLanguage() ? undefined : correspondents(),
      evidence.alsoImplied(),
      true,
    );
  const ownPhones = readPhones([
    ...(authorPhone ? [authorPhone] : []),
    ...phoneSegments(ownNumbersSignature, email, notSenders, new Set(letter.head)),
  ]);
  // `Tel 0113 …` only in the paragraph of the firm whose employee signs the letter: the firm's line is theirs. Not a
  // letterhead's, nor a sentence's (`on other days call Pieter: 06 …`) in that paragraph.
  const firmsLines = (block: readonly Segment[]): PhoneFindings | undefined => {
    const found = readPhones(block);
    return found.phones.length > 0 ? found : undefined;
  };
  const firmsParagraphs = firmBlocks(items, draft.company ?? firmApart, usable);
  const segmentsOf = (block: readonly Item[]): Segment[] => block.map((x) => x.seg);
  const firmsListed = firmsParagraphs.map((block) => segmentsOf(block.filter((x) => x.kind !== 'prose')));
  const phones = (ownPhones.phones.length === 0 && fromFirmBlocks(firmsListed, firmsLines)) || ownPhones;
  draft.phones = phones.phones;
  draft.fax = phones.fax;
  const iconless = withoutIcons(ownSignature);
  const address = findAddress(
    ownSignature.filter((x) => x.kind !== 'email' && usable(x)).map((x) => iconless.get(x) ?? x.seg),
    between,
  );
  const spoken = address ? undefined : addressInProse(items, message.lines, between);
  // A name a label gives (`Ihr Ansprechpartner: …`) is a document's contact person, the issuer's.
  const namedByLabel = !!name?.item && PATTERNS.labelPrefix.test(name.item.seg.text);
  const issued = address || spoken || !namedByLabel ? undefined : issuerAddress(items, between);
  const firmsOwn = firmsParagraphs.map(segmentsOf);
  const found =
    address ??
    spoken ??
    issued ??
    fromFirmBlocks(firmsOwn, (block) => findAddress(block, between)) ??
    letterheadAddress(letter, usable, between);
  if (found) draft.address = found;
  draft.website ??= fromFirmBlocks(firmsOwn, (block) => findWeb(block, rawOf).website);
  draft.website ??= letterheadSite(letter, rawOf, email?.value);
  return {
    draft,
    oneNameOnly: !!name && !(draft.firstName && draft.lastName) && name.tokens.length === 1,
    roleCandidates: roles?.pieces ?? [],
    nicknames: name?.item ? nameAsides(name.item.seg.text) : [],
    greeted,
    footerFirm: firmApart,
  };
}
