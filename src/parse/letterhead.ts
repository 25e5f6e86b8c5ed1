// A letter's or a document's letterhead: the paragraph opening the text (past one-line headings) that names the
// sender's firm and how to reach it. It is found once per message (findLetterhead), and every reader takes it from
// that one answer: the signature of a name signed under the letter reads its lines (letterheadOf), and where the
// sender's own lines name no firm or address, the issuer's letterhead does (message.ts: letterheadFirm,
// letterheadAddress). The questions each of them asks of that paragraph are asked here once: that it reaches the
// firm (a number, a site), names it on its first line, and that no counterpart's label or addressee's opener leads it.
import { nameTokens, type NameToken } from './names';
import { PATTERNS } from './patterns';
import { COMPANY_LEGAL_WEIGHT, companyScore, isLegalForm, spellsDomain, titleScore } from './roleCues';
import { hyphenatedRest, isConnector, joinedWith, type Segment, words } from './text';

/** What the finder needs of a message's items: the kind of segment, its paragraph, the segment. */
export interface LetterheadItem {
  kind: string;
  para: number;
  seg: Segment;
}

/** What the finder needs of the message beyond its items, read where the message is (message.ts). */
export interface LetterheadContext<T> {
  /** The sender's own paragraph, when known. */
  own: number | undefined;
  /** The counterparts' lines (`Bill To:` / …, `Spett.le …`: counterpartItems). */
  others: ReadonlySet<T>;
  /** A document its number line or kind heads (`INVOICE No. 2026-014`: isDocument). */
  document: boolean;
  /** A name written is the signer's. */
  signs: (tokens: readonly NameToken[]) => boolean;
}

/**
 * The letterhead a message opens with, found once for all its readers (findLetterhead): the paragraph opening the
 * text past its one-line headings (headPara).
 */
export interface Letterhead<T extends LetterheadItem> {
  /**
   * Its items when it is the issuer's, the sender's firm's (issuersLetterhead): where the sender's own lines name no
   * firm or address, it does (letterheadFirm, letterheadAddress). Else none.
   */
  issuer: readonly T[];
  /**
   * The issuer's letterhead heads a letter (a salutation, a sign-off or a body over the signature) or a document:
   * only then is its postal address the firm's (letterheadAddress); over a card it names a place its holder points
   * to (`Riverside Gallery` / `5 Bridge Street, Totnes` over a painter's card, an open day's venue).
   */
  headsLetter: boolean;
  /** Its lines a name signed under the letter reads as its signature's (letterHeading), its mailbox the firm's. */
  head: readonly T[];
  /** The first paragraph a name signed in is signed under the letter. */
  signedFrom: number;
}

/**
 * The message's letterhead, read once: the paragraph opening the text (headPara), which each reader asks the same
 * of — that it writes how to reach the firm (reachesFirm), that no counterpart's label or addressee's opener leads
 * it (`Bill To:`, `À`, `Spett.le …`: `others`), that its first line names a firm (opensWithFirm).
 */
export function findLetterhead<T extends LetterheadItem>(
  items: readonly T[],
  { own, others, document, signs }: LetterheadContext<T>,
): Letterhead<T> {
  if (items.length === 0) return { issuer: [], headsLetter: false, head: [], signedFrom: Infinity };
  const para = headPara(items);
  const paragraph = items.filter((x) => x.para === para);
  const issuer = own !== undefined && issuersLetterhead(items, paragraph, own, others, document);
  return {
    issuer: issuer ? paragraph : [],
    headsLetter: issuer && (document || headsLetterOver(items, para, own)),
    ...letterHeading(items, paragraph, others, signs),
  };
}

/** A letterhead writes how to reach the firm: a number, a site (an addressee's block gives none). */
const reachesFirm = (lines: readonly LetterheadItem[]): boolean =>
  lines.some((x) => x.kind === 'phone' || x.kind === 'web');

/** A letterhead's first line names a firm (namesFirmInCapitals), or is a detail of it. */
const opensWithFirm = (lines: readonly LetterheadItem[]): boolean => {
  const top = lines[0] as LetterheadItem;
  return top.kind !== 'text' || namesFirmInCapitals(top.seg.text);
};

/**
 * `FERRAMENTA ZANETTI S.r.l.` / `Via dell'Artigianato, 8 – 36015 Schio (VI)` / `Tel. 0445 …` heading an invoice:
 * the opening paragraph (`paragraph`) is the issuer's letterhead above the sender's own (`own`) when it reaches the
 * firm, names it first, and holds no prose and no counterpart's lines (`others`). Under a document's heading
 * (`Invoice 2026-0418`) the block is its issuer's only when the document labels its counterpart's elsewhere
 * (`Buyer:`, `Bill To:`); else it is the customer's.
 */
