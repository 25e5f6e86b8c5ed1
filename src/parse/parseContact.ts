// The entry point: text → the contact of the sender of the newest message. Never throws: besides
// rules that do not throw by construction, the top level turns any surprise into an empty draft.
import type { CountryCode } from 'libphonenumber-js/max';
import { restoreCalendarLines } from './calendar';
import { namesCity, threadCountry } from './country';
import { csvDrafts } from './csvPeople';
import { domainOf, findEmails, isRoleMailbox, localPart } from './email';
import { extractMessage, type MessageDraft } from './message';
import type { RolePiece } from './roles';
import { displayName, matchesEmail, nameFromEmail, sameGivenName } from './names';
import { holdsNoContact } from './noContact';
import { isValediction, listFooterLines, readableLines } from './readable';
import { restoreColumnRecordLines, restoreRecordLines } from './record';
import { releaseIssuer } from './release';
import { currentPosition } from './resume';
import { COMPANY_LEGAL_WEIGHT, companyScore, namesDepartment } from './roleCues';
import { restoreRunOnLines, sentenceOpenings } from './runOn';
import { fold, prepare, signOffWord, sourceOffset, words, type Doc, type Line, type Segment } from './text';
import { splitThread, type HeaderSender, type Message, type Thread } from './thread';
import { SINGLE_VALUE_FIELDS, emptyParsedContact, type ParsedContact, type ParsedValue } from './types';
import { parseVCard } from './vcard';
import { parseMeCard } from './mecard';

function rawReader(doc: Doc): (segment: Segment) => string {
  return (segment) => {
    const line = doc.lines[segment.line];
    // A letter-spaced line closed up reads as closed: its raw text is the spaced-out one.
    if (!line || line.sourceAt) return segment.text;
    // Up to the next visible character: a link clean-up blanked right after the segment belongs to it.
    const from = segment.start - line.start;
    let to = segment.end - line.start;
    while (to < line.text.length && line.text.charAt(to) === ' ' && line.raw.charAt(to) !== ' ') to++;
    return line.raw.slice(from, to);
  };
}

/**
 * A follow-up on one's own message (`Hi Marcus, just following up on the below` over `From: Deirdre
 * Ní Bhriain … To: Marcus Feld`): the newest message greets whom the earlier one was sent to.
 */
function followsUp(greeted: string | undefined, earlier: Message): boolean {
  const to = earlier.recipient?.name?.text;
  return !!greeted && !!to && words(to).some((w) => fold(w) === greeted);
}

/**
 * Signed with the same or a short first name, with the nickname the quoted message writes beside its
 * name (`Dimitris (Jim) Alexopoulos`), or, following up on it, with a short name of the same initial
 * (`Dee` for Deirdre); or with the family name alone when no given name was signed (`佐藤`).
 */
function signedAsQuoted(draft: ParsedContact, quoted: MessageDraft, followUp: boolean): boolean {
  const theirs = quoted.draft;
  if (!draft.firstName) return sameFolded(draft.lastName, theirs.lastName) && !!theirs.firstName;
  if (!theirs.firstName) return false;
  const signed = fold(draft.firstName.value);
  const given = fold(theirs.firstName.value);
  const sameInitial = signed.charAt(0) === given.charAt(0);
  return sameGivenName(signed, given) || quoted.nicknames.includes(signed) || (followUp && sameInitial);
}

/**
 * Fills what the newest message lacks from the sender's own quoted message, when it is signed as that
 * message is (signedAsQuoted). Says whether the quoted message was theirs.
 */
function completeFromQuoted(draft: ParsedContact, quoted: MessageDraft, followUp: boolean): boolean {
  if (!signedAsQuoted(draft, quoted, followUp)) return false;
  const own = quoted.draft;
  if (draft.email && own.email && draft.email.value !== own.email.value) return false;
  for (const key of SINGLE_VALUE_FIELDS) if (!draft[key] && own[key]) Object.assign(draft, { [key]: own[key] });
  if (draft.phones.length === 0) draft.phones = own.phones;
  if (draft.fax.length === 0) draft.fax = own.fax;
  return true;
}

