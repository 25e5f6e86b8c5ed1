// Cuts a pasted thread into the newest message and the ones it quotes. The newest message is what
// the user wrote last: text before the first reply header, minus `>`-quoted lines (bottom-posting
// quotes above the reply are skipped, not ended on). A `From:` header block at the very top is the
// newest message's own header: its sender is the contact's strongest clue. A selection that opens
// at a boundary (a forward's separator with no note above it) makes the message below it the newest.
import { decodeWords } from 'postal-mime';
import { HEADER_BLOCK_LINES, MAX_CAPTION_LINES, MAX_NAME_CHARS } from './limits';
import { PATTERNS } from './patterns';
import { findEmails } from './email';
import { labelsPhone, nextNonBlank, words, type Line } from './text';
import { ATTRIBUTION_VERBS, HEADER_KEYS } from './vocabulary';

export interface HeaderSender {
  /** The display name, as written, with its offset. */
  name?: { text: string; start: number };
  email?: { text: string; start: number };
  /** Outlook's `Assistant <addr> On Behalf Of Principal`: the assistant, the sender when the body is theirs. */
  delegate?: HeaderSender;
}

export interface Message {
  lines: Line[];
  sender?: HeaderSender;
  /** The one address of the header block's `To:` line, when it names only one: who the message was sent to. */
  recipient?: HeaderSender;
  /** The blank lines before the first of `lines`, as read: an HTML mail's logo leaves its alt text there. */
  lead?: Line[];
}

export interface Thread {
  newest: Message;
  /** The message right below the newest one, when there is one. */
  quoted?: Message;
  /** The messages below the quoted one, in order (a reply chain's older messages): read only when asked for. */
  older(): Message[];
}

const FROM_KEYS: ReadonlySet<string> = new Set(HEADER_KEYS.from);
const TO_KEYS: ReadonlySet<string> = new Set(HEADER_KEYS.to);
const RECIPIENT_KEYS: ReadonlySet<string> = new Set([...HEADER_KEYS.to, ...HEADER_KEYS.cc]);
/** A mail's own header keys, which no parcel's or card's From/To labels write: its date and subject. */
const MAIL_KEYS: ReadonlySet<string> = new Set([...HEADER_KEYS.sent, ...HEADER_KEYS.subject]);

/** Longest header key plus the spacing PATTERNS.headerKey allows before it (8) and its colon (2), and the colon. */
const HEADER_KEY_WINDOW =
  Math.max(
    ...Object.values(HEADER_KEYS)
      .flat()
      .map((key) => key.length),
  ) +
  8 +
  2 +
  1;

/** The header key a line starts with (`to`, `von`, `subject`), lower case; undefined when none. */
export function headerKeyOf(text: string): string | undefined {
  return PATTERNS.headerKey.exec(text.slice(0, HEADER_KEY_WINDOW))?.[1]?.toLowerCase();
}

/** Where a header line's value starts: past its key's colon (`:` or CJK `：`), 0 on a line with no key. */
export function headerValueAt(text: string): number {
  return PATTERNS.headerKey.exec(text.slice(0, HEADER_KEY_WINDOW))?.[0].length ?? 0;
}

/** What a header key's value holds: the sender, recipients, or something else (subject, date). */
export function headerRole(key: string): 'sender' | 'recipient' | 'other' {
  return FROM_KEYS.has(key) ? 'sender' : RECIPIENT_KEYS.has(key) ? 'recipient' : 'other';
}

function headerKey(line: Line): string | undefined {
  return line.long ? undefined : headerKeyOf(line.text);
}

export function isRecipientHeader(line: Line): boolean {
  const key = headerKey(line);
  return key !== undefined && RECIPIENT_KEYS.has(key);
}

/** A message's id header (`Message-ID: <…@host>`): written like an address, it names a mail, not a mailbox. */
export const isMessageIdHeader = (line: Line): boolean => PATTERNS.messageIdHeader.test(line.text);

/**
 * Name and address in `Name <addr>` (or a bare address) inside `text`, which starts at `start`. Outlook's delegated
 * `Assistant <addr> On Behalf Of Principal [<addr>]` names the principal as the sender, the assistant before it as
 * the delegate (the sender of a body the assistant signs: ownedByDelegate).
 */
