// Texts that hold no one contact, whatever names and addresses they carry: records of several
// people (a commit log, a timestamped log or chat, a table or roster with a row per person), code
// or data, and a system's mailings.
import { findEmails, isGroupLedMailbox, isNoReply, isRoleMailbox, localPart } from './email';
import { BLOCK_LINES_DOWN, MAX_SIGNING_SPACE_LINES, MIN_PHONE_DIGITS } from './limits';
import { isCaseless, isUnspacedFullName, matchesEmail, nameTokens, type NameToken } from './names';
import { PATTERNS } from './patterns';
import { isFirstPerson, isSignOff, isValediction } from './readable';
import { companyScore, isItemColumnHeadings, namesDepartment, titleScore } from './roleCues';
import { onBehalfOf } from './roles';
import {
  ATTENDEE_LABELS,
  CALENDAR_ACCOUNT_LABELS,
  CALENDAR_ATTENDEE_LABELS,
  CALENDAR_FIELD_LABELS,
  CALENDAR_ORGANIZER_LABELS,
  CHAT_BOT_TAGS,
  CSV_HEADER_WORDS,
  FIELD_LABELS,
  MEETING_INVITE_LABELS,
  MEETING_INVITE_OWN_LABELS,
  PERIODICAL_WORDS,
  RECEIPT_TOTAL_LABELS,
  REFERENCE_NUMBER_LABELS,
  ROLE_CONNECTORS,
  SIGNING_GROUP_ARTICLES,
  SIGNING_GROUP_WORDS,
  TICKET_FIELD_LABELS,
  TICKET_PARTY_LABELS,
} from './vocabulary';
import { digitCount, fold, normalizeKey, words, type Line } from './text';
import { timeLedAuthor } from './message';
import { headerKeyOf, headerRole, isMessageIdHeader, isRecipientHeader } from './thread';

/** A line and the addresses on it, found once for every check. */
interface Row {
  line: Line;
  emails: string[];
  /**
   * Of `emails`, the ones that are neither role mailboxes nor a board's or committee's (isGroupLedMailbox),
   * nor shown under a department's name (showsDepartmentMailbox).
   */
  personal: string[];
  /**
   * The line read as led by a person (PATTERNS.personLedLine): a chat's author line or a team page's row;
   * or a chat's author line led by its time (`[09:02] Emily Carter`, timeLedAuthor), its name in group 1.
   */
  led: RegExpExecArray | null;
  /** The label the line opens with (`Attendees:`, `When:`), if it is short. */
  label: RowLabel | null;
  /** The line is short and a sign-off (`Best regards,`). */
  signOff: boolean;
}

/** A table row has at least this many cells (name, something, address). */
const MIN_TABLE_CELLS = 3;
/** Rows of people in a row that make a table, not a signature. */
const MIN_TABLE_ROWS = 2;
/** Members a team page lists, one a row, that make it a list even where a row gives its member's address. */
const MIN_LISTED_MEMBERS = 3;
/** Consecutive lines with an address each that make a roster, not a signature's work and home addresses. */
const MIN_ROSTER_ROWS = 3;
/** Code or data lines that, being at least half of the text, make it code, not a message. */
const MIN_CODE_LINES = 3;

function rowOf(line: Line, below: Line | undefined): Row {
  const addressed = line.text.includes('@') && !isMessageIdHeader(line);
  const emails = addressed ? findEmails(line.text, 0).map((e) => e.value) : [];
  const led = line.long ? null : (PATTERNS.personLedLine.exec(line.text) ?? timeLedAuthor(line.text, below));
  return {
    line,
    emails,
    personal: emails.filter((e) => !isRoleMailbox(e) && !isGroupLedMailbox(e) && !showsDepartmentMailbox(line.text, e)),
    led,
    label: labelOf(line),
    signOff: !line.long && isSignOff(line.text),
  };
}

/**
 * The line shows the address under a department's name alone (`Organizer: Finanzabteilung <fibu@…>`,
 * `主催者: 総務部 <somu@…>`): a department's mailbox, whatever its local part spells. `Hanna Berg (Einkauf)
 * <hanna@…>` names a person of MIN_NAME_WORDS words too; a department's one word in a script without
 * spaces reads like a family and a given name, so isUnspacedFullName is not asked.
 */
function showsDepartmentMailbox(text: string, email: string): boolean {
  const shown = PATTERNS.nameAngleEmail.exec(text);
  const name = shown?.[1]?.trim() ?? '';
  const personWords = nameTokens(name, 0)?.length ?? 0;
  return (shown?.[2] ?? '').toLowerCase() === email && namesDepartment(name) && personWords < MIN_NAME_WORDS;
}

/**
 * A commit (`commit 4e1b9c0…` with its `Author:` or a `…-by:` trailer), or person lines of commits
 * or timestamped records (a log, a chat) naming several people by address: version-control
 * metadata and logs, not anyone sending their details.
 */
function isRecordsOfPeople(rows: readonly Row[]): boolean {
  let commits = 0;
  let commitPeople = 0;
  const people = new Set<string>();
  for (const { line, personal } of rows) {
    const commitPerson = PATTERNS.commitPersonLine.test(line.text);
    if (commitPerson) commitPeople++;
    if (PATTERNS.commitLine.test(line.text)) commits++;
    else if (personal.length > 0 && (commitPerson || PATTERNS.recordStamp.test(line.text)))
      for (const email of personal) people.add(email);
  }
  return commits >= 2 || (commits === 1 && commitPeople > 0) || people.size >= 2;
}

/**
 * A team page's row is a name, then a dash or dot and the member's address or role or department
 * (`Pieter Maas - Operations`): a role and its firm (`Growth Lead · Pinecone Pantry`) lead with no one's
 * name, and a document's title (`Quarterly Business Review – Agenda`, `Harbour Road Relaunch – Team
 * Timeline`) is followed by neither. Only the first cell after the name is read: it holds a title word
 * (`Office Manager`, `Asociado sénior`, `Einkaufsleiter bei …`) or ends in a department
 * (`Facilities`), where a department word leading a document's part (`Team Notes`) names no member.
 */
function isMemberRow(leader: string, after: string, addressed: boolean): boolean {
  if (!nameTokens(leader, 0)) return false;
  if (addressed) return true;
  const role = after.split(PATTERNS.memberCellEnd, 1)[0] ?? '';
  const last = words(role).pop();
  return titleScore(role) > 0 || (!!last && namesDepartment(last));
}

/**
 * The member a team page's row names: its leader (isMemberRow), or the name in the cell after a role leading the row
 * (`Site Manager – Kyle Brennan – 0412 …`), as a project's or a site's contact list writes them.
 */
function rowMember(led: RegExpExecArray, addressed: boolean): string | undefined {
  const [leader = '', after = ''] = [led[2], led[3]];
  if (!leader) return undefined;
  if (isMemberRow(leader, after, addressed)) return leader;
  const name = after.split(PATTERNS.memberCellEnd, 1)[0]?.trim() ?? '';
  return titleScore(leader) > 0 && namesPerson(name) ? name : undefined;
}

/** `Ines Varga, Head of Logistics, …`: a person's name, then their title after a comma — someone's details typed out on one line. */
function isTypedCard(text: string): boolean {
  const [name = '', role] = text.split(',', 2);
  return !!role && namesPerson(name) && titleScore(role.trim()) > 0;
}

/** A word as a name token, to match an address against. */
const asToken = (word: string): NameToken => ({ text: word, start: 0, end: 0 });

/** A text's capitalised words as name tokens, to match an address against (`Tomás`, `Nora Quist`). */
const capitalisedWords = (text: string): NameToken[] =>
  words(text)
    .filter((word) => word.charAt(0) !== word.charAt(0).toLowerCase())
    .map(asToken);

/**
 * In a chat message, an address its author passes on for someone else (`it's Tomás at Brightwire,
 * tomas.reyes@…`): a name written before it spells it, the author's name does not.
 */
function passesOnAddress(text: string, email: string, author: string): boolean {
  const before = text.slice(0, Math.max(0, text.toLowerCase().indexOf(email)));
  return !matchesEmail(capitalisedWords(author), email) && matchesEmail(capitalisedWords(before), email);
}

/**
 * `Best,` / `Yaw` under the message of `Yaw Ofori  3:42 PM`: the line under a sign-off is its author's
 * given name; a marketplace's or helpdesk's thread, its newest message signed by its writer.
 */
function signsAsAuthor(text: string, author: string): boolean {
  const signed = normalizeKey(text);
  return signed.length > 0 && signed === normalizeKey(words(author)[0] ?? '');
}

/**
 * Several people each leading a line (chat authors, a team page's members, an agenda's speakers) or named
 * by their part in a tracker's record, and no one's own address or number: a record of a group, not one
 * person's details. A chat message passing on someone else's address (passesOnAddress) gives none of its own;
 * one its author signs (signsAsAuthor) is that person's.
 */
function isCastOfPeople(rows: readonly Row[]): boolean {
  const people = new Set<string>();
  let listedAddresses = 0;
  let signedOff = false;
  let signedOffAbove = false;
  let memberAbove = false;
  let previousIndex = -1;
  let author: string | undefined;
  for (const { line, personal, led, signOff } of rows) {
    // Rows skip lines (the middle of a long text, quoted lines): across a gap, no row is right under a sign-off.
    if (line.index !== previousIndex + 1) signedOff = memberAbove = false;
    previousIndex = line.index;
    // A member's row of a team page (`Name — Title — name@…`) giving an address counts as a listing,
    // except one right under a sign-off (`Best,`), which is its writer's one-line signature; so does
    // an address on the line under a member's row, alone (`Sofía Herrera — Managing Partner` / `sofia@…`)
    // or in the page's line about them (`Sofía advises on tax. sofia@…`), unless its writer gives it as theirs.
    const member = led ? rowMember(led, personal.length > 0) : undefined;
    const addressUnderMember = memberAbove && personal.length === 1 && !isFirstPerson(line.text.toLowerCase());
    const passedOn =
      !led &&
      !!author &&
      personal.length > 0 &&
      personal.every((email) => passesOnAddress(line.text, email, author ?? ''));
    if ((member && personal.length > 0 && !signedOff) || addressUnderMember) listedAddresses++;
    // Any other personal address, even in a long line (a chat message), is someone's own, and so is a
    // number its writer gives as theirs (`ping me here or on +34 611 555 284`) or gives after signing
    // off (an agenda's speakers, then `Best regards,` and the organizer's signature), or a card typed
    // into a message (`Ines Varga, Head of Logistics, …`).
    else if (
      (personal.length > 0 && !passedOn) ||
      (digitCount(line.text) >= MIN_PHONE_DIGITS && (signedOffAbove || isFirstPerson(line.text.toLowerCase()))) ||
      (!led && !line.long && isTypedCard(line.text)) ||
      (signedOff && !!author && signsAsAuthor(line.text, author))
    )
      return false;
    // An author's tag (`(Extern)`) is no part of their name: the card they type under it names them again.
    const name = (led?.[1] ?? member)?.split(PATTERNS.authorTag, 1)[0]?.trim();
    if (name) people.add(name);
    if (led?.[1]) author = name;
    if (!line.long)
      for (const labelled of line.text.matchAll(PATTERNS.recordRoleLabel)) if (labelled[1]) people.add(labelled[1]);
    memberAbove = !!member && personal.length === 0 && !signedOff;
    if (!line.blank) signedOff = signOff;
    signedOffAbove ||= signedOff;
  }
  return people.size >= (listedAddresses > 0 ? MIN_LISTED_MEMBERS : MIN_TABLE_ROWS);
}