/**
 * The sender of the quoted message, or of one further down the chain, when the newest message, in which no rule found
 * a name nor another address, signs with their given name (`Booked for Friday.` / `Oona` over `On …, Oona Castellane
 * <…> wrote:`, `Beste Grüsse, Urs` over `From: urs.berger@…`): a reply to one's own message, answered in between or
 * not. The signing line is a one-word line below the message's first, or the last sentence of any line, not whom it
 * greets. A bare address heading no message (`From: ian.doyle@…` over `Sent:`, `To:`, nothing below) is the newest
 * message's own header, pasted under it: signed or not.
 */
function ownQuotedSender(newest: Message, reading: MessageDraft, thread: Thread): HeaderSender | undefined {
  const quoted = thread.quoted;
  if (!quoted) return undefined;
  if (!quoted.sender?.name && quoted.lines.every((line) => line.blank) && senderGivenName(quoted, reading))
    return quoted.sender;
  const first = newest.lines.findIndex((line) => !line.blank);
  const signOffs = newest.lines.flatMap((line, i) => {
    const signOff = signingWord(line.text, i > first);
    return signOff && signOff !== reading.greeted ? [signOff] : [];
  });
  if (signOffs.length === 0) return undefined;
  for (const message of [quoted, ...thread.older()]) {
    const given = senderGivenName(message, reading);
    if (given && signOffs.some((signOff) => sameGivenName(signOff, given))) return message.sender;
  }
  return undefined;
}

/** The given name, folded, of a message's sender by header, unless their address differs from the one read. */
function senderGivenName(message: Message, reading: MessageDraft): string | undefined {
  const sender = message.sender;
  const address = sender?.email && findEmails(sender.email.text, sender.email.start)[0];
  const own = reading.draft.email;
  if (!address || (own && own.value !== address.value)) return undefined;
  // `Ndlovu, Sipho` and `Dr. Jane Roe` give their given name as a display name does; a bare address as it spells it.
  const givenName = sender.name
    ? displayName(sender.name.text, sender.name.start)?.first?.value
    : nameFromEmail(address).first?.value;
  return givenName ? fold(givenName) : undefined;
}

/**
 * The name a line signs with: what follows a sign-off on its line (`Beste Grüsse, Luca`), or the whole line (`Oona`)
 * where it may be a signing line of its own; in either, the last sentence after others (`Friday suits. Tomasz`).
 */
function signingWord(text: string, ownLine: boolean): string | undefined {
  const openings = sentenceOpenings(text);
  const opening = openings.at(-1);
  if (!opening || (!ownLine && openings.length === 1)) return undefined;
  const last = text.slice(opening.at);
  const comma = last.lastIndexOf(',');
  return comma > 0 && isValediction(last.slice(0, comma)) ? signOffWord(last.slice(comma + 1)) : signOffWord(last);
}

/**
 * The newest message's writer is whom the message below it was sent to (`To: Dariusz Nowicki <…>`
 * under a reply or a forward): their address (and family name, when signed with the given name
 * alone) when the signed name agrees with it, their name and address when the newest message is unsigned.
 */
function completeFromRecipient(draft: ParsedContact, recipient: HeaderSender | undefined): void {
  if (draft.email) return;
  const person = headerPerson(recipient);
  if (!person) return;
  const { address, named } = person;
  if (!draft.firstName && !draft.lastName) {
    // Unsigned: only a person's full display name (`Lettings <lettings@…>` names a desk).
    if (!named?.first || !named.last) return;
    Object.assign(draft, { firstName: named.first, lastName: named.last, email: address });
    return;
  }
  const signed = [draft.firstName, draft.lastName].flatMap((v) =>
    v ? [{ text: v.value, start: v.start, end: v.end }] : [],
  );
  const sameFirst = sameFolded(named?.first, draft.firstName);
  if (sameFirst || matchesEmail(signed, address.value)) draft.email = address;
  // Signed with the given name alone (`Ilse`): the header's display name gives the family name.
  if (sameFirst && !draft.lastName && named?.last) draft.lastName = named.last;
}