export function senderFrom(text: string, start: number): HeaderSender | undefined {
  const delegated = PATTERNS.delegatedSender.exec(text);
  const principal = delegated?.[1]?.trim();
  if (delegated && principal) {
    const at = delegated.index + delegated[0].indexOf(principal);
    const own = senderFrom(principal, start + at) ?? { name: { text: principal, start: start + at } };
    const delegate = senderFrom(text.slice(0, delegated.index), start);
    return delegate ? { ...own, delegate } : own;
  }
  const angle =
    PATTERNS.quotedNameAngleEmail.exec(text) ??
    PATTERNS.familyFirstAngleEmail.exec(text) ??
    PATTERNS.nameAngleEmail.exec(text);
  if (angle) {
    const at = angle.index;
    const rawName = angle[1] ?? '';
    const nameText = rawName.trim().replace(PATTERNS.edgePunctuation, '').replace(PATTERNS.attributionNamePrefix, '');
    const nameOffset = nameText ? text.indexOf(nameText, at) : -1;
    const email = angle[2] ?? '';
    // `=?UTF-8?B?…?=`: the decoded name, its offset at the encoded words.
    const name = PATTERNS.encodedWord.test(nameText) ? decodeWords(nameText) : nameText;
    return {
      name: name && nameOffset >= 0 ? { text: name, start: start + nameOffset } : undefined,
      email: { text: email, start: start + text.indexOf(email, at) },
    };
  }
  const at = text.indexOf('@');
  if (at < 0) return undefined;
  const token = text.slice(0, at).split(PATTERNS.whitespaceRun).pop() ?? '';
  const rest = text.slice(at).split(PATTERNS.whitespaceRun)[0] ?? '';
  const email = (token + rest).replace(PATTERNS.edgePunctuation, '');
  return email ? { email: { text: email, start: start + text.indexOf(email) } } : undefined;
}

/**
 * Index just past a header block starting at `i` (From/Sent/To/Subject lines), or -1. Its sender's line may
 * come anywhere in it: Outlook opens with `From:`, a memo with `To:`, Thunderbird with `Subject:` and `Date:`.
 * Inside a message (`requireMore`) the block is a quoted mail's only with an address or a date or subject
 * line: a parcel's or gift card's `From:`/`To:` labels (`Lähettäjä: Kuopion Puutarha Oy` over `Vastaanottaja:
 * Matti Korhonen`, `Za: Mojca` over `Od: Tine`) are the writer's own lines, their signature below.
 */
function headerBlockEnd(lines: Line[], i: number, requireMore: boolean): number {
  const first = lines[i];
  const firstKey = first && headerKey(first);
  if (firstKey === undefined) return -1;
  let hasFrom = FROM_KEYS.has(firstKey);
  let mailLike = MAIL_KEYS.has(firstKey) || (first as Line).text.includes('@');
  let end = i + 1;
  for (; end < lines.length && end - i < HEADER_BLOCK_LINES; end++) {
    const line = lines[end] as Line;
    const key = headerKey(line);
    if (key === undefined) break;
    hasFrom ||= FROM_KEYS.has(key);
    mailLike ||= MAIL_KEYS.has(key) || line.text.includes('@');
  }
  if (!hasFrom || (requireMore && (end === i + 1 || !mailLike))) return -1;
  return end;
}

/** The value, after its colon, of the block's first header line with a key of `keys`. */
function headerText(
  lines: Line[],
  from: number,
  to: number,
  keys: ReadonlySet<string>,
): { text: string; start: number } | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    const key = headerKey(line);
    if (key !== undefined && keys.has(key)) {
      const at = headerValueAt(line.text);
      return { text: line.text.slice(at), start: line.start + at };
    }
  }
  return undefined;
}

/** The address of the block's first header line with a key of `keys`. */
function headerValue(lines: Line[], from: number, to: number, keys: ReadonlySet<string>): HeaderSender | undefined {
  const value = headerText(lines, from, to, keys);
  return value && senderFrom(value.text, value.start);
}

const REPLY_TO_KEYS: ReadonlySet<string> = new Set(HEADER_KEYS.replyTo);

/** The block's `To:` address when the line names one address only (a reply's or forward's reader, the newest sender). */
function soleRecipient(lines: Line[], from: number, to: number): HeaderSender | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    const key = headerKey(line);
    if (key === undefined || !TO_KEYS.has(key)) continue;
    const at = headerValueAt(line.text);
    const value = line.text.slice(at);
    return value.indexOf('@') === value.lastIndexOf('@') ? senderFrom(value, line.start + at) : undefined;
  }
  return undefined;
}