/**
 * A row's cells without a header row: parted by a tab or ` | ` only. A wide gap is not enough here: a
 * signature laid out in two columns has one too (isNamedColumns, under a `Name` header, takes it).
 */
const cellsOf = (text: string): number => Math.max(text.split('\t').length, text.split(' | ').length);

/**
 * Consecutive rows of as many cells, each with one personal address, none repeated; not above a sign-off and its
 * writer's own address (signedBelow: a person's mail passing on a list of people).
 */
function isPeopleTable(rows: readonly Row[], signedBelow: SignedBelow): boolean {
  let run = 0;
  let cells = 0;
  const seen = new Set<string>();
  for (const [i, { line, emails, personal }] of rows.entries()) {
    // Only a line with an address can be a row: the others are not split (this runs on every line).
    const count = line.long || emails.length === 0 ? 0 : cellsOf(line.text);
    const email = count >= MIN_TABLE_CELLS && personal.length === 1 ? personal[0] : undefined;
    if (email && !seen.has(email) && (run === 0 || count === cells)) {
      run++;
      cells = count;
      seen.add(email);
      if (run >= MIN_TABLE_ROWS) return !signedBelow(i + 1);
    } else {
      run = email ? 1 : 0;
      cells = count;
      seen.clear();
      if (email) seen.add(email);
    }
  }
  return false;
}

/** A header's or row's first cells, up to as many as a table needs (this runs on every readable line). */
const cellTexts = (line: Line): string[] =>
  line.long ? [] : line.text.trim().split(PATTERNS.columnGap, MIN_TABLE_CELLS);

/**
 * A table under a header row opened by a name column (`Name   Role   Ext.   Mobile`): rows of people,
 * whether or not they hold addresses (a phone list, a rota), not one person's details, unless its writer signs
 * below it (signedBelow).
 */
function isNamedColumns(rows: readonly Row[], signedBelow: SignedBelow): boolean {
  return rows.some(
    ({ line }, i) =>
      FIELD_LABELS.name.has((cellTexts(line)[0] ?? '').toLowerCase()) && headsTable(rows, i) && !signedBelow(i),
  );
}

/**
 * A header's cell naming a phone or address column (`Phone`, `Telefon`, `E-mail`) by an export's header words: the
 * signature labels (`Office`, `Work`, `D`) and the short or bare ones (`No`, `HP`, `Number`) head other tables too.
 */
const namesContactColumn = (cell: string): boolean => {
  const key = normalizeKey(cell);
  const phone = CSV_HEADER_WORDS.phone.has(key) && key.length >= MIN_PHONE_COLUMN_WORD && key !== 'number';
  return phone || CSV_HEADER_WORDS.email.has(key);
};

/** A phone column's header word has this many letters at least (`Tel`, not `No` or `HP`). */
const MIN_PHONE_COLUMN_WORD = 3;

/**
 * A table under a header row holding a phone's or address's column (`OUR CLINICS   PHONE   HOURS`): a firm's branches
 * or a directory, one entry a row, that no one signs. Asked only where no one's own address is (holdsNoContact): a
 * firm's footer laid out in columns (`Besöksadress   Postadress   Telefon`) stands under its writer's signature, and
 * a person passing on the branches' numbers signs off.
 */
function isContactColumns(rows: readonly Row[]): boolean {
  return (
    rows.some(({ line }, i) => cellTexts(line).some(namesContactColumn) && headsTable(rows, i)) &&
    !rows.some((row) => row.signOff)
  );
}

/** Row `i` is a header row of MIN_TABLE_CELLS cells or more over MIN_TABLE_ROWS rows of as many at least. */
function headsTable(rows: readonly Row[], i: number): boolean {
  const below = rows.slice(i + 1, i + 1 + MIN_TABLE_ROWS);
  return (
    cellTexts((rows[i] as Row).line).length >= MIN_TABLE_CELLS &&
    below.length === MIN_TABLE_ROWS &&
    below.every((row) => cellTexts(row.line).length >= MIN_TABLE_CELLS)
  );
}

/**
 * A roster: consecutive lines (a guest list, attendees, a shortlog) each holding one address, none
 * repeated, at least two of them people's. Lines of a message header (`From:`, `To:`, `Cc:`) are not
 * rows: a header names a sender and recipients. Lines holding the sender's own address (its `From:`) are
 * the sender's team signature (`Ana Ruiz, Broker · ana@…` over `Ben Cole, Agent · ben@…`), no roster; nor is a run
 * above a sign-off and its writer's own address (signedBelow).
 */
function isRoster(rows: readonly Row[], signedBelow: SignedBelow): boolean {
  const senders = new Set(rows.filter(({ line }) => isSenderHeader(line)).flatMap(({ emails }) => emails));
  let run = new Set<string>();
  let people = 0;
  const isRun = (): boolean =>
    run.size >= MIN_ROSTER_ROWS && people >= MIN_TABLE_ROWS && ![...run].some((email) => senders.has(email));
  for (const [i, { line, emails, personal }] of rows.entries()) {
    const email = !line.long && emails.length === 1 && !PATTERNS.headerKey.test(line.text) ? emails[0] : undefined;
    if (!email || run.has(email)) {
      if (isRun()) return !signedBelow(i);
      run = new Set(email ? [email] : []);
      people = email && personal.includes(email) ? 1 : 0;
      continue;
    }
    run.add(email);
    if (personal.includes(email)) people++;
  }
  return isRun();
}

/** `From: Ana Ruiz <ana@…>`, `Von: …`: a header line naming the message's sender. */
const isSenderHeader = (line: Line): boolean => {
  const key = line.long ? undefined : headerKeyOf(line.text);
  return key !== undefined && headerRole(key) === 'sender';
};

/** A form's or export's field label (`Name:`, `Empresa:`), which heads one person's details, not a roster's row. */
const isFieldLabel = (word: string): boolean => Object.values(FIELD_LABELS).some((labels) => labels.has(word));

/**
 * The row is a form's field (`Company:`, `Email: ola@…`, `Phone: +46…`): a labelled line giving a field
 * label's value, or an address or number rather than a person. It heads or ends one person's block.
 */
const isFieldRow = (row: Row | undefined): boolean => {
  const label = row?.label;
  if (!row || !label) return false;
  const detail = row.emails.length > 0 || digitCount(label.listed) >= MIN_PHONE_DIGITS;
  return isFieldLabel(label.word) || (!rolePerson(row) && detail);
};

/**
 * Below row `from`, a sign-off with someone's own address under it: a person's message that lists others. A table's
 * or roster's readers ask it at each of their rows: holdsNoContact reads the answers for every row once (signedFrom).
 */
type SignedBelow = (from: number) => boolean;

/**
 * For every row, whether SignedBelow holds from it: one pass from the last row up, keeping whether a person's
 * address is below; the first sign-off at or below a row decides for it.
 */
function signedFrom(rows: readonly Row[]): boolean[] {
  const signed: boolean[] = new Array<boolean>(rows.length + 1).fill(false);
  let personal = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as Row;
    signed[i] = row.signOff ? personal : (signed[i + 1] as boolean);
    personal ||= row.personal.length > 0;
  }
  return signed;
}

/**
 * Below row `from`, its writer's signature: a sign-off over their own address (signedBelow), or a name with a
 * title or phone on the short unlabelled lines (`Thanks,` `Marit Solberg` `Project Manager` `+47 22 …`), where
 * a person's mail listing who joins often gives no address of its writer's own. A meeting's or addressed
 * list asks it at each of its rows: holdsNoContact reads the answers for every row once (writerSignsFrom).
 */
type WriterSignsBelow = (from: number) => boolean;

/**
 * For every row, whether its writer signs from it on (WriterSignsBelow): one pass from the last row up, reading
 * `signed` (signedFrom) and keeping what signsPerson asks of the short unlabelled lines below (a signing for someone,
 * a name, a title or phone), each asked only until one line has it.
 */
function writerSignsFrom(rows: readonly Row[], signed: readonly boolean[]): boolean[] {
  const signs: boolean[] = new Array<boolean>(rows.length + 1).fill(false);
  let forSomeone = false;
  let named = false;
  let detailed = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as Row;
    if (!row.line.long && !row.line.blank && !row.label) {
      const text = row.line.text.trim();
      forSomeone ||= onBehalfOf(text) > 0;
      named ||= namesPerson(text);
      detailed ||= givesTitleOrPhone(text);
    }
    signs[i] = signed[i] === true || forSomeone || (named && detailed);
  }
  return signs;
}

/**
 * A roster of roles: consecutive lines each labelled with a part (`Ordförande:`, `Treasurer:`, `Moderator:`)
 * and naming a different person (`Kassör: Elin Dahl, kassor@…`), as a board's, a committee's or a
 * programme's list does. A message's header (`From:`, `To:`, `Cc:`) and a form's fields (`Name:`,
 * `Company:`) are not such rows: they name one sender or one person's details. Nor is a run next to a
 * form's field (a CRM record's `Lead:`, `Owner:` over its `Email:`) or above a sign-off and its writer's
 * own address (a person's mail naming whom to ask).
 */
function isLabelledRoster(rows: readonly Row[], signedBelow: SignedBelow): boolean {
  const named = new Set<string>();
  let start = 0;
  for (const [i, row] of rows.entries()) {
    if (row.line.blank) continue;
    const person = rolePerson(row);
    if (!person || !followsRosterRow(rows, i)) {
      named.clear();
      start = i;
    }
    if (person) named.add(person);
    if (named.size < MIN_ROSTER_ROWS) continue;
    let end = i + 1;
    while (followsRosterRow(rows, end) && rolePerson(rows[end])) end++;
    return !isFieldRow(rows[start - 1]) && !isFieldRow(rows[end]) && !signedBelow(end);
  }
  return false;
}