function issuersLetterhead<T extends LetterheadItem>(
  items: readonly T[],
  paragraph: readonly T[],
  own: number,
  others: ReadonlySet<T>,
  document: boolean,
): boolean {
  const para = (paragraph[0] as T).para;
  if (para >= own) return false;
  if (document && para !== (items[0] as T).para && others.size === 0) return false;
  return (
    reachesFirm(paragraph) && opensWithFirm(paragraph) && !paragraph.some((x) => others.has(x) || x.kind === 'prose')
  );
}

/** A salutation, a sign-off, or a body between the letterhead (`para`) and the sender's own paragraph marks a letter. */
const headsLetterOver = (items: readonly LetterheadItem[], para: number, own: number): boolean =>
  items.some(
    (x) => x.kind === 'greeting' || x.kind === 'valediction' || (x.kind === 'prose' && x.para > para && x.para < own),
  );

/**
 * A letter's heading (firm, street, main line, site above `Dear …`): the signatory's firm's details
 * when it is signed below the greeting (letterheadOf) — or, in a letter whose salutation reads as none (`Muy Sr.
 * nuestro:`, or none written), in or under the sign-off's paragraph. Only the opening paragraph (`paragraph`), only
 * when it holds contact details and no prose; the firm's mailbox may stand among them beside its number (`Tel. … ·
 * info@…`). `others`: the counterparts' lines; `signs`: a name written is the signer's.
 */
function letterHeading<T extends LetterheadItem>(
  items: readonly T[],
  paragraph: readonly T[],
  others: ReadonlySet<T>,
  signs: (tokens: readonly NameToken[]) => boolean,
): Pick<Letterhead<T>, 'head' | 'signedFrom'> {
  const greeting = items.find((x) => x.kind === 'greeting');
  const opening = greeting ?? items.find((x) => x.kind === 'valediction');
  const none = { head: [], signedFrom: Infinity };
  const para = (paragraph[0] as T).para;
  if (!opening || para >= opening.para) return none;
  // Unsalutated, a letter is signed under its body, or over its sign-off after it: `Mọi chi tiết xin liên hệ:` /
  // `Nguyễn Thị Thu Hà` / `Di động: …` over `Trân trọng,`.
  const body = greeting ? undefined : items.find((x) => x.kind === 'prose' && x.para > para && x.para < opening.para);
  const signedFrom = greeting ? greeting.para + 1 : Math.min(opening.para, body ? body.para + 1 : Infinity);
  // `Att.: Indkøbsafdelingen`, `Ref.: …` under the firm's lines in the same paragraph: the addressee's or the
  // letter's reference lines end the letterhead.
  const labelled = paragraph.findIndex((x) => x.kind === 'label');
  const head = labelled < 0 ? paragraph : paragraph.slice(0, labelled);
  const onlyDetails = head.every(
    (x) => x.kind === 'text' || x.kind === 'web' || x.kind === 'phone' || x.kind === 'address' || x.kind === 'email',
  );
  if (!onlyDetails || !head.some((x) => x.kind !== 'text')) return none;
  const reached = reachesFirm(head);
  // A block the labelled line ends is a letterhead only when it writes how to reach the firm: a postal block over
  // `Attn: Accounts Payable` is the addressee's.
  if (labelled >= 0 && !reached) return none;
  // With no salutation to mark a letter, a heading is its letterhead only with a firm's postal address and how to
  // reach it (a subject line over an auto-reply, `Automatic reply: Quote 2025/118`, may read as a number; a venue or
  // site heading a note, `Site address` / `14 Quarry Lane`, gives no number), opening the text (under a document's
  // heading, `Invoice 2026-0418`, the block is its customer's), its first line a firm's name in capitals but for
  // small words (`Pickup from`, `Conference venue` head a place passed on), and the letter's body between it and the
  // sign-off: a block right over `Best regards,` is details passed on.
  const letterBody = items.some((x) => x.para > para && x.para < opening.para);
  const opensText = para === (items[0] as T).para;
  if (
    !greeting &&
    (!reached || !head.some((x) => x.kind === 'address') || !opensText || !opensWithFirm(head) || !letterBody)
  )
    return none;
  // A firm writes its mailbox beside its switchboard or site; a block with a mailbox but neither is an addressee's
  // (`Wholesale Floors Direct` / `88 Canal Road` / `accounts@…` over `Dear Accounts Team`).
  if (!reached && head.some((x) => x.kind === 'email')) return none;
  // Under a heading, a letterhead writes how to reach the firm, or is a window envelope's return line
  // (`Stadtwerke … · Postfach … · 01005 Dresden`); a postal block alone there is the addressee's under a dispatch
  // note (`Vorab per E-Mail`, `Einschreiben`).
  const oneLine = head.every((x) => x.seg.line === (head[0] as T).seg.line);
  // (A head with a mailbox and no number or site has returned above.)
  if (!opensText && !reached && !oneLine) return none;
  // `À` / `Metalúrgica Vale Claro Ltda.` / `A/C Sr. Otávio`, or a document's heading over `Spett.le …`: the
  // block is the addressee's (counterpartItems).
  if (head.some((x) => others.has(x))) return none;
  // A person's name opening it makes it the addressee's block, unless it is the signatory's own: their
  // sender's block tops the letter, the addressee's follows it. A line a legal form marks is a firm's, though its
  // words in capitals may pass for a name (`PT SINAR BAHARI LOGISTIK`).
  const first = head[0] as T;
  const namesPerson = first.kind === 'text' && companyScore(first.seg.text) < COMPANY_LEGAL_WEIGHT;
  const opener = namesPerson ? nameTokens(first.seg.text, first.seg.start) : undefined;
  if (!opener) return { head, signedFrom };
  if (!signs(opener)) return none;
  // With no blank line between them, the addressee's block (another name, after the sender's details) goes on
  // under the sender's: it ends there.
  const detailed = head.findIndex((x) => x.kind !== 'text');
  const addressee = head.findIndex((x, i) => {
    const other = i > detailed && x.kind === 'text' ? nameTokens(x.seg.text, x.seg.start) : undefined;
    return !!other && !signs(other);
  });
  return { head: addressee < 0 ? head : head.slice(0, addressee), signedFrom };
}

