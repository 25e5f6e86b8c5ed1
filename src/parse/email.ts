// Email addresses: found by scanning for `@` and growing outwards (emailSpan.ts). Which one is the
// sender's is decided in message.ts.
import { emailSpanAt } from './emailSpan';
import { MAX_EMAIL_DOMAIN, MAX_EMAIL_LOCAL, MAX_TRAILING_BLANKS } from './limits';
import { PATTERNS } from './patterns';
import type { ParsedValue } from './types';
import { isFreeMailDomain } from './freemail';
import { fold } from './text';
import {
  DEPARTMENT_WORDS,
  EMAIL_LABELS,
  OFFICER_MAILBOXES,
  ROLE_MAILBOXES,
  SIGNING_GROUP_WORDS,
  TITLE_WORDS,
} from './vocabulary';

/**
 * `omar@levantbuild.exampIe` → `…example`: no top-level domain is written in mixed case, so a capital
 * I after one of its lower-case letters is an l a scan (OCR) misread. A capital that opens it
 * (`Azienda.It`, `.Info`) is how people write it.
 */
function withScannedTld(address: string): string {
  if (!address.includes('I')) return address;
  const dot = address.lastIndexOf('.');
  const tld = address.slice(dot + 1);
  const read = tld.replace(PATTERNS.capitalIAfterLower, 'l');
  return read !== tld && PATTERNS.lowerAsciiWord.test(read) ? address.slice(0, dot + 1) + read : address;
}

/** A label this short before an address is a card's letter or icon (`E`, `✉`); a longer one is a mail label. */
const MAX_BARE_LABEL = 2;

/** The longest mail label: a longer text before an address is not one, and is never lower-cased whole. */
const MAX_EMAIL_LABEL = Math.max(...[...EMAIL_LABELS].map((label) => label.length));

/**
 * Nothing, a card's label (`E`, `✉`, `Email:`, `邮箱：`) before an address: not a sentence
 * (`ping me @ana . thanks`), nor another field's label (`Re:`, `Mobile:`).
 */
function isLabelOnly(before: string): boolean {
  const label = before.trim();
  if (label.length <= MAX_BARE_LABEL) return true;
  const end = PATTERNS.labelEnd.exec(label);
  const name = end ? label.slice(0, end.index).trim() : '';
  return name.length > 0 && name.length <= MAX_EMAIL_LABEL && EMAIL_LABELS.has(name.toLowerCase());
}

/**
 * `Email: linda @ brightfen.example`, `emeka.nwosu @ okonjo.example`: spaces beside the `@` alone, the domain whole,
 * spell an address when what stands before it is a login: written in lower case, no title word among its pieces,
 * after a mail label or written with a separator. A bare word there names a role at a firm, and not only a title
 * word: `CTO @ acme.com`, `student @ mit.edu`, `product @ linear.app`, `entwickler @ nordwerk.de`.
 */
const isSpacedLogin = (local: string, labelled: boolean): boolean =>
  local === local.toLowerCase() &&
  (labelled || PATTERNS.localPartSeparator.test(local)) &&
  !localPieces(local).some((piece) => TITLE_WORDS.has(piece));

/** What may follow the `@` of a spaced address (spacedEmail): a space, the domain and the line's trailing blanks. */
const MAX_SPACED_EMAIL_TAIL = 1 + MAX_EMAIL_DOMAIN + MAX_TRAILING_BLANKS;

/**
 * `joris @kustlijn .example`, `ana @ firma . example`: a business card's scan put single spaces beside
 * the `@` and the dots of an address that ends its text and follows only a label. Read without them, only
 * when they stand beside those marks (never inside a word), one stands in the domain or the local part is a
 * login (isSpacedLogin), the address it spells is whole and its domain is written in lower case.
 */
function spacedEmailAt(text: string, at: number): { value: string; start: number; end: number } | undefined {
  // The address ends the text: an `@` further from its end starts none, and the pattern is not run to the end.
  if (text.length - at - 1 > MAX_SPACED_EMAIL_TAIL) return undefined;
  const from = Math.max(0, at - MAX_EMAIL_LOCAL - 1);
  const found = PATTERNS.spacedEmail.exec(text.slice(from));
  // The pattern reaches the text's end, so it reads its last `@`: an earlier one starts no address of its own.
  if (!found || from + found.index + found[0].indexOf('@') !== at) return undefined;
  const begin = from + found.index;
  const label = text.slice(0, begin);
  if (!isLabelOnly(label)) return undefined;
  const domain = found[2] ?? '';
  // `CTO @ acme.com` is a role at a firm: a scan's stray space stands beside a dot of the domain, or beside
  // the `@` of a login.
  const login = isSpacedLogin(found[1] ?? '', label.trim().length > 0);
  if (PATTERNS.spaceInsideLabel.test(domain) || !(domain.includes(' ') || login)) return undefined;
  const value = found[0].trimEnd().replaceAll(' ', '');
  const tld = value.slice(value.lastIndexOf('.') + 1);
  // `Sales @ Acme . io` names a firm: a scan's address is written in lower case after its `@`.
  if (!PATTERNS.email.test(value) || !PATTERNS.lowerAsciiWord.test(tld) || domain !== domain.toLowerCase())
    return undefined;
  return { value: value.toLowerCase(), start: begin, end: begin + found[0].trimEnd().length };
}