/** The person a row of a roster of roles names (`Treasurer: Kari Nes, …`), if it is one. */
function rolePerson(row: Row | undefined): string | undefined {
  const label = row?.label;
  if (!row || !label || PATTERNS.headerKey.test(row.line.text) || isFieldLabel(label.word)) return undefined;
  const person = label.listed.split(PATTERNS.memberCellEnd, 1)[0]?.trim() ?? '';
  return namesPerson(person) ? person : undefined;
}

/** Row `i` is the line right under a roster row (row `i - 1`). */
const followsRosterRow = (rows: readonly Row[], i: number): boolean =>
  i > 0 && i < rows.length && !!rolePerson(rows[i - 1]) && rows[i]?.line.index === (rows[i - 1]?.line.index ?? 0) + 1;

/** Accounts mentioned on as many lines that make a list of accounts (maintainers, code owners, a bot's feed), not a signature. */
const MIN_MENTION_LINES = 3;

/**
 * Several lines mentioning several accounts (`@thorakova`, `@platform-team`): a README's, CODEOWNERS file's or bot's
 * list of people; unless someone's own card stands apart from the mentions, a name alone on its line and an address
 * spelling it on a line that mentions no account (a profile page's `Ana Ruiz Soto` over `ana@…`, a forum post's
 * signature among replies to `@user`s), or the owner's address on a line of its own (`joaquin@…` under `Córdoba,
 * Argentina`). A list's entry gives its address beside the name and the account (`Tereza Horáková (@thorakova) —
 * tereza.horakova@…`).
 */
function isAccountList(rows: readonly Row[]): boolean {
  const accounts = new Set<string>();
  let mentionLines = 0;
  const ownAddresses: string[] = [];
  for (const { line, personal } of rows) {
    if (line.long || !line.text.includes('@')) continue;
    if (personal.length === 1 && line.text.trim().toLowerCase() === personal[0]) return false;
    const before = accounts.size;
    const mentions = [...line.text.matchAll(PATTERNS.accountMention)];
    for (const mention of mentions) accounts.add((mention[1] ?? '').toLowerCase());
    if (accounts.size > before) mentionLines++;
    if (mentions.length === 0) ownAddresses.push(...personal);
  }
  if (mentionLines < MIN_MENTION_LINES) return false;
  // Read only for a list: the names standing alone on their lines.
  const nameWords = rows.flatMap(({ line }) =>
    line.long || line.text.includes('@') ? [] : (personNamed(line.text) ?? []),
  );
  return !ownAddresses.some((address) => matchesEmail(nameWords, address));
}

/** Terminal output: the text opens with a shell command (`$ kubectl describe …`). */
const isTerminal = (lines: readonly Line[]): boolean => {
  const first = lines.find((line) => !line.blank);
  return !!first && !first.long && PATTERNS.shellCommand.test(first.text);
};

/**
 * The text opens with an item table's heading row (`Referencia   Descripción   PVP (€)   Stock`): a price list or an
 * order's lines copied alone; an invoice or a quote opens with its kind and number, its issuer's block above the table.
 */
const opensWithItemColumns = (lines: readonly Line[]): boolean => {
  const first = lines.find((line) => !line.blank);
  return !!first && !first.long && isItemColumnHeadings(first.text);
};

/** Rows of a firm's facts that make a company profile; one (`Founded 1994` under a firm's name) may close a signature. */
const MIN_FIRM_FACT_ROWS = 2;

/**
 * A company profile (`会社概要`, `About us`): rows giving the firm's facts (PATTERNS.firmFactRow: when it was founded,
 * its capital, its staff), whose representative director or chief executive it names is the firm's head, not one
 * sending their details. Asked only where no one's own address is (holdsNoContact): a press contact under the profile
 * gives theirs. The profile opens the text (a heading, then labelled rows only): a sales signature closing a message
 * with its firm's facts (`設立：…`, `資本金：…` under `info@…`) is still its writer's.
 */
const isFirmProfile = (lines: readonly Line[]): boolean => {
  const rows = lines.filter((line) => !line.blank && !line.long);
  const facts = rows.filter((line) => PATTERNS.firmFactRow.test(line.text)).length;
  const opening = rows.findIndex((line) => PATTERNS.firmFactRow.test(line.text));
  const before = rows.slice(0, opening).filter((line) => !PATTERNS.labelPrefix.test(line.text));
  return facts >= MIN_FIRM_FACT_ROWS && before.length <= 1;
};

/** A system's mailing (a newsletter, a calendar's invitation, a list digest): its footer says so. */
const isAutomatedNotice = (lines: readonly Line[]): boolean =>
  lines.some((line) => !line.long && PATTERNS.automatedNotice.test(line.text));

/**
 * `First name: Dashiell` / `Email: dash@…` above `You're receiving this email because you're subscribed to form
 * submission notifications`: a form's notification gives its submitter's name in a field of their own, where a
 * system's mailing (a tracker's, a newsletter's) only mentions people.
 */
const namesSubmitter = (rows: readonly Row[]): boolean =>
  rows.some(({ label }) => !!label && (FIELD_LABELS.name.has(label.word) || FIELD_LABELS.givenName.has(label.word)));

/**
 * A calendar invitation's organizer named with their own address (one of `ownAddressRows`): under the heading, their
 * name over it (`Organizer` over `Ana Ruiz` and `ana.ruiz@…`), or on the label's line beside it (`Organizer: Ana Ruiz
 * <ana.ruiz@…>`). The calendar's mail sends that person's invitation, whose sender they are. A bare address there is
 * the calendar's account as often, a group's or a role's mailbox is no one's own, and a guest list tagging its organizer
 * (`Ana Ruiz - organizer`) is the guests'.
 */
function namesOrganizer(rows: readonly Row[], ownAddressRows: readonly number[]): boolean {
  if (ownAddressRows.length === 0) return false;
  const own = new Set(ownAddressRows);
  return rows.some(({ line, label }, i) => {
    if (line.long) return false;
    if (label && CALENDAR_ORGANIZER_LABELS.has(label.word))
      return own.has(i) && namesPerson(PATTERNS.nameAngleEmail.exec(label.listed)?.[1] ?? '');
    if (!CALENDAR_ORGANIZER_LABELS.has(line.text.trim().toLowerCase())) return false;
    const below: number[] = [];
    for (let k = i + 1; k < rows.length && below.length < 2; k++) if (!rows[k]!.line.blank) below.push(k);
    const [name, address] = below;
    return name !== undefined && namesPerson(rows[name]!.line.text) && address !== undefined && own.has(address);
  });
}

/**
 * A bill's or statement's footer saying it was generated by a computer (`This is a computer-generated invoice`):
 * an unsigned bill's, where no one's address is; an accounts clerk or banker sending one writes the same line
 * above their own signature (`Attached is invoice 2231. This is a computer-generated invoice.` … `Maria Gonzalez`).
 */
const isGeneratedDocument = (lines: readonly Line[]): boolean =>
  lines.some((line) => !line.long && PATTERNS.generatedDocument.test(line.text));

/**
 * A legal footer selected alone: the text opens with a confidentiality notice (`Denne e-mail kan indeholde fortrolige
 * oplysninger …`) and no line signs as a person, so the firm's line under it (`… Revisionspartnerselskab · CVR … · Tlf.
 * …`) is the firm's, no one's. Asked only where no one's own address is (holdsNoContact); a pasted mail opening with
 * its confidentiality banner is signed by its writer below.
 */
function opensWithLegalFooter(rows: readonly Row[]): boolean {
  // A rule drawn above the notice (`────`) opens nothing.
  const first = rows.find((row) => !row.line.blank && !row.line.rule);
  if (!first || !PATTERNS.disclaimer.test(first.line.text.toLowerCase())) return false;
  return !rows.some((row, i) => signsAsPerson(row, rows[i - 1]));
}

/** Words of a masthead's part naming the periodical (`Harbour Yoga Newsletter`); more, and it is a sentence or a firm. */
const MAX_MASTHEAD_PART_WORDS = 4;

/**
 * The text opens with a periodical's masthead: a part of its first line (between bars or dashes) opening
 * or closing with a periodical's word (`Newsletter | Harbour Yoga Studio`, `KESTREL DIGEST — Week 12`,
 * `Rundbrief des Kleingartenvereins`). A message's `Subject:` line naming a newsletter (`Subject: Newsletter
 * draft`) is a person's mail about one.
 */
function opensWithMasthead(lines: readonly Line[]): boolean {
  const first = lines.find((line) => !line.blank);
  if (!first || first.long || PATTERNS.headerKey.test(first.text)) return false;
  return first.text.split(PATTERNS.segmentSeparator).some((part) => {
    const named = words(part).map(normalizeKey);
    if (named.length > MAX_MASTHEAD_PART_WORDS) return false;
    return PERIODICAL_WORDS.has(named[0] ?? '') || PERIODICAL_WORDS.has(named[named.length - 1] ?? '');
  });
}

/**
 * Under a masthead (opensWithMasthead, which holdsNoContact reads first), a periodical no one signs: no sign-off
 * and no person's signature under it (`Nyhetsbrev | Solbacka Keramikstudio`, its teachers and booking line),
 * whatever addresses it lists. A pasted subject opens
 * a person's mail the same way (`Nieuwsbrief - vraag`, `Re: Newsletter`, `Bulletin de salaire — mars`), and
 * that one is signed; a signed masthead is a mailing only with no one's own address (holdsNoContact).
 */
const isUnsignedPeriodical = (lines: readonly Line[], rows: readonly Row[]): boolean =>
  !rows.some((row) => row.signOff) &&
  !signsPerson(lines.slice(lines.findIndex((line) => !line.blank) + 1).map((line) => line.text));

/** A calendar invitation's answer buttons (`Accept | Tentative | Decline`): the calendar's mail, its guests' and place's details no sender's. */
const answersInvitation = (lines: readonly Line[]): boolean =>
  lines.some((line) => !line.long && PATTERNS.invitationAnswers.test(line.text));

/** A review's date: the text after its stars or after its reviewer line's last `·` or `–` (`Tomás V. · 8 reviews · 2 weeks ago`). */
function datesReview(text: string): boolean {
  const rest = text.replace(PATTERNS.reviewStars, '');
  const age = rest.slice(Math.max(rest.lastIndexOf('·'), rest.lastIndexOf('–')) + 1).trim();
  return PATTERNS.relativeStamp.test(age) || PATTERNS.reviewedOn.test(age);
}