/**
 * `From: Lotte Vinkel` over `Sent:` and `To:`: a mail client writes a sender it knows by display name
 * alone. The value without an address is the sender's name when more header lines follow (a lone `From:`
 * line may be any label); the reader of names decides whether it is one.
 */
function displayNameOnly(lines: Line[], from: number, to: number): HeaderSender | undefined {
  const value = to - from > 1 ? headerText(lines, from, to, FROM_KEYS) : undefined;
  const text = value?.text.trim();
  if (!value || !text || text.length > MAX_NAME_CHARS) return undefined;
  return { name: { text, start: value.start + value.text.indexOf(text) } };
}

/**
 * The sender of a header block. A mailing list's rewrite (`'Halima Yusuf' via Network <list@…>`)
 * names the person before `via`; the list's address is not theirs, the Reply-To one is.
 */
function headerSender(lines: Line[], from: number, to: number): HeaderSender | undefined {
  const sender = headerValue(lines, from, to, FROM_KEYS) ?? displayNameOnly(lines, from, to);
  const name = sender?.name;
  const via = name ? name.text.indexOf(' via ') : -1;
  if (!name || via <= 0) return sender;
  const own = name.text.slice(0, via).replace(PATTERNS.edgePunctuation, '');
  return {
    name: { text: own, start: name.start + name.text.indexOf(own) },
    email: headerValue(lines, from, to, REPLY_TO_KEYS)?.email,
  };
}

/** Longest attribution verb plus spacing before its colon (`napisał(a)  :`). */
const VERB_WINDOW = 16;

/** ATTRIBUTION_VERBS by their last character: a colon is checked only against the verbs that can end before it. */
const VERBS_BY_LAST_CHAR = ATTRIBUTION_VERBS.reduce((byLast, verb) => {
  const last = verb.slice(-1);
  byLast.set(last, [...(byLast.get(last) ?? []), verb]);
  return byLast;
}, new Map<string, string[]>());

/** Offset of the colon that ends an attribution verb (`… wrote:`), or -1. Checks only near colons. */
function attributionColon(text: string): number {
  for (let at = 0; at < text.length; at++) {
    const ch = text.charAt(at);
    if (ch !== ':' && ch !== '：') continue;
    const before = text
      .slice(Math.max(0, at - VERB_WINDOW), at)
      .trimEnd()
      .toLowerCase();
    if (VERBS_BY_LAST_CHAR.get(before.slice(-1))?.some((verb) => before.endsWith(verb))) return at;
  }
  return -1;
}

/** An attribution (`On …, Jana Hollstein <…> wrote:`): the lines it takes (1 or 2) and the writer it names. */
interface Attribution {
  length: number;
  sender: HeaderSender | undefined;
}

/** Attribution at an index of the lines it was made for, or undefined. */
type AttributionAt = (i: number) => Attribution | undefined;

/** The writer an attribution names: after the verb when it comes first (`Am … schrieb Jana Hollstein <…>:`). */
function attributionSender(text: string, start: number, verbFirst: RegExpExecArray | null): HeaderSender | undefined {
  const writer = verbFirst?.[1];
  return verbFirst && writer
    ? senderFrom(writer, start + verbFirst.index + verbFirst[0].indexOf(writer))
    : senderFrom(text, start);
}

/** The attribution at `i` (web mail wraps long ones, also before a verb-first one's `<address>:`), or undefined. */
function readAttribution(lines: Line[], i: number): Attribution | undefined {
  const line = lines[i] as Line;
  if (line.long) return undefined;
  const one = (verbFirst: RegExpExecArray | null): Attribution => ({
    length: 1,
    sender: attributionSender(line.text, line.start, verbFirst),
  });
  const opener = PATTERNS.attributionOpener.test(line.text);
  const colon = attributionColon(line.text);
  if (colon >= 0) {
    const before = line.text.slice(0, colon);
    const dated = opener || before.includes('@') || PATTERNS.anyDigit.test(before);
    return dated ? one(PATTERNS.verbFirstAttribution.exec(line.text)) : undefined;
  }
  const verbFirst = PATTERNS.verbFirstAttribution.exec(line.text);
  // A phone's client writes the date with no opener before it (`3 dec. 2026 kl. 09:14 skrev Ola Berg <…>:`).
  if (verbFirst && (opener || PATTERNS.anyDigit.test(line.text.slice(0, verbFirst.index)))) return one(verbFirst);
  if (!opener) return undefined;
  const next = lines[i + 1];
  if (!next || next.long) return undefined;
  const text = `${line.text} ${next.text}`;
  const wrapped = PATTERNS.verbFirstAttribution.exec(text);
  return wrapped || attributionColon(next.text) >= 0
    ? { length: 2, sender: attributionSender(text, line.start, wrapped) }
    : undefined;
}