/** Every address in `text` (which starts at offset `start` in the input), lower-cased. */
export function findEmails(text: string, start: number): ParsedValue<string>[] {
  const out: ParsedValue<string>[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const span = emailSpanAt(text, at);
    const spaced = span.valid ? undefined : spacedEmailAt(text, at);
    if (span.valid)
      out.push({
        value: withScannedTld(text.slice(span.start, span.end)).toLowerCase(),
        start: start + span.start,
        end: start + span.end,
      });
    else if (spaced) out.push({ value: spaced.value, start: start + spaced.start, end: start + spaced.end });
    at = text.indexOf('@', Math.max(spaced?.end ?? span.end, at + 1));
  }
  return out;
}

export function localPart(email: string): string {
  return email.slice(0, email.indexOf('@'));
}

export function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1);
}

/**
 * `noreply`, `no-responder`, `nao_responda`, `ne-pas-repondre`: "do not reply" in the local parts systems use,
 * in several languages, written here without the separators (`.`, `_`, `+`, `-`) dropped before the check.
 */
const NO_REPLY_STEMS = [
  'noreply',
  'donotreply',
  'noresponder',
  'norespuesta',
  'naoresponda',
  'naoresponder',
  'nepasrepondre',
  'noreponse',
  'pasdereponse',
  'nocontestar',
  'donotrespond',
  'svarainte',
  'ejsvar',
  'ikkesvar',
  'geenantwoord',
  'nichtantworten',
  'keineantwort',
  'nonrispondere',
  'nietbeantwoorden',
  'nieodpowiadaj',
];

/** A role word shorter than this is not looked for inside a joined local part (`it` in `italo`)… */
const MIN_JOINED_ROLE = 3;
/** …unless it is an initialism (`it`, `hr`, `pr`) leading a role word this long (`itdesk`, `hrteam`), no syllable. */
const MIN_JOINED_AFTER_INITIALISM = 4;
/** The shortest role word: an initialism. */
const MIN_ROLE_INITIALISM = 2;

/** `servicedesk`, `salesteam`, `itdesk`: two role words written as one. */
function isJoinedRoles(piece: string): boolean {
  for (let cut = MIN_ROLE_INITIALISM; cut <= piece.length - MIN_JOINED_ROLE; cut++) {
    const rest = piece.slice(cut);
    if (cut < MIN_JOINED_ROLE && rest.length < MIN_JOINED_AFTER_INITIALISM) continue;
    if (ROLE_MAILBOXES.has(piece.slice(0, cut)) && ROLE_MAILBOXES.has(rest)) return true;
  }
  return false;
}

/**
 * The stem lies inside one piece (`systemnoreply`) or starts a piece and runs on over the next ones
 * (`no-re-ply`), never from inside one piece into the next (`bruno.reply` is a person's).
 */
function piecesSpell(pieces: readonly string[], stem: string): boolean {
  return pieces.some((piece, i) => piece.includes(stem) || pieces.slice(i).join('').startsWith(stem));
}

/** `noreply@`, `hr-portal-noreply@`, `no-responder@`, `…@users.noreply.example`: a system's address wherever the word is. */
export function isNoReply(email: string): boolean {
  const lower = email.toLowerCase();
  const parts = [localPart(lower), domainOf(lower)].map((part) => part.split(PATTERNS.localPartSeparator));
  return NO_REPLY_STEMS.some((stem) => parts.some((pieces) => piecesSpell(pieces, stem)));
}

/** `info@`, `noreply@`, `sales-team@`, `ops-team@`, `servicedesk@`, `482@`: a function or a message, not a person. */
export function isRoleMailbox(email: string): boolean {
  return isWholeRoleMailbox(email) || isRoleLedMailbox(email);
}

/** A group's word shorter than this may be someone's initials (`rh@`, `hr.lim@`). */
const MIN_GROUP_WORD = 4;

/**
 * `comite.etica@`, `vorstand-kasse@`: led by a board's or committee's word, then the group's name. Only a hint
 * that no one signs: some of these words are surnames too (`consiglio.antonio@`, `junta.ramon@`), so a person
 * signing with such an address keeps it (isRoleMailbox does not read it).
 */