/**
 * Readers' reviews of a listing: a rating row (`★★★☆☆ Slow but careful`) saying when it was written, or under its
 * reviewer's line saying so (`Tomás V. · 8 reviews · 2 weeks ago`, `Greta M. – vor 3 Wochen`). Their writers and the
 * people they praise are no one's contact; the listing's rating row (`★★★★★ 4.6 (58 reviews)`) dates nothing.
 */
const isReviewList = (rows: readonly Row[]): boolean =>
  rows.some(
    ({ line }, i) =>
      !line.long &&
      PATTERNS.reviewStars.test(line.text) &&
      [line, rows[i - 1]?.line].some((dated) => !!dated && !dated.long && datesReview(dated.text)),
  );

/** A line or footer cell linking to the mailing's web copy (`View in browser`), as a bulk mailing does. */
const linksToWebCopy = (lines: readonly Line[]): boolean =>
  lines.some((line) => !line.long && PATTERNS.viewInBrowser.test(line.text));

/**
 * A notice saying it was sent automatically (`Bu e-posta otomatik olarak gönderilmiştir`), signed with no
 * valediction but its own (closesWithNotice): a web form's mail says so too (hence only where no one's address is),
 * and a person's mail that quotes such a notice closes with `Viele Grüße` (most signatures give no address of their own).
 * isValediction, not isSignOff: a salutation (`Sayın Müşterimiz,`) is no sign-off here.
 */
function isSentAutomatically(lines: readonly Line[]): boolean {
  const notice = lines.findIndex((line) => !line.long && PATTERNS.sentAutomatically.test(line.text));
  return (
    notice >= 0 &&
    !lines.some((line, i) => !line.long && isValediction(line.text) && !closesWithNotice(lines, i, notice))
  );
}

/**
 * The notice's line (`notice`) stands in the block the valediction at `at` opens (`Hilsen` / `Vikfrakt` / `Dette er en
 * automatisk melding`): the notice signs with it, its sender a service; a person quoting a notice signs apart from it.
 */
function closesWithNotice(lines: readonly Line[], at: number, notice: number): boolean {
  if (notice <= at || notice - at > BLOCK_LINES_DOWN) return false;
  const from = (lines[at] as Line).index;
  return lines.slice(at, notice + 1).every((line, k) => !line.blank && line.index === from + k);
}

/** Written lines an auto-reply's opening holds at most: its thanks and its writer away (`Thank you for your email.`). */
const MAX_AUTO_REPLY_OPENING_LINES = 3;

/**
 * An auto-reply no one signs (`自动回复：我于…休假` over `… contact my colleague Sun Yichen (sun.yichen@…)`, `Mensagem
 * automática` over the office's footer): its text opens with an auto-reply's label, or says within its first lines that
 * its writer is away (`I am currently on annual leave until …`), and no sign-off, no sender's header and no signature's
 * line (signsOwnLine) follow; the people it names are whom to turn to instead.
 */
function isUnsignedAutoReply(lines: readonly Line[], rows: readonly Row[]): boolean {
  const opening = lines.filter((line) => !line.blank).slice(0, MAX_AUTO_REPLY_OPENING_LINES);
  const labelled = !!opening[0] && PATTERNS.autoReplyHeading.test(opening[0].text);
  if (!labelled && !(opening.some((line) => PATTERNS.awayFromWork.test(line.text)) && refersAwayWithoutSigning(lines)))
    return false;
  return !rows.some((row) => row.signOff || isSenderHeader(row.line) || signsOwnLine(row));
}

/**
 * A writer away in their own words is an auto-reply's only where it sends the reader to someone else (`please contact
 * …`) and no name alone closes it (`Tom`: the writer signs, as in a chat's `I'm on holiday, call me on …`).
 */
function refersAwayWithoutSigning(lines: readonly Line[]): boolean {
  const last = lines.filter((line) => !line.blank).at(-1);
  const signed = !!last && !last.long && !isSignOff(last.text) && isLoneName(last.text);
  return !signed && lines.some((line) => PATTERNS.contactReferral.test(line.text));
}

/** A name alone on its line (`Tom`, `Marta`): a writer signing with their given name. */
const isLoneName = (text: string): boolean => words(text).length === 1 && !!nameTokens(text.trim(), 0);

/** Characters besides its addresses a signature's address line holds at most (`E-mail: ana@…`, `ana@… | +49 …`). */
const MAX_ADDRESS_LINE_EXTRA = 24;
/** Words a signer's line holds at most (`Prof. Kunal Sethi-Halvorsen, PhD, P.Eng.`); more make a sentence. */
const MAX_SIGNER_LINE_WORDS = 8;

/**
 * A signature's line: a personal address alone or under its label (a sentence giving a colleague's is longer), or a
 * short unlabelled line led by a person's name (`Jutta Kramm`, `Jutta Kramm | +49 …`, `Prof. Rohan Lind, PhD`).
 */
function signsOwnLine({ line, label, personal }: Row): boolean {
  if (line.long || line.blank) return false;
  if (personal.length > 0)
    return line.text.trim().length - personal.reduce((n, email) => n + email.length, 0) <= MAX_ADDRESS_LINE_EXTRA;
  if (label || words(line.text).length > MAX_SIGNER_LINE_WORDS) return false;
  return namesPerson(line.text.split(PATTERNS.memberCellEnd, 1)[0] ?? '');
}

/**
 * A social network's notification of someone's activity on the reader's post (`Georgiana Pârvulescu · 3rd` /
 * `commented on your post`): it names who acted and quotes them, no message of theirs, which would be signed off.
 */
const isSocialNotification = (rows: readonly Row[]): boolean =>
  rows.some(({ line }) => !line.long && PATTERNS.socialActivity.test(line.text)) && !rows.some((row) => row.signOff);

/**
 * A mailing's footer (`Unsubscribe | Manage preferences`, listFooterLines) with no number above it: a
 * bulk mailing, whoever its byline names (a sales rep's signature gives their number).
 */
function isBulkMailing(rows: readonly Row[], footerLines: ReadonlySet<number>): boolean {
  const footer = rows.findIndex(({ line }) => footerLines.has(line.index));
  return (
    footer >= 0 && rows.slice(0, footer).every(({ line }) => line.long || digitCount(line.text) < MIN_PHONE_DIGITS)
  );
}

/**
 * The line gives a generated notice's reference number (`Tracking number: 6841-2290-7713`, `주문번호 2025-0715-88213`):
 * a shop, a courier or a carrier writes it, and a person quoting one signs their mail (isUnsignedNotice).
 */
function givesReferenceNumber(text: string): boolean {
  const label = PATTERNS.referenceNumberLine.exec(text)?.[1];
  return label !== undefined && REFERENCE_NUMBER_LABELS.has(normalizeKey(label));
}

/**
 * A notice no one signs: a mailing's footer (`Uitschrijven`, `配信停止`, listFooterLines), a line asking not
 * to be answered (`يرجى عدم الرد`, `Не отвечайте на это письмо`) or giving an order's or parcel's reference number
 * (givesReferenceNumber), and no line of its own giving a person's name
 * (signsAsPerson): a customer greeted (`Beste Sanne,`) or a courier named in a sentence is not its sender,
 * and the firm or office at its foot is no one. Asked only where no one's own address is (holdsNoContact).
 */
function isUnsignedNotice(rows: readonly Row[], footerLines: ReadonlySet<number>): boolean {
  const isNoticeLine = ({ line }: Row): boolean =>
    footerLines.has(line.index) ||
    (!line.long && (PATTERNS.doNotReply.test(line.text) || givesReferenceNumber(line.text)));
  // A notice's own lines are no signer's, however their words read in a script without capitals. The
  // notice's lines are sought first: few texts hold one, and reading each row for a name costs more.
  if (!rows.some(isNoticeLine)) return false;
  // A signer signs at the foot, above the notice's lines and any disclaimer, under a sign-off, or atop a block of
  // their own (a P.S. or the firm's address may follow): a heading (`Webinar invitation`) or a list of speakers
  // under its label higher up names no sender.
  const foot = closingParagraph(rows, (row) => isNoticeLine(row) || PATTERNS.disclaimer.test(row.line.text));
  const signed = signatureRows(rows);
  return !rows.some(
    (row, i) =>
      (i >= foot || signed.has(i) || opensBlock(rows, i)) && !isNoticeLine(row) && signsAsPerson(row, rows[i - 1]),
  );
}

/**
 * The row opens a block after a blank line, below the text's first line, over a title or a firm: where a
 * signature with no sign-off stands (`Jonas Pfeifer` / `Vertriebsleiter`, then the firm's address and
 * `Abmelden`). A speaker listed under `Speakers:` is no block's first line, a heading is the text's first, and
 * a ticket's earlier comment (`Tobias Rehm` / `Jul 8, 2025, 16:44`) or a slogan over its offer gives neither.
 */
function opensBlock(rows: readonly Row[], i: number): boolean {
  const under = signatureBlock(rows, i)[1]?.line;
  return (
    i > 1 &&
    !!rows[i - 1]?.line.blank &&
    !!under &&
    !under.long &&
    (titleScore(under.text) > 0 || companyScore(under.text) >= MIN_FIRM_SCORE)
  );
}

/** companyScore of a firm's line: a company word (`Systems`); an ampersand alone (`air & BPJS`) joins a sentence's words too. */
const MIN_FIRM_SCORE = 1;

/**
 * The rows of the signatures under the text's sign-offs (signatureUnder, signatureBlock); a signature's first
 * row counts even where a skipped quoted line parts it from the sign-off (signatureBlock then gives none).
 */
function signatureRows(rows: readonly Row[]): Set<number> {
  const out = new Set<number>();
  for (const [i, { signOff }] of rows.entries()) {
    const at = signOff ? signatureUnder(rows, i) : -1;
    if (at >= 0) for (let k = 0; k < Math.max(1, signatureBlock(rows, at).length); k++) out.add(at + k);
  }
  return out;
}

/**
 * The index of the first row of the text's last paragraph that is none of `skipped` (a notice's lines, a
 * disclaimer): where a signature stands.
 */
function closingParagraph(rows: readonly Row[], skipped: (row: Row) => boolean): number {
  let at = rows.length - 1;
  while (at >= 0 && (rows[at]!.line.blank || skipped(rows[at]!))) at--;
  const opens = (i: number): boolean =>
    i === 0 || rows[i - 1]!.line.blank || rows[i - 1]!.line.index !== rows[i]!.line.index - 1;
  while (at > 0 && !opens(at)) at--;
  return Math.max(at, 0);
}

