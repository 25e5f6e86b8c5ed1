// The parser's regular expressions, all of them, one per line, each with a sample it matches.
// Rules (checked by test/unit/parse/regex-safety.test.ts): no quantified group contains a
// quantifier (no nested quantifiers), every repetition of a broad class is bounded, and no other
// file in src/parse holds a regex literal. Regexes run on single lines or segments, never on the
// whole input, so each call is bounded by MAX_LINE_CHARS.

import {
  MAX_EMAIL_DOMAIN,
  MAX_EMAIL_LOCAL,
  MAX_SPACED_WORD_GAP,
  MAX_TRAILING_BLANKS,
  MIN_SPACED_UNCASED_LETTERS,
} from './limits';
import {
  EMAIL_AT_WORDS,
  EMAIL_DOT_WORDS,
  FOLLOW_VERBS,
  ATTRIBUTION_NAME_PREFIXES,
  FORWARDED_INTRO_PHRASES,
  FORWARDED_SEPARATOR_PHRASES,
  HEADER_KEYS,
  INTRO_ROLE_LINKS,
  MEMBER_SINCE_OPENERS,
  PERIOD_START_WORDS,
  MESSAGE_ID_HEADER_KEYS,
  MESSAGE_SEPARATOR_PHRASES,
  REPLY_SUBJECT_PREFIXES,
  CALL_NOTE_OPENERS,
  ATTENTION_PHRASES,
  GREETED_INTRO_OPENERS,
  SELF_INTRO_OPENERS,
  CONTACT_REFERRAL_OPENERS,
  CALL_NAMED_OPENERS,
  SELF_ROLE_ARTICLES,
  SELF_ROLE_LINKS,
  OWNER_ROLE_NOUNS,
  OWNER_OF_LINKS,
  SELF_ROLE_OPENERS,
  VAT_LABELS,
  LICENCE_LABELS,
  FIELD_LABELS,
  FIRM_FACT_LABELS,
  PROFILE_ROW_LABELS,
  LINK_AND_ADDRESS_LABELS,
  CONTACT_LABEL_WORDS,
  VERB_FIRST_ATTRIBUTION_VERBS,
  FROM_FIRST_ATTRIBUTION_WORDS,
  CONFIDENTIALITY_STEMS,
  UNSPACED_CONFIDENTIALITY_WORDS,
  SPACED_CONFIDENTIALITY_WORDS,
  CONFIDENTIALITY_PREFIXES,
  TEAM_WORDS,
  US_REGION_CODES,
  CANADIAN_REGION_CODES,
} from './vocabulary';

/** A list of lower-case codes (US_REGION_CODES) as written in capitals. */
const upperCased = (codes: ReadonlySet<string>): string[] => [...codes].map((code) => code.toUpperCase());

/** Vocabulary words as a regex's alternatives, each matched as written. */
const alternatives = (list: readonly string[]): string =>
  list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');

/**
 * X/Twitter as a label names it (`Twitter`, `X`, `X/Twitter`, `X (formerly Twitter)`, `🐦`) and as other scripts spell
 * it (ar `تويتر`, fa `توییتر`, he `טוויטר`, ja `ツイッター`, zh `推特`, ko `트위터`, ru / uk / bg `Твиттер`, `Твітер`, `Туитър`);
 * a letter right after it makes it part of a longer word (`XING`, a network's name).
 */
const TWITTER_LABEL = String.raw`(?:twitter|x|𝕏|🐦|x\/twitter|twitter\/x|x \((?:formerly )?twitter\)|twitter \(x\)|تويتر|توییتر|טוויטר|ツイッター|推特|트위터|твиттер|твітер|туитър)(?![\p{L}\p{N}_])`;

/** A label's character: a letter, a space, a dot, an apostrophe or slash or hyphen, or a letter in brackets (`(s)`). */
const LABEL_CHAR = String.raw`(?:[\p{L}\p{M} .'・/-]|\([\p{Ll}]\))`;

/** Labels a long label may open with (`Osoba do kontaktu …`, `Endereço para …`): every field's, link's and contact's. */
const LONG_LABEL_OPENERS = [
  ...Object.values(FIELD_LABELS).flatMap((labels) => [...labels]),
  ...LINK_AND_ADDRESS_LABELS,
  ...CONTACT_LABEL_WORDS,
];

/**
 * Labels a zh/ja/ko form may part from their value by a column of ideographic spaces (`氏名　　…`, `設立　　…`): a
 * known field's, firm fact's or profile row's label in those scripts; a firm's or a person's name aligned so
 * (`株式会社サンプル　　営業部`) is none.
 */
const COLUMN_LABELS = [...LONG_LABEL_OPENERS, ...FIRM_FACT_LABELS, ...PROFILE_ROW_LABELS].filter((label) =>
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u.test(label),
);

/** How many characters a label opening with one of LONG_LABEL_OPENERS may run on after it. */
const MAX_LONG_LABEL_CHARS = 40;

/** alternatives() whose `i` also matches Turkish capital `İ`, which the `i` flag does not fold to `i` (`İletilen ileti`). */
const alternativesDottedI = (list: readonly string[]): string => alternatives(list).replace(/i/gu, '[iİ]');

/** A line of one of `phrases` between runs of dashes (`-----Original Message-----`, `-------- Weitergeleitete Nachricht --------`). */
const betweenDashes = (phrases: readonly string[]): RegExp =>
  new RegExp(String.raw`^[ \t]{0,8}[-—–]{2,}[ \t]{0,4}(?:${alternativesDottedI(phrases)})[ \t]{0,4}[-—–]{2,}`, 'iu');

/** Each phrase as written in running text and capitalised opening a line, for a pattern that must tell case apart. */
const lineOpeningForms = (list: readonly string[]): string[] =>
  list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/**
 * `a · b`: a middle dot parting two things, but not the Catalan ela geminada, a middle dot between two l's
 * inside a word (`Instal·lacions`, `Col·legi`, `Gil·labert`); both separators of a line's parts use it.
 */
const SEPARATING_MIDDLE_DOT = String.raw`(?<![lL])·|·(?![lL])`;

/** Compound street suffixes that end no ordinary word, so a person's names or title may stand before them (namedCompoundStreet). */
const NAMED_STREET_SUFFIXES =
  'straße|strasse|straat|laan|gracht|plein|kade|gasse|allee|platz|gade|vej|gatan|vägen|torget';
/** The other compound street suffixes: `ring`, `park`, `gate`, `markt`, `tie` also end `Engineering`, `Catering`. */
const OTHER_STREET_SUFFIXES = String.raw`str\.|weg|park|ring|damm|ufer|kai|hafen|markt|chaussee|steig|pfad|vei|veien|gata|gate|gränd|torg|plads|torv|vegur|braut|stræti|stígur|tún|katu|tie|kuja`;
/** `03.03.2026`, `14/02/2026`, `2026-03-14`: a date's shapes, one source for dateShape and datesAndTimes. */
const DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}([./-])\d\d\1\d\d`;
/** `:office:`, `:+1:`: an emoji as Slack and Discord copy it, by its shortcode */
const EMOJI_SHORTCODE = String.raw`:[a-z0-9_+-]{1,30}:`;
/** `08/`, `3.`: a month before its year, as a résumé dates a post. */
const MONTH_BEFORE_YEAR = String.raw`(?:0[1-9]|1[0-2]|[1-9])[./]`;
/** `2016`, `08/2016`, `3.2021`: a year, its month before it or not, for yearSpan. */
const MONTH_YEAR = String.raw`(?:${MONTH_BEFORE_YEAR})?(?:19|20)\d\d`;

/**
 * `|`, the full-width `｜` of CJK text, `•`, `▪`, `︱`, `¦`, and the box-drawing walls `│ ┃ ║` of a signature framed
 * as a text box (`│ Level 4, 22 Quay St │`): the marks parting a line's parts, for both segmentSeparator and
 * lineBreakingSeparator (with the middle dot), written once so a new mark reaches both.
 */
const SEPARATOR_MARKS = '|｜／•▪︱¦│┃║';

/**
 * `101 Reykjavík`, `FO-100 Tórshavn`: a three-digit postcode (group 1), its country's prefix written or not, and its
 * one-word town (group 2), Iceland's and the Faroes'.
 */
const SHORT_POSTCODE_TOWN = String.raw`((?:IS-|FO-)?\d{3})[ \t]{1,4}(\p{Lu}\p{Ll}{1,30})`;

/** `a`, `.`, `+`, `'`: one character of an address's local part, one source for the patterns reading or skipping one. */
const EMAIL_LOCAL_CHAR = String.raw`[\p{L}\p{N}._%+'-]`;

/** `203`, `0`: one group of an IPv4 address, written without a leading zero (a regex cannot repeat it: no nested quantifiers). */
const IPV4_GROUP = String.raw`(?:0|[1-9]\d{0,2})`;