/** A header's address (none for a role mailbox) and the display name beside it. */
function headerPerson(header: HeaderSender | undefined) {
  const address = header?.email && findEmails(header.email.text, header.email.start)[0];
  if (!address || isRoleMailbox(address.value)) return undefined;
  return { address, named: header.name && displayName(header.name.text, header.name.start, address) };
}

/**
 * The newest message's header address when its body gave no title, firm nor number (`From: Hui Ling Goh <…>` over a
 * two-line answer): an unsigned reply, whose writer's signature stands in their own earlier message down the chain.
 */
function unsignedHeaderAddress(newest: Message, draft: ParsedContact): string | undefined {
  const address = draft.email?.value;
  return sentFrom(newest, address) && !draft.title && !draft.company && draft.phones.length === 0 ? address : undefined;
}

/** A message whose header names `address` as its sender: the writer's own. */
function sentFrom(message: Message, address: string | undefined): boolean {
  const own = message.sender?.email?.text.trim().toLowerCase();
  return address !== undefined && own === address;
}

/** Both values there and the same, folded. */
const sameFolded = (a: ParsedValue<string> | undefined, b: ParsedValue<string> | undefined): boolean =>
  !!a && !!b && fold(a.value) === fold(b.value);

/**
 * A quoted message's sender named in full as the newest message's signer (`Tove Grimsrud` over
 * `From: Tove Grimsrud <tove@…>`): the writer pasting or answering their own message, so its address is theirs.
 * Called only for a draft with no address. Their own message may be quoted further down the chain, under the other party's reply to it.
 */
function completeFromOwnHeader(draft: ParsedContact, earlier: readonly Message[]): void {
  const signer = fullName(draft.firstName, draft.lastName);
  if (!signer) return;
  for (const message of earlier) {
    const person = headerPerson(message.sender);
    // The display name as written too: a name reader takes `Sá` in `Rita Sá Pinto` for a middle name.
    const written = message.sender?.name && fold(message.sender.name.text);
    if (person && (written === signer || fullName(person.named?.first, person.named?.last) === signer)) {
      draft.email = person.address;
      return;
    }
  }
}

/** Given and family name as one folded text: a middle word may be read as either's (`Rita Sá` | `Sá Pinto`). */
const fullName = (first?: ParsedValue<string>, last?: ParsedValue<string>): string | undefined =>
  first && last ? fold(`${first.value} ${last.value}`) : undefined;

/**
 * A résumé names its owner's employer, and title where none stood under the name, in its newest job's entry: that
 * employer, named by its legal form, beats a firm read around the name without one (a headline's professional body),
 * as a résumé's head names a profession, not an employer.
 * A résumé opens with its owner's name: a profile above the signer's name (a recruiter's `Experience` of a
 * candidate, `Senior Data Engineer, Brightwave Analytics`) is someone else's.
 */
function completeFromResume(draft: ParsedContact, lines: readonly Line[]): void {
  const position = currentPosition(lines);
  const owner = draft.firstName ?? draft.lastName;
  if (!position || (owner && position.title.start < owner.start)) return;
  const value = (seg: Segment): ParsedValue<string> => ({ value: seg.text, start: seg.start, end: seg.end });
  // The entry's employer read as the company already: the entry's title is the one held there.
  if (draft.company && fold(draft.company.value) === fold(position.employer.text)) {
    draft.title ??= value(position.title);
    return;
  }
  // A profile's company line (LinkedIn's `Sadu Capital Company` over `Experience` / `Director, Treasury`) stays.
  if (draft.company && !byLegalFormOnly(position.employer.text, draft.company.value)) return;
  draft.company = value(position.employer);
  draft.title ??= value(position.title);
}