/**
 * The row is a signer's line: short, unlabelled, no number on it, no sentence, and a person's name (`Lena Horak`), a name
 * leading the signer's title on the line (`Dan Roe – Principal`, `Jan Hrubý, vedoucí prodeje`), or a one-word
 * name right under a sign-off (`Grüße,` / `Toni`). A team's name (`Tim Kirimku`, `Team Kiosko`) is no person's.
 */
function signsAsPerson(row: Row, above: Row | undefined): boolean {
  const { line } = row;
  // A sentence is no signer's line, however its words read as a name in a script without capitals.
  if (line.long || line.blank || row.label || digitCount(line.text) > 0 || PATTERNS.proseEnd.test(line.text))
    return false;
  if (PATTERNS.noticeTeamName.test(line.text) || PATTERNS.bareTeamSignOff.test(line.text)) return false;
  const [lead = '', ...rest] = line.text.split(PATTERNS.segmentSeparator);
  return (
    namesPerson(line.text) ||
    (namesPerson(lead) && titleScore(rest.join(' ')) > 0) ||
    isTypedCard(line.text) ||
    (!!above?.signOff && !!nameTokens(line.text.trim(), 0))
  );
}

/** A team's sign-off is a short line: longer, `The team at …` opens a sentence. */
const MAX_TEAM_SIGN_OFF_WORDS = 10;

/**
 * Signed by a team (`The Slotwise Team`): a service's mailing, whoever it names; not when one of the team signs
 * under it with their title (`Ihr Team der Praxis Dr. Lehmann` over `Sabine Krause` / `Praxismanagerin`).
 */
function isSignedByTeam(rows: readonly Row[]): boolean {
  return rows.some(({ line }, i) => {
    if (line.long || words(line.text).length > MAX_TEAM_SIGN_OFF_WORDS || memberSignsUnder(rows, i)) return false;
    if (PATTERNS.teamSignOff.test(line.text)) return true;
    // A bare `Equipe …` opens the signature: under a sign-off, a blank line or the `--` delimiter, not under a person's
    // name; under a desk agent's given name alone (agentSignsAbove) it is the desk the agent answers for.
    const above = rows[i - 1]?.line;
    const opens = !above || above.blank || above.rule || isSignOff(above.text) || agentSignsAbove(rows, i);
    return opens && namesBareTeam(line.text);
  });
}

/**
 * `Equipo de Soporte …`, `Tim Layanan Pelanggan`: a team's name without its article; `Tim`/`Team` opening it only
 * where the line names no person (`Tim Berger` signs as Tim) and no title (`Team Lead` is one).
 */
const namesBareTeam = (text: string): boolean =>
  PATTERNS.bareTeamSignOff.test(text) ||
  (PATTERNS.noticeTeamName.test(text) && !namesPerson(text) && titleScore(text) === 0);

/**
 * A help desk's agent signing a reply (`Un saludo,` / `Marta` / `Equipo de Soporte …`): a one-word given name right
 * under the sign-off and right over row `i`, the team's line. The agent gives no family name nor address of their
 * own (holdsNoContact asks this only where no one's own address is): the desk answers, no one to save.
 */
function agentSignsAbove(rows: readonly Row[], i: number): boolean {
  const agent = rows[i - 1]?.line;
  const signOff = rows[i - 2];
  return (
    !!agent &&
    !!signOff?.signOff &&
    signOff.line.index === agent.index - 1 &&
    agent.index === (rows[i]?.line.index ?? 0) - 1 &&
    isLoneName(agent.text)
  );
}

/**
 * The line after row `at` (past the blank ones a letter leaves to sign in) signs as a person, the line under it
 * gives their title.
 */
function memberSignsUnder(rows: readonly Row[], at: number): boolean {
  let i = at + 1;
  while (i - at <= MAX_SIGNING_SPACE_LINES && rows[i]?.line.blank) i++;
  const signer = rows[i];
  const detail = rows[i + 1]?.line;
  return !!signer && !!detail && !detail.blank && signsAsPerson(signer, rows[i - 1]) && titleScore(detail.text) > 0;
}

/**
 * Signed by two people on one line under a sign-off (`Lena Ortiz & Pau Vidal`, `Mia und Jonas Berg`): a
 * couple's or partners' shared signature, where no one of them is the sender. Asked only where no one's own
 * address is (holdsNoContact): a shared mailbox (`hello@`) spells neither. The second name is a full one, so a
 * firm named after two families (`Baker & Lowe`) is no pair.
 */
function isSignedByPair(rows: readonly Row[]): boolean {
  return rows.some(({ line, signOff }, i) => {
    if (!signOff || !isValediction(line.text)) return false;
    const signer = rows[signatureUnder(rows, i)]?.line;
    return !!signer && !signer.long && namesPair(signer.text);
  });
}

/** `Lena Ortiz & Pau Vidal`, `Mia und Jonas Berg`: a name, a joining word, and a full name. */
function namesPair(text: string): boolean {
  const written = text.trim().split(PATTERNS.whitespaceRun);
  const joint = written.findIndex((word) => ROLE_CONNECTORS.and.has(normalizeKey(word)));
  if (joint < 1) return false;
  return !!nameTokens(written.slice(0, joint).join(' '), 0) && namesPerson(written.slice(joint + 1).join(' '));
}

/**
 * A listing of people's profiles (a team page, a network's suggestions, a programme's speakers): at least
 * MIN_LISTED_MEMBERS different people, each a short name line (a badge after a dash or dot, `· 2nd`, is no part of
 * it) with a title on the line right under it, or typed on one labelled line (`Chair: Dr. Lisbeth Hagen, Senior
 * Adviser`), and no sign-off anywhere: no one of them writes. An address in an entry's block (its lines down to a
 * blank line: `Marloes Veenstra` / `Vennoot` / `marloes@…`) is that member's; one elsewhere (`ownAddressRows`, rows
 * giving someone's own address) is a writer's. A person's signature names one such pair; a team's joint signature
 * signs off.
 */
function isProfileListing(rows: readonly Row[], ownAddressRows: readonly number[]): boolean {
  if (rows.some((row) => row.signOff)) return false;
  const people = new Set<string>();
  // The rows of the entries that are a name over a title, in order.
  const entries: number[] = [];
  for (const [i, { line, label }] of rows.entries()) {
    if (line.long || line.blank) continue;
    if (label) {
      if (isTypedCard(label.listed)) people.add(label.listed.split(',', 1)[0] ?? '');
      continue;
    }
    const under = rows[i + 1];
    if (!under || under.label || under.line.long || under.line.index !== line.index + 1) continue;
    const name = (line.text.split(PATTERNS.memberCellEnd, 1)[0] ?? '').trim();
    if (namesPerson(name) && titleScore(under.line.text) > 0 && !people.has(name)) {
      people.add(name);
      entries.push(i);
    }
  }
  if (people.size < MIN_LISTED_MEMBERS) return false;
  const blocks = ownAddressRows.length > 0 ? entryBlockRows(rows, entries) : undefined;
  return ownAddressRows.every((i) => blocks?.has(i)) && !opensWithOwnCard(rows, entries);
}

/** The rows of the entries' blocks (`entries`: their first rows), read in one pass: an entry opens one, a blank row ends it. */
function entryBlockRows(rows: readonly Row[], entries: readonly number[]): Set<number> {
  const opening = new Set(entries);
  const out = new Set<number>();
  let inBlock = false;
  for (const [i, { line }] of rows.entries()) {
    inBlock = !line.blank && (inBlock || opening.has(i));
    if (inBlock) out.add(i);
  }
  return out;
}

/**
 * A profile over its sidebar (`Henrike Dallmann` / title / `Hamburg · 500+ connections`, then `About` …, then
 * `Similar profiles` / name / title / name / title …): a listing's entries follow one another in one shape, so a first
 * entry of another length (lines up to a blank line or the next entry) than the second, parted from it by more
 * than blank lines, is the profile's own card, its owner the contact. The card may open the text with its owner's name over
 * no title (`Lars-Erik Nyström` twice, then `3rd`): a name on the text's first line is read as an entry too.
 */
function opensWithOwnCard(rows: readonly Row[], entries: readonly number[]): boolean {
  const opening = rows.findIndex((row) => !row.line.blank);
  const named = opening >= 0 && opening < (entries[0] ?? 0) && namesPerson(rows[opening]?.line.text ?? '');
  const [first, second, third] = named ? [opening, ...entries] : entries;
  if (first === undefined || second === undefined) return false;
  const length = (from: number, to: number): number => {
    let n = 0;
    while (from + n < to && !(rows[from + n] as Row).line.blank) n++;
    return n;
  };
  const firstLength = length(first, second);
  if (firstLength === length(second, third ?? rows.length)) return false;
  return rows.slice(first + firstLength, second).some((row) => !row.line.blank);
}

/** A group's signature is a short line: its name, perhaps its organisation after a dash. */
const MAX_GROUP_SIGNATURE_WORDS = 8;
/** Lines from a sign-off to the signature under it: the next line, or the one after a blank line. */
const MAX_SIGNATURE_GAP = 2;

/**
 * The line under a sign-off names a group, not a person: a department that is no one's title (`Servicio de
 * Atención al Socio`, `Customer Service`) or a board's, office's or management's word (`Bestyrelsen`, `Der Vorstand`,
 * `RRHH – Morvane Tejidos S.L.`, `Ihre Hausverwaltung`). A notice with no valediction at all is signed by the first line
 * of its closing paragraph (`L'Amministrazione`, `Η Διαχείριση`); there only a group's word counts, as a firm's footer
 * names a department too (`Nordwind Logistik GmbH · …`), and a signed text's foot is its firm's (`The Management
 * Partnership LLP` under `Kind regards,` and its person): a circular or a service's reply, whoever it mentions. A
 * closing paragraph opened by a sign-off (`Ngā mihi,` / `People & Culture`) is signed under it like under a
 * valediction. Gives the rows whose address is the group's mailbox, not a person's: those of the block of a group
 * signing under a valediction with a line that names no person and spells the address (spellsGroupMailbox:
 * `Accounts Payable` over `accounts.payable@…`, where `The Board` over `lena.vogt@…` gives a person's); none where a
 * notice's foot, a line reading as a name (`Human Resources`) or a line closed by a comma (a title's first line,
 * `Subdirectora de Operaciones,`) signs.
 */