export const PATTERNS = {
  // --- text clean-up (same-length blanking keeps offsets) ---
  /** `<mailto:ana@x.example>` */
  mailtoAngle: /<mailto:[^>\s]{1,320}>/giu,
  /** `<https://juniperpeak.example/>` */
  urlAngle: /<https?:\/\/[^>\s]{1,2000}>/giu,
  /** `mailto:ana@x.example` */
  mailtoPrefix: /\bmailto:/giu,
  /** `[cid:image001.png@01D9]`, `[image: logo]` */
  inlineImage: /\[(?:cid|image):[^\]]{0,300}\]/giu,
  /** `<attached: Catalogue_2025.pdf>`, `<Media omitted>`, `<áudio omitido>`, `image omitted`, `[logo] QUARRY & QUILL`, `Logo - https://…/logo.jpg`: what a chat export or a wire release writes where it dropped a file or picture; no text of anyone's */
  mediaPlaceholder:
    /<attached:[^>\n]{1,200}>|<[\p{L} ]{1,40}[ \t](?:omitted|omitido|omitida|oculta|ocultada|ocultado|omis|omise|omesso|omessa|omessi|ausgeschlossen|weggelassen|weggelaten|pominięte|pominięto|utelatt|utelämnad|udeladt)>|\b(?:image|video|audio|sticker|document|GIF|contact card)[ \t]omitted$|^[ \t]{0,8}\[logo\]|^[ \t]{0,8}(?:logo|photo|foto|image)[ \t]{0,2}[-–:][ \t]{0,2}https?:\/\/\S{1,300}$/giu,
  /** `[image: Bramblewood Consulting]`: an image's alt text (group 1, its offset in `indices`) */
  imageAlt: /\[image:[ \t]{0,4}([^\]]{1,120})\]/dgiu,
  /** `[Havnø Design ApS logo]`, `[Logo: Havnø Design]`: a logo's alt text written in the text (group 1 or 2) */
  logoAlt: /^\[logo[:：]?[ \t]{1,4}([^\]]{1,120})\]$|^\[([^\]]{1,120}?)[ \t]{1,4}logo\]$/diu,
  /** `[Orion Freight Systems]`: Outlook's plain text writes an image as its alt text in brackets (group 1) */
  bracketedAlt: /^\[([^\]]{1,120})\]$/u,
  /** `(Elle)`, `(she/they)`: a short text wholly in round brackets; group 1 is inside */
  wholeParenthesised: /^\(([^()]{1,40})\)$/u,
  /** zero-width, NBSP (and the narrow one iOS WhatsApp writes before `PM`) and bidi controls; a joiner between two letters of a caseless script spells the word (Persian `حسینی‌نژاد`) and stays */
  invisible:
    /[\u00a0\u200b\u200e\u200f\u2028\u2029\u202a-\u202f\u2060\ufeff]|(?<![\p{Lo}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{Lo}\p{M}])/gu,
  /** `> > quoted text` (leading quote markers) */
  quotePrefix: /^[ \t]{0,8}>[ \t>]{0,40}/u,
  /** `--`, `—`, `— —`, `______`, `+---+`, `=====`, `────`, `┌──┐`, `╌╌╌`, `－－－`, `ーーーー` (box drawing: the whole block) */
  ruleLine:
    /^[ \t]{0,8}(?:--|__|[—–―]{1,2}|[—–‒―](?:[ \t][—–‒―]){1,40}|[-=_~*#+|—–‒―\u2500-\u257F\uFF0D\uFF1D\u30FC]{3,})[ \t]{0,8}$/u,
  /** `-----BEGIN PGP SIGNATURE-----`, `-----END PGP PUBLIC KEY BLOCK-----` (armour: a boundary, not a name) */
  armorLine: /^[ \t]{0,8}-{5}(?:BEGIN|END) [A-Z0-9 ]{1,60}-{5}[ \t]{0,8}$/u,

  // --- address lists (addressList.ts) ---
  /** `Team: a@x.example, b@y.example;` (an RFC 5322 group: a display name, then `:`) */
  addressGroupStart: /^[ \t]{0,8}[^<>@",;:]{1,80}:/u,
  /** `=?UTF-8?B?Sm9zw6k=?=` (an RFC 2047 encoded word) */
  encodedWord: /=\?[^?\s]{1,40}\?[bq]\?[^?\s]{0,1000}\?=/iu,

  // --- splitting a line into segments ---
  /** `-- Sam Okoro, Okoro & Daughters Plumbing, 267-555-0149`: the signature delimiter opening a whole signature on its line */
  inlineSignature: /^[ \t]{0,8}--[ \t]{1,4}(?=[^\s-][^,]{0,80},)/u,
  /** `… see you Tuesday – Priya`, `Thanks! -Mark`, `… bonne soirée -- Arnaud …`: a spaced dash, or one glued to the capital after it, where a sentence may be signed on its line */
  signingDash: /[ \t](?:-{1,2}|[–—])[ \t]{0,2}(?=\p{Lu})/gu,
  /** the commas between the parts of a signature written on one line, or of a résumé's entry (`، ` in the Arabic script: `شركة … ذ.م.م، عمّان`) */
  inlineSignatureComma: /[,،][ \t]{1,8}/gu,
  /** `Name, titre chez Firme, 12 quai …, 31000 Toulouse — 05 61 …`: the commas, bars, dots and spaced dashes parting a run-on signature line; not the Catalan `l·l` inside a word (`Col·legi`, SEPARATING_MIDDLE_DOT) */
  runOnSignatureSeparator: new RegExp(
    String.raw`,[ \t]{1,8}|[ \t]{0,8}(?:[|•]|${SEPARATING_MIDDLE_DOT})[ \t]{0,8}|[ \t]{1,8}[–—][ \t]{1,8}`,
    'gu',
  ),
  /** `Name | Title`, `株式会社ミナト｜営業部`, `佐々木 遥／080-…` (the full-width bar and slash of CJK text), `a · b`, `a • b`, `a / b`, `a – b`, `a - b`, tab, 2+ spaces; not the Catalan `l·l` inside a word (`Instal·lacions`, SEPARATING_MIDDLE_DOT) */
  segmentSeparator: new RegExp(
    String.raw`[ \t]{0,8}(?:[${SEPARATOR_MARKS}]|${SEPARATING_MIDDLE_DOT})[ \t]{0,8}|[ \t]{1,8}[/–—-][ \t]{1,8}|\t[ \t]{0,8}| {2,}`,
    'gu',
  ),
  /** `… 销售总监 周明辉 13705712345`: a phone number closing a line after a space that follows a letter of a script without case (group 1: from the space on) */
  caselessPhoneTail:
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]([ \t\u3000]{1,4}\+?[\d(][\d ()-]{6,20}\d)$/du,
  /** `Edmonton, AB  T5J 3S4`, `Sydney NSW  2000`, `Austin, TX  78701`: the two spaces (group 1) postal style sets between a region's capitals and the postcode closing the line */
  regionPostcodeGap: /(?:,[ \t]?|[ \t])[A-Z]{2,3}( {2})(?:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{5}-\d{4}|\d{4,5})[ \t]*$/du,
  /** `, `, ` – `, ` | `, ` · `: what parts a card written on one line after the name (`Ana Ruiz – Sales Lead – Ruiz SL`), at the text's start */
  cardPartSeparator: /^(?:,[ \t]|[ \t][|•·–—-][ \t])/u,
  /** ` Ерланович,` right after a name: one word closed by a comma (group 1) */
  wordBeforeComma: /^[ \t]([\p{L}\p{M}'’-]{2,40})(?=,)/u,
  /** `Export Manager`: one space between two words (a line spaced double throughout has none; `Blvd ,` is no gap) */
  singleWordGap: /\S (?=[^\s,;:])/u,
  /** `,` `;` `:` `，`: what a padded line sets a space before (`Blvd ,  Suite`), read without it */
  paddedPunctuation: /^[,;:，]$/u,
  /** `Kakheti  Wine  Cellars`: two spaces after a word before the next, as web mail and OCR pad every word gap */
  doubleWordGap: /\S {2}(?=\S)/gu,
  /** a separator that stands for a line break inside an address: ` | `, ` · ` */
  lineBreakingSeparator: new RegExp(String.raw`^[ \t]{0,8}[${SEPARATOR_MARKS}·][ \t]{0,8}$`, 'u'),
  /** pictographs or geometric bullets opening a line, as a label: `📍 `, `✉️ `, `■ ` */
  leadingPictographs: /^[\p{Extended_Pictographic}\u25A0-\u25FF\uFE0F]{1,8}[ \t]{0,8}/u,
  /** one character alone opening a line before its value, a scanned card's icon: `Q 2100 Smallman St`, `X jo@…` */
  loneGlyph: /^[^\s\p{N}] {1,8}(?=\S)/u,
  /** runs of ordinary spaces (`Kakheti  Wine`), not a CJK ideographic space, which stays as written */
  spaceRun: / {2,8}/gu,
  /** runs of white space: `a  \t b` */
  whitespaceRun: /\s+/gu,
  /** `lgnacio`, `lsabel`, `lvan`: a scan's `l` for a capital I, before a consonant a name's I is far likelier to precede than its L (not `Llewellyn`, `Ljuba`, `Lhamo`, `Lynn`; a `Lwazi` typed all lower case is the rare loss) */
  scannedCapitalI: /^l[bcdfgkmnpqrstvwxz]\p{Ll}{1,40}$/u,
  /** words, for counting: `Senior Editor` */
  word: /[^\s]{1,200}/gu,

  // --- run-on signature lines (runOn.ts) ---
  /** where a sentence opens: the line's start, or past `. `, `! `, `? ` (`… talk soon. Best regards, …`) */
  sentenceOpening: /^[ \t]{0,8}|[.!?…][ \t]{1,4}(?=\p{Lu})/gu,
  /** `Tel.`, `M:`, `Tel.:`, `Mob/WhatsApp:` as one word: the label's words (group 1), its dot or colon (group 2) */
  runOnFieldLabel: /^(\p{L}[\p{L}/&]{0,30})(\.?[:：]?)$/u,
  /** the mark joining two label words into one (`Mob/WhatsApp`, `Phone&Fax`) */
  labelJoint: /[/&]/u,
  /** `+49`, `(040)`, `0171`: a word opening a number */
  numberOpening: /^[+(]?\d/u,
  /** `(Gaffer`, `@`, `|` — a word opening with a mark, neither a letter nor a digit */
  markOpening: /^[^\p{L}\p{N}]/u,
  /** `07700 900881`, `418 555-0172`, `+61 491 570 156` — a phone number closing a line (a run-on signature's last field) */
  closingNumber: /^[+(]?\d[\d ().-]{5,24}$/u,
  /** `+49`: a word opening a number in its international form */
  internationalOpening: /^\+\d/u,
  /** `www.nordlicht.example`, `https://…`: a word opening a link */
  linkOpening: /^(?:https?:\/\/|www\.)\S/iu,
  /** `Kowalczyk,` `Lagos;`: the comma or semicolon a list puts after a word */
  trailingListMark: /[,;]$/u,
  /** `Kestrel Bau,` `Harwick Medical.` `(Tarn Freight)`: punctuation closing a firm's name at its word */
  firmClosingMark: /[,;:.!?)\\]$/u,
  /** `Tarn Freight Ltd),` `Tarn Freight Ltd\\`: marks a list, a bracket or an escape leave after a firm's name */
  firmTrailingMarks: /[,;:)\\]{1,4}$/u,
  /** starts with an uppercase letter */
  upperStart: /^\p{Lu}/u,

  // --- reply chains ---
  /** `On Mon, …`, `Le lun. …`, `Am Di., …`, `El 14 may…`, `Em 15/05…`, `Il giorno …`, `Op …`, `Den …` */
  attributionOpener: /^[ \t]{0,8}(?:On|Le|Am|El|Em|Il|Op|Den|W dniu|Dne|Pe|On|В|在)\s/u,
  /** `Am 07.04.2026 um 10:22 schrieb Jana Hollstein <jana@…>:`, `Op … schreef …:`, `Den … skrev …:`, `… 12:03 +03:00 от …:`: the verb (or Mail.ru's `from`) before the writer (group 1) */
  verbFirstAttribution: new RegExp(
    String.raw`\s(?:${alternatives([...VERB_FIRST_ATTRIBUTION_VERBS, ...FROM_FIRST_ATTRIBUTION_WORDS])})[ \t]([^<>:]{1,80}<[^<>\s]{1,253}>)[ \t]?:[ \t]{0,8}$`,
    'u',
  ),
  /** `-----Original Message-----`, `----- Ursprüngliche Nachricht -----`, `---------- Forwarded message ---------`, `—— Original ——`; a client's forward intro between dashes too (`---------- 转发的邮件 ---------`, Gmail's layout of the phrase Apple Mail ends with a colon) */
  originalMessage: betweenDashes([
    ...MESSAGE_SEPARATOR_PHRASES,
    ...FORWARDED_SEPARATOR_PHRASES,
    ...FORWARDED_INTRO_PHRASES,
  ]),
  /** `---------- Forwarded message ---------`, `-------- Weitergeleitete Nachricht --------`: the separator over a forwarded message, not a reply's */
  forwardedSeparator: betweenDashes([...FORWARDED_SEPARATOR_PHRASES, ...FORWARDED_INTRO_PHRASES]),
  /** `RE: Shipment delayed`, `Fwd: Quote`, `AW: Termin`, `SV: Levering`: a reply's or forward's subject */
  replySubject: new RegExp(String.raw`^[ \t]{0,8}(?:${alternatives(REPLY_SUBJECT_PREFIXES)})[ \t]{0,2}:`, 'iu'),
  /** `[Atelier Morvanne] Nouveau message`, `[Kontaktformular] Neue Anfrage`: an automated mail's subject opened by its site's tag (a chat's `[10:03]` opens with a digit) */
  taggedSubject: /^[ \t]{0,8}\[\p{L}[^\]\n]{0,80}\][ \t]{1,4}\S/u,
  /** `Nouveau message via le formulaire de contact — site.example`, `New submission from "Contact us"`, `Neue Anfrage über das Kontaktformular`: a site's form announcing what a visitor sent (en, fr, de, es, pt, it, nl, pl: `form`, `formulaire`, `Formular`, `formulier`, `formularz`, `Kontaktformular` its compound, each a whole word; not `information`, `format`, `formal`) */
  formNoticeSubject:
    /^[ \t]{0,8}(?:new|nouveau|nouvelle|neue|neuer|neues|nuevo|nueva|novo|nova|nuovo|nuova|nieuw|nieuwe|nowa|nowe|nowy)[ \t][^\n]{0,80}?(?<!\p{L})(?:kontakt|contact)?(?:form(?:ulaire|ular|ulier|ularz|ulário|ulario)?|modulo|submission)(?!\p{L})/iu,
  /** `Begin forwarded message:`, `Inicio del mensaje reenviado:`, `転送されたメッセージ:` */
  forwardedIntro: new RegExp(
    String.raw`^[ \t]{0,8}(?:${alternativesDottedI(FORWARDED_INTRO_PHRASES)})[ \t]{0,4}[:：]`,
    'iu',
  ),
  /** `________________________________` (Outlook's line above a quoted header) */
  outlookUnderline: /^[ \t]{0,8}_{10,}[ \t]{0,8}$/u,
  /** `From: Rhona <r@x>`, `Von: …`, `De : …`, `Sent: …`, `Betreff: …`, `发件人：…` (header key at line start, its colon full-width in CJK) */
  headerKey: new RegExp(
    String.raw`^[ \t]{0,8}(${alternatives(Object.values(HEADER_KEYS).flat())})[ \t]{0,2}[:：]`,
    'iu',
  ),
  /** `Message-ID: <a1b2.77@mail.example>`, `X-Original-Message-ID: <…>`, `In-Reply-To: <…>`: a header naming mails by their ids, not mailboxes */
  messageIdHeader: new RegExp(
    String.raw`^[ \t]{0,8}(?:x-[a-z-]{1,30}-|)(?:${alternatives(MESSAGE_ID_HEADER_KEYS)})[ \t]{0,2}:`,
    'iu',
  ),

  // --- noise inside the newest message ---
  /** `Sent from my iPhone`, `— sent via Zalo PC`, `Von meinem iPhone gesendet`, `Verstuurd vanaf mijn iPad`, `Отправлено из мобильной Почты Mail`, `iPhoneから送信`, `발신: 나의 iPhone에서 보냄` */
  mobileFooter:
    /^[ \t]{0,8}[-–—]?[ \t]{0,4}(?:sent from|sent via|get outlook for|von meinem|gesendet von|gesendet mit|envoyé de|enviado desde|enviado do|enviat des de|inviato da|verzonden vanaf|verstuurd vanaf|skickat från|sendt fra|lähetetty|wysłane z|wysłano z|odesláno z|odoslané z|trimis de pe|отправлено с|отправлено из|надіслано з|发自我的|寄自我的)(?=\s|$|\p{Script=Latin})|^[^\n]{1,24}(?:から送信|에서 보냄)[ \t]{0,8}$/iu,
  /** `Utskrift fra Outlook      Side 1 av 2`, `Page 2 of 9`, `Seite 1 von 3`, `Página 1 de 2`, `Strona 1 z 2` — a line closed by a printout's page counter */
  pageCounter:
    /(?:^|[ \t])(?:page|seite|pagina|página|side|sida|strona|strana|stránka)[ \t]{1,2}\d{1,4}[ \t]{1,2}(?:of|von|sur|de|di|van|av|af|z|ze|\/)[ \t]{1,2}\d{1,4}[ \t]*$/iu,
  /** `Booking.com · Guest message`, `Email · Sent by Eva Roth · 12.03.2025 14:05`, `Linked to: Acme GmbH · Source: email` — a short first part, then parts after a middle dot or a bullet, as a tool's caption over the mail it shows is written (and a signature on one line: thread.ts tells them by where they stand) */
  toolCaption: /^[ \t]{0,4}[^\s·•][^\n·•]{0,80}[ \t][·•][ \t][^\n]{1,240}$/u,
  /** `This email and any files … confidential`, `Registered office: …`, `Diese E-Mail enthält vertrauliche …`, `… kan indeholde fortrolige oplysninger` (the confidentiality words of da/no, sv, nl, pl, fi, hu too, with their endings; those of scripts without spaces anywhere: `本メールには機密情報が…`; those of other scripts opening a word: `הודעה סודית`) */
  disclaimer: new RegExp(
    String.raw`\b(?:confidential|intended (?:solely |only )?for|privileged|if you (?:have )?received this|registered (?:in|office)|company (?:no|number|registration)|vertraulich|confidentiel|confidencial|riservat|please consider the environment|unsubscribe|(?:${alternatives(CONFIDENTIALITY_STEMS)})[a-z]{0,3})\b|${alternatives(UNSPACED_CONFIDENTIALITY_WORDS)}|(?<!\p{L})(?:${alternatives(CONFIDENTIALITY_PREFIXES)}){0,2}(?:${alternatives(SPACED_CONFIDENTIALITY_WORDS)})`,
    'u',
  ),

  // --- emails ---
  /** `example`, `com`: a top-level domain as written, ASCII lower-case letters alone */
  lowerAsciiWord: /^[a-z]{1,63}$/u,
  /** A capital I after a lower-case letter: in a top-level domain, an l a scan misread. */
  capitalIAfterLower: /(?<=[a-z])I/gu,
  /** one character of a local part: `a`, `.`, `+`, `'` */
  emailLocalChar: new RegExp(EMAIL_LOCAL_CHAR, 'u'),
  /** `@…` or a local part's tail up to it (`2@…` after `ops.desk`): what follows a host-shaped head of an address (web.ts) */
  localPartTail: new RegExp(String.raw`^${EMAIL_LOCAL_CHAR}{0,${MAX_EMAIL_LOCAL}}@`, 'u'),
  /** one character of a domain: `a`, `.`, `-` */
  emailDomainChar: /[\p{L}\p{N}.-]/u,
  /** `lucia(at)firma.example`, `ana [arroba] norte`, `jo {chiocciola} rete`: an `@` written as a bracketed word, to hide it from harvesters */
  obfuscatedAt: new RegExp(String.raw` ?[([{<] ?(?:${alternatives(EMAIL_AT_WORDS)}) ?[)\]}>] ?`, 'giu'),
  /** the same, as a quick test: a line without one (nearly every line) is spared the scan above */
  hasObfuscatedAt: new RegExp(String.raw`[([{<] ?(?:${alternatives(EMAIL_AT_WORDS)}) ?[)\]}>]`, 'iu'),
  /** `firma(dot)example`, `norte [punto] pt`, `rete (punkt) de`: a domain's dot written as a bracketed word, read where it stands */
  obfuscatedDot: new RegExp(String.raw` ?[([{<] ?(?:${alternatives(EMAIL_DOT_WORDS)}) ?[)\]}>] ?|\.`, 'iuy'),
  /** `slovakwood`, `norte-luz`: one label of a domain, read where it stands */
  domainLabel: /[\p{L}\p{N}-]{1,63}/uy,
  /** `joris @kustlijn .example`, `ana @ firma . example`: an address a scan spelled with single spaces, to a text's end */
  spacedEmail: new RegExp(
    String.raw`(${EMAIL_LOCAL_CHAR}{1,${MAX_EMAIL_LOCAL}}) ?@ ?([\p{L}\p{N}. -]{1,${MAX_EMAIL_DOMAIN}}?)[ \t]{0,${MAX_TRAILING_BLANKS}}$`,
    'u',
  ),
  /** `注　文　書`, `請　求　書`, `견　적　서`: a CJK document's title set one character apart with ideographic spaces */
  letterSpacedCjkTitle:
    /^[ \t]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}](?:\u3000[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]){2,11}[ \t]*$/u,
  /** `K A R`, `박 지 훈`: the fewest one-character tokens in a row a letter-spaced run has (letterSpacing.ts' cheap guard) */
  spacedLetterRun: new RegExp(
    String.raw`(?:^| )[^ ]${String.raw` {1,${MAX_SPACED_WORD_GAP}}[^ ]`.repeat(MIN_SPACED_UNCASED_LETTERS - 1)}(?: |$)`,
    'u',
  ),
  /** a space between two characters of one domain label (`logis tiek`): no scan's stray space beside a dot */
  spaceInsideLabel: /[\p{L}\p{N}-] [\p{L}\p{N}-]/u,
  /** `naomi.castellaro@quokka-analytics.example` (validates a candidate cut out around an `@`) */
  email:
    /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-][\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{0,63}@[\p{L}\p{N}][\p{L}\p{N}.-]{0,251}\.[\p{L}]{2,24}$/u,
  /** `"Sturm, Leonie" <leonie.sturm@example.net>` (a quoted name may hold commas) */
  quotedNameAngleEmail: /"([^"<>]{1,80})"[ \t]{0,4}<([^<>\s@]{1,64}@[^<>\s]{1,253})>/u,
  /** `Sturm, Leonie <leonie.sturm@example.net>` (a whole header value: family name, comma, given name) */
  familyFirstAngleEmail:
    /^[ \t]{0,8}([^<>",;@]{1,40}, [^<>",;@]{1,40}?)[ \t]{0,4}<([^<>\s@]{1,64}@[^<>\s]{1,253})>[ \t]{0,8}$/u,
  /** `Leonie Sturm <leonie.sturm@example.net>` (name before an angle-bracketed address, after any comma: `9:14、岡田 真一 <…>`) */
  nameAngleEmail: /([^<>:;,、，"]{1,80}?)"?[ \t]{0,4}<([^<>\s@]{1,64}@[^<>\s]{1,253})>/u,
  /** `(personal)`, `Private:`, `home` labels next to an address */
  personalLabel: /\b(?:personal|private|privat|privé|home|perso|personnel)\b/iu,
  /** `PEC:`, `posta certificata`: an Italian certified mailbox, registered for a firm's legal mail */
  certifiedMailLabel: /\b(?:PEC|posta (?:elettronica )?certificata)\b/iu,
  /** `(work)`, `Work:`, `Office:`, `Business` */
  workLabel: /\b(?:work|office|business|arbeit|geschäftlich|travail|trabajo|bureau)\b/iu,
  /** `田村さんのプロフィール`, `张伟的个人资料`: a profile page's link to its owner in a script written without spaces — a name, maybe an honorific (`さん`, `様`, `氏`), the particle for `'s` and the word for profile */
  unspacedProfileLink:
    /^[ \t]{0,8}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,12}?(?:さん|様|氏|님)?(?:の|的|의)[ \t]?(?:プロフィール|个人资料|個人資料|프로필)[ \t]{0,8}$/u,
  /** a possessive word and its ending: `Ifeoluwa's`, `Jane’s`, Korean `정하늘님의` (the honorific `님` and `의`, of) */
  possessive: /['’]s$|님의$/iu,
  /** `his number is`, `her mobile:`, `sein Handy`, `son numéro`, `su número`, `o número dele` (lower case) — a sentence passing on someone else's number, not the writer's */
  othersNumber:
    /(?:^|[\s,.;:!(])(?:his|her|their) (?:new |direct |work |mobile |cell )?(?:number|phone|mobile|cell|whatsapp)\b|(?:^|[\s,.;:!(])(?:seine|ihre) (?:handy|mobil|telefon)?nummer|(?:^|[\s,.;:!(])(?:sein|ihr) handy\b|(?:^|[\s,.;:!(])(?:son|leur) (?:numéro|portable|téléphone)|(?:^|[\s,.;:!(])su (?:número|celular|móvil|teléfono)|(?:^|[\s,.;:!(])o (?:número|celular|telemóvel) (?:dele|dela)|(?:^|[\s,.;:!(])(?:zijn|haar) (?:nummer|telefoonnummer)|(?:^|[\s,.;:!(])il suo (?:numero|cellulare)/u,
  /** `my email is`, `reach me at`, `email me`, `ping me`, `flick me a text`, `mi cel es`, `mijn nieuwe mail is`, `telp saya`, `мій номер`, `mój numer`, `我的手機`, `私の携帯`, `제 연락처` (first person next to an address or number; not `mój telefon`, the device) */
  firstPerson:
    /\b(?:reach me|call me|ping me|message me|dm me|whatsapp me|e-?mail me|contact me|text me|ring me|write to me|me at|(?:give|flick|drop|send|shoot) me a (?:text|call|ring|bell|buzz|line|message)|my (?:new |current |updated )?(?:email|e-mail|address|mail|number|phone|cell|mobile|direct)|i can be reached|meine (?:neue )?(?:e-mail|adresse|nummer)|mon (?:nouvel |nouveau )?(?:e-mail|adresse|numéro)|(?:meu|mi|mijn|il mio|la mia) (?:nieuwe |nuevo |nueva |novo |nova |nuovo |nuova )?(?:e-?mail|correo|número|numero|nummer|telefone|teléfono|telefono|tel|celular|cel|móvil|movil|cellulare|whatsapp|mail)|(?:nomor|nombor|nomer|hp|wa|telp|telepon|telefon|handphone|ponsel|email|surel) saya|hubungi saya|(?:mój|moja|můj|moje) (?:e-?mail|numer|číslo|adres))\b|(?:^|[\s,.;:!])(?:мой|моя|мій|мої) (?:рабочий |мобильный |робочий |мобільний )?(?:номер|телефон|почта|пошта|e-?mail|email)|(?:我的|私の)(?:手機|手机|電話|电话|號碼|号码|郵箱|邮箱|携帯|メール|連絡先)|(?:^|[\s,.;:!])(?:제|내) (?:연락처|번호|전화번호|휴대폰|이메일|메일)/u,
  /** `here are my details: …`, `te dejo mis datos:`, `meine Kontaktdaten:`, `mijn gegevens:` — the writer introducing their own details (lower case); an address after it is theirs, a number may be someone else's (`my details; for bookings call the office on …`) */
  ownDetails:
    /\b(?:my|mis|meus|mes|i miei|meine|mijn) (?:contact |contact|kontakt)?(?:details|datos|dados|coordonnées|recapiti|daten|gegevens)\b/u,
  /** `(`, `)`, `;`, `,`, `|`, `•`, `.` followed by a space — where a clause after an address ends */
  clauseEnd: /[();,|•·]|\.(?:\s|$)/u,
  /** `the old one (…)`, `… will stop working`, `no longer in use` — an address being retired */
  formerLabel:
    /\b(?:old|previous|former|deprecated|retired|retiring|will stop|stops working|no longer|alte (?:adresse|e-mail)|ehemalige|ancienne|ancien|antigua|antiguo|anterior|vecchio|vecchia)\b/iu,

  /** `"firma": "Kattegat Shipping ApS"`, `"tlf": +4520456789`: a JSON record's key (1) and its string or number value */
  jsonPair: /"([^"\\\n]{1,60})"[ \t]{0,4}:[ \t]{0,4}(?:"(?:[^"\\\n]|\\[^\n]){0,300}"|[-+]?\d[\d.]{0,30})/gu,

  /** `• Tipo di impiego    Direttore Tecnico`, `Employer: Acme Ltd`: a CV entry's row, a bullet before its label (1), parted from its value by a colon, a tab or a column's spaces */
  resumeEntryRow:
    /^[ \t]{0,4}[•·▪◦*–-]?[ \t]{0,4}(\p{L}[\p{L}\p{M} .'’/()–-]{0,50}?)(?:[ \t]{0,2}:[ \t]{0,40}|[ \t]?\t[ \t]{0,40}|[ \t]{2,40})(?=[^\s:])/u,
  /** `Lead Owner        Rachel Lim`, `Designation\tHR Director`: a record page's field laid out in columns, its label (1) and the gap of a tab or spaces before its value (2) */
  columnField: /^([ \t]{0,4}\p{L}[\p{L}\p{M} .'/-]{0,30}?)([ \t]?\t[ \t]{0,40}|[ \t]{2,40})(?=[^\s:：])/u,
  /** `役職`, `メール`, `ＡＢＣ`: characters a screen draws two columns wide (CJK scripts, CJK punctuation, full-width forms) */
  wideChar:
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/gu,

  // --- names ---
  /** `I'm Liesl, ` of `I'm Liesl, Community Manager at …`: a self-introduction's opener and the name (1) before its comma */
  selfIntroClause: new RegExp(String.raw`^(?:${alternatives(SELF_INTRO_OPENERS)})\s([^,\n]{1,60}?),\s`, 'iu'),
  /** `For more information, please contact Ana Reyes, …`, `neem contact op met …` — a document's sentence referring its reader to its contact (CONTACT_REFERRAL_OPENERS) */
  contactReferral: new RegExp(String.raw`(?:^|[\s,.;:!])(?:${alternatives(CONTACT_REFERRAL_OPENERS)})\s`, 'iu'),
  /** `, woordvoerder Veerbedrijf N.V., via …` — the clause right after a referred name, up to the next comma or bracket (group 1) */
  referredClause: /^[ \t]{0,4},[ \t]{0,4}([^,;()\n]{2,120})/u,
  /** `, Head of Buying.` / ` – Site Lead at …` — the clause right after the writer's name in a sentence, up to a break (group 1) */
  clauseAfterName: /^(?:,|[ \t][–—])[ \t]{1,2}([^,.;:!?()|@\n–—]{2,80}?)[ \t]?(?=[,.;:!?()|–—]|$)/u,
  /** `I'm Farida Rahimi,` / `my name is …` / `this is …` / `je suis …` / `ich bin …` (self-introduction) */
  selfIntro: new RegExp(String.raw`(?:^|[\s,.;!])(?:${alternatives(SELF_INTRO_OPENERS)})\s`, 'iu'),
  /** `Call or text Boyd 503-…`, `ligue para Rui Sousa: 912 …` — a classified ad's call to the reader: the words (group 1) right before the number (CALL_NAMED_OPENERS), a name when each is capitalised */
  callNamedNumber: new RegExp(
    String.raw`(?:^|[\s,.;!(])(?:${alternatives(lineOpeningForms(CALL_NAMED_OPENERS))})[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’ -]{1,40}?)[ \t]{0,2}(?:[:–—-]|(?:on|at|al|em|no|au|unter|kwa)(?=[ \t]))?[ \t]{0,2}[+(]?\d`,
    'u',
  ),
  /** `Rui`, `Jane` and `Brien` (of `Mary-Jane`, `O'Brien`), Irish `Ó`: a name word's part as a name writes it, not an abbreviation (`CS`, `HQ`) nor a brand's inner capital (`ParcelNow`) */
  calledNameWord: /^\p{Lu}[\p{Ll}\p{M}]*$/u,
  /** `Appel de Mme …`, `Ligou o Eng.º …`, `Call from Dana …`: a call note's opener before the caller's name in mixed case or an honorific (a caller ID in capitals is often a firm's), opening its line */
  callNoteOpener: new RegExp(
    String.raw`^[ \t]{0,8}(?:${alternatives(lineOpeningForms(CALL_NOTE_OPENERS))})[ \t]{1,4}(?=\p{Lu}[\p{Ll}.])`,
    'u',
  ),
  /** `zu Händen ` in `zu Händen Herrn Jan Ek`, `à l'attention de `: `for the attention of` opening a label's value, before the person */
  attentionOpener: new RegExp(String.raw`^[ \t]{0,4}(?:${alternatives(ATTENTION_PHRASES)})[ \t:]{1,4}`, 'iu'),
  /** `Hi Lena, it's …`, `Bonjour, c'est …`, a transcript's unpunctuated `Hi Lena it's …`: a presentative opening the text or a clause (message.ts checks a greeting precedes it) */
  greetedIntro: new RegExp(String.raw`(?:^|[,.;!:]|[ \t])[ \t]{0,8}(?:${alternatives(GREETED_INTRO_OPENERS)})\s`, 'iu'),
  /** `営業部の佐藤です`, `株式会社ミナトの田中 美咲と申します` — a Japanese self-introduction, the name (group 1, in Han, a family name alone or with the given name) before the copula, after the affiliation's `の` or opening a sentence */
  japaneseSelfIntro:
    /(?:^|[\s、。の])(\p{Script=Han}[\p{Script=Han}々]{0,2}[ \t　]?[\p{Script=Han}々]{0,3})(?:です|と申します|でございます)/u,
  /** `我是星桥物流的周子涵，`, `我叫周子涵。`, `我係海灣印刷嘅周子涵` — a Chinese self-introduction (Mandarin `我是`/`我叫`, Cantonese `我係`), the affiliation (group 1) before its `的`/`嘅`, the name (group 2) written without a space, up to the clause's end */
  chineseSelfIntro:
    /(?:我是|我叫|我係|我系)(?:([^\s，,。！!？?的嘅]{1,30})(?:的|嘅)|)[ \t]?(\p{Script=Han}{2,4})(?=[，,。！!？?\s]|$)/u,
  /** `株式会社ミナト` in `…。株式会社ミナトの田中です` — the words a Japanese self-introduction's affiliation runs back to from its `の`, to the sentence's start */
  japaneseAffiliation: /[^\s、。]{1,40}$/u,
  /** `Pieter van der Walt here from …` — a self-introduction with the name first */
  selfIntroHere: /(?:^|[\s,.;!])(\p{Lu}[\p{L}\p{M}'’-]{0,30}[ \t][\p{L}\p{M}'’ \t-]{1,60}?)[ \t]here\b/u,
  /** `a product lead at Brightwater Labs`, `eine Leiterin bei der Norrsken GmbH` (role after a self-introduced name) */
  introRole: new RegExp(
    String.raw`^[ \t]{0,4},?[ \t]{0,4}(?:a|an|the|un|une|ein|eine|el|la|um|uma)\s([^,.;!?()]{2,80}?)\s(?:${alternatives(INTRO_ROLE_LINKS)})\s([^,.;!?()]{2,80}?)(?:[,.;!?(]|\s-\s|$)`,
    'iu',
  ),
  /** `from Blouberg Marine Services CC`, `z Hostel Pod Wawelem Sp. z o.o.`, `from Bright Smiles — …`, `bên Công ty …`, `dari CV Maju Jaya`, `calling from Tarn Valley Roofing in Kendal` (company after a self-introduced name; a dash, or `in` before a place, ends it) */
  introCompany:
    /^[ \t]{0,4},?[ \t]{0,4}(?:(?:calling|ringing|phoning)[ \t])?(?:from|of|with|at|da|de|do|z|ze|von der|vom|von|aus der|aus|chez|из|من|bên|từ|dari)[ \t]([\p{Lu}\p{Lo}][^,،;!?()]{1,80}?)(?:[,،;!?(]|\.[ \t]{1,4}(?=\p{Lu})|[ \t][-–—][ \t]|[ \t]in[ \t](?=\p{Lu})|$)/u,
  /** `I'm CTO @ Quillbyte KK`, `ich bin Vertriebsleiterin bei …`: a first-person role (1) and the firm it is held at (2) */
  selfRole: new RegExp(
    String.raw`(?:^|[\s,.;!])(?:${alternatives(SELF_ROLE_OPENERS)})\s(?:(?:${alternatives(SELF_ROLE_ARTICLES)})\s)?([^,.;!?()@]{2,60}?)\s(?:${alternatives(SELF_ROLE_LINKS)})\s([^,;!?()@]{2,80}?)(?:[,;!?(]|\.[ \t]|\.?$|[ \t][-–—][ \t])`,
    'iu',
  ),
  /** `soy el dueño de Cafetería Sol (…)`, `je suis gérante d'une jardinerie (…)`: a first-person owner's noun (1) and what follows its `of` (2) */
  selfOwnerRole: new RegExp(
    String.raw`(?:^|[\s,.;!])(?:${alternatives(SELF_ROLE_OPENERS)})\s(?:(?:${alternatives(SELF_ROLE_ARTICLES)})\s)?(${alternatives(OWNER_ROLE_NOUNS)})(?:\s(?:${alternatives(OWNER_OF_LINKS)})\s|\sd['’])([^,;!?@\n]{2,120}?)(?:[,;!?]|\.[ \t]|\.?$|[ \t][-–—][ \t])`,
    'iu',
  ),
  /** `une jardinerie (Les Jardins d'Armelle SARL)`: an owner's business described, its name in the bracket after (1) */
  describedBusiness: /^(?:a|an|un|une|una|uno|ein|eine|einer|eines|een|um|uma|en|ett)\s[^()]{1,60}\(([^()]{2,80})\)/iu,
  /** `la Panadería Sol`: a lower-case article before a business's capitalised name */
  articleBeforeName: /^(?:(?:the|la|el|le|les|il|lo|die|das|o|a|het|de)\s|l['’])(?=\p{Lu})/u,
  /** `I'm the Head of Partner Enablement.`, `Ich bin Einkaufsleiterin!`: a first-person role (1) closing its sentence */
  selfTitle: new RegExp(
    String.raw`(?:^|[\s,.;!])(?:${alternatives(SELF_ROLE_OPENERS)})\s(?:(?:${alternatives(SELF_ROLE_ARTICLES)})\s)?([^,.;!?()@]{2,60}?)(?:[,;!]|\.(?:[ \t]|$)|$)`,
    'iu',
  ),
  /** ` (Northstar Freight)  2:14 PM`, ` [Orbital Data]`: a bracket right after a name (group 1, its text) */
  bracketAfterName: /^[ \t]{0,4}[([]([^()[\]\n]{2,80})[)\]]/u,
  /** `, ИП Волков Д.А.,`, `, цветочная мастерская «Полевые цветы»`: what follows a self-introduced name's comma */
  introAfterComma: /^[ \t]{0,4}[,،][ \t]{0,4}([^,،;!?()]{2,80}?)(?:[,،;!?(]|\.[ \t]|$)/u,
  /** `«Полевые цветы»`, `„Sonnenhof“`: a name set in quotation marks */
  quotedFirm: /«[^»]{1,60}»|„[^“”]{1,60}[“”]/u,
  /** `Institut za fizičke nauke „Sava“`, `ООО «Северный Ветер»`: a capitalised name in quotation marks closing a line, after a word */
  quotedNameTail: /\s(?:«\p{Lu}[^«»]{0,60}»|„\p{Lu}[^„“”]{0,60}[“”]|"\p{Lu}[^"]{0,60}"|“\p{Lu}[^“”]{0,60}”)$/u,
  /** `Assistant: Mariela Ortiz · …`, `助理：…`, `please contact my EA, Priya: …`, `Clerk: …`, `Assistente di direzione: …` — an assistant's, secretary's or (barristers') clerk's details; whose assistant may be said before the colon */
  delegateLine:
    /(?:^|[\s(])(?:my|our|mein|meine|ma|mon|mi|minha|mia)[ \t](?:executive[ \t]|personal[ \t])?(?:assistant|assistante|assistentin|assistente|asistente|secretary|secrétaire|sekretärin|secretaria|segretaria|EA|PA|clerk)\b|^(?:executive[ \t]|personal[ \t]|senior[ \t])?(?:assistant|assistante|assistentin|assistenz|assistente|asistente|secretary|secrétaire|sekretariat|sekretärin|secretaria|secretária|secretaresse|sekreterare|sekretær|sihteeri|sekretarka|sekretářka|segretaria|助理|EA|PA|clerk|clerks)[ \t]?[:：]|^(?:executive[ \t]|personal[ \t]|senior[ \t])?(?:assistant|assistante|assistentin|assistente|asistente|secretary|secrétaire|sekretärin|secretaria|secretária|segretaria)[ \t](?:to|of|de|da|do|du|der|des|di|del|della)[ \t][^:：\n\d@]{1,30}[:：]/iu,
  /** `Sekretariat`, `Personal Assistant: Mr Jonathan Threadgold`, `Secrétariat :`, `Clerk: Gemma Rushworth, Senior Clerk` — a heading naming an assistant, secretariat or (barristers') clerk (no digit or address on it): the lines under it are theirs */
  delegateHeading:
    /^[ \t]*(?:executive[ \t]|personal[ \t]|senior[ \t])?(?:assistant|assistante|assistentin|assistenz|assistente|asistente|assistent|secretary|secrétaire|sekretärin|secretaria|secretária|secretaresse|sekreterare|sekretær|sihteeri|sekretarka|sekretářka|segretaria|sekretariat|secretariat|secrétariat|secretaría|secretariado|segreteria|sekretariaat|secretariaat|EA|PA|clerk|clerks)[ \t]?(?:$|[:：][^\d@\n]{0,60}$)/iu,
  /** `erreichen Sie mich unter`, `appelez-moi au`, `ligue-me`, `estou ao dispor pelo 91…` (not a bare `estou à disposição`, which names no channel), `mi trova anche via`, `chiamatemi`, `me pueden llamar`, `επικοινωνήστε μαζί μου`, `bereikbaar op 06-…` (not `bereikbaar op maandag`), `app me` (not `the app meant for drivers`), `số của em`, `gọi em 09…`, `nhắn cho em số 09…` (not `cho em số của anh`, which asks for one), `هذا جوالي`, a formal letter's `contact the undersigned on`, `joindre le soussigné au`, `contattare la sottoscritta al` (lower case) — a sentence giving the writer's own number or address */
  callsWriter:
    /(?:^|[\s,.;:!?(])(?:erreichen sie mich|erreichst du mich|mich (?:telefonisch |mobil |direkt |jederzeit )?(?:unter|erreichen)|rufen sie mich|ruf mich|meine (?:handy|mobil|telefon|festnetz)?nummer|appelez-moi|appelle-moi|me joindre|joignable au|llámame|llámeme|llamarme|llamame|escríbeme|escribeme|escribime|me (?:pueden|puede|puedes) (?:llamar|escribir|contactar)|me liga|ligue-me|me ligar|me chama|meu telemóvel|estou (?:ao dispor|à disposição|à sua disposição)[ \t,]{1,3}(?:através d[oa]s?|pel[oa]|n[oa]|em)[ \t:]|chiamami|chiamatemi|mi trovi al|mi trova(?:te)? (?:anche )?(?:al|via|su)|μαζί μου|bel me|bel mij|app me\b|bereikbaar (?:op|via|onder) (?:mijn )?(?:mobiele |mobiel|telefoon|whatsapp)?(?:nummer)?:?[ \t]?[+(\d]|zadzwoń|mój (?:numer|telefon(?: to|:)? ?[+(\d])|proszę o (?:sms|telefon)|hívj|số (?:của )?(?:em|tôi|mình)|gọi (?:cho )?(?:em|tôi|mình)(?= [\d+(]| số)|cho (?:em|tôi|mình) (?:qua|số:? ?[+(\d])|звоните мне|позвоните мне|جوالي|رقمي|اتصل بي|(?:the undersigned|the writer|le soussigné|la soussignée|il sottoscritto|la sottoscritta|el suscrito|la suscrita|el abajo firmante|o abaixo assinado|a abaixo assinada|der unterzeichnende|die unterzeichnende|ondergetekende|undertecknad|undertegnede)(?:[ \t](?:directly|directement|direttamente|directamente|diretamente|direkt|rechtstreeks))?[ \t](?:on|at|au|à|al|allo|en|no|pelo|unter|op|på)(?=[ \t:.]|$))/u,
  /** `Durchwahl: -214`, `DW -412`: a word (group 1) and the extension after its dash (group 2), to a switchboard number written `…180-0` */
  labelledExtension: /(?:^|[\s,;|])(\p{L}{1,12})[ \t]{0,2}[:.]?[ \t]{0,4}-[ \t]?(\d{1,5})\b/gu,
  /** `312-555-0144`, `(415) 555-0187`, `+1 212.555.0150`: a number laid out as the North American plan writes it */
  northAmericanShape: /^\+?1?[ .-]?(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}$/u,
  /** `312 555 0144`, `( 828 ) 555 - 0193`, `4155550187`: the North American plan's groups, 3-3-4, however spaced (not `33 2876 5412`) */
  northAmericanGroups:
    /^\+?1?[\s.\p{Pd}]{0,3}(?:\([ \t]?\d{3}[ \t]?\)|\d{3})[\s.\p{Pd}]{0,3}\d{3}[\s.\p{Pd}]{0,3}\d{4}(?!\d)/u,
  /** `0117 496 0318`, `(020) 7946 0859`: a national number written with its trunk 0 */
  trunkZeroFirst: /^\(?0/u,
  /** `06 41 72 93 15`, `04.72.55.01.42`: France's plan's groups, a trunk 0 and one digit, then four pairs */
  frenchPairs: /^0[1-9](?:[ .]\d\d){4}$/u,
  /** `(11) 97531-2468`, `(62) 3318-4402`: Brazil's plan's groups, a two-digit area code in brackets, then 4-4 (a mobile's 5-4) */
  brazilianGroups: /^\(\d\d\)[ \t]?9?\d{4}-\d{4}$/u,
  /** `0487 213 609`, `(02) 9381 6624`: Australia's plan's groups, a mobile's 4-3-3 or an area code's trunk 0 in brackets, then 4-4 */
  australianGroups: /^(?:04\d\d[ \t]\d{3}[ \t]\d{3}|\(0[2378]\)[ \t]\d{4}[ \t]\d{4})$/u,
  /** `0803 412 7765`, `0706-215-4408`: Nigeria's mobiles, 4-3-4 from a trunk 0 and its networks' prefixes (not Britain's freephone `0800`, `0808`, nor `09…`, written alike for Philippine mobiles and British premium lines) */
  nigerianGroups: /^0(?:70[1-9]|80[2-79]|81\d)[ \t-]\d{3}[ \t-]\d{4}$/u,
  /** `+44 20 …`, `0044 20 …`: a number written with its calling code */
  withCallingCode: /^(?:\+|00[1-9])/u,
  /** `Michael's direct: `, `O'Brien’s cell: ` (the text before a number): the possessor from a word's start (group 1), then the label's words (group 2) */
  possessiveLabel: /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]{0,30}?)['’]s[ \t]{1,4}(\p{L}[\p{L} \t]{0,40}?)[:.]?[ \t]{0,4}$/u,
  /** `Efua:`, `Nomvula direct:`, `Sam 0400 …` before a number: a capitalised word (1), maybe the line's words (2), maybe a colon */
  nameLabel: /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]{1,30})([\p{L} \t]{0,40}?)[ \t]{0,2}[:：]?[ \t]{0,4}$/u,
  /** `Sam & Kit`, `Lena + Oskar Dahl`, `Mira and Tomas Vale`: two given names (1, 2) signing together, maybe their shared surname after them */
  givenNamePair:
    /^(\p{Lu}[\p{L}'’-]{1,30})(?:[ \t]*[&+][ \t]*|[ \t]+(?:and|und|et|y|e|en|og|och)[ \t]+)(\p{Lu}[\p{L}'’-]{1,30})(?:$|[ \t]+\p{Lu}[\p{L}'’-]{1,30}$)/u,
  /** `(Oskar)` right after a number: a capitalised word alone in brackets (1), whose line it is */
  bracketedNameAfter: /^[ \t]*[(（](\p{Lu}[\p{L}'’-]{1,30})[)）]/u,
  /** `+1 646-555-0148,,771203945#`: a meeting's ID (9 digits or more) dialled after the pauses (commas) of a one-tap dial-in; `,,4512#` is a PBX extension */
  oneTapDialIn: /,,\d{9,15}#/u,
  /** `Dial by your location`, `Join by phone`, `Call in (audio only)`, `Einwahl nach aktuellem Standort`, `Composez un numéro en fonction de votre emplacement`, `Marcar según su ubicación`: a video meeting's heading over its bridge's numbers, a line of its own */
  dialInHeading:
    /^[ \t]{0,4}(?:dial by your location|dial-?in numbers?|dial in by phone|join by (?:phone|telephone)|call in \(audio only\)|one tap mobile|(?:global |international )?call-?in numbers?|more phone numbers|einwahl nach (?:aktuellem )?standort|per telefon teilnehmen|composez un numéro en fonction de votre emplacement|rejoindre par téléphone|marcar (?:según|por) su ubicación|unirse por teléfono|disque de acordo com sua localização|participar por telefone|componi (?:il numero )?in base alla tua posizione|partecipa per telefono|inbellen op basis van uw locatie|deelnemen via telefoon)[ \t:.]{0,4}$/iu,
  /** `Accept | Tentative | Decline`, `Going?   Yes - Maybe - No`, `Zusagen | Mit Vorbehalt | Absagen`, `Accepter | Provisoire | Refuser`, `Balas …: Ya · Tidak · Mungkin`: a calendar invitation's answer buttons copied as text (en, de, fr, es, pt, it, nl, id/ms, pl, sv/da/no, fi, tr, cs, ru/uk), the doubtful answer before or after the refusal, opening its line or after its question, sentence or label */
  invitationAnswers:
    /(?:^[ \t]{0,4}|[.?!:][ \t]{1,8})(?:accept|yes|zusagen|annehmen|ja|accepter|oui|aceptar|sí|aceitar|sim|accetta|sì|accepteren|ya|tak|kyllä|evet|ano|да|так)[ \t]{0,3}[|·•/-][ \t]{0,3}(?:(?:tentative|maybe|mit vorbehalt|vielleicht|provisoire|peut-être|provisional|quizás|tal vez|provisório|talvez|provvisorio|forse|voorlopig|misschien|mungkin|może|kanske|måske|kanskje|ehkä|belki|možná|возможно|можливо)[ \t]{0,3}[|·•/-][ \t]{0,3}(?:decline|no|absagen|ablehnen|nein|refuser|non|rechazar|recusar|não|rifiuta|weigeren|nee|tidak|nie|nej|nei|ei|hayır|ne|нет|ні)|(?:decline|no|nein|non|não|nee|tidak|nie|nej|nei|ei|hayır|ne|нет|ні)[ \t]{0,3}[|·•/-][ \t]{0,3}(?:maybe|vielleicht|peut-être|quizás|tal vez|talvez|forse|misschien|mungkin|może|kanske|måske|kanskje|ehkä|belki|možná|возможно|можливо))(?![\p{L}])/iu,
  /** `Hannah Roe <h.roe@…> On Behalf Of Professor Jon Tan`, `… on behalf of Jon Tan <j.tan@…>`: Outlook's delegated sender's header value, the principal after the phrase (group 1) */
  delegatedSender: /[ \t]on behalf of[ \t]{1,4}(\S[^\n]{0,120})$/iu,
  /** `Joaquín will call you at`, `te llamamos al`, `je vous rappelle au`, `ich rufe Sie unter`, `ti chiamo al`, `we bellen u op` — the writer calling the reader (en, es, pt, fr, de, it, nl) just before a number: the number is the reader's */
  callsReader:
    /(?:\b(?:call|ring|phone) you(?: back)? (?:at|on)|\b(?:te|le|lo) llam(?:o|amos|aré|aremos|ará|arán) al|\bte lig(?:o|amos|arei|aremos) no|(?:\bvous |\bt'|\bt’)r?appel\p{L}{0,6} au|\b(?:ich rufe|wir rufen) (?:dich|Sie|euch) unter|\b(?:ti|la|vi) (?:ri)?chiam\p{L}{0,6} al|\bbel(?:len)? (?:je|jou|u) (?:terug )?op)[ \t:]*$/iu,
  /** `join by phone`, `join via telephone`: a label's words (lower case, one space apart) naming a meeting's bridge — `join` alone (`Join our team`) does not */
  joinByPhone: /\bjoin (?:by |via |per |over )?(?:phone|telephone|audio)\b/u,
  /** `Numero Verde Clienti`, `Customer Care:`, `General enquiries:` (a firm's line for anyone), `Çağrı Merkezi:`, `Горячая линия:`, `After-hours claims:`, `Out of hours:`: a service's hotline in two or three words, each alone something else (`verde` a colour, `Cabo Verde`; `Çağrı` a name; `hours`) */
  hotlinePhrase:
    /(?<!\p{L})(?:numero verde|after hours|out of hours|general (?:enquiries|inquiries)|renseignements généraux|allgemeine anfragen|informaci[oó]n general|customer (?:service|services|care|support)|call (?:center|centre)|service client|servizio clienti|atenci[oó]n al cliente|çağrı merkezi|müşteri hizmetleri|горячая линия|гаряча лінія|خدمة العملاء)(?!\p{L})/u,
  /** `Service Desk (24/7):`, `24h-Notdienst:`, `Reservations (24 hrs):`, `24 horas`, `Felanmälan dygnet runt:`, `Störungsdienst rund um die Uhr:`: a line answered round the clock, a service's (en, de, sv, no / da, fi, pl, fr, es, it, nl) */
  roundTheClock:
    /(?<!\p{N})24[ \t]?(?:\/[ \t]?7|x7|h|hrs?|hours?|std|stunden|heures|horas|ore|uur)(?!\p{L})|(?<!\p{L})(?:a?round the clock|rund um die uhr|dygnet runt|døgnet rundt|ympäri vuorokauden|całodobowo|jour et nuit|día y noche|giorno e notte|dag en nacht)(?!\p{L})/iu,
  /** `+49 203 555 180-0`: a switchboard number, its final `-0` the operator */
  switchboardEnd: /-[ \t]?0$/u,
  /** `(UCT)`, `(Lond)`, `(Oxon)` closing a line: a school's short name in brackets after the degree it awarded (not a town, `(Houston)`) */
  awardingSchool: /\(\p{Lu}[\p{L}.]{1,4}\)$/u,
  /** `US (New York)`, `中野 湊（Minato Nakano）`: a parenthesised aside closing a text, in ASCII or full-width brackets */
  closingAside: /(?:\([^()]{0,60}\)|（[^（）]{0,60}）)$/u,
  /** `(แนท)`, `（Nat）`: one word wrapped in brackets, an aside beside a name (a nickname) */
  wrappedAside: /^[(（][^()（）]{1,40}[)）]$/u,
  /** `, Sales Manager`, ` – Lead`: separators opening what follows a name */
  leadingSeparators: /^[\s,;:–—|-]{1,20}/u,
  /** `+52 1 33 2555 0187`: the `1` Mexico's mobiles were dialled with from abroad until 2019, before ten digits */
  mexicanMobileOne:
    /(\+52[ \t.-]{0,2})1(?=[ \t.-]{0,2}\(?(?:\d{2}\)?[ \t.-]{0,2}\d{4}|\d{3}\)?[ \t.-]{0,2}\d{3})[ \t.-]{0,2}\d{4}(?!\d))/gu,
  /** `Gas Safe Reg. 654321`, `Lic. No. PL 52918`, `TX Lic. #MPL 40117`, `AMI 23456`: a segment of a licence's or registration's label (a few words before it), its `No.` and code, and the number — no street line */
  licenceNumber: new RegExp(
    String.raw`^[\p{L}\p{M}&. \t-]{0,40}?(?<![\p{L}\p{M}])(?:${alternatives([...LICENCE_LABELS])})(?![\p{L}\p{M}])[ \t.:#]{0,4}(?:no|nr|n[º°o]|)[ \t.:#]{0,4}(?:\p{L}{1,5}[ \t-]|)\d[\d -]{3,14}(?=$|[ \t]{0,4}[|,;·])`,
    'iu',
  ),
  /** `Rick Salerno 484-555-0173`, `Lorna Vasquez DRE #01968342`, `Ana Lobo, +34 …`: the words a line opens with before its number (a phone's or a licence's, `#` or `(` before it), past the separators between */
  wordsBeforeNumber: /^([^\d+#(@|]{2,80}?)[ \t,;–—-]{1,6}(?=[+(#]?\d)/u,
  /** `+1 (484) 555-0173`, `#01968342`: a number's run of digits and the marks between them, opening a text */
  numberRun: /^[+(#]?\d[\d \t().\/-]{0,30}/u,
  /** `0-2312-5580-4`: the last digit of a range of lines (`…5580` to `…5584`) after a number's last group */
  lineRangeEnd: /(?<=\d\d\d)-\d(?![\d-])/gu,
  /** `(852) 2123 4567` — a country calling code written in parentheses */
  parenCallingCode: /\((\d{1,3})\)(?=[ \t]?\d)/gu,
  /** `10:42 AM`, `14.05`, `Local time 3:42 PM`, `Ortszeit 16:12`, `Hora local: 10:05 a. m.` — a time of day */
  timeOfDay:
    /^(?:(?:local time|ortszeit|heure locale|hora local|ora locale|lokale tijd|lokal tid|czas lokalny)(?::[ \t]|[ \t]))?\d{1,2}[:.]\d{2}[ \t]?(?:am|pm|a\.m\.|p\.m\.|a\. m\.|p\. m\.)?(?:[ \t]local time)?$/iu,
  /** `Thursday, 8:00 am`, `Yesterday 4:53 PM`, `09:59:40 From`, `Local time 4:12 PM (Santiago)` — a clock time inside a text (a meeting's, a chat's or opening hours'): with a day period, seconds or a two-digit hour */
  clockTime: /(?<![\d:.,])(?:\d{1,2}:\d\d[ \t]?[ap]\.?[ \t]?m\b\.?|\d{1,2}:\d\d:\d\d|\d\d:\d\d)(?![\d:])/iu,
  /** `了解です！明日…`, `تمام، بنحكي بكرة الصبح.`, `see you then!` — a sentence's mark: a full-width one or the Arabic question mark anywhere, or a stop, `!` or `?` after a word of five characters or more in lower case or a caseless script (`Yahoo!`, `Dept.`, `cand.polyt.`, `प्रा. लि.` are names and abbreviations) */
  sentenceSaid: /[！？。؟]|(?<![\p{L}\p{M}.])[\p{Ll}\p{Lo}\p{M}]{5,40}[.!?](?:[ \t]|$)/u,
  /** `commit 4e1b9c0d7a52f3e8…` — a commit in a git log */
  commitLine: /^commit [0-9a-f]{7,40}\b/u,
  /** `Author: …`, `    Co-authored-by: …`, `Acked-by: …` — a person line of a commit (any `…-by:` trailer) */
  commitPersonLine: /^[ \t]{0,8}(?:author|commit|[a-z][a-z-]{1,24}-by):[ \t]/iu,
  /** `2025-06-12 10:14:03 INFO …`, `[10:02] Maya: …`, `12/06/2025, 10:14 - …`, `Jun 12 10:14:03 host …` — a timestamped record */
  recordStamp:
    /^[ \t]{0,4}[[(]?(?:\d{4}-\d\d-\d\d[T \t]{1,2}\d{1,2}:\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]{1,2}\d{1,2}:\d\d|\d{1,2}:\d\d(?::\d\d)?[ \t]?(?:[ap]m)?[\])]|[A-Z][a-z]{2}[ \t]{1,2}\d{1,2}[ \t]\d\d:\d\d:\d\d)/iu,
  /** `[05/03/2026, 19:02:44] Anjali Deshpande: …` (WhatsApp on iOS), `[10:02, 14/07/2025] Tunde Bello: …` (time first), `3/11/26, 14:02 - Sipho Dlamini: …` (Android), `[12/02/25, 4:31:07 p.m.] Ana Salas: …` (Spanish), `[13/06 08.02] Pak Hendra: …` (no year, dotted time), `[2/12/2026, 下午3:41] 梁家豪: …`, `[12/6/2025 11:02 ص] …` (a day period in any script; right-to-left marks after the date's numbers, as WhatsApp writes Arabic digits), `[오후 3:05] 이지훈: …` (KakaoTalk: no date, the day period written before the time, which an agenda's `[10:02] Keynote:` does not), `[2025. 11. 04. 08:52] Molnár Zsófia: …` (a date written year first with spaced dots, as Hungarian and Korean write it) — a chat line and its author */
  chatPrefix:
    /^[ \t\u200e\u200f]{0,4}(?:\[\d{1,4}\u200f?[./-][ \t]?\d{1,2}\u200f?[./-]?[ \t]?\d{0,4}\.?[,،]?[ \t]\p{L}{0,2}[ \t]?\d{1,2}[:.]\d\d(?:[:.]\d\d)?[ \t\p{L}.]{0,6}\]|\[\p{L}{0,2}[ \t]?\d{1,2}[:.]\d\d(?:[:.]\d\d)?[ \t\p{L}.]{0,6}[,،][ \t]\d{1,4}[./-]\d{1,2}[./-]?\d{0,4}\]|\[\p{L}{1,2}[ \t]?\d{1,2}:\d\d(?::\d\d)?\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]\d{1,2}:\d\d(?:[ \t][AaPp][Mm]|[AaPp][Mm]|[ \t][ap]\.m\.|[ \t][ap]\.[ \t]m\.)?[ \t][-–])[ \t]{1,2}([^:\n]{1,60}?):[ \t]/u,
  /** `[09:12] Sipho Ndlovu: …`, `[3:05 PM] Ana Ruiz: …` — a chat line copied with its time alone (Slack, Teams; KakaoTalk's day period before the time makes it a chatPrefix): its author (group 1). An agenda's row (`[10:02] Keynote: …`) reads the same, so a group chat's test does not count these */
  timeChatPrefix:
    /^[ \t]{0,4}\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t][AaPp][Mm]|[AaPp][Mm])?\][ \t]{1,2}([^:\n]{1,60}?):[ \t]/u,
  /** `[정하늘] [오후 2:33] 네 감사합니다` (KakaoTalk on a PC), `[佐藤 美咲] [午後 3:05] …`: the author (group 1) in brackets before the bracketed time, its day period in any script, no colon after them */
  authorStampPrefix: /^[ \t]{0,4}\[([^\]\n]{1,40})\][ \t]\[\p{L}{1,2}[ \t]?\d{1,2}:\d\d\][ \t]{1,2}/u,
  /** `20:41<TAB>Mira Lind<TAB>…`, `20:43<TAB>Mira Lind<TAB>"…` (a message quoted over several lines) — a LINE export's line: its time, author (group 1) and message in tab-separated columns */
  lineExportPrefix: /^[ \t]{0,4}\d{1,2}:\d\d\t([^\t\n]{1,60})\t"?/u,
  /** `Daniela Ruiz-Ochoa sent the following message at 3:14 PM` — a LinkedIn message copied with its header: the writer (group 1) */
  pastedMessageSender: /^[ \t]{0,4}(\p{Lu}[^\n]{1,60}?)[ \t]sent the following messages?[ \t]at[ \t]\d/u,
  /** `rohandesh`, `mira-lind_dev`: one lower-case word of letters, digits, dots, dashes and underscores, as a user name is written */
  userName: /^[a-z][a-z0-9._-]{2,38}$/u,
  /** `Member since March 2019`, `Joined 12 May 2020`, `Anbieter seit 03.2011` — a profile page's or a listing's membership date (MEMBER_SINCE_OPENERS), no role */
  memberSince: new RegExp(String.raw`^(?:${alternatives(MEMBER_SINCE_OPENERS)})[ \t][\p{L}\d ,.]{0,20}\d{4}$`, 'iu'),
  /** `[최유진 과장] [오후 3:12] 네 그럼…` (KakaoTalk), `[Monday 9:12 AM] Okonjo, Femi` (Teams): a time of day in brackets, a chat line's stamp */
  bracketedTime: /\[[\p{L}.]{0,10}[ \t]?\d{1,2}:\d\d(?::\d\d)?[ \t.AaPpMm]{0,6}\]/u,
  /** `Pieter (boat guy), [21.11.2026 16:02]` (Telegram) — a chat message's author line, the message below it */
  chatHeader: /^[ \t]{0,4}([^,\n[\]]{1,60}),[ \t]\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]\d{1,2}:\d\d(?::\d\d)?\]$/u,
  /** `From Harpreet Gill to Everyone 10:07 AM`, `10:07:15 From Ana Lima to Me (Direct Message):`, `Von Jörg Ek an alle:`, `De Léa Roy à tout le monde :` — a meeting app's chat author line (group 1), the message below it */
  meetingChatAuthor:
    /^[ \t]{0,4}[\d:]{0,8}[ \t]{0,2}(?:from|von|de|da|van)[ \t]{1,2}(\p{L}[^\n:]{0,60}?)[ \t]{1,2}(?:to|an|à|a|para|aan)[ \t]{1,2}(?:everyone|me|alle|mich|tout le monde|moi|todos|mí|mi|mim|tutti|iedereen|mij)[ \t]?(?:\((?:direct message|privately|privat|en privé|en privado|em particular|in privato|privé)\))?(?:[ \t]{0,2}:|[ \t]{1,2}\d{1,2}:\d\d[ \t]?(?:[ap]m)?)[ \t]*$/iu,
  /** `Léa Fournier a écrit · il y a 3 jours`, `Ivo Brandt replied · 5 minutes ago`, `Eva Roth hat geantwortet – vor 2 Stunden` (Freshdesk, Zendesk, Help Scout), `Ana Lobato added a comment - 2 days ago` (Jira) — a ticket comment's header: its author (group 1), a verb of replying, then a stamp with a digit */
  ticketCommentAuthor:
    /^[ \t]{0,4}(\p{Lu}[\p{L}\p{M}'’.-]{0,30}[ \t]\p{L}[\p{L}\p{M}'’. -]{0,60}?)[ \t]{1,2}(?:replied|wrote|commented|responded|added a comment|left a comment|a ajouté un commentaire|hat einen Kommentar hinzugefügt|agregó un comentario|añadió un comentario|ha aggiunto un commento|adicionou um comentário|heeft een opmerking toegevoegd|a répondu|a écrit|a commenté|hat geantwortet|hat geschrieben|hat kommentiert|respondió|escribió|comentó|ha risposto|ha scritto|ha commentato|heeft geantwoord|heeft gereageerd|schreef|respondeu|escreveu|comentou|svarade|skrev)[ \t]{0,2}[·•|,–—-][ \t]{0,2}[^\n\d]{0,30}\d[^\n]{0,30}$/u,
  /** `Odalys (Billing Support) — Apr 17, 2025 16:43`, `Ramiro (Soporte Nivel 1) · hace 5 horas`, `Hollis Treadaway (Agent) — yesterday`, `Ezeudu, Kelechi · 2 hours ago` — a ticket's or tracker's comment header: its author (group 1: two name words or more, a `Last, First` form too, and an optional tag in brackets, the agent's team; one word only with its tag: `You · 9:47` names no one), a dash, dot or bar, and what should be its stamp (group 2, checked against chatStampLine, relativeStamp and STAMP_DAYS) */
  commentHeader:
    /^[ \t]{0,4}(\p{Lu}[\p{L}\p{M}'’.-]{0,30},?[ \t]\p{L}[\p{L}\p{M}'’., -]{0,60}?(?:[ \t]{1,2}[([][^()[\]\n]{1,40}[)\]]|)|\p{Lu}[\p{L}\p{M}'’.-]{0,30}[ \t]{1,2}[([][^()[\]\n]{1,40}[)\]])[ \t]{1,3}[—–·•|-][ \t]{1,3}([^\n]{1,40}?)[ \t]*$/u,
  /** `2 hours ago`, `an hour ago`, `hace 5 horas`, `há 2 dias`, `il y a 3 jours`, `vor 2 Stunden`, `2 ore fa`, `3 dagen geleden`, `för 2 timmar sedan`, `for 2 dage siden`, `2 godziny temu`, `2 saat önce`, `5分前`, `3小时前`, `2시간 전`, `just now` — a comment's stamp relative to the time it is read (en, es, pt, fr, de, it, nl, sv, da / no, pl, tr, ja, zh, ko) */
  relativeStamp:
    /^(?:(?:\d{1,3}|an?|one)[ \t]\p{L}{3,8}[ \t]ago|(?:hace|há|il y a|vor)[ \t](?:\d{1,3}|una?|um|uma|une?|einer?|einem)[ \t]\p{L}{3,9}|(?:för|for)[ \t](?:\d{1,3}|en|ett|et)[ \t]\p{L}{3,9}[ \t](?:sedan|siden)|(?:\d{1,3}|una?|een)[ \t]\p{L}{3,9}[ \t](?:fa|geleden|temu|önce)|\d{1,3}[ \t]?(?:分|時間|日|週間|か月|分钟|分鐘|小时|小時|天|周|週)前|\d{1,3}[ \t]?(?:분|시간|일|주)[ \t]?전|just now|gerade eben|à l'instant|ahora mismo|agora mesmo|proprio ora|zojuist|nyss)$/iu,
  /** `Samira Al-Qudsi`, `Maria Luisa "Malu" Dela Paz-Ocampo`, `Gill, Manpreet (Guest)` — a line that may hold a name alone (group 1), an author line when its message's stamp is the line below (chatStampLine) */
  nameAloneLine: /^[ \t]{0,4}(\p{Lu}[\p{L}\p{M}'’".,()[\]/ -]{1,60}?)[ \t]*$/u,
  /** `10:46 AM`, `11:34`, `Ayer 18:36`, `Yesterday 4:38 PM`, `Gestern um 15:20`, `Yesterday at 4:38 PM`, `Hier à 16:52` (a day, checked against STAMP_DAYS, in group 1, then a word for "at"), `Mar 19, 2025, 09:42`, `14.05.2025 09:42`, `2025-05-14 09:42` (a whole date), `3 mar 15:53` (a day and month) — a chat message's or ticket comment's stamp alone on its line, under its author (Google Meet, Teams, Zendesk) */
  chatStampLine:
    /^[ \t]{0,4}(?:(?:(\p{L}{2,12})|\p{L}{3,9}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4}|\d{1,2}\.?[ \t]\p{L}{3,9}\.?[ \t]\d{4}|\d{1,2}\.?[ \t]\p{L}{3,9}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d),?[ \t](?:(?:at|um|à|a las|a la|às|alle|om|kl\.|kl|klo)[ \t]|)|)\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t][AaPp][Mm]|[AaPp][Mm]|[ \t][ap]\.m\.|[ \t][ap]\.[ \t]m\.|)[ \t]*$/u,
  /** ` 14, 9:05 AM` after `Oren Vasquez  Aug` — an author line's stamp going on with a day's number after a month or weekday (not a date's `12.06.`) */
  stampDayNumber: /^[ \t]{1,4}\d{1,2}(?:st|nd|rd|th)?,?[ \t]/u,
  /** `[10:03] Bakker, Sanne (Logistiek)`, `[10:03] Müller, Jörg (Einkauf/Logistik)`, `[10:03] Bakker, Sanne [Extern]`, `[3:09 PM] Haddad, Karim` (a Teams copy) — a chat message's author line led by its time: the name (group 1, particle and all: `[09:58] de Vries, Thijs`), then an optional tag in brackets */
  timeLedAuthor:
    /^[ \t]{0,4}\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t][AaPp][Mm]|[AaPp][Mm])?\][ \t]{1,2}(\p{L}[\p{L}\p{M}'’.,()[\]/ -]{0,60})$/u,
  /** Where an author line's tag starts (`(Guest)`, `(Einkauf/Logistik)`, `[Extern]`): the name is before it */
  authorTag: /[([]/u,
  /** `Helga Berg  9:35 AM`, `Kaur, Harpreet (Guest)  10:02`, `Maria "Tina" Cruz  8:03 AM`, `Jakub Horák — 18/Jul/25 11:02` (a chat or comment author), `Pieter Maas - Operations`, `• Hamza Qureshi — Graduate Engineer`, `2. Arvid Holm — CTO, Skagen Data` (a team page, a list of joiners or leads), `Ines Vidal · Buyer at Orla` (a network's list of people), `Ana de la Cruz Soto — Partner` — a line led by a person (group 2 has only a row's shape, which `Growth Lead · Pinecone Pantry` and `Quarterly Business Review – Agenda` have too: check it as a name and group 3, what follows the dash or dot, as an address, a role or a department) */
  personLedLine:
    /^[ \t]{0,4}(\p{Lu}[\p{L}\p{M}'’".,()/ -]{0,50})[ \t]{1,4}[—–-]?[ \t]{0,2}[\p{L}\d./-]{0,14}[, \t]{0,2}\d{1,2}:\d\d[ \t]?(?:[ap]m|[AP]M)?$|^[ \t]{0,4}(?:[•·*▪◦]|\d[.)]|\d\d[.)])?[ \t]{0,2}(\p{Lu}[\p{L}\p{M}'’.-]{0,30}[ \t]\p{L}[\p{L}\p{M}'’. -]{0,50}?)[ \t]{1,2}[—–·-][ \t]{1,2}(\p{L}.*)/u,
  /** ` — `, ` · `, `,`, `@`: where a team page row's first cell after the name (its role or department) ends */
  memberCellEnd: /[ \t]{1,4}[—–·|-][ \t]{1,4}|[,@]/u,
  /** `Reporter: Naledi Dube   Assignee: Jakub Horák` — people a tracker's record names by their part in it */
  recordRoleLabel:
    /\b(?:[Rr]eporter|[Aa]ssignee|[Rr]equester|[Rr]eviewer|[Ww]atcher|[Rr]apporteur|[Mm]elder|[Bb]earbeiter)[ \t]?:[ \t]{0,4}(\p{Lu}[\p{L}\p{M}'’.-]{0,30}[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,30})/gu,
  /** `def send(user):`, `  return x;`, `const a = {`, `"author": "…",`, `  title: 'Contact',` (an object's field, its string in any quotes), `to = user.email`, `// note`, `#include <x>`, `(1041,'Gunnar'),`, `COPY . .` (a Dockerfile's instruction), ` * Copyright (c) …` (inside a block comment), `  File "/opt/app/http.py", line 12, in run` and `  at com.acme.Main.run(Main.java:14)` (a stack trace's frames) — a line of code or data */
  codeLine:
    /^[ \t]{1,16}\*(?:[ \t]|$)|(?:[;{}[\]]|\)[ \t]{0,4}[:,]|=>|\*\/|["'`],)[ \t]{0,4}$|^(?:FROM|RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|LABEL|USER|VOLUME|HEALTHCHECK)[ \t]|^[ \t]{0,16}(?:(?:def|class|import|return|raise|throw|const|var|function|public|private|protected|package|catch|except|export)[ \t(]|[A-Za-z_][\w.]{0,40}[ \t]{0,2}=[ \t]|\/\/|\/\*|"""|#include|"[^"]{1,60}"[ \t]?:|File "[^"]{1,200}", line \d|at [\w$.<>]{1,200}\()/u,
  /** `Phở gà     2 x 60.000`, `Cappuccino\t3,50 €`, `Tổng cộng:     120.000đ`, `2 x Tea 250 g ..... $ 9.500`, `2 Flat white    7,40`, `Licence, annual     5     4,200.00`, `TOTAL (VAT incl.)    9,40 €`, `Total    1,250.00 lei`, `Молоко 1 л     2 x 89,90 = 179,80`, `  2 @ 42.90      85.80` (under its item's line) — a receipt's line: perhaps a quantity, words (a note in brackets among them), a wide gap or a dot leader, or only a quantity at its unit price; perhaps a quantity (`2 x`, `2 x 89,90 =`, or a column of its own) or an equals sign, and an amount with its decimal or thousands mark and perhaps its currency's sign or word (group 1: the words, for a total's label) */
  receiptAmountLine:
    /^[ \t]{0,4}(?:(?:\d{1,3}[ \t]{0,2}[x×][ \t]{1,2}|\d{1,3}[ \t]{1,2}|)(\p{L}[\p{L}\p{M}\d'’ .,%°/()-]{0,40}?)[ \t]{0,2}:?(?:[ \t]{2,40}|\t|[ \t]?\.{3,40}[ \t]{1,4})|\d{1,3}[ \t]{0,2}[x×@][ \t]{0,2}\d[\d.,]{0,12}[ \t]{2,40})(?:\d{1,3}[ \t]{0,2}[x×@][ \t]{0,2}\d[\d.,]{0,12}[ \t]{0,2}=[ \t]{0,4}|\d{1,3}[ \t]{0,2}[x×@][ \t]{0,2}|\d{1,4}[ \t]{2,40}|=[ \t]{0,4}|)\p{Sc}?[ \t]{0,2}\d[\d.,]{0,12}[.,]\d{2,3}[ \t]?[\p{Sc}\p{L}]{0,4}[ \t]{0,4}$/u,
  /** `£1,680`, `12,50 €`, `R$ 300`: a currency's sign beside an amount's digits, which no address holds */
  currencyAmount: /\p{Sc}[ \t]{0,2}\d|\d[ \t]{0,2}\p{Sc}/u,
  /** `Totalt NOK`, `Total EUR`, `Summe €`, `Total R$` — a total's label closed by its currency's code or sign, which names no part of the label */
  currencyAfterLabel: /[ \t]{1,4}(?:[A-Z]{3}|[A-Z]{0,2}\p{Sc})$/u,
  /** `You are receiving this email because…`, `You’re receiving this because you subscribed to …` (or are watching a tracker's project, or are a graduate, member or donor: a relation to the sender no person writes to explain their own mail), `Send Ceramics-L mailing list submissions to`, a list digest's closing line in its list's language, its digest's word before the volume (`End of Ceramics-L Digest, Vol 12, Issue 4`, `Slutt på keramikk-l Sammendrag, Vol 3, Nummer 9`; a journal cited as `End of Life Care Review, Vol. 8, No. 2` is none), `Invitation from Google Calendar` (`Einladung von Google Kalender`, `Invitation de Google Agenda`, … in its other languages; or `Invitation from Calendar` as a line of its own, the footer of a copy that drops the app's maker), `This is an automated message` (or an automatic one), `Please do not respond to this e-mail`, `Delivery has failed to these recipients`, `This message was sent to you by … using …`, `Mail Delivery Subsystem`, a bounce's subject or line in Exchange's languages (`Unzustellbar:`, `Die Nachricht konnte nicht an folgende Empfänger zugestellt werden`), a list's page confirming its reader left (`You have been unsubscribed`, `Sie wurden abgemeldet`) — a system's mailing or bounce, signed by no one */
  automatedNotice:
    /\b(?:you are|you're|you’re) receiving this (?:e-?mail|message|notification|newsletter|because you(?:'ve|’ve| have)? (?:subscribed|signed up|opted in)|because you(?:'re|’re| are) (?:watching|an? (?:graduate|alumn(?:us|a|i)|member|subscriber|supporter|donor)))\b|\bmailing list submissions\b|^(?:end of|slut på|slutt på|ende (?:von|der|des)|fin (?:de|du|des)|fine (?:di|del|della)|einde van|koniec|vége)[ \t][^\n,]{1,60}[ \t](?:digest|sammendrag|sammandrag|samenvatting|nachrichtensammlung|recueil|raccolta),[ \t]?vol\.?[ \t]?\d{1,5},[ \t]?\p{L}{2,12}\.?[ \t]?\d{1,5}|\b(?:invitation from google calendar|einladung von google kalender|invitation de google agenda|invitación de google calendar|invito da google calendar|uitnodiging van google agenda|convite do google agenda)\b|^[ \t]{0,4}invitation from calendar[ \t.]{0,4}$|\bthis is an? (?:automated|automatic|automatically generated|auto-generated|system-generated|computer-generated) (?:e-?mail|message|notification|reply)\b|\b(?:please )?do not (?:reply|respond) to this (?:e-?mail|message)\b|\bdelivery has failed to these recipients\b|\b(?:could not|couldn't|couldn’t|wasn't|wasn’t) (?:be )?delivered to\b|\bthis (?:e-?mail|message|notification) was sent to you by\b|\bmail delivery (?:subsystem|system)\b|\bdelivery status notification\b|\b(?:undeliverable|unzustellbar|onbestelbaar|non recapitabile|non remis)[ \t]?:|\bkonnte nicht an (?:folgende|den folgenden) empfänger zugestellt werden\b|\b(?:you(?:'ve|’ve| have) been (?:successfully )?unsubscribed|vous avez été désabonnée?|sie wurden (?:erfolgreich )?abgemeldet|(?:u bent|je bent) (?:succesvol )?afgemeld|te has dado de baja|se ha dado de baja|sei stato disiscritto|você foi descadastrad[oa])\b/iu,
  /** `This is a computer-generated invoice and does not require a signature`, `This is a system-generated statement` — a bill's or statement's footer; an accountant's mail sending one says so too */
  generatedDocument:
    /\bthis is an? (?:automatically generated|auto-generated|system-generated|computer-generated|computer generated|system generated) (?:document|invoice|receipt|statement)\b|\bdiese[rs]? (?:rechnung|dokument|beleg|abrechnung) wurde (?:maschinell|automatisch|elektronisch) erstellt\b|\bmaschinell erstellt(?:en|er|es|e)? (?:und )?(?:ist )?ohne unterschrift gültig\b|\bdocument (?:est )?généré (?:automatiquement|électroniquement|informatiquement)\b|\bdocumento (?:generado|gerado|generato) (?:automáticamente|electrónicamente|automaticamente|eletronicamente|elettronicamente)\b|(?<![\p{L}\p{M}])(?:מסמך|חשבונית|קבלה)(?: זה| זו)? הופק(?:ה)? (?:באופן )?ממוחשב/iu,
  /** `View in browser`, `Unsubscribe · View this email in your browser`, `¿No ves bien este correo? Ver en el navegador`, `Si ce message ne s'affiche pas correctement…`, `Im Browser ansehen` — a bulk mailing's link to its web copy, a line or a footer's cell of its own (`you can view online at …` is a sentence) */
  viewInBrowser:
    /(?:^|[·|•?])[ \t]{0,4}(?:view (?:this email |this e-mail |this message |this newsletter |this issue |it |the web version |the online version |)(?:in your browser|in a browser|in the browser|in browser|in your web browser|in web browser|online|as a webpage|as a web page)|view (?:the |)(?:web|online) version|voir (?:la version en ligne|dans (?:le|votre) navigateur)|afficher dans (?:le|votre) navigateur|si ce (?:message|courriel|mail|e-mail) ne s['’]affiche pas correctement[^\n]{0,60}|(?:im|in ihrem) browser (?:ansehen|anzeigen|öffnen)|online-version (?:ansehen|anzeigen)|ver (?:en el|no) navegador|ver (?:la |)versión web|visualizar no navegador|visualizza (?:nel browser|la versione online)|bekijk (?:deze email |deze e-mail |)(?:in (?:je|uw) browser|online)|zobacz w przeglądarce|visa i (?:din |)webbläsare)[ \t.!]{0,4}(?:$|[·|•])/iu,
  /** `commented on your post`, `reacted to your comment`, `mentioned you in a comment`, `hat Ihren Beitrag kommentiert`, `a commenté votre publication`, `comentó tu publicación`, `comentou sua publicação`, `ha commentato il tuo post`, `heeft gereageerd op je bericht`, `skomentował Twój post` — a social network's notification of someone's activity on the reader's post */
  socialActivity:
    /\b(?:(?:commented on|reacted to|replied to|liked|shared|reposted) your (?:post|comment|photo|article|update|story|video|reply)|mentioned you in (?:a|their) (?:post|comment)|hat (?:Ihren|deinen) (?:Beitrag|Kommentar) (?:kommentiert|geteilt|geliked)|hat auf (?:Ihren|deinen) (?:Beitrag|Kommentar) reagiert|a (?:commenté|partagé|aimé) votre (?:publication|commentaire|post)|a réagi à votre (?:publication|commentaire|post)|(?:comentó|ha comentado|compartió|reaccionó a) tu (?:publicación|comentario)|(?:comentou|compartilhou|reagiu à?) (?:a )?sua (?:publicação|postagem|comentário)|ha (?:commentato|condiviso) il tuo (?:post|commento)|heeft (?:gereageerd op|gedeeld) (?:je|uw) (?:bericht|post|reactie)|skomentował(?:a)? (?:twój|twoj) (?:post|komentarz))(?![\p{L}\p{M}])/iu,
  /** `Automatic reply: Q4 budget`, `Betreff: Abwesenheitsnotiz: …`, `Mensagem automática`, `Automatikus válasz: …`, `自动回复：…` — an auto-reply's label opening its text, perhaps after its subject's key (en, de, fr, es, pt, it, nl, pl, cs, sv, da/no, fi, hu, tr, ro, zh, ja, ko) */
  autoReplyHeading:
    /^[ \t]{0,4}(?:(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|předmět|ämne|emne|aihe|tárgy|konu|subiect|主题|主旨|件名|제목)[ \t]{0,2}[:：][ \t]{0,4}|)(?:automatic reply|auto-?reply|autoreply|automated reply|automatic response|out of office|automatische antwort|abwesenheitsnotiz|réponse automatique|message automatique|respuesta automática|mensaje automático|resposta automática|mensagem automática|risposta automatica|messaggio automatico|automatisch antwoord|automatisch bericht|automatyczna odpowiedź|automatická odpověď|automatiskt svar|automatisk svar|automaattinen vastaus|automatikus válasz|otomatik yanıt|otomatik cevap|răspuns automat|自动回复|自動回覆|自動回复|自動返信|自動応答|자동[ \t]?회신|자동[ \t]?응답)(?![\p{L}])/iu,
  /** `I am currently on annual leave until …`, `I'm out of the office`, `Ich bin bis … nicht im Büro`, `Je suis absente`, `Estoy fuera de la oficina`, `Estou de férias`, `Sono fuori ufficio`, `Ik ben afwezig` — an auto-reply's own sentence: its writer away from work (en, de, fr, es, pt, it, nl) */
  awayFromWork:
    /\b(?:i(?:['’]m| am| will be)[ \t](?:currently[ \t]|now[ \t])?(?:out of (?:the )?office|on (?:annual |parental |maternity |paternity |sick |study |medical )?leave|on (?:holiday|vacation)|away from (?:the|my) (?:office|desk))|ich bin[ \t](?:derzeit[ \t]|zurzeit[ \t]|momentan[ \t])?(?:nicht im büro|abwesend|im urlaub)|je suis[ \t](?:actuellement[ \t])?(?:absente?|en congés?|en vacances)|(?:estoy|me encuentro|estaré)[ \t](?:actualmente[ \t])?(?:fuera de la oficina|ausente|de vacaciones)|(?:estou|estarei|encontro-me)[ \t](?:atualmente[ \t])?(?:fora do escritório|ausente|de férias)|(?:sono|sarò)[ \t](?:attualmente[ \t])?(?:fuori ufficio|assente|in ferie)|ik ben[ \t](?:momenteel[ \t])?(?:afwezig|niet op kantoor|met vakantie))(?![\p{L}\p{M}])/iu,
  /** `Bu e-posta otomatik olarak gönderilmiştir`, `Diese E-Mail wurde automatisch erstellt`, `Ce message a été envoyé automatiquement`, `Email ini dikirim otomatis`, `本メールは送信専用アドレスから配信`, `此邮件为系统自动发送`, `발신전용`, `Цей лист сформовано автоматично`, `Письмо отправлено автоматически`, `Ceci est un message automatique`, `Questa è una comunicazione automatica`, `Đây là email tự động`, `यह एक स्वचालित ईमेल है`, `อีเมลนี้ส่งโดยระบบอัตโนมัติ`, `Ez egy automatikusan generált üzenet`, `Detta är ett automatiskt genererat meddelande`, `Dette er en automatisk melding` — a notice saying it was sent automatically (a bill's, a web form's); the Asian and Cyrillic forms (where `\b` reaches no letter) name the mail itself or open a sentence, as a mail discussing such sending does not */
  sentAutomatically:
    /\b(?:bu e-posta otomatik olarak gönderilmiştir|diese e-?mail wurde automatisch (?:erstellt|generiert|versendet|versandt)|ce (?:message|courriel|e-?mail) (?:a été |est )?(?:envoyé|généré) automatiquement|este (?:correo|mensaje|e-?mail) (?:es |ha sido |fue |se ha )?(?:enviado|generado) automáticamente|este e-?mail foi (?:enviado|gerado) automaticamente|questa e-?mail è stata (?:inviata|generata) automaticamente|deze e-?mail is automatisch (?:verzonden|verstuurd|gegenereerd)|wiadomość (?:została )?wygenerowana automatycznie|ceci est un (?:message|courriel|e-?mail) automatique|questa è una comunicazione automatica|ez egy automatikus(?:an (?:generált|küldött))? (?:üzenet|e-?mail|levél)|acest (?:e-?mail|mesaj) (?:a fost )?(?:generat|trimis) automat|tento e-?mail (?:byl |bol )?(?:vygenerován|odeslán|vygenerovaný|odoslaný) automaticky|denne e-?(?:mail|post)(?:en)? er (?:automatisk (?:genereret|generert|sendt)|sendt automatisk)|dette er en automatisk(?:[ \t](?:genereret|generert|sendt))? (?:melding|meddelelse|besked|e-?post|e-?mail)|detta är ett automatiskt (?:genererat |skickat )?(?:meddelande|e-?postmeddelande|mejl)|tämä (?:on automaattinen viesti|viesti on lähetetty automaattisesti)|e-?mel ini (?:dijana|dihantar) secara automatik)\b|(?<![\p{L}\p{M}])(?:đây là (?:email|e-mail|thư) (?:được gửi )?tự động|स्वचालित (?:ईमेल|ई-मेल|संदेश)|هذه (?:ال)?رسالة (?:آلية|تلقائية)|این (?:ایمیل|پیام) به صورت خودکار|הודעה זו נשלחה (?:באופן )?אוטומטית|(?:στάλθηκε|δημιουργήθηκε) αυτόματα)|ส่ง(?:โดย|จาก)ระบบอัตโนมัติ|อีเมลอัตโนมัติ|(?:^|[.!?][ \t]{1,3})(?:email|e-mail|pesan) ini dikirim (?:secara )?otomatis\b|(?:本|この)(?:電子)?メール[^\n]{0,40}?(?:自動送信|自動配信|送信専用)|送信専用(?:メール)?アドレス|(?:为|為|由)系[统統]自[动動][发發]送|발신[ \t]?전용|자동[ \t]?발송(?:된|되는|되었|됩니다)|(?:лист|повідомлення)[ \t](?:було[ \t])?(?:сформовано|згенеровано|надіслано)[ \t]автоматично|(?:письмо|сообщение)[ \t](?:было[ \t])?(?:сформировано|сгенерировано|отправлено)[ \t]автоматически/iu,
  /** `The Slotwise Team · no-reply@…`, `— The team at Larchmere`, `The Bookings Desk`, `L'équipe Colis`, `Ihr Shopware-Team`, `Ihr Praxisteam` (a German or Dutch compound), `Ihr Team der Kundenbetreuung`, `Votre équipe`, `Nuestro equipo` — a message signed by a team */
  teamSignOff:
    /^[ \t]{0,4}[-–—]?[ \t]{0,2}(?:the|your)[ \t][^\n]{0,50}\b(?:team|desk|crew)(?:[ \t]at[ \t]|[ \t]{0,4}[·|•,]|[ \t]{0,4}$)|^[ \t]{0,4}[-–—]?[ \t]{0,2}(?:l['’]équipe|el equipo|il team|a equipe|o time|das team|(?:ihr|dein|euer|unser) team|(?:votre|notre) équipe|(?:su|nuestro|vuestro) equipo|il (?:vostro|nostro) team|(?:a )?(?:sua|nossa) equipe|(?:o )?(?:seu|nosso) time|(?:uw|jullie|ons) team)(?:[ \t]|[ \t]{0,4}$)|^[ \t]{0,4}[-–—]?[ \t]{0,2}(?:das|ihr|dein|euer|het|uw|je)[ \t][^\n \t]{1,40}-?team[ \t]{0,4}$/iu,
  /** `Equipe Loja Jacarandá`, `Équipe Colis`, `Equipo de Soporte`, `Zespół Wisła Fintech`, `Tým Podpory`, `Команда Сервиса`, `Ομάδα …`, `فريق خدمة العملاء`, `צוות התמיכה`, `تیم پشتیبانی` — a team's name without its article (pl, cs, sk, ru/uk, el, ro, ar, he, fa too): a sign-off only where it opens the signature (under a person's name it is their department) */
  bareTeamSignOff: new RegExp(String.raw`^[ \t]{0,4}[-–—]?[ \t]{0,2}(?:${alternatives(TEAM_WORDS)})[ \t]`, 'iu'),
  /** `Tim Kirimku`, `Team Kiosko` — the Indonesian/Malay and English/German bare team's name opening a line (bareTeamSignOff has the others): read in a notice asking not to be answered, and as a bare team's signature where the line names no person nor title (`Team Lead`) */
  noticeTeamName: /^[ \t]{0,4}[-–—]?[ \t]{0,2}(?:tim|team)[ \t]/iu,
  /** `L'Amministrazione`, `L’Administration` — an article elided onto the word a group's signature opens with, cut off to read the word */
  elidedArticle: /^[ \t]*l['’](?=\p{L})/iu,
  /** `(राजेश कुमार मिश्रा)`, `(Tariq Javed Butt)` — a line that is one parenthesised run of two words or more: the signatory's name typed under a South Asian letter's signature space; group 1 is inside */
  bracketedNameLine: /^[ \t]{0,8}[(（]([^()（）\s][^()（）\n]{0,60}[ \t][^()（）\n]{0,60}[^()（）\s])[)）][ \t]{0,8}$/u,
  /** `E.M. (Eva) van Dijk`, `J. P. (Jan) de Vries` — Dutch and Flemish initials with the call name (roepnaam) in brackets after them: the given name the person goes by; group 1 the initials, group 2 the call name */
  initialsCallName: /(?<![\p{L}.])((?:[\p{Lu}]\.[ \t]|[\p{Lu}]\.){0,3}\p{Lu}\.)[ \t]?\((\p{Lu}[\p{L}-]{1,30})\)/u,
  /** `"Bazza"`, `“Bazza”`, `'Segun'` (not the apostrophe of `O'Brien`), `(he/him)`, `（Miho Sasaki）`, `[they/them]` — nicknames and asides inside a name line */
  nameAside:
    /"[^"]{0,40}"|“[^”]{0,40}”|‘[^’]{0,40}’|(?<!\p{L})'[^'\s]{1,40}'(?!\p{L})|«[^»]{0,40}»|\([^)]{0,60}\)|（[^）]{0,60}）|\[[^\]]{0,60}\]/gu,
  /** `Hoi-ying`, `Chun-kit` — a romanised Chinese or Korean given name as one word, its syllables hyphenated and the second in lower case; group 1 is its first syllable */
  hyphenatedSyllableName: /^(\p{Lu}\p{Ll}{0,10})-\p{Ll}{1,10}$/u,
  /** `[LINE] Chat history with Mia Tan`, `[LINE] การแชทกับ สมชาย ใจดี` (Thai: chat with), `[LINE] 田中 美咲とのトーク履歴`: the words of a chat export's title around the other participant's name (its `[LINE]` is an aside) */
  chatHistoryTitle: /^[ \t]{0,16}(?:chat history with|(?:การ)?แชทกับ)(?=[ \t])|とのトーク履歴(?=[ \t]{0,8}$)/giu,
  /** `mei`, `siew`, `kheng`: a folded word of one run of vowels, as a syllable of a romanised Chinese, Korean or Vietnamese given name is, unlike `rahman` or `stefano` */
  oneSyllable: /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/u,
  /** `khoi`, `nguyen`, `nghia`: a Vietnamese syllable without its accents (an initial, one to three vowels, a final c, ch, m, n, ng, nh, p or t), unlike `dijk` or `berg` */
  vietnameseSyllable: /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u,
  /** `ากร` — a Thai vowel written after its consonant (sara a, aa, am, lakkhangyao), which opens no word */
  thaiFollowingVowel: /^[\u0E30\u0E32\u0E33\u0E45]/u,
  /** `Amara`, `O'Sullivan-Reyes`, `McTavish`, `Ní`, `van` — a name word in a cased script */
  nameWord: /^[\p{L}][\p{L}\p{M}'’-]{0,40}$/u,
  /** `hrl.`, `ml.` (of `Sigrún Ósk Björnsdóttir hrl.`, `Tomáš Dvořák ml.`): a lower-case abbreviation, as a post-nominal closing a name is written */
  lowerAbbreviation: /^\p{Ll}{2,4}\.$/u,
  /** `ดร.`, `ผศ.ดร.`, `د.` — abbreviations of a script without letter case, each closed by its point, as glued before a name */
  caselessAbbreviations: /^[\p{Lo}\p{M}.]{1,24}\.$/u,
  /** `Alh.`, `Abg.`, `Pharm.`, `Cdora.`, `ATTY.` — a capitalised abbreviation (in capitals on a line in capitals), as a form of address or profession is written before a name */
  capitalAbbreviation: /^\p{Lu}(?:\p{Ll}{1,4}|\p{Lu}{1,4})\.$/u,
  /** `博士（工学）`, `工学博士`, `修士(理学)`, `공학박사`: a doctorate or master's degree of Japanese, Chinese or Korean, with its field before it or in brackets after it, as a university page writes it beside the name */
  cjkDegree:
    /^(?:\p{Script=Han}{1,3}学|\p{Script=Hangul}{1,3}학|)(?:博士|修士|碩士|硕士|박사|석사)(?:[（(][\p{Script=Han}\p{Script=Hangul}・]{1,10}[）)]|)$/u,
  /** `Mag.a`, `Dr.in`, `DI.in` — an abbreviated degree and the feminine ending Austrian writes after its point */
  feminineDegree: /^(\p{L}{1,6})\.(?:a|in)$/u,
  /** `المحامي/`, `م/` — a word closed by a slash, as Arabic writes a profession or form of address before a name */
  slashedPrefix: /^\p{L}[\p{L}\p{M}]{0,20}\/$/u,
  /** `BD+C`, `O&M`, `CCC-SLP2` — a credential written in capitals with a joint or digit, after a name's comma */
  credential: /^\p{Lu}[\p{Lu}\d]{0,5}[+&/\d-][\p{Lu}\d+&/-]{0,8}$/u,
  /** `/Signe`, `/ Mikael` — one capitalised word after a slash: a sign-off's given name, as Nordic mail writes it */
  slashSignOff: /^\/[ \t]?\p{Lu}\p{Ll}{1,20}$/u,
  /** `Pr`, `Sci`, `Eng` of `Pr.Sci.Nat.`, `C.Eng.` — one part of a dotted credential: a capital and up to three letters */
  dottedCredentialPart: /^\p{Lu}\p{Ll}{0,3}$/u,
  /** `CPEng`, `MIEAust`, `BSc` — a credential by its shape: capitals, then lower case (no name starts with two capitals) */
  credentialShape: /^\p{Lu}{2,8}\p{Ll}[\p{L}]{0,10}$/u,
  /** `DipPFS`, `CertCII`, `DipFA` — a credential by its shape: an abbreviated word, then capitals closing it (no name ends in two) */
  credentialClosingCapitals: /^(\p{Lu}\p{Ll}{1,4})\p{Lu}{2,5}$/u,
  /** `MVB`, `MBBS`, `PMP` — capitals without a vowel, nor the `r`, `l` or `w` that stand for one (Czech `VLK`, Welsh `CWM`): an acronym */
  vowellessAcronym: /^[BCDFGHJKMNPQSTVXZ]{3,6}$/u,
  /** `s.`, `A.` — one letter and its point: a letter of a legal form written spaced (`s. r. o.`, `B. V.`) */
  dottedLetter: /^\p{L}\.$/u,
  /** `Al-Harbi`, `Al` (of `Al Harbi`), `El-Sayed`, `الحربي` — a family name opened by the Arabic article */
  arabicArticle: /^(?:[Aa]l|[Ee]l)(?:-\p{L}|$)|^ال\p{L}/u,
  /** `T.`, `J.R.`, `K`, `Th.` — an initial; a romanised Greek or Cyrillic letter (Θ, Χ, Φ, Ж, Х, Ш) is a digraph in `h`, dotted */
  initial: /^\p{Lu}\.?$|^\p{Lu}\.\p{Lu}\.?$|^\p{Lu}h\.$/u,
  /** `鈴木`, `佐々木`, `ルーカス`, `ليلى`, `אביגיל`, `כהן-שושן`, `민준`, `حسینی‌نژاد`, `ნინო` — a word in a script without letter case (々 and ー are modifier letters; a joiner inside spells it; Georgian's everyday letters are lower case by Unicode, its capitals kept for headings) */
  caselessWord: /^[\p{Lo}\p{Lm}\p{M}\p{sc=Geor}][\p{Lo}\p{Lm}\p{M}\p{sc=Geor}\u200c\u200d-]{0,40}$/u,
  /** `梅`, `ノ`, `가`: a letter of a script without case (not the ordinal marks `º`, `ª`) */
  caselessLetter: /(?![ªº])\p{Lo}/u,
  /** `للصناعات`, `للتجارة` — an Arabic word opening with لل (`for the`): the trade a firm's name goes on to (`النور للصناعات`), never a person's name */
  arabicTradeWord: /^لل\p{L}{2,20}$/u,
  /** Japanese kana: `ノースライト` */
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /** Japan's legal forms, in kanji Chinese does not write them in: `北斗精機株式会社`, `有限会社ミドリ`, `合同会社` */
  japaneseLegalForm: /[株有合][式限同]会社/u,
  /** `㈜푸른물결에너지`, `주식회사 다솜정밀`, `株式会社ミドリテクノ`, `星澜智能科技（北京）有限公司` — a firm named by its legal form in a script without spaces, inside a sentence: the Korean or Japanese form or mark before the name (no Hiragana: a particle ends it), the Chinese form after the name and its bracketed place */
  caselessFirm:
    /(?:㈜|\(주\)|주식회사[ \t]?)[\p{Script=Hangul}\p{Script=Han}]{2,20}|(?:株式会社|有限会社|合同会社)[\p{Script=Katakana}\p{Script=Han}ー・]{2,20}|[\p{Script=Han}（）]{2,30}(?:股份有限公司|有限责任公司|有限責任公司|有限公司)/u,
  /** `는`, `은`, `에서` closing a Hangul firm's name inside a sentence (`㈜다솜정밀은 오늘 …`): the particle written onto it (not `이`, `가`, `과`, which also close names) */
  koreanParticleEnd: /(?<=\p{Script=Hangul})(?:에서|으로|에게|[는은을를의])$/u,
  /** Hangul: `김 민준` */
  hangul: /\p{Script=Hangul}/u,
  /** Han: `王 小明` */
  han: /\p{Script=Han}/u,
  /** A word all in Han: `小明` */
  hanWord: /^\p{Script=Han}+$/u,
  /** A word all in Hangul: `민준` */
  hangulWord: /^\p{Script=Hangul}+$/u,
  /** Hebrew: `אביגיל` */
  hebrew: /\p{Script=Hebrew}/u,
  /** Greek: `Τηλ.` */
  greek: /\p{Script=Greek}/u,
  /** Cyrillic: `Тел.` */
  cyrillic: /\p{Script=Cyrillic}/u,
  /** Ukrainian letters of Cyrillic: `Київ` */
  ukrainianLetter: /[іїєґІЇЄҐ]/u,
  /** Macedonian letters of Cyrillic: `Ѓорѓи`, `ќерка`, `ѕид` */
  macedonianLetter: /[ѓќѕЃЌЅ]/u,
  /** Serbian letters of Cyrillic (Macedonian writes the last four too): `Петровић`, `Ђорђе`, `Нови Сад`'s `ј` */
  serbianLetter: /[ђћјљњџЂЋЈЉЊЏ]/u,
  /** Kazakh letters of Cyrillic that neither Russian nor Mongolian write: `Қазақстан`, `Құрметпен`, `Әлия` */
  kazakhLetter: /[әғқұӘҒҚҰ]/u,
  /** Kyrgyz's ng, which Russian, Mongolian and (without Kazakh's own letters) no other Cyrillic language writes: `Жаңы`, `Төңкөрүш` */
  kyrgyzLetter: /[ңҢ]/u,
  /** Mongolian's rounded vowels (Kazakh and Kyrgyz write them too, with their own letters beside): `Өлзий`, `Хүндэтгэсэн`, `Гүйцэтгэх захирал` */
  mongolianLetter: /[өүӨҮ]/u,
  /** Belarusian's short u, which Russian and Ukrainian do not write: `аддзел ўліку` */
  belarusianLetter: /[ўЎ]/u,
  /** Bulgarian's vowel ъ before a consonant (`България`, `Мениджър`, `към`); Russian's hard sign precedes е, ё, ю, я only */
  bulgarianVowel: /[ъЪ][бвгджзйклмнпрстфхцчшщБВГДЖЗЙКЛМНПРСТФХЦЧШЩ]/u,
  /** Georgian, written in Georgia alone: `თბილისი` */
  georgian: /\p{Script=Georgian}/u,
  /** Armenian, written in Armenia alone: `Երևան` */
  armenian: /\p{Script=Armenian}/u,
  /** Sinhala, written in Sri Lanka alone: `කොළඹ` */
  sinhala: /\p{Script=Sinhala}/u,
  /** Khmer, written in Cambodia alone: `ភ្នំពេញ` */
  khmer: /\p{Script=Khmer}/u,
  /** Lao, written in Laos alone: `ວຽງຈັນ` */
  lao: /\p{Script=Lao}/u,
  /** Burmese, written in Myanmar alone: `ရန်ကုန်` */
  myanmar: /\p{Script=Myanmar}/u,
  /** Ethiopic (Ge'ez): `አዲስ አበባ` (Ethiopia's Amharic mostly; Eritrea writes Tigrinya in it too) */
  ethiopic: /\p{Script=Ethiopic}/u,
  /** Tamil: `சென்னை` (India's Tamil Nadu mostly; Sri Lanka and Singapore write it too) */
  tamil: /\p{Script=Tamil}/u,
  /** India's regional scripts, each written in India alone: Gujarati `સુરત`, Gurmukhi `ਲੁਧਿਆਣਾ`, Kannada `ಬೆಂಗಳೂರು`, Telugu `హైదరాబాద్`, Malayalam `കൊച്ചി`, Odia `କଟକ` */
  indianScript:
    /[\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Telugu}\p{Script=Malayalam}\p{Script=Oriya}]/u,
  /** Bengali: `ঢাকা` (Bangladesh mostly; India's West Bengal and Assam write it too) */
  bengali: /\p{Script=Bengali}/u,
  /** Devanagari: `दूरभाष` */
  devanagari: /\p{Script=Devanagari}/u,
  /** Thai: `โทร` */
  thai: /\p{Script=Thai}/u,
  /** Arabic: `هاتف` */
  arabic: /\p{Script=Arabic}/u,
  /** `وب` in `وبالمنامة` (and in Manama): Arabic's conjunction (`و`, `ف`) and preposition (`ب`, `ل`, `ك`) joined to the word they open, a word of three letters at least after them */
  arabicProclitics: /^(?:[وف][بلك]?|[بلك])(?=[\p{Script=Arabic}\p{M}]{3})/u,
  /** `,`, the Arabic comma `،` and the Ethiopic `፣`, parting an address's parts: `Unit 7, Block B`, `سرگودھا روڈ، فیصل آباد` */
  partComma: /[,،፣]/u,
  /** letters of the Arabic script that Persian writes and Arabic does not: `پلاک`, `گروه`, `کریمی` (پ چ ژ گ, keheh, Farsi yeh) */
  persianLetter: /[پچژگکی]/u,
  /** letters of the Arabic script that only Urdu writes: `ٹاؤن`, `ڈاکٹر`, `سڑک`, `میں`, `ہے`, `شکریہ`, `بھائی`, `گئۓ` */
  urduLetter: /[ٹڈڑںےہھۓ]/u,
  /** letters of Pashto (`ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ`), Sorani Kurdish (`ڵ ڕ ۆ ێ ڤ ە`) and Uyghur (`ۇ ۈ ۋ`), which Persian and Urdu do not write: `ښاغلی`, `هەولێر`, `ئۈرۈمچى` */
  pashtoKurdishUyghurLetter: /[ټډړښږځڅڼېۍڵڕۆێڤەۇۈۋ]/u,
  /** letters only Vietnamese writes: `Nguyễn`, `Đường`, `Thị` (not õ, which Portuguese writes too: `Canalizações`) */
  vietnameseLetter: /[ơưđĐƠƯạặậẹệịọộợụựỵảẳẩẻểỉỏổởủửỷẫẽễĩỗỡũữỹ]/u,
  /** letters Spanish and Portuguese names are spelled with: `Ocaña`, `Solís`, `Mendonça`, `Simões` */
  iberianLetter: /[ñÑáÁéÉíÍóÓúÚãõçÇ]/u,
  /** letters only Polish writes: `Łódź`, `Wiśniewska`, `ulica Żelazna` */
  polishLetter: /[łŁśŚźŹżŻąĄęĘ]/u,
  /** letters only Czech writes: `Dvořák`, `Brno-střed`, `Plzeň` (ř, ů, ě) */
  czechLetter: /[řŘůŮěĚ]/u,
  /** letters only Hungarian writes: `Győr`, `Kőbánya` */
  hungarianLetter: /[őŐűŰ]/u,
  /** letters only Turkish writes: `İstanbul`, `Kadıköy`, `Beşiktaş` (ğ, ı, İ; ş is Romanian too) */
  turkishLetter: /[ğĞıİ]/u,
  /** letters only Romanian writes: `Iași`, `Timișoara`, `Constanța` (s and t with a comma below; Turkish's ş has a cedilla) */
  romanianLetter: /[șȘțȚ]/u,
  /** `香港`, `九龍`, `新界`: Hong Kong and its regions in Han, written without spaces inside an address (`新界沙田…`) */
  hongKongPlace: /香港|九龍|新界/u,
  /** Han characters only the traditional script writes (`號`, `區`, `電話`, `經理`): Taiwan's, where a national number is read */
  traditionalHan: /[號區縣鄉鎮經電話機業務臺灣處與會員廠發寶]/u,
  /** Han, kana, Hangul: names there are written family name first */
  familyFirstScript: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
  /** `Brooklyn, NY`, `Ciudad de México, CDMX`: a place's last part after its comma (group 1), in any script's comma */
  placeTail: /[,،，][ \t]{0,4}([^,،，]{1,60})$/u,
  /** `Medellín, Antioquia`, `Montréal (Québec)`, `Porto Alegre/RS`, `Praha`: a town's name (group 1), then its region without digits, if any */
  placeHead: /^([^,،，(/\d]{1,60})(?:$|[,،，(/][^\d]{0,60}$)/u,
  /** `zanele-studio.example (portfolio)`, `portfolio: ana-rao.example`, `linkedin.com/in/ana-rao`, `Follow Kauri Labs: linkedin.com/company/kauri-labs`: a site written in lower case, maybe with a path or labelled (in a few words) before or after — a link, never a role */
  labelledSite:
    /^(?:\p{L}[\p{L} \t]{0,60}:[ \t]{0,4}|)[a-z0-9][a-z0-9._-]{0,300}\.[a-z]{2,24}(?:\/[\p{L}\p{N}._~%/-]{0,300}|)(?:[ \t]{1,4}\([^()]{1,40}\)|)$/u,
  /** `● Active`, `🌴 Out`: signs at a segment's ends; not an enclosed CJK letter (`㈜한빛소재`) nor a mark closing a word (`REALTOR®`) */
  edgeSymbols: /^(?:[^\P{So}\u3200-\u32FF]|\s){1,20}|(?:(?<!\p{L})|(?![®™]))(?:[^\P{So}\u3200-\u32FF]|\s){1,20}$/gu,
  /** `Chocolaterie Lemaire SRL (Namur)`: an aside without digits closing a firm's name, its words (group 1; a registration's is registrationTail) */
  firmAside: /[ \t]{1,4}\(([^()\d]{1,40})\)$/u,
  /** `(Pty)` of `… (Pty) Ltd`, `(Edms)`: a legal form's word in brackets, a list's mark after it (group 1: the word) */
  bracketedForm: /^[(（]([\p{L}.]{1,12})[)）][,;:]?$/u,
  /** `Teraju Logistik Sdn. Bhd. (201901041822)`, `… Ltd (Co. No. 04123987)`, `(201901041822 (1331092-T))`: a firm's registration number in parentheses at the end, a Malaysian firm's old number nested after the new */
  registrationTail: /[ \t]{1,4}\([\p{L}.:# ]{0,20}\d[\d -]{3,20}(?:\p{Lu}?|[ \t]?\(\d[\d-]{3,20}\p{Lu}?\))\)$/u,
  /** `[FOR HIRE] Senior Unity dev`, `[HIRING] …`, `[WTB] …`: a post's subject opening with its board's tag in capitals */
  postTag: /^\[[\p{Lu}\d][\p{Lu}\d &/+-]{0,20}\][ \t]/u,
  /** `"Fast, friendly and fair." — Cláudia T.`, `„Top Beratung!“ – Jens`: a quoted saying and, after a dash, its author (a review, a testimonial, a motto's), no signer */
  quotedSaying: /^[ \t]{0,8}["“„«‘][^\n]{1,600}["”“»’][ \t]{0,4}[—–―-][ \t]{0,4}\p{Lu}[^"“”„«»\n]{0,80}$/u,
  /** `4,5 ★★★★☆ (1.386)`, `★★★★★ 4.7 (254 reviews)`, `⭐ 4.6 · Spa`, `4.5 (738 reviews)`: a listing's rating opening its line, out of five, with stars or a count of reviews in brackets */
  listingRating:
    /^[ \t]{0,8}(?:[★☆⭐]{1,5}[ \t]{0,4}[0-5][.,]\d{1,2}|[0-5][.,]\d{1,2}[ \t]{0,4}(?:[★☆⭐]|\([ \t]{0,4}\d[\d.,]{0,12}[ \t]{0,4}\p{L}{0,20}[ \t]{0,4}\)))/u,
  /** `★★★☆☆ Slow but careful`, `●●●●○ Reviewed 9 March 2026`: five marks opening a line, no more (a password mask or a form's boxes run on), no score after them (a listing's own rating gives one): a reader's review */
  reviewStars: /^[ \t]{0,8}[★☆●○]{5}(?![★☆●○])(?![ \t]{0,4}[0-5][.,]\d)/u,
  /** `Reviewed 9 March 2026`, `Reviewed on Nov 3`: a review's date where relativeStamp gives none */
  reviewedOn: /^reviewed[ \t](?:on[ \t])?(?:\d{1,2}[ \t]\p{L}{3,9}|\p{L}{3,9}[ \t]\d{1,2})/iu,
  /** `~ SINCE 1952 ~`, `* Est. 1890 *`: a line framed by ornaments at both ends, a motto or blessing set apart */
  framedLine: /^[~*★☆✦✧][ \t].{1,200}[ \t][~*★☆✦✧]$/u,
  /** `GM`, `DGM – Finance`, `AGM: Projects` — a general manager's abbreviation (or its assistant's, deputy's) as a title: in capitals, alone or before a field after a dash or colon; not `GM Financial`, `AGM 2026` or a chat's `gm` */
  managerAbbreviationTitle: /^(?:GM|AGM|DGM)(?:[ \t]{0,4}[–—:-][ \t]{0,4}\p{L}|$)/u,
  /** `NY`, `NSW`, `CDMX`: a region's code */
  regionCode: /^\p{Lu}{2,4}$/u,
  /** `KY`, `AB`, `NV`: a two-letter postal code of a state or province */
  postalRegion: /^\p{Lu}{2}$/u,
  /** `Nguyễn` → letters and digits only (splitting an email local part: `joris.vandenbroek`) */
  localPartSeparator: /[._+-]/u,
  /** `efatura`, `e-tax`, `e-invoice` → the electronic `e` a service's mailbox puts before its function's word (`eva`, two letters after it, keeps it) */
  electronicPrefix: /^e-?(?=\p{L}{3})/u,
  /** the vowels and glides a romanised name may spell in several ways (`yulia`, `iuliia`, `julija`), dropped to compare it */
  romanisedVowels: /[aeiouyj]/gu,
  /** `joris.van_den` → pieces of a local part that are words of a name */
  localPieceSeparator: /[._]/u,
  /** first letter of each name part: `o'connell-reyes` → `O'Connell-Reyes` */
  wordStart: /(^|[-'’])(\p{L})/gu,
  /** digits inside a local part: `anna.k2` */
  digits: /\p{N}/gu,
  /** `opec21019.20250317114207…`, `ticket-884120551`: a run of digits a generated local part holds, no person's */
  generatedDigits: /\p{Nd}{8}/u,
  /** a run of letters for folding checks */
  lettersOnly: /[^\p{L}]/gu,
  /** What a user name's pieces are joined with: `aiko-fujimoto`, `nomvula_d`, `t.zielinski2`. */
  userNameBreak: /[-_.\d]+/u,
  /** Between a name's parts: spaces and a hyphen (`Jean-Paul Habimana`). */
  namePartBreak: /[\s\-‐]+/u,
  /** what splits a text into its words, letters only: `Kar1n` → `Kar`, `n` */
  nonLetterRun: /\P{L}+/u,
  /** a text with nothing for folding to decompose or spell out */
  asciiText: /^[\x00-\x7f]*$/u,
  /** `ß`, `ø`, `ł` …: lower-case letters NFD leaves whole, that fold spells out */
  spelledOutLetter: /[ßðþæøœłđı]/gu,
  /** combining marks after NFD: `é` → `e` */
  combiningMarks: /\p{M}/gu,
  /** emoji and pictographs hanging off a name or a label: `Marisa Quintero 🌺`, `📞` */
  pictograph: /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu,
  /** `*Personal Real Estate Corporation`, `† Not admitted in Ontario`: a footnote's line, its asterisk glued to a word (`* Head of Sales` is a bullet; `*bold*` closing on one is emphasis), a dagger or a superscript glued or spaced */
  footnoteLine: /^[ \t]{0,4}(?:\*|[†‡¹²³][ \t]?)(?=\p{L})(?![^\n]*\*[ \t]*$)/u,
  /** footnote and affiliation marks after an author's name: `Lagos¹*`, `Okoye²†` */
  footnoteMarks: /[*†‡¹²³⁰⁴-⁹][*†‡¹²³⁰⁴-⁹,]{0,15}(?=[,;]?$)/u,
  /** what may stand between the words of one written name: spaces and line breaks, no comma, pipe or colon */
  nameWordGap: /^\s{0,80}$/u,
  /** `ο/η `, `14 użytkownik `: a localised attribution's word before the writer's name (ATTRIBUTION_NAME_PREFIXES), and what its date left before it */
  attributionNamePrefix: new RegExp(
    String.raw`^[^<>\n]{0,40}?(?<![^ \t])(?:${alternatives(ATTRIBUTION_NAME_PREFIXES)})[ \t]{1,4}(?=\p{L})`,
    'iu',
  ),
  /** ends of a segment worth trimming: `Cheers,`, `Name –`, `敬礼！` (full-width too), `تحياتي،` (Arabic comma) */
  edgePunctuation: /^[\s,;:.!?–—*•·|\-，；：。！？、،؛؟]{1,20}|[\s,;:!?–—*•·|\-，；：。！？、،؛؟]{1,20}$/gu,

  // --- phones (labels only; the numbers themselves are libphonenumber-js's job) ---
  /** a label's words: `Tel.`, `Mobile:`, `Athens office:`, `แฟกซ์`, `मोबाइल` (with their vowel signs and marks) */
  labelWord: /[\p{L}][\p{L}\p{M}]{0,19}/gu,
  /** `Tel./Fax`, `Тел./факс`, `Phone & Fax`, `โทร./แฟกซ์`: two label words (groups 1 and 2) joined by a slash or `&` as one label */
  joinedLabelWords: /([\p{L}][\p{L}\p{M}]{0,19})\.?[ \t]{0,2}[/&][ \t]{0,2}([\p{L}][\p{L}\p{M}]{0,19})/gu,
  /** `+995`, `32`, `8227`: a digit group alone, a number's piece a web mail's double spaces split off */
  digitGroup: /^\+?\d{1,4}$/u,
  /** `+49`, `(+216)`: a calling code alone, opening a number that a padded paste split into segments */
  callingCodeAlone: /^\(?\+\d{1,4}\)?$/u,
  /** `0141`, `M 010`, `Tel. +49 (0)30` (German sets the area code apart with a slash: `+49 (0)30 / 12 34 56 78`): a trunk prefix's group, or an area code after its calling code, alone (group 1: a label before it), opening a number split so */
  trunkGroupAlone:
    /^(?:0\d{1,4}|\+\d{1,3}[ \t]?(?:\(0\))?[ \t]?[1-9]\d{0,4}|(\p{L}[\p{L}.]{0,19}:?)[ \t]{1,3}(?:0\d{1,4}|\+\d{1,3}[ \t]?(?:\(0\))?[ \t]?[1-9]\d{0,4}))$/u,
  /** `416`, `( 828 )`: a North American area code alone, opening a number split so under its label */
  areaCodeAlone: /^(?:\([ \t]?\d{3}[ \t]?\)|\d{3})$/u,
  /** `40`, `1234567-31`, `9 8555-0142`: a later piece of a number split so */
  numberPiece: /^\d[\d .-]{0,14}$/u,
  /** `4012 5567` on the line under `Ph: (033) 4012 5566`: a line's last digits alone, no trunk prefix, a number's tail the line above completes */
  numberTail: /^[1-9][\d .-]{4,14}\d$/u,
  /** `+961 1 418 227`: a number written with its country code — a phone, never an address */
  internationalNumber: /\+[ \t]{0,2}\d/u,
  /** `H/P` (Malaysia's and Singapore's handphone) */
  handphone: /\bH\/P\b/giu,
  /** `[21.11.2026 16:02]`, `2026-03-14 09:15:02`: the dates and times of day in a text, no other number's groups (`06.12.34.56.78`) */
  datesAndTimes: new RegExp(String.raw`(?<![\d./:-])(?:${DATE}|\d{1,2}:\d{2}:\d{2}|\d{1,2}:\d{2})(?![\d./:-])`, 'gu'),
  /** `03.03.2026`, `14/02/2026`, `2026-03-14`, `2026.04.11`: a date, which a numbering plan may also read as a number */
  dateShape: new RegExp(`^(?:${DATE})$`, 'u'),
  /** `203.0.113.44`: an IPv4 address (four dotted groups of up to three digits, none with a leading zero — `02.512.34.56` is a Belgian number after its trunk 0), which a numbering plan may also read as a number */
  ipAddress: new RegExp(
    `^${Array(4)
      .fill(IPV4_GROUP)
      .join(String.raw`\.`)}$`,
    'u',
  ),
  /** `2025-114`, `2025-031`: a year and the serial of a document it numbers (an offer, an invoice), which a numbering plan may also read as a number */
  yearSerial: /^(?:19|20)\d\d-\d{2,3}$/u,
  /** `5.6.` before `2025 14.22`: a digit and a dot or slash right before a number's first digit, so it is the tail of a longer run (a date's year) */
  runBefore: /\d[./]$/u,
  /** `[`, `(`, `]`, `)` opening or closing a text (`[22.07.2024`) */
  enclosingBrackets: /^[[(]|[\])]$/gu,
  /** `840.00`, `3,850.00`, `1.180,50`: a sum with its cents (a thousands group at most, the other mark than the decimal one), which a numbering plan may also read as a short number */
  moneyAmount: /^(?:\d{1,3}|\d{1,3},\d\d\d)\.\d\d$|^(?:\d{1,3}|\d{1,3}\.\d\d\d),\d\d$/u,
  /** `06/2024`, `3.2021`: a month of a year (a résumé's post ends or starts in it), which a numbering plan may also read as a short number */
  monthOfYear: new RegExp(String.raw`^${MONTH_BEFORE_YEAR}(?:19|20)\d\d$`, 'u'),
  /** `2027–2030`, `1998 - 2004`, `(2018–2021)`, a school or fiscal year's `2024/25`, a résumé's `09/2015–02/2019`: a span of years (or of months of years), which a numbering plan may also read as a number */
  yearSpan: new RegExp(String.raw`^\(?${MONTH_YEAR}[ \t]{0,2}[–—/-][ \t]{0,2}(?:${MONTH_YEAR}|\d\d)$`, 'u'),
  /** `88123456-021` on a right-to-left line: the subscriber's digits (group 1), then the trunk group typed after them (group 2) */
  trailingTrunkGroup: /(?<![\d+-])(\d{5,8})-(0\d{1,3})(?![\d-])/gu,
  /** A letter of a right-to-left script (Arabic, Persian, Urdu, Hebrew) */
  rightToLeft: /[\p{Script=Arabic}\p{Script=Hebrew}]/u,
  /** `4 329 8814 971+`: a number (group 1) and its calling code (group 2) as a right-to-left line's copy writes them */
  trailingCallingCode: /(?<![\d+])(\d[\d \t]{4,18}\d)[ \t](\d{1,3})\+(?!\d)/gu,
  /** `wa.me/529511234567`, `api.whatsapp.com/send?phone=…`: a chat link's path before the number it opens a chat with, written with its calling code and no `+` */
  chatLinkNumber: /\b(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=)(?=[1-9]\d{6})/giu,
  /** `2276, 0806 …`, `; +44 …`: a list's comma or semicolon before a number */
  listComma: /[,;](?=[ \t]{1,4}[+(]?\d)/gu,
  /** `:00–15:00`: the minutes of a time right after a number (`2025 14:00`) */
  minutesAfter: /^:\d\d/u,
  /** `L-2453`, `CH-8001`: a country letter and dash before a postal code */
  postcodeCountryPrefix: /\p{Lu}{1,2}-$/u,
  /** `MSKU 482913-0`, `Nr. AB 250611-07`, `ОПУ 1842-2026`: a code of capitals (group 1) a space before a reference's digits */
  referenceCode: /(?:^|[\s(:])(\p{Lu}{2,4})[ \t]$/u,
  /** `+351 93 …`, `0711 …`, `(606) 741 …`: a number opening as one is dialled, with its calling code, trunk 0 or area code in brackets */
  dialledOpening: /^[+(0]/u,
  /** `R.C.S.`, `P.IVA`: dots inside an abbreviated label, dropped before reading its words */
  labelDots: /\./gu,
  /** `M.`, `Mª`, `Dª`: an abbreviation's period or superscript letter, no capital of a word in capitals */
  abbreviationMarks: /[.ªº]/gu,
  /** `305`, `۲۱۴`, `९८७` — a decimal digit of any script */
  anyDigit: /\p{Nd}/u,
  /** `1998`, `2027`: the digit runs of a text (`Since 1998`), to tell a year from a house number */
  digitRun: /\p{Nd}{1,12}/gu,
  /** `1998`, `2027`: a digit run that reads as a year of the last two centuries */
  yearNumber: /^(?:19|20)\d\d$/u,
  /** `۰۲۱`, `٩٦٢`, `९८७६५`, `๖๖` — a decimal digit of a script other than ASCII's */
  scriptDigit: /(?![0-9])\p{Nd}/gu,

  // --- web ---
  /** `https://www.linkedin.com/in/slug`, `http://www.example.org/` */
  urlWithScheme: /\bhttps?:\/\/[^\s<>"'()[\]{}|]{1,2000}/giu,
  // A host starts wherever no letter, digit or host punctuation runs into it: any script's colon or bracket may.
  /** `www.thistlerowan.example`, `linkedin.com/in/sanjay-iyer-pm/`, `twitter.com/rheamontrose`, `网址：www.x.example` */
  hostLike:
    /(?<![\p{L}\p{N}\p{M}._@/\\-])((?:www\.)?[a-z0-9][a-z0-9-]{0,62}\.[a-z0-9.-]{0,200}[a-z]{2,24})(\/[^\s<>"'()[\]{}|]{0,300}|)/giu,
  /** `E enquiries@penrose`, `contact@chauveau-`: a mailbox cut at the line's end before its host's first dot */
  unfinishedAddress: /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]{1,63}$/u,
  /** `/en-gb`, `/de_DE`, `/fr` — a site's home page in one language */
  languagePath: /^\/[a-z][a-z](?:[-_][a-z][a-z]|)$/iu,
  /** `/~kdemir`, `/~morimoto`: a user's own directory on a university's or a host's server, a personal home page */
  userHomePath: /^\/~[\p{L}\p{N}._-]{1,40}$/u,
  /** `www.` opening a host: `www.portlarkin.example` */
  wwwPrefix: /^www\./iu,
  /** what parts a path's words: `/people/lindgren-obi`, `/a_rautahi.brooks` */
  pathWordBreak: /[/._~-]{1,20}/u,
  /** `/files/rate-outlook.pdf`, `/deck.pptx`: a path ending in a file's extension */
  fileExtension: /\.[a-z0-9]{2,5}$/iu,
  /** a link target's start: `https://` */
  schemeStart: /^https?:\/\//iu,
  /** where a URL's host and path end: `?utm=…`, `#top`, `>` */
  urlTail: /[?#<>\s]/u,
  /** query or fragment start inside a path: `slug?utm_source=share` */
  urlQuery: /[?#]/u,
  /** trailing slashes of a path: `/in/sanjay-iyer-pm/` */
  trailingSlashes: /\/{1,20}$/u,
  /** `nwachukwu-bell`, `nwachukwu-bell/` — a line holding only the rest of a profile's name (group 1) */
  slugLine: /^([\p{L}\p{N}_%-]{1,100})\/?$/u,
  /** `in/cadenwolfe` (LinkedIn shorthand) */
  linkedinShorthand: /^(?:linkedin|)[ \t:]{0,6}in\/([\p{L}\p{N}_%-]{2,100})\/?$/iu,
  /** `@thorakova`, `@platform-team`, `@m.okafor` — an account mentioned in a README, CODEOWNERS file or chat (not an email) */
  accountMention: /(?:^|[\s(,])@([A-Za-z0-9][\w.-]{0,38})(?![\w@])/gu,
  /** `,`, ` – `, ` - `, or the point of an abbreviated one (`Atte. Marisol`), after a sign-off on the line of the name (`Cheers, Finn`) */
  valedictionBreak: /,|[ \t][–—-][ \t]|\.[ \t]/u,
  /** the gap between a table's cells: `Name␣␣␣Role`, a tab, ` | ` */
  columnGap: /[ \t]{2,40}|\t|[ \t]\|[ \t]/u,
  /** `Founded: 1987`, `資本金　8,000万円`, `· 설립: 2016년 9월`, `Stammkapital\t25.000 EUR` — a company profile's row: a firm's fact's label (FIRM_FACT_LABELS) opening the line, perhaps after a bullet, then a colon, a tab, a wide or an ideographic space (`Founded in 1987 by …` is a sentence) */
  firmFactRow: new RegExp(
    String.raw`^[ \t]{0,4}[·•▪-]?[ \t]{0,2}(?:${alternatives([...FIRM_FACT_LABELS])})(?:[ \t]{0,2}[:：]|[ \t]{2}|\t|\u3000)`,
    'iu',
  ),
  /** `$ kubectl describe …` — a shell command, opening a terminal's output */
  shellCommand: /^[ \t]{0,4}\$[ \t]{1,2}[a-z][\w.-]{0,40}(?:[ \t]|$)/u,
  /** `@cadenwolfe`, `X: @amelia_hng` (a handle standing alone, not part of an email) */
  handle: /(?:^|[\s(:])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_.@-])/u,
  /** `and twitter is @priya_compbio`, `I'm on X as @amelia_hng`, `Follow me on Twitter: @ana_k`, `𝕏 @ana_k` — a handle a sentence names as an X/Twitter account */
  twitterInSentence: /(?:(?:\b[Tt]witter|\bTWITTER|\bX)\b|𝕏)[^@\n]{0,20}@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_.@-])/u,
  /** `Twitter: rheamontrose`, `X: amelia_hng`, `X/Twitter: @odile_sketches`, `X (Twitter): @amelia_hng`, `X (formerly Twitter): @ana_k`, `🐦 @ana_k` (not `XING`) */
  twitterLabel: new RegExp(String.raw`^${TWITTER_LABEL}[ \t]{0,2}[:：]?[ \t]{0,4}@?([A-Za-z0-9_]{1,15})$`, 'iu'),
  /** `Twitter`, `X:` alone on a line: a profile's contact panel writes the handle on the line under it */
  twitterLabelLine: new RegExp(String.raw`^${TWITTER_LABEL}[ \t]{0,2}[:：]?$`, 'iu'),
  /** `dev_ortu (Twitter/X)`, `@ana_k (X)`: a handle the brackets after it name as an X/Twitter account */
  twitterHandleNamed: new RegExp(String.raw`^@?([A-Za-z0-9_]{1,15})[ \t]{0,2}\(${TWITTER_LABEL}\)$`, 'iu'),

  /** `Follow Amaka: @amaka_o`, `Follow: @ana_k`, `Suivez-la : @lbrunet` — a follow verb opening a line before a handle (group 1: the words between, group 2: the handle) */
  followHandle: new RegExp(
    String.raw`^(?:${alternatives(FOLLOW_VERBS)})(?![\p{L}])([^@\n:：]{0,30})[:：]?[ \t]{0,4}@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_.@-])`,
    'iu',
  ),

  // --- addresses ---
  /** `Atlanta, GA 30309`, `Springfield, IL 62701-1234`: a US region's code (US_REGION_CODES), not a registration's letters (`Reg. KT 30418`) */
  usLocality: new RegExp(
    String.raw`(?:^|,[ \t]{0,4})([^,\d]{2,40}?),?[ \t]{1,4}(${alternatives(upperCased(US_REGION_CODES))})[ \t]{1,4}(\d{5}(?:-\d\d\d\d)?)\b`,
    'u',
  ),
  /** `Vancouver, BC V6E 2K9`, `Montréal QC H3A 2R7`: a Canadian town, province and postal code */
  caLocality: new RegExp(
    String.raw`(?:^|,[ \t]{0,4})([^,\d]{2,40}?),?[ \t]{1,4}(${alternatives(upperCased(CANADIAN_REGION_CODES))})[ \t]{1,4}([A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b`,
    'u',
  ),
  /** `Melbourne VIC 3000` */
  auLocality: /(?:^|,[ \t]{0,4})([^,\d]{2,40}?)[ \t]{1,4}(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]{1,4}(\d{4})\b/u,
  /** `Edinburgh EH2 2PR`, `Leeds LS10 1AB` */
  ukPostcode: /\b([A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})\b/u,
  /** `OL14 5QX` alone on its line (under the street and town) */
  ukPostcodeLine: /^[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}$/u,
  /** `Galway H91 YR71`, `Dublin 2, D02 X285`, `Limerick V94 BQ37` (an Irish Eircode: its routing key's letters are the Post's, its last part's any, as a made-up or misread code writes them); a letter in its last part, so `F10 2000` is none */
  eircode: /\b([AC-FHKNPRTV-Y]\d{2}|D6W)[ \t](?=\d{0,3}[A-Z])([A-Z0-9]{4})\b/u,
  /** `Christ Church, BB15017`, `AD500 Andorra la Vella`, `Grand Cayman KY1-1206`, `AZ1010 Bakı`, `Kingstown VC0100`, `Castries LC04 101`, `Road Town VG1110`: a postcode opening with its country's ISO letters, glued to its digits (Barbados, Andorra, Cayman, Azerbaijan, St Vincent, St Lucia, Virgin Islands) */
  isoLetteredPostcode: /\b(?:BB\d{5}|AD\d{3}|KY\d-\d{4}|AZ\d{4}|VC\d{4}|LC\d\d[ \t]\d{3}|VG11\d\d)\b/u,
  /** `C1043AAZ Ciudad Autónoma de Buenos Aires` (Argentina's CPA: the province's letter, four digits, three letters; the text after it, group 2, read ahead so a match is the code alone) */
  arPostcode: /\b([A-HJ-NP-Z]\d{4}[A-Z]{3})\b(?=([^,\d]{0,40}))/u,
  /** `Toronto, ON M5V 2T6` */
  caPostcode: /\b([A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b/u,
  /** `60311 Frankfurt am Main`, `400117 Cluj-Napoca` (Romania's six digits), `2501 CC Den Haag`, `D-80331 München`, `C1043 Buenos Aires`, `1100-053 Lisboa`, `00-590 Warszawa`, `111 51 Stockholm` */
  leadingPostcode:
    /(?:^|,[ \t]{0,4})((?:[A-Z][A-Z]?-|)(?:[A-Z]?\d{4,6}(?:-\d{3}|[ \t][A-Z][A-Z]|)|\d{2}-\d{3}|\d{3}[ \t]\d{2}))[ \t]{1,4}([\p{Lu}\p{Lo}][^,]{1,40})/u,
  /** `1450 NE Broadway`, `1450 N Broadway`, `12345 W. Olive Ave`: a US house number before a compass point, the street's name after it */
  compassStreet: /^\d{1,6}[ \t]{1,4}(?:NE|NW|SE|SW|[NSEW])\.?[ \t]{1,4}\p{Lu}/u,
  /** `3011 NW Rotterdam`: a Dutch postcode whose letters read as a compass point, the town after it (group 1) closing the text */
  compassLetteredPostcode: /^[1-9]\d{3}[ \t](?:NE|NW|SE|SW)[ \t]{1,4}(\p{Lu}[\p{L} .'-]{1,30})$/u,
  /** `, 101 Reykjavík`: a three-digit postcode (Iceland, Faroes) and its one-word town closing a line or before the country, after a comma — not a count's thousands, the comma between digits (`3,718 Followers`) */
  threeDigitPostcode: new RegExp(String.raw`(?:,[ \t]{1,4}|(?<!\d),)${SHORT_POSTCODE_TOWN}(?:$|,)`, 'u'),
  /** `105 Reykjavík`: a three-digit postcode (Iceland, Faroes) and its one-word town as a whole segment */
  threeDigitLocality: new RegExp(`^${SHORT_POSTCODE_TOWN}$`, 'u'),
  /** `Umhlanga Rocks, 4320`, `Rīga, LV-1050`, `Villanueva del Río Seco, 41350 (Sevilla)`: a postcode closing a line after its town and a comma (South Africa, Latvia, a Spanish form's `Localidad y código postal`), with its country's letters (group 1) or bare, its province in brackets after it */
  postcodeAfterTown:
    /(?:^|,[ \t]{0,4})\p{Lu}[^,\d]{1,40},[ \t]{0,4}([A-Z]{2}-|)\d{4,5}(?:|[ \t]{1,4}\(\p{Lu}[^()\d]{1,30}\))$/u,
  /** `GA-108-7734`, `AK-265-1093`: a Ghanaian digital address (GhanaPost GPS) alone on its line, a region's letters (first the region's initial) and two numbers */
  ghDigitalAddress: /^[ABCEGNUVWX][A-Z]-\d{3,4}-\d{4}$/u,
  /** `18` in `Lima 18`, `4` in `Praha 4`, `6W` in `Dublin 6W`: a postal district's number, one or two digits and a capital letter of a split district */
  districtNumber: /^[1-9]\d?[A-Z]?$/u,
  /** `01310-100`, `62701-1234`, `104-0033`: a postal code of seven digits or more alone (Brazil's CEP, a ZIP+4, Japan's), as long as a phone number */
  longPostcode: /^(?:\d{5}-?\d{3}|\d{5}-\d{4}|\d{3}-\d{4})$/u,
  /** `30303`, `1010`, `111 51`: a number of a postal code's length alone on its line, not a year (`2024`); six digits are an Indian PIN (pinLocality) */
  barePostcode: /^(?:(?!(?:19|20)\d\d$)\d{4,5}|\d{3}[ \t]\d{2})$/u,
  /** `Mumbai 400013`, `Mumbai 400 050` (an Indian PIN in its two groups), `Bengaluru 560001`, `Udaipur 313001 (Raj.)`, `नोएडा 201309`, `लखनऊ 226010 (उ.प्र.)` (a town, and a state in brackets, open with a capital, or a letter of a script without case) */
  trailingPostcode:
    /(?:^|,[ \t]{0,4})([\p{Lu}\p{Lo}][^,\d]{1,40}?)[ \t]{1,4}(\d{5,6}|\d{3}[ \t]\d{3})(?:$|,|[ \t]{1,4}\([\p{Lu}\p{Lo}][\p{L}\p{M}.]{1,15}\)$)/u,
  /** `KDW/hsp`, `AB:cd`: a typed letter's reference initials, its author's in capitals and its typist's in lower case */
  typistReference: /^\p{Lu}{2,4}[/:]\p{Ll}{2,4}$/u,
  /** `OMD n.º 12345`, `CRM 52.841`, `CRMV-SP 41.277`, `ICAI No. 214587`: a professional body's acronym and the member's number, alone */
  memberNumber: /^\p{Lu}{2,6}(?:-\p{Lu}{2}|)[ \t]{1,2}(?:[nN][.ºo°r]{1,3}[ \t]{0,2}|#[ \t]{0,2}|)\d[\d. /-]{1,15}$/u,
  /** `ORN`, `CRM`, `RQE`: a registering body's acronym before a member's number, two or three capitals (no town is written so) */
  registrationAcronym: /^\p{Lu}{2,3}$/u,
  /** `560038, Karnataka`, `600 017, Tamil Nadu`, `302017 (Raj.)`, `226010 (उ.प्र.)` (the state abbreviated in brackets, in any script), `201309, उत्तर प्रदेश`, `160017` — an Indian PIN after its city's dash (`Bengaluru – 560038, Karnataka`), the state after it */
  pinLocality:
    /^(\d{6}|\d{3}[ \t]\d{3})(?:$|,[ \t]{0,4}[\p{Lu}\p{Lo}][^,\d]{1,40}$|[ \t]{1,4}\([\p{Lu}\p{Lo}][\p{L}\p{M}.]{1,15}\)$)/u,
  /** `2.º`, `4.º Esq.`, `3rd Floor`, `24th`, `1er étage` — an ordinal floor opening a unit part */
  ordinalFloor: /^\d{1,3}(?:\.?[ºª°]|st|nd|rd|th|er|e|re|ème|º)(?:$|[\s.,])/iu,
  /** `רח'`, `רח׳`: the geresh (or an apostrophe standing for it) after a Hebrew letter, ending an abbreviation */
  hebrewGeresh: /(?<=\p{Script=Hebrew})['׳]/gu,
  /** `4700-329 Braga`, `1250-096 Lisboa` (a Portuguese postcode, the town after it) */
  ptPostcode: /(?:^|[\s,])\d{4}-\d{3}[ \t]{1,4}\p{Lu}/u,
  /** `BTW BE 0455.501.420`, `USt-IdNr./MwSt: DE 123456789`, `VAT No. GB 123 4567 89`, `MwSt. ATU12345678`: a tax id after its label, its country's letters (group 1, capitals where the caller checks) before its digits */
  vatCountry: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:${alternatives([...VAT_LABELS])})(?![\p{L}\p{M}])[^\d\n]{0,16}?(?<![\p{L}\p{M}])(\p{L}{2})[ \t]?U?\d`,
    'iu',
  ),
  /** `…, New Delhi-110028`, `Okhla, New Delhi-110020, Delhi`: a town after a place's comma, its six-digit PIN (India) joined by a hyphen, closing its line or before its state; its last word lower case after the capital (`TN-2420` is a part number), and four digits so joined may be a model's (`Kestrel, Falcon-4410`) */
  hyphenedTownPostcode: /,[ \t]{0,4}\p{Lu}[\p{L} .'-]{0,40}?\p{Ll}-\d{6}(?:$|,[ \t]{0,4}\p{Lu}[^,\d]{1,40}$)/u,
  /** `delhi-110028`, `kolkata-700001`: a place's postal code joined to it by a hyphen (a word of letters, then digits only) */
  hyphenedPostcode: /(?<=\p{L})-\d{3,6}$/u,
  /** `D-80331 München`, `DK-8000 Aarhus C`, `Rīga, LV-1050`: a postcode after its country's letters (group 1), the town after it or the line ending */
  prefixedPostcode: /\b(A|B|CH|CZ|D|DK|E|EE|F|FI|H|HR|I|IS|L|LT|LV|N|NL|P|PL|S|SI|SK)-\d{4,5}(?:[ \t]{1,4}\p{Lu}|$)/u,
  /** `2803 PD Gouda` (a Dutch postcode: four digits, two capitals but never SA, SD or SS, the town closing the line or part); `1450 NE Broadway` is a US house number before a compass point */
  nlPostcode: /\b[1-9]\d{3}[ \t]?(?!NE|NW|SE|SW|SA|SD|SS)[A-Z]{2}[ \t]{1,4}\p{Lu}\p{Ll}[\p{L} .'-]{0,30}(?:$|,)/u,
  // Only Italy's provinces (Sardinia's old ones too): France, Germany, Spain and Colombia write five-digit postcodes
  // and a country, province or district after the town as well (`80331 München (DE)`, `26509 Agoncillo (LR)`,
  // `11001 Bogotá (DC)`). Not Frosinone's `FR`, which is how a French address names France (`69630 Chaponost (FR)`).
  /** `07021 Arzachena (SS)`, `20121 Milano (MI)`: an Italian postcode, the town and its province's two letters in brackets */
  itPostcode:
    /(?:^|[\s,])\d{5}[ \t]{1,4}\p{Lu}[\p{L}'’ -]{0,40}\((?:AG|AL|AN|AO|AP|AQ|AR|AT|AV|BA|BG|BI|BL|BN|BO|BR|BS|BT|BZ|CA|CB|CE|CH|CI|CL|CN|CO|CR|CS|CT|CZ|EN|FC|FE|FG|FI|FM|GE|GO|GR|IM|IS|KR|LC|LE|LI|LO|LT|LU|MB|MC|ME|MI|MN|MO|MS|MT|NA|NO|NU|OG|OR|OT|PA|PC|PD|PE|PG|PI|PN|PO|PR|PT|PU|PV|PZ|RA|RC|RE|RG|RI|RM|RN|RO|SA|SI|SO|SP|SR|SS|SU|SV|TA|TE|TN|TO|TP|TR|TS|TV|UD|VA|VB|VC|VE|VI|VR|VS|VT|VV)\)/u,
  /** `00-590 Warszawa` (a Polish postcode, the town after it) */
  plPostcode: /(?:^|[\s,])\d{2}-\d{3}[ \t]{1,4}\p{Lu}/u,
  /** `P.O. Box 30412-00100`: Kenya's postal address, the box number and its post office's five-digit code joined by a dash */
  kenyanPostalBox: /\bbox[ \t]{0,2}\d{1,6}[ \t]?[-–][ \t]?\d{5}(?!\d)/iu,
  /** `CA(SA)`, `FCS (SA)`: a South African body's credential; `Reg. No. 2014/118830/07`: a South African firm's registration (year, six digits, type) */
  southAfricanCredential: /\b[A-Z]{2,6}[ \t]?\(SA\)(?!\p{L})|\b(?:19|20)\d\d\/\d{6}\/\d\d(?!\d)/u,
  /** `04551-060` (Brazil's CEP); not a number's last groups after its area code (`Tel. 0541 98765-231`) */
  brPostcode: /(?:^|[\s,–-])(?<!\d[ \t])(\d{5}-\d{3})(?:$|[\s,])/u,
  /** `上海市徐汇区漕溪北路88号12楼`, `申长路988弄` (its lane), `光復路二段101號`, `대구광역시 중구 국채보상로 123`, `중앙1로 45` (a numbered road), `大阪府大阪市北区梅田1-2-3`, `栄 3-4-5` as a card prints it, `彌敦道12-18號` (a block's numbers from and to) (CJK street with its number) */
  cjkStreet:
    /\p{Script=Han}(?:路|街|道|巷|弄)\p{Script=Han}{0,3}[ \t]?\d[\d－–-]{0,10}[ \t]?(?:号|號|弄)|\p{Script=Hangul}\d{0,3}(?:로|길)[ \t]?\d{1,5}|(?:都|道|府|県|市|区|町)\p{Script=Han}{1,12}[ \t]?\d{1,4}(?:丁目|番地|[-－−]\d)/u,
  /** `广州市天河区体育西路 8 号`, `台北市中山區南京東路 300 巷 5 號 7 樓`, `杭州市西湖区创业园B栋12楼`, `…园C2-B栋3楼` (a building's code before its number): a Chinese address after its city, county or district, numbered by its house, lane, building, floor or room (a street word need not stand right before the number) */
  cjkNumberedPremises:
    /(?:省|市|区|區|縣|县)[\p{Script=Han}A-Z\d \t-]{0,40}?\d{1,5}[ \t]?(?:号|號|巷|弄|栋|棟|座|楼|樓|层|層|室)/u,
  /** `99/12 ถนนสุขุมวิท …`, `45 หมู่ 3 ต.…` (Thai road, soi, village or subdistrict, written without a space, after the house number) */
  thaiStreet: /^\d[\d/]{0,10}[ \t][^\n]{0,80}?(?:ถนน|ซอย|ถ\.|ซ\.|หมู่|ตำบล)/u,
  /** `ต.ท่าสว่าง อ.เมือง จ.สุรินทร์ 32000`, `แขวงบางมด เขตทุ่งครุ กรุงเทพฯ 10140 ประเทศไทย` (a Thai subdistrict, then its district, closed by the five-digit postcode and the country, if named; the house number before them may follow `เลขที่` or a shop's name); a sum after them (`… 12500 บาท`) closes no address */
  thaiLocality: /(?:ต\.|ตำบล|แขวง)[^\n]{1,40}?(?:อ\.|อำเภอ|เขต)[^\n]{1,60}?(?<!\d)\d{5}[ \t]*(?:ประเทศไทย|Thailand)?$/u,
  /** `420107, г. Казань`, `79008, м. Львів` (a Russian or Ukrainian postal code, then the city's marker), or the city first (`м. Львів, 79008`) */
  cisLocality:
    /(?:^|,[ \t]{0,4})\d{5,6},[ \t]{0,4}(?:г|м|с|пгт|смт)\.[ \t]{0,4}\p{Lu}|(?:^|,[ \t]{0,4})(?:г|м|с|пгт|смт)\.[ \t]{0,4}\p{Lu}[^,\d]{0,40},[ \t]{0,4}\d{5,6}$/u,
  /** `Kraków. Recepcja: 12 421 88 40`, `Kraków, tel. +48 12 …`, `, www.x.example`, `Nigeria. Telephone:` — a phone or a link (with its label) after an address, in its segment, or a label ending it (its value on the next line) */
  addressTail:
    /[.,;]?[ \t]{1,4}(?:\p{L}{2,20}\.?[ \t]?[:：]?[ \t]{0,4}\+[ \t]{0,2}\(?\d|\+[ \t]{0,2}\(?\d|\p{L}{2,20}\.?[ \t]?[:：][ \t]{0,4}\(?\d[\d \t().\/-]{5,24}\d|https?:|www\.|\p{L}{2,20}\.?[ \t]?[:：][ \t]{0,4}$)/u,
  /** `Endereço: `, `our office is at `, `unser Büro in der `, `con domicilio en `, `siamo in `, `estamos en `, `alamat kami di `, `по адресу: ` — a sentence introducing the sender's address (the address after it) */
  addressCue:
    /(?:^|[\s(])(?:address|adresse|adres|anschrift|dirección|direccion|endereço|indirizzo|adresa|адрес|адресу|địa chỉ)[ \t]{0,2}[:：][ \t]{0,4}|\b(?:(?:our|my) (?:new )?(?:office|offices|studio|shop|store|clinic|practice|showroom|workshop|warehouse|address)(?: is| are)?(?: now)? (?:at|located at|on)|we(?:'re|’re| are)(?: now)? (?:located |based )?at|(?:unser|unsere|mein|meine) (?:neues |neue )?(?:büro|kanzlei|praxis|geschäftsstelle|werkstatt|atelier|sitz) (?:befindet sich |ist )?(?:jetzt )?(?:in der|im|am|an der)|con domicilio(?: social)? en|domiciliad[ao] en|con sede in|(?:nuestra oficina|nuestras oficinas) (?:está |están |se encuentra |se encuentran )?en|(?:notre bureau|nos bureaux) (?:est |sont )?(?:situé |situés |située |situées )?(?:au|à)|nosso escritório (?:fica )?(?:na|no|em)|siamo in|ci trov(?:i|ate) in|estamos (?:ubicados |ubicadas )?en|nos encontramos en|estamos (?:localizados )?(?:na|no|em)|nous sommes (?:situés |situées )?(?:au|à)|alamat (?:kami|kantor)(?: kami)?(?: di)?)[ \t]{1,4}|по адресу:?[ \t]{1,4}/iu,
  /** `Kraków. See you`, `LS1 4AP. Come`, `22410-002! Até` — a sentence ending after a word of four letters or more (group 1), a number or a code */
  sentenceBreak: /(?<![\p{L}\d])(\p{L}{4,40}|[\p{Lu}\d]{1,10})[.!?;][ \t]{1,4}\p{Lu}/gu,
  /** `Unsubscribe | Manage preferences`, `opt out`, `Notification preferences`, `This email is a service from …` (a helpdesk's), `Abmelden`, `Uitschrijven`, `Avsluta prenumerationen`, `Sie erhalten diese E-Mail, weil …`, `You have received this email because …`, `You're receiving this because …`, `Bạn nhận được email này vì …`, `Para não receber mais nossas ofertas`, `Отписаться`, `إلغاء الاشتراك` (with a joined preposition too: `لإلغاء الاشتراك`), `配信停止`, `退订` — a mailing list's, a service's digest's or a helpdesk's footer (words in scripts without ASCII letters are bounded by any letter, `\b` does not see them). Words that also cancel one's own place (`Ik wil me afmelden voor de cursus`, `vorrei annullare l'iscrizione`, `hủy đăng ký khóa học`) count only as a whole line or cell (`Afmelden | Voorkeuren`). */
  listFooter:
    /\b(?:unsubscribe|opt[ -]out|manage (?:your )?(?:email )?preferences|notification (?:preferences|settings)|this (?:e-?mail|message) is a service from|abmelden|abbestellen|désabonner|désinscrire|darse de baja|cancelar suscripción|descadastr(?:ar|e-se)|disiscriviti|uitschrijven|avsluta prenumeration(?:en)?|avslutt abonnement(?:et)?|varslingsinnstillinger|afmeld|peruuta tilaus|wypisz się|odhlásit(?: se z)? odběr(?:u)?|odhlásiť(?: sa z)? odber(?:u)?|leiratkozás|dezabonare|abonelikten çık|berhenti berlangganan|du mottar denne e-posten fordi|sie erhalten diese (?:e-?mail|nachricht)|vous recevez (?:ce|cet) (?:e-?mail|courriel|message)|(?:je|u) ontvangt deze e-?mail|tento e-?mail jste obdržel|you(?: have|'ve|’ve)? received this (?:e-?mail|message|notification) because|you(?:['’]re| are) receiving (?:this|these)(?:| e-?mails?| messages?| notifications?) because|voc[êe] recebeu este e-?mail porque|b[ạa]n nh[ậa]n đư[ợo]c (?:e-?mail|th[ưu]) n[àa]y|para n[ãa]o receber mais|para dejar de recibir|pour ne plus recevoir|per non ricevere più)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:отписаться|отказаться от рассылки|відписатися|[لوبف]?إلغاء الاشتراك|لغو اشتراک|הסרה מרשימת התפוצה|გამოწერის გაუქმება)(?![\p{L}\p{M}])|(?:^|[|•·][ \t]{0,4})(?:afmelden|cancelar (?:a )?inscrição|annulla(?:re)? (?:l['’])?iscrizione|hủy đăng ký)[ \t.]{0,4}(?:$|[|•·])|수신[ \t]?거부|配信停止|購読解除|退订|退訂|取消订阅/iu,
  /** `▶ Tracking number: 6841-2290-7713`, `PNR No: 482-7716039`, `주문번호 2025-0715-88213` — a line opening with a label (group 1, checked against REFERENCE_NUMBER_LABELS) over a reference number of five digits or more */
  referenceNumberLine:
    /^[^\p{L}\p{N}]{0,4}(\p{L}[\p{L}\p{M} .'/-]{0,30}?)[ \t]{0,2}[:：#]?[ \t]{0,4}[A-Z]{0,4}[-/]?\p{Nd}[\p{Nd} ./-]{3,40}$/u,
  /** Google Calendar's `Reply for ana@…` over its answer buttons, naming the reader's account (en, fr, de, es, pt, it, nl, pl) */
  calendarReplyFor:
    /^[ \t]{0,4}(?:reply for|répondre pour|antworten für|responder (?:para|por)|rispondi per|antwoorden voor|odpowiedz dla)[ \t]/iu,
  /** `Please do not reply to this email`, `Bitte antworten Sie nicht`, `Merci de ne pas (y) répondre`, `Si prega di non rispondere`, `Mohon tidak membalas`, `Neodpovídejte na tuto zprávu`, `Не отвечайте на это письмо`, `يرجى عدم الرد`, `נא לא להשיב`, `회신하지 마십시오`, `请勿回复`, `Kérjük, ne válaszoljon erre`, `Vă rugăm să nu răspundeți la acest e-mail`, `कृपया इसका उत्तर न दें`, `กรุณาอย่าตอบกลับ`, `Sila jangan balas`, `This mailbox is not monitored`, `Esta caixa de correio … não é monitorizada`, `נשלחה מכתובת שאינה מקבלת תשובות` — a notice asking not to be answered, or saying its mailbox is read by no one: no one reads its sender's mailbox */
  doNotReply:
    /\b(?:(?:please )?do not reply to this|(?:mailbox|inbox|address) is (?:not monitored|unmonitored|unattended|not attended)|unmonitored (?:mailbox|inbox|e-?mail address)|(?:cannot|can't|can’t|does not|doesn't|doesn’t) (?:accept|receive) replies|(?:postfach|adresse)[^\n]{0,80} wird nicht (?:überwacht|gelesen|betreut)|(?:boîte|adresse)[^\n]{0,80} n['’]est pas (?:surveillée|consultée|relevée)|(?:buzón|dirección|cuenta)[^\n]{0,80} no (?:está|es) (?:monitorizad[oa]|supervisad[oa]|atendid[oa])|(?:caixa|endereço)[^\n]{0,80} não é (?:monitorizad[oa]|monitorad[oa]|lid[oa])|(?:casella|indirizzo)[^\n]{0,80} non è (?:monitorat[oa]|presidiat[oa])|(?:mailbox|adres)[^\n]{0,80} wordt niet (?:gecontroleerd|gelezen|bewaakt)|bitte (?:antworten sie nicht|nicht antworten|nicht auf diese (?:e-?mail|nachricht) antworten)|ne répondez pas|(?:merci de|veuillez) ne pas (?:y )?répondre|ne pas répondre à|gelieve niet te (?:antwoorden|reageren)|no respond(?:a|as) a est|não respond(?:a|er) (?:a )?est|non rispondere a quest|si prega di non rispondere|svara inte på (?:detta|det här)|ikke svar på denne|svar ikke på denne|älä vastaa tähän|nie odpowiadaj na t|neodpovídejte na t|neodpovedajte na t|ne odgovarajte na ov|yanıtlamayınız|cevaplamayınız|jangan membalas (?:email|e-mail|pesan) ini|mohon (?:untuk )?(?:tidak|jangan) membalas|vui lòng không trả lời|sila jangan balas|jangan balas e-?mel ini|ne válaszoljon erre|erre az? (?:e-?mailre|üzenetre|levélre) ne válaszoljon|nu răspunde(?:ți|ti) la acest|nu raspundeti la acest|ne odgovarjajte na t|neatsakykite į šį|neatbildiet uz šo|huwag (?:tumugon|sumagot) sa (?:email|e-mail|mensahe)|usijibu (?:barua pepe|ujumbe) huu)|(?<![\p{L}\p{M}])(?:не отвечайте на (?:это|данное)|не відповідайте на (?:цей|це)|не одговарајте на ов|μην απαντ(?:άτε|ήσετε)|لا ترد على هذه|(?:الرجاء|يرجى) عدم الرد|به این (?:ایمیل|پیام|نامه) پاسخ ندهید|(?:אין|נא לא) להשיב|(?:כתובת|תיבה) שאינה (?:מקבלת תשובות|נבדקת)|ნუ უპასუხებთ|не отговаряйте на (?:това|този)|ärge vastake sellele|(?:उत्तर|जवाब) न दें|جواب نہ دیں|উত্তর দেবেন না)|(?:กรุณา|โปรด)(?:อย่า|งด)ตอบกลับ|회신하지[ \t]?마|返信しないで|请勿(?:直接)?回复|請勿(?:直接)?回覆/iu,
  /** `Sendai 980-0811`, `…, Kobe 650-0045, Japan`: a romanised Japanese town before its postcode (group 1 the town's part) */
  jpRomanLocality: /(?:^|,[ \t]{0,4})(\p{Lu}[\p{L} -]{1,30}?)[ \t]{1,2}\d{3}-\d{4}(?=$|[ \t,])/u,
  /** `名駅みらいビル 7F`, `梅田サウスタワー 21F`, `青葉ビル 3階 301号室`: a building named in Japanese script (kana in it, or its floor as 階: a Chinese line `中山大厦 5F` has neither), closed by its floor (and room), no block number — a Japanese address's last line */
  jpBuildingFloor:
    /^(?=[^\n]{0,40}?[\p{Script=Katakana}\p{Script=Hiragana}階])[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・A-Z \t]{0,30}?\d{1,3}(?:F|階)[ \t-]{0,2}\d{0,4}(?:号室)?$/u,
  /** `1-2-3 Kitahama`, `Chuo-ku`, `…, Minato-ku, Tokyo …` — a romanised Japanese block number (its chōme of two digits at most, its gō of three: `809-555-0142 Ext. 12` is a phone's groups) or ward (closing a line or a comma part) */
  japaneseBlock: /^\d{1,2}-\d{1,4}-\d{1,3}[ \t]\p{Lu}|\b\p{Lu}\p{Ll}{1,20}-(?:ku|shi|cho|machi|gun)(?:$|,)/u,
  /** `42, Gwanggyo-ro`, `Teheran-ro 152`, `Sejong-daero 110` — a romanised Korean road after or before its number */
  koreanRoad: /\d,?[ \t]{1,3}\p{Lu}\p{Ll}{1,20}-(?:daero|ro|gil)\b|\b\p{Lu}\p{Ll}{1,20}-(?:daero|ro|gil)[ \t]{1,3}\d/u,
  /** `Yeongtong-gu`, `Suwon-si`, `Gyeonggi-do` — a romanised Korean district, city or province as a whole comma part (`Park Min-gu`, a name, is none) */
  koreanDivision: /(?:^|,)[ \t]{0,4}\p{Lu}\p{Ll}{1,20}-(?:gu|si|do|dong|eup|myeon|gun)[ \t]{0,4}(?=$|,)/gu,
  /** `P. Bến Nghé`, `Q.3`, `TP. Hồ Chí Minh`, `Huyện Mê Linh`: a Vietnamese ward, district, town, city or province, its marker (group 1) opening a comma part */
  vietnameseDivision:
    /(?:^|,)[ \t]{0,4}(P\.|Q\.|TP\.|Tp\.|TX\.|Phường|Quận|Huyện|Thị xã|Thành phố|Tỉnh)[ \t]?[\p{Lu}\d]/gu,
  /** `〒530-0001 大阪府…` */
  japanesePostcode: /〒[ \t]{0,2}(\d{3}-?\d{4})/u,
  /** `Kaiserstraße 12`, `Carl-Zeiss-Straße 7`, `Laugavegur 77`, `Borgartún 26`, `Slottsgate 12`, `Keizersgracht 120`, `Stortorget 3` (street name with a compound suffix, then a number) */
  compoundStreet: new RegExp(
    String.raw`^(?:am |an der |auf der |auf dem |im |in der |zum |zur )?\p{L}[\p{L}-]{1,60}(?:${NAMED_STREET_SUFFIXES}|${OTHER_STREET_SUFFIXES})[ \t]{1,4}\d{1,5}`,
    'iu',
  ),
  /** `Prins Hendrikkade 3`, `Van Eeghenstraat 12`: a compound street with a suffix that ends no ordinary word, so a person's names or title may stand before it (compoundStreet's `ring`, `park`, `gate`, `markt`, `tie` end `Engineering`, `Catering`) */
  namedCompoundStreet: new RegExp(String.raw`^\p{L}[\p{L}-]{1,60}(?:${NAMED_STREET_SUFFIXES})[ \t]{1,4}\d{1,5}`, 'iu'),
  /** `Prins`, `Koningin`, `Burgemeester`: a title-case word (no `MSc`, no digits) that may name the person a compound street honours */
  compoundNameWord: /^\p{Lu}\p{Ll}+(?:[ \t]|$)/u,
  /** `Bezoekadres`, `Besuchsadresse`, `Postanschrift`: an address label, no word of a street's name */
  addressLabelWord: /(?:adres|adresse|anschrift|address)$/iu,
  /** `P.O. Box 4471-20100`, `PO Box 12`, `Private Bag X7021`, `Locked Bag 7`, `PMB 1234`, `BP 512`, `Postfach 10 02 21`, `Apartado 45`, `Caixa Postal 9`: a post-office box opening a part, its number after */
  postBoxOpening:
    /^(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?office[ \t]box|(?:private|locked|mail)[ \t]bag|pmb|b\.?p\.?|postfach|postbus|postboks|apartado|apdo\.?|casilla|caixa[ \t]postal|box)[ \t]{0,2}(?:no\.[ \t]|no\.|no[ \t])?[a-z]?\d/iu,
  /** `S.L.P. 4729`, `S.L.P 4729` (Swahili sanduku la posta): a box opening its line — `San Luis Potosí, S.L.P.` is a Mexican state */
  swahiliPostBox: /^S\.L\.P\.?[ \t]?\d{1,6}\b/u,
  /** `خيابان`, `آزادى`: Arabic yeh and alef maksura, which an Arabic keyboard types for Persian's yeh */
  arabicYeh: /[يى]/gu,
  /** `CREA-MG`, `OAB/SP` (a professional council's name and its state), `Co-Founder`, `Director/CEO` (a title word and another): a hyphen or a slash joining two parts */
  hyphenOrSlash: /[-/]/u,
  /** `MG`, `SP`: a Brazilian state's code after a council's name — two letters (`CRC-32` is no council's) */
  councilStateCode: /^\p{L}{2}$/u,
  /** `г.`, `ул.`, `pr.`, `Sk.`: a word of one to three letters cut short by a full stop */
  shortAbbreviation: /^\p{L}{1,3}\.$/u,
  /** `كوچه`: Arabic kaf, which an Arabic keyboard types for Persian's keheh */
  arabicKaf: /ك/gu,
  /** `Côte d’Ivoire`, `Côte dʼIvoire`: apostrophes other than `'`, read as it in a country's name */
  typographicApostrophe: /[’ʼ]/gu,
  /** `d'Ario`, `nell’Emilia`: the apostrophe after an elided particle, typed or typographic */
  apostrophe: /['’ʼ]/u,
  /** `مکان نمبر 45` (Urdu house no.): `مکان` alone is Persian's everyday `place` (`مکان جلسه`), no street word */
  urduHouseNumber: /مکان[ \t]+نمبر:?[ \t]*\d/u,
  /** `1450 Peachtree St NE`, `Unit 7`, `Cad. No:18` (its label's colon before it), `Av. José Larco 1301`, `ul. Marszałkowska 10/12`, `Mariahilfer Straße 123/4/12`, `Kav. 52-53`, `Solinger Str. 210–212`, `B-14`, `12-B`, `23/F`, `22/A`, `29А`, `5/3б`, `No: 12C/4` (a lettered house, its flat after the slash), `42-уй`, `187-uy`, `N34-183`, `Oe5-12` (a house, unit, floor or box number, or a range of them; its letter Latin or Cyrillic; Uzbek and Kazakh write the house's word after its number; Quito's numbers open with the quarter of the city, norte, sur, este or oeste, then block and house) */
  houseNumber:
    /(?:^|[\s,،]|(?<=\b(?:No|Nr|no|nr)):)(?:\d{1,5}[A-Za-z\p{Script=Cyrillic}]?|\d{1,5}\/\d{1,5}[A-Za-z\p{Script=Cyrillic}]?|\d{1,5}[A-Za-z\p{Script=Cyrillic}]\/\d{1,5}|\d{1,5}\/[A-Z]|\d{1,5}\/\d{1,4}\/\d{1,4}|\d{1,5}[-–]\d{1,5}|[A-Z]{1,3}-\d{1,5}|\d{1,5}[-–][A-Z]|\d{1,3}\/F|\d{1,5}-(?:uy|уй|үй)|(?:N|S|E|Oe)\d{1,3}[A-Z]?-\d{1,4}[A-Z]?)(?:$|[\s,،])/u,
  /** `Lazimpat-2`, `Baluwatar-4`, `ललितपुर-३` (its digits read as ASCII): a Nepali locality and its ward number, written where a house number would be */
  wardNumber: /^(?:\p{Lu}\p{Ll}{2,20}|\p{Lo}[\p{Lo}\p{M}]{1,20})-\d{1,2}$/u,
  /** `Carretera Panamericana Km 284.5`, `Km 9½ Carretera a Masaya`, `18-KM Canal Road` (hyphened before it; `18 km` spaced is a distance): a kilometre post numbers a highway as a house number a street */
  kilometrePost: /(?:^|[\s,])(?:km\.?[ \t]?\d{1,4}(?:[.,]\d{1,3}|[¼½¾]|)|\d{1,4}-km)(?:$|[\s,])/iu,
  /** `s/n`, `S/N` (sin número, sem número, sense número): where a street with no house number says so in its place */
  noHouseNumber: /^s\/n\.?$/iu,
  /** `#305`, `10450`, `4B`: a suite's or a house's number alone, before the dash that opens its street (`#305 – 2240 Alder Street`) */
  unitNumber: /^#?[ \t]?\d{1,5}[A-Z]?$/u,
  /** `Block C`, `Bâtiment B`: a single capital letter naming a unit. */
  unitLetter: /^\p{Lu}$/u,
  /** `Postbus 10.001`: a box number with its thousands grouped by a dot — beside a box word only (`Stammkapital 25.000 EUR` is none) */
  groupedBoxNumber: /(?:^|[\s,])\d{1,3}\.\d{3}(?:$|[\s,])/u,
  /** `Oficina 33 4410 2276`, `Bureau 01 45 22 33 44`: words, then one number closing the line (group 1), its digits in groups or not */
  numberClosingWords: /^\P{Nd}{1,40}?(\p{Nd}[\p{Nd} \t.()\/-]{5,24}\p{Nd})$/u,
  /** `4410 2276`, `452-7781`: two digit groups a space, dot or hyphen parts, as a phone's number is written */
  digitGroupGap: /\p{Nd}[ \t.\/-]{1,3}\p{Nd}/u,

  // --- prose/labels ---
  /** `Hi Jonah,`, `Dear Ms Berger`, `Hallo Frau Berger,`, `Bonjour Marc,` */
  greeting:
    /^[ \t]{0,8}(?:hi|hello|hey|dear|hallo|liebe|lieber|sehr geehrte[rn]?|bonjour|salut|hola|estimad[oa]|olá|ola|caro|cara|ciao|buongiorno|guten (?:tag|morgen)|good (?:morning|afternoon|evening)|morning|greetings|hej|hei|moin|beste|geachte|dengan hormat)\b/iu,
  /** `Ola Maria,`, `Cara Giulia!`: the punctuation that closes a greeting line */
  greetingClose: /[,!:，！：،][ \t]{0,8}$/u,
  /** what parts the words of a salutation: `Madame, Monsieur,`, `Geachte heer/mevrouw,` */
  salutationBreak: /[\s,;:!/]{1,8}/u,
  /** a word closing its comma-separated part of a line: `Road,` in `Plot 88, Cairo Road, Ndola` */
  partEnd: /[,;،]$/u,
  /** edges of a word that are not part of it: `(Perth)`, `"Bazza"`; a closing vowel sign is (`पोखरा`, `काठमाडौं`) */
  wordEdges: /^[^\p{L}\p{N}]{1,10}|[^\p{L}\p{M}\p{N}.]{1,10}$/gu,
  /** the joint in `al-Mansouri`, `d'Angelo`, `d’Souza` (particle, then surname), `Mary-Jane`, `O'Brien` */
  particleJoint: /[-'’]/u,
  /** `: ` opening a value whose label a padded column set apart (`Address    : Plot 17, …`; splitSegments cut the label off) */
  detachedLabelColon: /^[:：][ \t]{0,4}/u,
  /** `Kontakt za pitanja o narudžbi: ` before an address: a label, however many words it has, ends at its colon */
  labelEnd: /[:：][ \t]{0,4}$/u,
  /** `■ 会社名：…`, `- 회사명 : …`, `● Email: …`: a form's bullet before a line's label (message.ts checks the label) */
  leadingBullet: /^[ \t]{0,8}[■□●○◆◇▶►▸▪・*-][ \t]{0,4}(?=[\p{L}])/u,
  /** `: `, ` : `, `：`: a label's colon and the spaces around it (`Votre interlocuteur : Anne Roy`) */
  labelColon: /[ \t]{0,2}[:：][ \t]{1,4}|：/u,
  /** `Code postal :` before its number, `Ort: Sevilla`: a label's colon, spaced from what follows or closing the text */
  closingOrSpacedColon: /[ \t]{0,2}[:：](?:[ \t]{1,4}|$)/u,
  /** `a) `, `(b) `, `3. `, `12) `: a form's item letter or number before the item's label (`a) Adresi: …`) */
  itemEnumerator: /^[ \t]{0,4}(?:\(?[a-z]\)|\(?\d{1,2}[.)])[ \t]{1,4}(?=\p{L})/iu,
  /** `I`, `IV`, `2`, `III.`: the numeral a document's section heading gives after its word (`SEKCJA I`, `Abschnitt 2`) */
  sectionNumeral: /^(?:[IVX]{1,5}|\d{1,2})[.:]?$/u,
  /** `1.5.1.) `, `II.1.1) `, `2.1. `: a notice's or official form's section number opening a line, closed by a bracket or a dot (`1.5 km` is a distance) */
  sectionNumber: /^[ \t]{0,4}(?:[IVX]{1,4}|\d{1,2})\.\d[\d.]{0,10}[.)][ \t]{1,4}(?=\p{L})/u,
  /** `Card scan:`, `PLZ/Ort:`, `Point(s) de contact :`, `Osoba do kontaktu w sprawach technicznych:` (a label, long when it opens with a known one: LONG_LABEL_OPENERS); `氏名　　　山村 千尋`, `代表者　　…`: a Japanese, Chinese or Korean form's known label (COLUMN_LABELS) parted from its value by a column of ideographic spaces, as by a colon */
  labelPrefix: new RegExp(
    String.raw`^[ \t]{0,4}((?:${alternatives(LONG_LABEL_OPENERS)})(?![\p{L}\p{M}])${LABEL_CHAR}{0,${MAX_LONG_LABEL_CHARS}}?|` +
      String.raw`[\p{L}]${LABEL_CHAR}{0,24}?)(?:[ \t]{0,2}[:：][ \t]{0,4}|(?<=^[ \t]{0,4}(?:${alternatives(COLUMN_LABELS)}))\u3000{2,8})`,
    'iu',
  ),
  /** `Point(s)`, `Wystawił(a)`: a plural's or feminine's letter in brackets closing a label's word */
  bracketedEnding: /\([\p{Ll}]\)/gu,
  /** `, poste 231`, `ext. 12`, `ramal 4410`: an extension closing a phone's line, by its label (en, fr, es, pt, it, de, nl, pl, ru) */
  extensionTail:
    /[,;]?[ \t]{0,4}(?<!\p{L})(?:ext|extn|extension|x|poste|anexo|interno|ramal|int|durchwahl|dw|toestel|wewn|доб)\.?[ \t]{0,2}:?[ \t]{0,2}\d{1,6}[ \t]*$/iu,
  /** `Asystentka: Agnieszka Król, tel. …`, `Peter Mwangi, Head of Logistics — …`: the words a line opens with (after its label: labelPrefix) up to the comma, bar, dash or bracket that ends them (group 1); not a label (`Google Voice:`) nor words run on into digits */
  openingPart: /^[ \t]{0,4}([^,|–—(\d:：]{3,60}?)[ \t]{0,4}[,|–—(]/u,
  /** `,` `;` `、` between the entries of a list (`Chiara Benedetti, Omar Haddad; Ngozi Eze`) */
  listSeparator: /[,;、，]/u,
  /** `morning all! joined today`, `Tere! Saadan …:`: a mark that parts or ends a sentence or heads what follows, anywhere in a line */
  sentenceMark: /[!?¡¿:;！？：；]/u,
  /** `…배송 완료되었습니다.`, `…has shipped.` — a sentence closing on a word (not an initial's `Anna B.`): prose, no signer's line */
  proseEnd: /\p{L}{2}[.!?…。]["')\]]{0,2}$/u,
  /** `남겨드립니다`, `보내드릴게요` — a Korean word closed by a polite sentence ending (`-니다`, `-요`): a verb ending a sentence written without its full stop, as chats write it */
  koreanPoliteEnding: /\p{Script=Hangul}(?:니다|요)$/u,
  /** `ได้ค่ะ`, `ส่งให้แล้วครับ` — a Thai word closed by the speaker's polite particle (`ค่ะ`, `ครับ`): a sentence's end, as chats write it */
  thaiPoliteEnding: /\p{Script=Thai}(?:ครับ|ค่ะ|นะคะ)$/u,
  /** `:office:`, `:+1:` — an emoji as Slack and Discord copy it, by its shortcode */
  emojiShortcode: new RegExp(EMOJI_SHORTCODE, 'gu'),
  /** `… cuando puedas 🙌`, `thanks for adding me :wave:` — a pictograph or emoji shortcode closing a line */
  closingEmoji: new RegExp(String.raw`(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]|${EMOJI_SHORTCODE})$`, 'u'),
  /** sentence end: `…checkpoint.` */
  sentenceEnd: /[.!?…]["')\]]{0,2}$/u,
  /** `Let me know!`, `ご確認ください。`, `자료 보내드립니다.` — a sentence's end; a Latin full stop is not one (a card's `Co.`, `S.L.`), one after a CJK letter is */
  sentenceClose:
    /(?:[!?…。！？]|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]\.)["')\]」』]{0,2}$/u,
  /** starts with a lowercase letter */
  lowerStart: /^\p{Ll}/u,
  /** `Northbridge Re-` (a word broken at the line's end, its rest on the next line) */
  brokenWordEnd: /\p{L}-$/u,
  /** opening brackets before a word: `(our` */
  openingBrackets: /^[([{（［]+/u,
  /** ` (2021 – present)`, ` (2019–2023)`, ` (since 2020)`, ` (03/2021 – devam ediyor)`: the bracketed period a CV's or application's position closes with (a year, a word or date after its dash; a start word before its year, not `(Suite 2010)`) */
  employmentPeriod: new RegExp(
    String.raw`[ \t]{0,4}[(（](?:(?:${alternatives(PERIOD_START_WORDS)})[ \t]{1,3}(?:\d{1,2}[./]|)(?:19|20)\d\d|(?:\d{1,2}[./]|)(?:19|20)\d\d(?:[ \t]{0,3}[–—-][ \t]{0,3}[\p{L}\d][\p{L}\d ./]{0,24}|))[)）]$`,
    'iu',
  ),
  /** the brackets around a whole text: `(대한화학(주))`, `（Hanoi Seiko Co., Ltd.）` */
  wrappingBrackets: /^[(（]|[)）]$/gu,
  /** any letter, of any script */
  letter: /\p{L}/u,
  /** a letter of the Latin script: `Giorgos`, not `Γιώργος` */
  latin: /\p{Script=Latin}/u,
  /** a letter of any script but the Latin: `Γ`, `東`, `ב`, not `G` */
  nonLatinLetter: /[^\P{L}\p{Script=Latin}]/u,
  /** an uppercase letter */
  upper: /\p{Lu}/u,
  /** a lowercase letter */
  lower: /\p{Ll}/u,
  /** vCard start */
  vcardBegin: /^[ \t]{0,8}BEGIN:VCARD[ \t]{0,8}$/iu,
  /** `BEGIN:VCARD` anywhere in a text, any case: is there a card at all? */
  vcardAnywhere: /BEGIN:VCARD/iu,
  /** an iCalendar file's first line: `BEGIN:VCALENDAR`, or a lone event's `BEGIN:VEVENT` */
  calendarBegin: /^[ \t]{0,8}BEGIN:V(?:CALENDAR|EVENT)[ \t]{0,8}$/iu,
  /** an iCalendar organizer's address value: `mailto:ana@…` */
  mailtoValue: /mailto:/iu,
  /** an iCalendar property's common name parameter: `;CN="Haugsvær, Torill"` or `;CN=Ana Ibarrola` (group 1) */
  calendarCommonName: /;CN=("[^"\n]{0,200}"|[^;:\n]{0,200})/iu,
  /** vCard end */
  vcardEnd: /^[ \t]{0,8}END:VCARD[ \t]{0,8}$/iu,
  /** `TEL;TYPE=CELL:+1 713 555 0188` → name `TEL`, params `;TYPE=CELL`, value */
  vcardProperty: /^(?:[A-Za-z0-9-]{1,40}\.|)([A-Za-z0-9-]{1,40})([^:]{0,200}):(.{0,4000})$/u,
  /** where a MECARD's fields begin: after `MECARD:`, before its first key (`MECARD:N:Lau,Siu Fung;…`) */
  meCardStart: /MECARD:(?=[A-Z][A-Z-]{0,19}:)/u,
  /** one MECARD field, `TEL:+4790012345` → key `TEL`, value */
  meCardField: /^[ \t]{0,8}([A-Za-z][A-Za-z-]{0,19}):(.*)$/u,
  /** the comma between a MECARD name's family and given name (`Lau,Siu Fung`), not an escaped `\,` */
  unescapedComma: /(?<!\\),/u,
  /** `US`, `GB` (an ISO 3166-1 alpha-2 code as typed in a setting) */
  countryCode: /^[A-Z]{2}$/u,
  /** words and numbers of a CSV header cell: `E-mail 1 - Value` → `E`, `mail`, `1`, `Value`, `Address2` → `Address`, `2`; `पदनाम` with its vowel signs */
  headerToken: /[\p{L}\p{M}]{1,40}|\p{N}{1,40}/gu,
  /** a digit run in a CSV header (which of several columns): `Phone 2 - Value` → `2` */
  digitsOnly: /^\d{1,4}$/u,
  /** `@janedoe`, `janedoe` (a Twitter/X column's bare handle) */
  twitterHandle: /^@?([A-Za-z0-9_]{1,15})$/u,
  /** `@ana_k`, `ana_k`, `anak88`, `anakowalska`, `AnaKow` — a word written the way handles are (an `@`, `_` or digit, all lower case, or capitals inside), not a capitalised name */
  handleShaped: /^@|[_\d]|^[a-z]+$|\p{Lu}.*\p{Lu}/u,
  /** `tel:+1-555-0100` */
  telUriPrefix: /^tel:/iu,
  /** `Brandt;Cosima;;;` (components, but not an escaped `\;`) */
  vcardComponentSeparator: /(?<!\\);/u,
  /** `=C3=BC` quoted-printable bytes */
  quotedPrintableByte: /^=[0-9A-F]{2}$/iu,
  /** `\,` `\;` `\n` vCard escapes */
  vcardEscape: /\\([,;:\\nN])/gu,
} as const;