/**
 * The attributions of `lines`, each line read once: the thread's cut, its boundaries and its messages ask
 * for the same lines. The few that are one are kept in a map; the rest are marked in a byte per line.
 */
function attributionsOf(lines: Line[]): AttributionAt {
  const found = new Map<number, Attribution>();
  const none = new Uint8Array(lines.length);
  return (i) => {
    if (none[i]) return undefined;
    const known = found.get(i);
    if (known) return known;
    const attribution = readAttribution(lines, i);
    if (attribution) found.set(i, attribution);
    else none[i] = 1;
    return attribution;
  };
}

/**
 * Does line `i` separate two messages? Outlook's underline does only over the quoted message's header
 * block: a business card rules its logo off from the person with the same line.
 */
function isSeparator(lines: Line[], i: number, attributionAt: AttributionAt): boolean {
  const line = lines[i] as Line;
  if (line.long) return false;
  if (PATTERNS.originalMessage.test(line.text) || PATTERNS.forwardedIntro.test(line.text)) return true;
  if (!PATTERNS.outlookUnderline.test(line.text)) return false;
  const next = nextNonBlank(lines, i + 1);
  return next < lines.length && (headerBlockEnd(lines, next, false) > 0 || attributionAt(next) !== undefined);
}

/** Does a message start at line `j` (a separator, an attribution, a header block)? */
function isBoundary(lines: Line[], j: number, attributionAt: AttributionAt): boolean {
  return isSeparator(lines, j, attributionAt) || attributionAt(j) !== undefined || headerBlockEnd(lines, j, true) > 0;
}

/** The message that starts at line `i` (after a boundary), up to the next boundary. */
function messageAt(lines: Line[], i: number, attributionAt: AttributionAt): Message {
  let start = i;
  let sender: HeaderSender | undefined;
  let recipient: HeaderSender | undefined;
  const attribution = attributionAt(start);
  if (attribution) {
    sender = attribution.sender;
    // `On …, Wouter Jansen wrote:` over the `From:`/`To:` block it quotes: one boundary, and the block's recipient is the message's.
    start = nextNonBlank(lines, start + attribution.length);
  } else if (isSeparator(lines, start, attributionAt)) start = nextNonBlank(lines, start + 1);
  const end = headerBlockEnd(lines, start, false);
  if (end > 0) {
    sender ??= headerSender(lines, start, end);
    recipient = soleRecipient(lines, start, end);
    start = end;
  }
  const body: Line[] = [];
  for (let j = start; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (j > start && isBoundary(lines, j, attributionAt)) break;
    body.push(line);
  }
  return { lines: body, sender, recipient };
}

const SUBJECT_KEYS: ReadonlySet<string> = new Set(HEADER_KEYS.subject);

/**
 * Outlook's reading pane copies the subject (`RE: Shipment delayed`) over the message's own header block:
 * that block's start and end when line `i` is such a copy. A line that differs from the block's `Subject:`
 * is a one-line reply (`Re: Tuesday works for me.`) over a quoted header, not a copy. A contact form's
 * notification heads the visitor's fields with its tagged subject (`[Site Atelier Morvanne] Nouveau message`) or a
 * line announcing the form's message (`Nouveau message via le formulaire de contact`), which no one writes as a reply.
 */
function headerBlockUnderSubject(lines: Line[], i: number): { start: number; end: number } | undefined {
  const line = lines[i];
  if (!line || line.long) return undefined;
  const tagged = PATTERNS.taggedSubject.test(line.text) || PATTERNS.formNoticeSubject.test(line.text);
  if (!tagged && !PATTERNS.replySubject.test(line.text)) return undefined;
  const start = nextNonBlank(lines, i + 1);
  const end = headerBlockEnd(lines, start, true);
  if (end <= 0) return undefined;
  const subject = headerText(lines, start, end, SUBJECT_KEYS)?.text.trim().toLowerCase();
  return tagged || subject === undefined || subject === line.text.trim().toLowerCase() ? { start, end } : undefined;
}