function groupSignature(rows: readonly Row[], footerLines: ReadonlySet<number>): readonly number[] | undefined {
  const signedUnder = (signOff: number, valediction: boolean): readonly number[] | undefined => {
    const at = signatureUnder(rows, signOff);
    // One of the group signing under its line with their title (`El equipo de …` / `Lucía Ferrer` / `Coordinadora …`)
    // sends it as theirs.
    if (!signsForGroup(rows, at, true) || memberSignsUnder(rows, at)) return undefined;
    const signer = rows[at]?.line.text ?? '';
    if (!valediction || namesPerson(signer)) return [];
    // Above the sign-off too (the message's `From:` header): below the group's block a person may sign for it.
    const above = mailboxRows(rows.slice(0, signOff), signer);
    return [...signatureBlock(rows, at).filter((row) => spelledBy(signer, row)), ...above].map(
      ({ line }) => line.index,
    );
  };
  // isValediction, not isSignOff: a notice greeting its readers (`Dear residents,`) still signs at its foot.
  if (rows.some(({ line, signOff }) => signOff && isValediction(line.text))) {
    let signed: readonly number[] | undefined;
    for (const [i, { line, signOff }] of rows.entries()) {
      const block = signOff ? signedUnder(i, isValediction(line.text)) : undefined;
      if (block?.length) return block;
      signed ??= block;
    }
    return signed;
  }
  const foot = closingParagraph(rows, ({ line }) => footerLines.has(line.index) || PATTERNS.disclaimer.test(line.text));
  if (rows[foot]?.signOff) return signedUnder(foot, true);
  if (signsForGroup(rows, foot, false)) return [];
  // A department alone at the foot signs for itself where it spells an address of the text (`PHÒNG HÀNH CHÍNH –
  // NHÂN SỰ` over its firm and `hcns@…`); a firm's line naming a field (`Nordwind Logistik GmbH`) is no department,
  // and spells its people's addresses, and a text of one paragraph opens with a heading (`Signal export — …`), no foot.
  const signer = rows[foot]?.line.text ?? '';
  const department = foot > 0 && companyScore(signer) < MIN_FIRM_SCORE && signsForGroup(rows, foot, true);
  const mailbox = department ? mailboxRows(rows, signer) : [];
  return mailbox.length > 0 ? mailbox.map(({ line }) => line.index) : undefined;
}

/** The row's addresses are all the group's mailbox (spellsGroupMailbox): none, or only ones its line `group` spells. */
const spelledBy = (group: string, row: Row): boolean => row.personal.every((email) => spellsGroupMailbox(group, email));

/**
 * The rows giving addresses the signing group's line spells: its mailbox, in the message's `From:` header
 * (`Kundservice <kundservice@…>` over a reply signed `Kundservice`) or on an enquiries line; read once, for the
 * group that signs.
 */
const mailboxRows = (rows: readonly Row[], group: string): Row[] =>
  rows.filter((row) => row.personal.length > 0 && spelledBy(group, row));

/** Letters of a mailbox's local part written as its group's initials (`hcns@` for `Hành chính – Nhân sự`): two make an acronym. */
const MIN_ACRONYM_LETTERS = 2;

/**
 * The group's line spells the address: by its words (`Accounts Payable` ↔ `accounts.payable@…`, `People & Culture` ↔
 * `people@…`) or by their initials (`Phòng Hành chính – Nhân sự` ↔ `hcns@…`), as a desk's mailbox is named.
 */
function spellsGroupMailbox(group: string, email: string): boolean {
  const named = words(group);
  if (matchesEmail(named.map(asToken), email)) return true;
  const local = fold(localPart(email));
  return local.length >= MIN_ACRONYM_LETTERS && fold(named.map((word) => word.charAt(0)).join('')).includes(local);
}

/**
 * The row at `at` names a group (groupSignature), by a department's name too where `department` says so, and no
 * person signs in the block under it.
 */
function signsForGroup(rows: readonly Row[], at: number, department: boolean): boolean {
  const under = rows[at];
  if (!under || under.line.long || under.line.blank) return false;
  const [signer = '', ...after] = under.line.text.split(PATTERNS.memberCellEnd);
  const written = words(signer.replace(PATTERNS.elidedArticle, 'l '));
  const signerWords = written.map(normalizeKey);
  if (signerWords.length > MAX_GROUP_SIGNATURE_WORDS) return false;
  // After an article the group's word is no one's title (`Der Vorstand`, where `Vorstand Finanzen` is one);
  // bare, it is the whole line (`Board Certified in …` is a person's credential).
  const article = SIGNING_GROUP_ARTICLES.has(signerWords[0] ?? '');
  const group = SIGNING_GROUP_WORDS.has((article ? signerWords[1] : signerWords[0]) ?? '');
  // Arabic and Hebrew glue the article onto the group's word or read it definite before the body it governs
  // (`الأمانة العامة`, `דירקטוריון החברה`): in a script without capitals the word carries its article.
  const definite = article || isCaseless(signerWords[0] ?? '');
  // Under a valediction, an office signs with its article too (`El Delegado de Protección de Datos`, `Der
  // Geschäftsführer`): a person signs with their name, not `the` before their title.
  // At a notice's foot with no valediction, an office signs bare too, over its organisation (`Municipal Manager` /
  // `Harrow Vale Council`); a person names themselves in that paragraph (signsPerson below) or in the line above it
  // (`Jane Roe`, a blank line, then `Head of Product` / `Acme Systems`).
  const office =
    (department && article && titleScore(written.slice(1).join(' ')) > 0) ||
    (!department &&
      titleScore(signer) > 0 &&
      !namesPerson(signer) &&
      companyScore(rows[at + 1]?.line.text ?? '') >= MIN_FIRM_SCORE &&
      !namesPerson(writtenAbove(rows, at)));
  const signedByGroup =
    (definite && group) ||
    office ||
    (titleScore(signer) === 0 && ((group && signerWords.length === 1) || (department && namesDepartment(signer))));
  // A department over its person (`Personalabteilung` / `i.A. Anna Schmidt`) is that person's signature, and so is
  // a label naming a desk before a person's name (`Lettings desk: Orla Venn, Negotiator`).
  if (!signedByGroup) return false;
  const labelled = under.label?.listed.split(PATTERNS.memberCellEnd)[0] ?? '';
  const below = signatureBlock(rows, at + 1).map((row) => row.line.text);
  return !signsPerson([labelled, after.join(' '), ...below]);
}

/** The text of the last written row above row `at` ('' if none): a closing paragraph's neighbour. */
function writtenAbove(rows: readonly Row[], at: number): string {
  for (let k = at - 1; k >= 0; k--) if (!rows[k]?.line.blank) return rows[k]?.line.text ?? '';
  return '';
}

/**
 * The row of the signature under the sign-off at `signOff`: the first written row within MAX_SIGNATURE_GAP
 * lines, else -1. Row indexes only grow, so the loop stops within that many rows (it runs at every sign-off).
 */
function signatureUnder(rows: readonly Row[], signOff: number): number {
  const from = rows[signOff]?.line.index ?? 0;
  for (let k = signOff + 1; k < rows.length && (rows[k]?.line.index ?? 0) - from <= MAX_SIGNATURE_GAP; k++)
    if (!rows[k]?.line.blank) return k;
  return -1;
}

/**
 * The lines under a signature's first line, up to a blank line or a gap, and no more than a block has
 * (BLOCK_LINES_DOWN): it runs at every sign-off, so a text of sign-offs alone stays linear.
 */
function signatureBlock(rows: readonly Row[], from: number): readonly Row[] {
  let end = from;
  while (
    end < rows.length &&
    end - from < BLOCK_LINES_DOWN &&
    !rows[end]?.line.blank &&
    rows[end]?.line.index === (rows[end - 1]?.line.index ?? -2) + 1
  )
    end++;
  return rows.slice(from, end);
}

/** Words a person's name has at least (`Karin Lechner`): one word is as often a firm's, a tool or a skill (`Python`). */
const MIN_NAME_WORDS = 2;

/**
 * The text (a signature's line, a list's entry) names a person: a name of MIN_NAME_WORDS words or more, or a
 * family and a given name written as one word (`박지훈`, `山田太郎`, isUnspacedFullName).
 */
const namesPerson = (text: string): boolean => personNamed(text) !== undefined;

/** The name's words when the text names a person (namesPerson). */
function personNamed(text: string): NameToken[] | undefined {
  const tokens = nameTokens(text.trim(), 0);
  return tokens && (tokens.length >= MIN_NAME_WORDS || isUnspacedFullName(tokens)) ? tokens : undefined;
}

/** The text (a signature's line) gives a title or a phone number (`Project Manager`, `+47 22 …`). */
const givesTitleOrPhone = (text: string): boolean => titleScore(text) > 0 || digitCount(text) >= MIN_PHONE_DIGITS;

/**
 * Lines that are a person's signature: a signing for someone (`i.A. Anna Schmidt`), or a name of two words
 * or more with a title or a phone (a circular's `Escuela Los Pinos` under its board gives neither).
 */
function signsPerson(texts: readonly string[]): boolean {
  const lines = texts.map((text) => text.trim());
  if (lines.some((line) => onBehalfOf(line) > 0)) return true;
  return lines.some(namesPerson) && lines.some(givesTitleOrPhone);
}

/** Priced lines a receipt lists at least above its total (a signature gives no prices). */
const MIN_RECEIPT_ITEMS = 2;

/**
 * A receipt: priced item lines (`Cà phê sữa   2 x 28.000`) and a total under them (`Tổng cộng:   96.000đ`).
 * A till signs nothing: a person's name under the total makes it someone's quote, and an invoice's `From:`
 * over its issuer's block (a freelancer's name, number and address) names who sends it.
 */
function isReceipt(rows: readonly Row[]): boolean {
  let items = 0;
  for (const [i, { line }] of rows.entries()) {
    if (isSenderHeader(line)) return false;
    const priced = line.long ? null : PATTERNS.receiptAmountLine.exec(line.text);
    if (!priced) continue;
    // A note in brackets (`TOTAL (VAT incl.)`) and a currency after it (`Totalt NOK`) are no part of the total's label.
    const label = (priced[1] ?? '').split('(', 1)[0]?.trim().replace(PATTERNS.currencyAfterLabel, '') ?? '';
    if (items >= MIN_RECEIPT_ITEMS && isTotalLabel(label))
      return !signsPerson(rows.slice(i + 1).map((row) => row.line.text));
    items++;
  }
  return false;
}

/** A total's label, or one its first word opens (`Totale complessivo`, `Total general`, `Summe brutto`). */
function isTotalLabel(label: string): boolean {
  const first = words(label)[0] ?? '';
  return RECEIPT_TOTAL_LABELS.has(normalizeKey(label)) || RECEIPT_TOTAL_LABELS.has(normalizeKey(first));
}