/** `employer` is named by its legal form (`Construções Vale Sado, S.A.`) and `other` is not. */
const byLegalFormOnly = (employer: string, other: string): boolean =>
  companyScore(employer) >= COMPANY_LEGAL_WEIGHT && companyScore(other) < COMPANY_LEGAL_WEIGHT;

/** A CSV export's note is read past when it is this short (LinkedIn's `Notes:` paragraph above Connections.csv). */
const MAX_EXPORT_NOTE_CHARS = 1000;

/** An export's title line over its header row (`Trade fair 2025 – leads (export)`) is at most this long. */
const MAX_EXPORT_TITLE_CHARS = 200;

/**
 * A CSV export of one person (a header row, one data row), under its title line, or a note and a blank line, or
 * neither: that person; undefined for any other text.
 */
function csvContact(text: string): ParsedContact | undefined {
  const blank = text.indexOf('\n\n');
  const titleEnd = text.indexOf('\n');
  return (
    csvPerson(text, 0) ??
    (titleEnd > 0 && titleEnd < MAX_EXPORT_TITLE_CHARS ? csvPerson(text, titleEnd + 1) : undefined) ??
    (blank > 0 && blank < MAX_EXPORT_NOTE_CHARS ? csvPerson(text, blank + 2) : undefined)
  );
}

function csvPerson(text: string, start: number): ParsedContact | undefined {
  const drafts = csvDrafts(text, true, false, start);
  if (!drafts) return undefined;
  const rows: Array<ParsedContact | undefined> = [];
  for (const draft of drafts) if (rows.push(draft) > 1) return undefined;
  return rows[0];
}

/** A contact read, with the title and company candidates its roles were picked from. */
export interface ContactReading {
  contact: ParsedContact;
  roleCandidates: readonly RolePiece[];
}

function parse(text: string): ContactReading {
  // A paste that ran a signature into one line is read as the lines it lost; a JSON record or a record page laid
  // out in columns as its fields' lines; an iCalendar file as the invitation mail it stands for.
  const doc = restoreColumnRecordLines(restoreRecordLines(restoreRunOnLines(restoreCalendarLines(prepare(text)))));
  const card = parseVCard(doc.lines) ?? csvContact(doc.text);
  if (card) return { contact: { ...card, truncated: doc.truncated }, roleCandidates: [] };
  const reading = readMessages(doc);
  const meCard = parseMeCard(doc.lines);
  return meCard ? { ...reading, contact: completedByMeCard(reading.contact, withSourceSpans(meCard, doc)) } : reading;
}

/**
 * What a text around a MECARD (a badge's printed title, a scanner's noise) says, with the card's fields in place of its
 * own: the card was encoded by a machine, the text may be read wrong.
 */
function completedByMeCard(read: ParsedContact, card: ParsedContact): ParsedContact {
  const contact: ParsedContact = { ...read };
  for (const key of SINGLE_VALUE_FIELDS) if (card[key]) Object.assign(contact, { [key]: card[key] });
  if (card.phones.length > 0) contact.phones = card.phones;
  if (card.fax.length > 0) contact.fax = card.fax;
  return contact;
}

/** The lines up to the newest message's last: its header and lead, and any `>` lines it answers below. */
function newestMessageLines(lines: readonly Line[], thread: Thread): readonly Line[] {
  if (!thread.quoted) return lines;
  const last = thread.newest.lines.at(-1);
  return last ? lines.slice(0, last.index + 1) : lines;
}