export function splitThread(lines: Line[]): Thread {
  let i = nextNonBlank(lines, 0);
  const underSubject = headerBlockUnderSubject(lines, i);
  if (underSubject) i = underSubject.start;
  let sender: HeaderSender | undefined;
  // A header block written as a quote (`> From: …`) heads the quoted message, not the newest: the newest
  // then has no header block (`top` stays -1, as headerBlockEnd says of none).
  const quotedHeader = lines[i]?.quoted === true;
  let top = -1;
  if (underSubject) top = underSubject.end;
  else if (!quotedHeader) top = headerBlockEnd(lines, i, false);
  if (top > 0) {
    sender = headerSender(lines, i, top);
    i = top;
  }
  // The blank lines opening a message with no header block may hold its letterhead logo's alt text.
  const lead = top > 0 ? [] : lines.slice(0, i);
  const attributionAt = attributionsOf(lines);
  const newest: Line[] = [];
  let quoted: Message | undefined;
  let quoteStart = -1;
  // The boundary is a reply's attribution over its `>` lines (`On … wrote:` / `> …`), not a forward's.
  let replyQuote = false;
  // The boundary is a replied message's header block or separator (`-----Original Message-----`), not a forward's.
  let repliedHeader = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.quoted) {
      if (quoteStart < 0) quoteStart = i;
      continue;
    }
    if (quoteStart >= 0 && !line.blank && !quoted) quoted = messageAt(lines, quoteStart, attributionAt);
    if (!line.blank) quoteStart = -1;
    const attribution = attributionAt(i);
    if (attribution) {
      // Bottom-posting: the attribution heads a `>` block and the reply follows it; another attribution after the
      // block opens the next older message of a chain quoted top-posted (`On … Ana wrote:` / `> …` / `On … Ben wrote:`).
      let j = nextNonBlank(lines, i + attribution.length);
      const quotedFrom = j;
      while (j < lines.length && ((lines[j] as Line).quoted || (lines[j] as Line).blank)) j++;
      const replied = j < lines.length && !attributionAt(j);
      if (j > quotedFrom && replied && (lines[quotedFrom] as Line).quoted) {
        if (!quoted) {
          // The quoted message ends where the reply starts: its attributions are read on those lines only.
          const upToReply = lines.slice(0, j);
          quoted = messageAt(upToReply, i, attributionsOf(upToReply));
        }
        i = j - 1;
        continue;
      }
      replyQuote = (lines[quotedFrom] as Line | undefined)?.quoted === true;
      quoted = messageAt(lines, i, attributionAt);
      break;
    }
    if (isSeparator(lines, i, attributionAt) || headerBlockEnd(lines, i, true) > 0) {
      quoted = messageAt(lines, i, attributionAt);
      repliedHeader = !isForwardIntro(line);
      break;
    }
    newest.push(line);
  }
  if (!quoted && quoteStart >= 0) quoted = messageAt(lines, quoteStart, attributionAt);
  // A selection that opens at the boundary (`---------- Forwarded message ---------` with no note above
  // it, or only a printout's page header: holdsNoWriting, or its reader's name: namesReader) holds no newer message: the one below the boundary
  // is the newest. A reply's quote alone (`On … wrote:` over `> …`) stays a quote: its writer is not whoever
  // selected it, nor is a forward's under a bare `Sent from my iPhone`: someone sent it, unsigned. A replied
  // message's header under that stub (`Envoyé depuis Outlook pour Android` over `De : …`) opens the selection at
  // the header: the stub is the end of a message cut off above it (endsCutMessage).
  let newestMessage: Message = { lines: newest, sender: ownedByDelegate(sender, newest), lead };
  const below = quoted;
  // Under a tool's caption the subject it copies (`Re: Fwd: Quote request`) is no one's writing either.
  const isCaption = (line: Line): boolean => isToolCaption(lines, line);
  const captioned = newest.some(isCaption);
  const opensAtBoundary = (line: Line): boolean =>
    holdsNoWriting(line) ||
    isCaption(line) ||
    (captioned && !line.long && PATTERNS.replySubject.test(line.text)) ||
    (below !== undefined && namesReader(line, below)) ||
    (repliedHeader && endsCutMessage(line));
  if (below && top <= 0 && !replyQuote && newest.every(opensAtBoundary)) {
    newestMessage = { ...below, lead };
    quoted = olderThan(lines, below, attributionAt, 1)[0];
  }
  return {
    newest: newestMessage,
    quoted,
    older: () => (quoted ? olderThan(lines, quoted, attributionAt, MAX_OLDER_MESSAGES) : []),
  };
}