/** People a meeting's list names that make it notes or an invitation (`Attendees: me, Darnell Okpara` is a customer's note). */
const MIN_ATTENDEES = 3;

/** A list's entry that is a person: an address or a name of two words or more. */
const isListedPerson = (entry: string): boolean => findEmails(entry, 0).length > 0 || namesPerson(entry);

/**
 * Entries that list people: none a title or a number (`Senior Buyer`, `+1 415 555 0199` are a
 * signature's lines), most of them names or addresses (a name the name reader doubts may be among them).
 */
function listsPeople(entries: readonly string[]): boolean {
  const people = entries.map(withoutOrganizerTag);
  if (people.some((entry) => digitCount(entry) > 0 || titleScore(entry.trim()) > 0)) return false;
  return people.filter(isListedPerson).length * 2 > people.length;
}

/** `Marisol Echeverría – organizador`, `김도현 - 주최자`: a guest list tags its organizer after a dash; the name before it. */
function withoutOrganizerTag(entry: string): string {
  const [name = '', tag] = entry.split(PATTERNS.memberCellEnd, 2);
  return tag !== undefined && CALENDAR_ORGANIZER_LABELS.has(tag.trim().toLowerCase()) ? name : entry;
}

/** The label a row opens with (`Attendees:`, `When:`), as written and lower-cased, with what follows it on the line. */
interface RowLabel {
  written: string;
  word: string;
  listed: string;
}

function labelOf(line: Line): RowLabel | null {
  const label = line.long ? null : PATTERNS.labelPrefix.exec(line.text);
  if (!label) return attendeeHeading(line);
  const written = (label[1] ?? '').trim();
  return { written, word: written.toLowerCase(), listed: line.text.slice(label[0].length) };
}

/**
 * An attendee label alone on its line without a colon (`Invitados`, `참석자`): a calendar's heading over its guests,
 * one a line, as Google Calendar writes them. Read as the label with nothing after it.
 */
function attendeeHeading(line: Line): RowLabel | null {
  const written = line.long ? '' : line.text.trim();
  const word = written.toLowerCase();
  return ATTENDEE_LABELS.has(word) ? { written, word, listed: '' } : null;
}

/**
 * A row whose address is someone else's than the writer's: a meeting's guests (`Guests: a.karimi@…, you`),
 * the calendar's account the invitation sits in (`Calendar: ana@…`, `Répondre pour ana@…`: the reader's), a
 * ticket's customer (`Requester: ana@…`).
 */
const givesOthersAddress = (row: Row): boolean => {
  const word = row.label?.word ?? '';
  return (
    ATTENDEE_LABELS.has(word) ||
    CALENDAR_ACCOUNT_LABELS.has(word) ||
    TICKET_PARTY_LABELS.has(word) ||
    (!row.line.long && PATTERNS.calendarReplyFor.test(row.line.text))
  );
};

/**
 * The rows of the header block the text opens with that name the pasted message's recipients (`To: ana@…`,
 * `A:`, `Till:`): its reader's addresses, not its writer's. A recipient further down, in a forwarded message
 * under the writer's own lines, may be that writer.
 */
function openingRecipientRows(rows: readonly Row[]): Set<number> {
  const out = new Set<number>();
  for (const [i, { line }] of rows.entries()) {
    if (line.blank) continue;
    if (line.long || headerKeyOf(line.text) === undefined) break;
    if (isRecipientHeader(line)) out.add(i);
  }
  return out;
}

/** An attendee label (`Attendees:`, `Teilnehmer:`), with what follows it; a calendar's own only in a calendar. */
function attendeeLabel(label: RowLabel | null, calendar: boolean): { listed: string; calendarLabel: boolean } | null {
  if (!label) return null;
  const calendarLabel = calendar && CALENDAR_ATTENDEE_LABELS.has(label.word);
  if (!calendarLabel && !ATTENDEE_LABELS.has(label.word)) return null;
  return { listed: label.listed, calendarLabel };
}

/**
 * `Attendees: Chiara Benedetti, Omar Haddad, Ngozi Eze`, or `Attendees:` alone over one person a line
 * (name or address, consecutive lines): a list of a meeting's people. A calendar's `Required:`,
 * `Optional:` or `Who:` counts only in a text with an invitation's `When:`/`Where:`/`Organizer:`
 * field, only with people after it (a job ad's `Required: Python, SQL, Docker` lists skills) and only
 * where no one signs below it (a person's mail giving `When:`/`Who:` itself, then `Best,` `Mira Köhler` `+49 …`).
 */
function isMeetingList(rows: readonly Row[], writerSignsBelow: WriterSignsBelow): boolean {
  // A row opening with one of a calendar invitation's fields (`When:`, `Where:`, `Organizer:`).
  const calendar = rows.some(({ label }) => !!label && CALENDAR_FIELD_LABELS.has(label.word));
  const listsAttendees = (i: number): boolean => {
    const label = attendeeLabel(rows[i]?.label ?? null, calendar);
    if (!label) return false;
    const listedOnLine = label.listed.split(PATTERNS.listSeparator).filter((x) => x.trim());
    const listed = label.listed.trim()
      ? listedOnLine.length >= MIN_ATTENDEES && (!label.calendarLabel || listsPeople(listedOnLine))
      : listsPeopleBelow(rows, i);
    // A mail that says `Wann:`/`Wer:` itself and is signed below is its writer's, not a calendar's invitation;
    // asked last, as reading the lines below for a signer costs most.
    return listed && !(label.calendarLabel && writerSignsBelow(i + 1));
  };
  return rows.some((_, i) => listsAttendees(i));
}

/** MIN_ATTENDEES consecutive short lines right below row `i`, each a person (name or address). */
function listsPeopleBelow(rows: readonly Row[], i: number): boolean {
  const row = rows[i] as Row;
  const listedBelow = rows.slice(i + 1, i + 1 + MIN_ATTENDEES);
  return (
    listedBelow.length === MIN_ATTENDEES &&
    listedBelow.every(
      (below, k) => below.line.index === row.line.index + 1 + k && !below.line.blank && !below.line.long,
    ) &&
    listsPeople(listedBelow.map((below) => below.line.text))
  );
}

/**
 * A list label alone on its line (`Signers:`, `Teilnehmer:`) over consecutive rows giving at least
 * MIN_TABLE_ROWS different people's addresses (`Ilse Berg (ilse@…) – signed 02/03/2026`): an e-signature
 * notice's or an invitation's people, none of them its writer, unless a sign-off and its writer's own address
 * follow or its writer signs with a title or phone (a person's mail listing who joins).
 */
function isAddressedList(rows: readonly Row[], writerSignsBelow: WriterSignsBelow): boolean {
  return rows.some((row, i) => {
    const label = row.label;
    if (!isListHeading(label)) return false;
    const end = listEnd(rows, i);
    const listed = new Set(rows.slice(i + 1, end).flatMap((below) => below.personal));
    return listed.size >= MIN_TABLE_ROWS && !writerSignsBelow(end);
  });
}

/** An attendee label with nothing after it on its line (`Signers:`, `Invités`): a list's heading, its people below. */
const isListHeading = (label: RowLabel | null): boolean =>
  !!label && !label.listed.trim() && ATTENDEE_LABELS.has(label.word);

/** The row after the run of consecutive written lines right below row `i` (a list under its heading). */
function listEnd(rows: readonly Row[], i: number): number {
  let end = i + 1;
  while (rows[end] && !rows[end]!.line.blank && rows[end]!.line.index === rows[end - 1]!.line.index + 1) end++;
  return end;
}

/**
 * The rows of the lists under an attendee heading (`Invités` / `Claire Moreau` / `ana@…`), up to a sign-off:
 * their addresses are the guests', an organizer's among them (`ana@… – organisateur`), not the writer's.
 */
function guestListRows(rows: readonly Row[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    if (!isListHeading(rows[i]!.label)) continue;
    const end = listEnd(rows, i);
    for (let k = i + 1; k < end && !rows[k]!.signOff; k++) out.add(k);
    i = end - 1;
  }
  return out;
}

/** A video meeting invitation's fields that make one (`Topic:`, `Time:`, `Meeting ID:`), one of them its own. */
const MIN_INVITE_FIELDS = 3;
/** Fields only an invitation has (`Meeting ID:` and `Passcode:`) that make one without any other field. */
const MIN_INVITE_OWN_FIELDS = 2;

/** An invitation's fields besides its own: a meeting's (`Topic:`) and a calendar entry's (`Quand :`, `Où :`), as Teams writes them. */
const INVITATION_FIELD_LABELS: ReadonlySet<string> = new Set([...MEETING_INVITE_LABELS, ...CALENDAR_FIELD_LABELS]);

/**
 * A video meeting's invitation that no one signs: its fields (`Topic:`, `Time:`, at least one only an
 * invitation has: `Meeting ID:`, `Passcode:`; or two of those alone, under a heading no field labels) and no
 * sign-off, so the topic's words (often a firm's name) are no one's name. Someone sending the invitation on
 * signs it, with a sign-off or a title or phone under it. The lines that run on from its last field with no
 * blank line between are the invitation's own (its dial-in numbers by country, `Conference ID: 731 406 289#`,
 * a one-tap dial-in's `+61 2 5550 3826,,447106382#`), and so are those under a dial-in heading (dialInParagraphRows):
 * they are its bridge's, not a signer's.
 */
function isUnsignedInvitation(rows: readonly Row[]): boolean {
  const form = formFields(rows, MEETING_INVITE_OWN_LABELS, INVITATION_FIELD_LABELS);
  if (!form || !(form.keys >= MIN_INVITE_OWN_FIELDS || (form.keys > 0 && form.count >= MIN_INVITE_FIELDS)))
    return false;
  // Its sender may sign above the fields too (`Kristiina Mägi` / `Head of Procurement`, then the meeting's part).
  if (rows.some((row, i) => !row.label && !row.line.long && namesPerson(row.line.text) && titleOver(rows, i)))
    return false;
  const below = rows.slice(form.last + 1);
  const blank = below.findIndex((row) => row.line.blank);
  const bridge = dialInParagraphRows(below);
  return !below
    .slice(blank < 0 ? below.length : blank)
    .some(
      (row) =>
        !row.line.long &&
        !row.label &&
        !bridge.has(row) &&
        !PATTERNS.oneTapDialIn.test(row.line.text) &&
        givesTitleOrPhone(row.line.text),
    );
}