/** The contact of the newest message's sender, read from the thread's messages. */
function readMessages(doc: Doc): ContactReading {
  const empty = { contact: emptyParsedContact(doc.truncated), roleCandidates: [] };
  // The mailing-list footer is looked for once, among the lines a contact is read from.
  const ends = readableLines(doc.lines);
  const footer = listFooterLines(ends);
  const thread = splitThread(doc.lines);
  // A notice or mailing quoted below a signed reply (`This is an automated message` under `-----Original
  // Message-----`) is the older message's: the text holds no contact only if its newest message holds none.
  if (holdsNoContact(ends, footer) && holdsNoContact(readableLines(newestMessageLines(doc.lines, thread)), footer))
    return empty;
  const rawOf = rawReader(doc);
  const correspondents = (own: Message) => (): CountryCode | undefined =>
    threadCountry(
      [thread.newest, ...(thread.quoted ? [thread.quoted, ...thread.older()] : [])]
        .filter((message) => message.lines !== own.lines)
        .flatMap((message) => message.lines),
    );
  let newest = extractMessage(thread.newest, rawOf, footer, correspondents(thread.newest));
  const signer =
    newest.draft.firstName || newest.draft.lastName || thread.newest.sender
      ? undefined
      : ownQuotedSender(thread.newest, newest, thread);
  // Read as sent by them: their header name and address are the message's strongest clues.
  if (signer)
    newest = extractMessage({ ...thread.newest, sender: signer }, rawOf, footer, correspondents(thread.newest));
  const { draft } = newest;
  let roleCandidates = newest.roleCandidates;
  // The sender's own earlier message may be the quoted one or one further down the chain; a signer
  // read from the quoted message's header wrote it, so its signature completes theirs.
  const ownEarlier = newest.oneNameOnly || signer !== undefined;
  const unsignedAddress = unsignedHeaderAddress(thread.newest, draft);
  const earlierOwn = (earlier: Message) => ownEarlier || sentFrom(earlier, unsignedAddress);
  for (const earlier of (ownEarlier || unsignedAddress) && thread.quoted ? [thread.quoted, ...thread.older()] : []) {
    if (!earlierOwn(earlier)) continue;
    const quoted = extractMessage(earlier, rawOf, footer, correspondents(earlier));
    const hadRoles = draft.title || draft.company;
    // A short name of the same initial is theirs only in a follow-up on the message just below.
    const followUp = earlier === thread.quoted && followsUp(newest.greeted, earlier);
    if (!completeFromQuoted(draft, quoted, followUp)) continue;
    // Roles taken from the quoted message were picked among its candidates.
    if (!hadRoles && (draft.title || draft.company)) roleCandidates = quoted.roleCandidates;
    break;
  }
  completeFromResume(draft, thread.newest.lines);
  draft.company ??= newest.footerFirm;
  // A press release's media contact whose block names no firm works at the firm issuing it.
  if (draft.firstName || draft.lastName) draft.company ??= releaseIssuer(thread.newest.lines);
  completeFromRecipient(draft, thread.quoted?.recipient);
  if (!draft.email && thread.quoted) completeFromOwnHeader(draft, [thread.quoted, ...thread.older()]);
  if (namesNoOne(draft) || namedAsDesk(draft, doc.text)) return empty;
  draft.truncated = doc.truncated;
  return { contact: withSourceSpans(draft, doc), roleCandidates };
}

/**
 * No one's contact: no name, and no address, a role mailbox (`administracion@…`, `enquiries@…` under a department and
 * its firm: a desk's, whatever title or firm stands beside it), an address with no title or firm beside it
 * (`site-crews@…`, `obraspublicas@…` under a notice): an address that spells no name (a person's would give one), with
 * nothing said of whose it is, is a desk's mailbox given for enquiries; or an address spelling the firm's name
 * (`trasportitirreni@…` beside `TRASPORTI TIRRENI S.R.L.`, an invoice's or a legal footer's registered mailbox),
 * the firm's own. A person's address whose name was not read keeps their draft by their title or firm (`jrk@…` under
 * `Head of Sales` / `Lövhamn AB`).
 */