/** A line no one wrote: a blank or a printout's page header (`Utskrift fra Outlook   Side 1 av 2`). */
const holdsNoWriting = (line: Line): boolean => line.blank || (!line.long && PATTERNS.pageCounter.test(line.text));

/**
 * A help desk's, a booking site's or a CRM's caption over the mail it shows (`Booking.com · Guest message`, `Email ·
 * Sent by Eva Roth · 12.03.2025 14:05`): no sentence, right over the mail's header (`From:`, `Von:`). A signature set
 * on one line (`Eva Roth · Einkauf · Nordwerk GmbH`) stands over a forward's separator instead, and one giving a way
 * to reach its writer (`Tel 030 5550 1234 · www.nordwerk.example`) is no caption wherever it stands.
 */
function isToolCaption(lines: readonly Line[], line: Line): boolean {
  // A tool may stack its captions (`Note added by …` over `Linked to: …`) over the header.
  let at: Line | undefined = line;
  for (let k = 0; k < MAX_CAPTION_LINES && at !== undefined && isCaptionShaped(at); k++) {
    at = lines[nextNonBlank(lines, at.index + 1)];
    if (at !== undefined && headerKeyOf(at.text) !== undefined) return true;
  }
  return false;
}

/** Parts after middle dots, no sentence, no way to reach anyone. */
const isCaptionShaped = (line: Line): boolean =>
  !line.long &&
  PATTERNS.toolCaption.test(line.text) &&
  !PATTERNS.sentenceSaid.test(line.text) &&
  !givesContactDetail(line.text);

/** `eva@nordwerk.example`, `www.nordwerk.example`, `+49 30 …`, `Tel 030 …`: an address, a link or a phone number. */
function givesContactDetail(text: string): boolean {
  if (findEmails(text, 0).length > 0) return true;
  const all = words(text);
  return all.some(
    (word, k) =>
      PATTERNS.linkOpening.test(word) ||
      PATTERNS.internationalOpening.test(word) ||
      (PATTERNS.numberOpening.test(all[k + 1] ?? '') && labelsPhone(word)),
  );
}

/** A mail app's stub (`Sent from my iPhone`, `Gesendet von meinem Fairphone`): the last line of a message, unsigned. */
const endsCutMessage = (line: Line): boolean => !line.long && PATTERNS.mobileFooter.test(line.text);

/** `Begin forwarded message:`, `---------- Forwarded message ---------`: a forward's line over the message it passes on. */
const isForwardIntro = (line: Line): boolean =>
  !line.long && (PATTERNS.forwardedIntro.test(line.text) || PATTERNS.forwardedSeparator.test(line.text));

/** Outlook's printout heads the page with its mailbox owner's name: the reader the message below was sent to. */
const namesReader = (line: Line, message: Message): boolean =>
  !line.long && line.text.trim() === message.recipient?.name?.text;

/**
 * `Mara Quint <…> on behalf of Dr Owen Hale` over a body `Mara Quint` signs on a line of her own: the
 * assistant wrote for her principal, so the message is hers; one the principal signs stays the principal's.
 */
function ownedByDelegate(sender: HeaderSender | undefined, body: readonly Line[]): HeaderSender | undefined {
  const assistant = sender?.delegate?.name?.text.trim();
  if (!sender?.delegate || !assistant) return sender;
  return body.some((line) => line.text.trim().startsWith(assistant)) ? sender.delegate : sender;
}

/** At most this many messages are read below the quoted one: a sender's own earlier message is near the top. */
const MAX_OLDER_MESSAGES = 4;

/** Up to `count` messages after `message` in `lines`, each from the boundary that ends the one before. */
function olderThan(lines: Line[], message: Message, attributionAt: AttributionAt, count: number): Message[] {
  const out: Message[] = [];
  let end = (message.lines[message.lines.length - 1]?.index ?? lines.length) + 1;
  while (end < lines.length && out.length < count) {
    const next = messageAt(lines, end, attributionAt);
    out.push(next);
    end = Math.max(end + 1, (next.lines[next.lines.length - 1]?.index ?? end) + 1);
  }
  return out;
}