/**
 * The paragraph a letterhead is: the first, or the first after one-line headings over it (`ANGEBOT Nr. 26-0412`,
 * `PDF extract — page 1`) — a line of plain text, in one segment or more, that is no person's name, for a name
 * opening it heads the addressee's block.
 */
function headPara(items: readonly LetterheadItem[]): number {
  let para = (items[0] as LetterheadItem).para;
  for (;;) {
    const lines = items.filter((x) => x.para === para);
    const heading = lines.every(
      (x, i) =>
        x.kind === 'text' &&
        x.seg.line === (lines[0] as LetterheadItem).seg.line &&
        (i > 0 || !nameTokens(x.seg.text, 0)),
    );
    const next = items.find((x) => x.para > para);
    if (!heading || !next) return para;
    para = next.para;
  }
}

/** The letterhead's items for a name signed in paragraph `signedIn`. */
export const letterheadOf = <T extends LetterheadItem>(letter: Letterhead<T>, signedIn: number): readonly T[] =>
  signedIn >= letter.signedFrom ? letter.head : [];

/**
 * A letterhead's first line, a firm's name in capitals but for small words and a legal form, which keeps its lower
 * case (`MATIĆ & PERKOVIĆ d.o.o.`); `Conference venue`, `Pickup from` head a place passed on.
 */
const namesFirmInCapitals = (text: string): boolean =>
  words(text).every((w) => !PATTERNS.lowerStart.test(w) || isConnector(w) || isLegalForm(w));

/**
 * `MERIDEN HOLT` over `ACCOUNTING LLP`: a letterhead's firm name wrapped over two lines is one name, when the
 * line over the one its legal form closes is a line of its own that spells the mail's domain (`meridenholtcpa`)
 * in capitalised words, no title words or digits; and `Holzbau Ried-` over `mann GmbH & Co. KG`, a word the
 * layout hyphenated at the line's end going on in lower case (hyphenatedRest), is one name whatever it spells.
 */
export function withWrappedHead(over: LetterheadItem | undefined, firm: Segment, label: string | undefined): Segment {
  const text = over?.seg.text ?? '';
  const hyphenated = over?.kind === 'text' && PATTERNS.lowerStart.test(firm.text) && hyphenatedRest(over.seg, firm);
  if (over && hyphenated) return joinedWith(over.seg, firm, hyphenated);
  const joins =
    over?.kind === 'text' &&
    over.seg.order === 0 &&
    firm.order === 0 &&
    over.seg.line === firm.line - 1 &&
    spellsDomain(text, label) &&
    titleScore(text) === 0 &&
    !PATTERNS.anyDigit.test(text) &&
    words(text).every((w) => PATTERNS.upper.test(w.charAt(0)));
  return joins ? joinedWith(over.seg, firm) : firm;
}