const namesNoOne = (draft: ParsedContact): boolean =>
  !draft.firstName &&
  !draft.lastName &&
  (!draft.email ||
    isRoleMailbox(draft.email.value) ||
    (!draft.title && !draft.company) ||
    (!!draft.company && spellsFirm(draft.email.value, draft.company.value)));

/**
 * Named by a desk's word alone: the local part of a role mailbox the text gives (`Empfang` signing over `empfang@…`),
 * or the own address's, listed beside role mailboxes of its domain (`lettings@…` under `info@…`, `press@…`): one more
 * desk of a contact page, its word a department's or a branch's. A word signed on a line of its own (`Tom` over
 * `tom@…` and `sales@…`) is a person's given name, unless it names a place or a department: whole threads and small
 * firms' signatures list the firm's desks beside a person's own address.
 */
function namedAsDesk(draft: ParsedContact, text: string): boolean {
  const { firstName, lastName, email } = draft;
  if (!firstName || lastName) return false;
  const word = fold(firstName.value);
  const desks = findEmails(text, 0).filter((address) => isRoleMailbox(address.value));
  if (desks.some((desk) => fold(localPart(desk.value)) === word)) return true;
  if (!email || fold(localPart(email.value)) !== word) return false;
  const deskWord = namesCity(firstName.value) || namesDepartment(firstName.value);
  if (!deskWord && signedAlone(firstName, text)) return false;
  const domain = domainOf(email.value);
  return desks.some((desk) => desk.value !== email.value && domainOf(desk.value) === domain);
}

/** The value is all its line holds (`— Tom`), not a word of a heading (`Harbourside branch`) or of a mailbox. */
function signedAlone(value: ParsedValue<string>, text: string): boolean {
  const from = text.lastIndexOf('\n', value.start - 1) + 1;
  const to = text.indexOf('\n', value.end);
  return fold(text.slice(from, to < 0 ? text.length : to)) === fold(value.value);
}

/** Letters of a firm's name a local part spells at the least to be the firm's mailbox: fewer may be someone's initials. */
const MIN_FIRM_MAILBOX_LETTERS = 6;

/** The address's local part spells the firm's name from its start (`yesilirmakenerji@` for `Yeşilırmak Enerji Dağıtım A.Ş.`). */
function spellsFirm(email: string, company: string): boolean {
  const local = fold(localPart(email));
  return local.length >= MIN_FIRM_MAILBOX_LETTERS && fold(company).startsWith(local);
}

/** The draft with each value's span in the input, not in the cleaned text (a letter-spaced line closed up). */
function withSourceSpans(draft: ParsedContact, doc: Doc): ParsedContact {
  if (!doc.lines.some((line) => line.sourceAt)) return draft;
  const spanned = <T>(v: ParsedValue<T>): ParsedValue<T> => ({
    ...v,
    start: sourceOffset(doc, v.start),
    end: v.end > v.start ? sourceOffset(doc, v.end - 1) + 1 : sourceOffset(doc, v.end),
  });
  const out: ParsedContact = { ...draft, phones: draft.phones.map(spanned), fax: draft.fax.map(spanned) };
  for (const key of SINGLE_VALUE_FIELDS) {
    const value = draft[key];
    if (value) Object.assign(out, { [key]: spanned<unknown>(value) });
  }
  return out;
}

/** parseContact's reading with the role candidates it weighed: the role scorer's trainer learns on exactly these. */
export function readContact(text: string): ContactReading {
  try {
    return parse(typeof text === 'string' ? text : '');
  } catch {
    return { contact: emptyParsedContact(), roleCandidates: [] };
  }
}

/**
 * The contact draft of the sender of the newest message in `text` (a signature, an email with its
 * reply chain, a `From:` header, a business card, a vCard). Never throws; text without a person
 * (no name, no personal address) gives an empty draft. Only the first `MAX_INPUT_CHARS` are read.
 */
export function parseContact(text: string): ParsedContact {
  return readContact(text).contact;
}