/**
 * The rows of the paragraphs a dial-in heading opens (`Dial by your location`, `Join by phone`), the heading with
 * them: the bridge's numbers by country (`+61 2 9000 4417 Australia`), however far below the fields they stand.
 */
function dialInParagraphRows(rows: readonly Row[]): Set<Row> {
  const out = new Set<Row>();
  let within = false;
  for (const row of rows) {
    within = !row.line.blank && (within || (!row.line.long && PATTERNS.dialInHeading.test(row.line.text)));
    if (within) out.add(row);
  }
  return out;
}

/** The row under row `i` is a short unlabelled title line (`Head of Procurement`). */
const titleOver = (rows: readonly Row[], i: number): boolean => {
  const under = rows[i + 1];
  return !!under && !under.label && !under.line.long && titleScore(under.line.text) > 0;
};

/** A helpdesk ticket's fields that make one (`Requester:`, `Status:`, `Priority:`), one of them its party's. */
const MIN_TICKET_FIELDS = 3;

/**
 * A helpdesk ticket's record or notification that no one signs: its fields, one naming its party
 * (`Requester:`), and no sign-off; a desk's footer under them (`Helpdesk | support@… | +1 …`) names no
 * person. An agent answering in person signs off or signs with their name; so does a customer filing
 * their own bug report (`Reporter: jan.kowalski@…` … `Jan Kowalski`), whose address the party's is.
 */
function isUnsignedTicket(rows: readonly Row[]): boolean {
  const form = formFields(rows, TICKET_PARTY_LABELS, TICKET_FIELD_LABELS);
  if (!form?.keys || form.count < MIN_TICKET_FIELDS) return false;
  return !rows.slice(form.last + 1).some((row) => namesPerson(row.line.text));
}

/**
 * A generated form's fields among the rows, by label word: how many different ones, how many of them are
 * `keyLabels` (the fields only that kind of form has), and the last one's row. Undefined
 * once a sign-off shows that someone writes in person.
 */
function formFields(
  rows: readonly Row[],
  keyLabels: ReadonlySet<string>,
  otherLabels: ReadonlySet<string>,
): { count: number; keys: number; last: number } | undefined {
  const fields = new Set<string>();
  const keys = new Set<string>();
  let last = -1;
  for (const [i, row] of rows.entries()) {
    if (row.signOff) return undefined;
    const word = row.label?.word;
    if (word === undefined) continue;
    const key = keyLabels.has(word);
    if (!key && !otherLabels.has(word)) continue;
    if (key) keys.add(word);
    fields.add(word);
    last = i;
  }
  return { count: fields.size, keys: keys.size, last };
}

/** How an app's one-word name ends (`Geekbot`, `Retrobot`) where a copy dropped the chat's APP tag. */
const BOT_NAME_ENDING = 'bot';

/**
 * A chat copy whose first author is an app (`Standuply APP  9:02 AM`, `Jira Cloud (Bot)  10:02`,
 * `Retrobot  4:45 PM`): a bot's post (a stand-up digest, a feed) names the people it reports on, none
 * of them its writer. Asked only where no one's own address is in the text (holdsNoContact).
 */
function isBotPost(rows: readonly Row[]): boolean {
  for (const { led } of rows) {
    const author = led?.[1];
    if (!author) continue;
    const named = words(author).map(normalizeKey);
    const last = named[named.length - 1] ?? '';
    return CHAT_BOT_TAGS.has(last) || (named.length === 1 && last.endsWith(BOT_NAME_ENDING));
  }
  return false;
}

/** Authors of a chat copy's lines that make it a group's chat (two are a conversation with its writer). */
const MIN_CHAT_AUTHORS = 3;

/**
 * A group chat's copy: its lines led by a time stamp and an author (`[6/12/25, 7:02 PM] Femi Ade: …`, chatPrefix),
 * of MIN_CHAT_AUTHORS authors or more (an unsaved number is one too). Asked only where no one gives their own
 * address (holdsNoContact): a chat where someone passes on theirs (`Email is anjali@…`) is theirs to save.
 */
function isGroupChat(rows: readonly Row[]): boolean {
  const authors = new Set<string>();
  for (const { line } of rows) {
    const author = line.long ? undefined : PATTERNS.chatPrefix.exec(line.text)?.[1]?.trim().toLowerCase();
    if (author) authors.add(author);
    if (authors.size >= MIN_CHAT_AUTHORS) return true;
  }
  return false;
}

/**
 * A group chat copied without its time stamps (`Ana: running late` / `Ben: no worries` / `Ana: thanks`): consecutive
 * lines led by a speaker's name and a colon, of MIN_CHAT_AUTHORS speakers or more, one of whom speaks again after
 * another answered. A form's labels (`Phone:`, `Tax ID:`) may read as names, but within one block they do not take
 * turns (a bill's two parties repeat them in blocks apart), and a roster's labels are parts (`Treasurer:`). Asked
 * only where no one gives their own address (holdsNoContact).
 */
function isTurnTakingChat(rows: readonly Row[]): boolean {
  const speakers = new Set<string>();
  let last: { speaker: string; index: number } | undefined;
  let answered = false;
  for (const row of rows) {
    const speaker = speakerOf(row);
    // A line that is no turn, or a turn after a gap, ends the conversation read so far.
    if (!speaker || last?.index !== row.line.index - 1) {
      speakers.clear();
      answered = false;
    }
    if (!speaker) {
      last = undefined;
      continue;
    }
    answered ||= speakers.has(speaker) && speaker !== last?.speaker;
    speakers.add(speaker);
    last = { speaker, index: row.line.index };
    if (answered && speakers.size >= MIN_CHAT_AUTHORS) return true;
  }
  return false;
}

/** The speaker a chat's line opens with (`Ana:`), lower-cased: a label that reads as a name and is no header's or form's. */
function speakerOf({ line, label }: Row): string | undefined {
  if (!label || PATTERNS.headerKey.test(line.text) || isFieldLabel(label.word)) return undefined;
  return nameTokens(label.written, 0) ? label.word : undefined;
}

/** At least half of the lines are code or data (statements, braces, `"key": value`): a snippet, not a message. */
function isCode(lines: readonly Line[]): boolean {
  const written = lines.filter((line) => !line.blank);
  const code = written.filter(
    (line) => !line.long && PATTERNS.codeLine.test(line.text) && !PATTERNS.chatHeader.test(line.text),
  ).length;
  return code >= MIN_CODE_LINES && code * 2 >= written.length;
}

/**
 * The text (the unquoted lines of its head and tail, `ends` (readableLines), where a contact would be
 * read) is records of several people, a table or roster of people, or code: no one contact.
 * `footerLines` are the lines of its mailing-list footer (listFooterLines).
 */
export function holdsNoContact(ends: readonly Line[], footerLines: ReadonlySet<number>): boolean {
  const own = ends.filter((line) => !line.quoted);
  const rows = own.map((line, i) => rowOf(line, own[i + 1]));
  let signed: readonly boolean[] | undefined;
  let signs: readonly boolean[] | undefined;
  const signedRows = (): readonly boolean[] => (signed ??= signedFrom(rows));
  const signedBelow = (from: number): boolean => signedRows()[from] === true;
  const writerSignsBelow = (from: number): boolean => (signs ??= writerSignsFrom(rows, signedRows()))[from] === true;
  // Read once: an unsigned periodical asks it, and so does a text with no one's own address.
  const masthead = opensWithMasthead(own);
  const group = groupSignature(rows, footerLines);
  // Rows giving someone's own address: not a meeting's guests, a calendar's account, a ticket's requester
  // (givesOthersAddress), a list's guests (guestListRows), a pasted message's recipients (openingRecipientRows),
  // nor a group's signature's mailbox.
  const recipients = openingRecipientRows(rows);
  const guests = guestListRows(rows);
  const ownAddressRows = [...rows.keys()].filter((i) => {
    const row = rows[i] as Row;
    return (
      row.personal.length > 0 &&
      !givesOthersAddress(row) &&
      !recipients.has(i) &&
      !guests.has(i) &&
      !group?.includes(row.line.index)
    );
  });
  return (
    isRecordsOfPeople(rows) ||
    isCastOfPeople(rows) ||
    isPeopleTable(rows, signedBelow) ||
    isNamedColumns(rows, signedBelow) ||
    isRoster(rows, signedBelow) ||
    isLabelledRoster(rows, signedBelow) ||
    isAddressedList(rows, writerSignsBelow) ||
    isCode(own) ||
    isTerminal(own) ||
    isAccountList(rows) ||
    isUnsignedAutoReply(own, rows) ||
    (isAutomatedNotice(own) &&
      !(ownAddressRows.length > 0 && namesSubmitter(rows)) &&
      !namesOrganizer(rows, ownAddressRows)) ||
    (masthead && isUnsignedPeriodical(own, rows)) ||
    // A listing of profiles, whose entries may give their own addresses.
    isProfileListing(rows, ownAddressRows) ||
    // With no one's own address in it (ownAddressRows), a text that a team, a group or two people sign, a receipt, a
    // mailing list sends, a periodical's masthead opens (a head teacher may sign it), a meeting's list of people opens,
    // an unsigned invitation or ticket, a calendar's invitation with its answer buttons, an app's post, a group's chat, a notice sent automatically, a social network's notification, a notice no one signs under its
    // unsubscribe or do-not-reply line, a bill generated by a computer, a legal footer selected alone, an item table or a table of places' numbers copied alone, a company profile, a link to a mailing's
    // web copy (a person's mail forwarding a newsletter holds one too) or a no-reply address gives is not
    // one person's message.
    (ownAddressRows.length === 0 &&
      (isSignedByTeam(rows) ||
        group !== undefined ||
        isSignedByPair(rows) ||
        isReceipt(rows) ||
        isBulkMailing(rows, footerLines) ||
        masthead ||
        isMeetingList(rows, writerSignsBelow) ||
        isUnsignedInvitation(rows) ||
        answersInvitation(own) ||
        isUnsignedTicket(rows) ||
        isBotPost(rows) ||
        isReviewList(rows) ||
        isGroupChat(rows) ||
        isTurnTakingChat(rows) ||
        isSentAutomatically(own) ||
        isSocialNotification(rows) ||
        isUnsignedNotice(rows, footerLines) ||
        isGeneratedDocument(own) ||
        opensWithLegalFooter(rows) ||
        opensWithItemColumns(own) ||
        isFirmProfile(own) ||
        isContactColumns(rows) ||
        linksToWebCopy(own) ||
        rows.some((row) => row.emails.some(isNoReply))))
  );
}