export function isGroupLedMailbox(email: string): boolean {
  const pieces = localPieces(localPart(email).toLowerCase());
  const first = pieces[0] ?? '';
  return pieces.length > 1 && first.length >= MIN_GROUP_WORD && SIGNING_GROUP_WORDS.has(first);
}

/**
 * `compras.mcruiz@`, `purchase.sd@`: a person's address filed under their department's word, the rest a tag (initials,
 * a clipped name) that spells no name to read. The word is this long at least: `hr.lim@` is H. R. Lim's. Not a
 * role-led mailbox (`lettre-jd@`), whose word may be the surname the text writes (isRoleLedOnly).
 */
export function isFunctionLedMailbox(email: string): boolean {
  const pieces = localPieces(localPart(email).toLowerCase());
  const first = pieces[0] ?? '';
  return pieces.length > 1 && first.length >= MIN_GROUP_WORD && ROLE_MAILBOXES.has(first) && !isRoleLedMailbox(email);
}

/** `runai.gaelbhaile@`, `treasurer@`: an officer's mailbox, led by the office's word (OFFICER_MAILBOXES). */
export const isOfficerMailbox = (email: string): boolean =>
  OFFICER_MAILBOXES.has(localPieces(localPart(email).toLowerCase())[0] ?? '');

/** Pieces of an address's local part, digits dropped (`sales-team2` → `sales`, `team`). */
export const localPieces = (local: string): string[] =>
  local.replace(PATTERNS.digits, '').split(PATTERNS.localPartSeparator).filter(Boolean);

/**
 * `info@`, `sales-team@`, `482@`, `noreply@`: every piece of the local part is a function's word; so it is
 * behind an electronic `e` (`efatura@`, `e-tax@`: a bill's or tax office's service), where a name is no role
 * word once its first letter is cut (`emma`, `erin`; `events@` is read whole).
 */
function isWholeRoleMailbox(email: string): boolean {
  const local = localPart(email).toLowerCase();
  // A local part with a long run of digits is a system's token (a message id, a ticket's), written by no one.
  if (!PATTERNS.letter.test(local) || PATTERNS.generatedDigits.test(local) || isNoReply(email)) return true;
  return spellsRoles(local) || spellsRoles(local.replace(PATTERNS.electronicPrefix, ''));
}

/** A department word shorter than this is as often someone's name as a local part (`key@` is Daniel Key's). */
const MIN_DEPARTMENT_MAILBOX = 4;

/**
 * Department words as a local part writes them, without marks (`kundtjänst` → `kundtjanst@`, `manutenção` →
 * `manutencao@`): a department's mailbox in any language (`kundeservice@`, `mantenimiento@`), no one's.
 */
const MAILBOX_DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  [...DEPARTMENT_WORDS].map(fold).filter((word) => word.length >= MIN_DEPARTMENT_MAILBOX),
);

/**
 * A piece of a local part that names a function (namesFunctionWord), or the plural of one (`teams@`), long enough to
 * be no one's initials (`ars@`).
 */
const namesFunction = (piece: string): boolean =>
  namesFunctionWord(piece) ||
  (piece.length > MIN_GROUP_WORD && piece.endsWith(PLURAL_ENDING) && namesFunctionWord(piece.slice(0, -1)));

/** The English plural's ending, as local parts write it (`teams`, `projects`). */
const PLURAL_ENDING = 's';

/** A role word, two joined (`servicedesk`), or a department's word. */
const namesFunctionWord = (piece: string): boolean =>
  ROLE_MAILBOXES.has(piece) || isJoinedRoles(piece) || MAILBOX_DEPARTMENT_WORDS.has(piece);

/** The local part is a function's word, or pieces each naming one (`customer-success@`). */
const spellsRoles = (local: string): boolean => ROLE_MAILBOXES.has(local) || localPieces(local).every(namesFunction);

/**
 * `hilfe-ak@`, `sales2024@`: a function's word then a short tag. A surname can be such a word too
 * (`lettre-jd@` for Julien Lettre), so an address spelled from the sender's name may still be theirs
 * (isRoleLedOnly).
 */
function isRoleLedMailbox(email: string): boolean {
  const local = localPart(email).toLowerCase();
  const first = localPieces(local)[0] ?? local;
  return ROLE_MAILBOXES.has(first) && first.length > 3 && local.length - first.length < 8 && !local.includes('.');
}

/** A role mailbox only by its leading word and tag (`lettre-jd@`), not wholly one (`lettre@`, `info-team@`). */
export const isRoleLedOnly = (email: string): boolean => !isWholeRoleMailbox(email) && isRoleLedMailbox(email);

export function isFreemail(email: string): boolean {
  return isFreeMailDomain(domainOf(email));
}
