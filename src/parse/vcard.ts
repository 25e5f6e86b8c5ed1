// vCard 2.1 / 3.0 / 4.0 text (`BEGIN:VCARD` … `END:VCARD`): a text's one card, or its one person's card
// among desks' cards, is the contact; a file of several people's cards is several people (people.ts).
// Folded lines are unfolded, quoted-printable (2.1) and backslash escapes decoded; each value's offsets
// span its raw text.
import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { addressFromFields } from './address';
import { CountryEvidence, weighScript, weighSegment } from './country';
import { domainOf, isRoleMailbox } from './email';
import { PATTERNS } from './patterns';
import { FALLBACK_COUNTRY } from './phones';
import type { Line } from './text';
import { emptyParsedContact, type ParsedContact, type ParsedValue, type PhoneKind } from './types';
import { findWeb } from './web';

/**
 * The country an address's fields imply when its country field names none that is known (`台灣`, or none at all): its
 * city, postal format or script (`台北市`, traditional Han), read as in a signature.
 */
function placeCountry(fields: readonly string[]): CountryCode | undefined {
  const evidence = new CountryEvidence();
  const place = fields.filter(Boolean).join(', ');
  weighSegment(evidence, place);
  weighScript(evidence, place);
  return evidence.best();
}

/** One property of a card: its name (`TEL`), parameters (`;TYPE=CELL`), value, and the span of its raw text. */
export interface Property {
  name: string;
  params: string;
  value: string;
  start: number;
  end: number;
}

const encoder = new TextEncoder();

function decodeQuotedPrintable(value: string, charsetUtf8: boolean): string {
  const bytes: number[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value.charAt(i);
    const hex = ch === '=' ? value.slice(i + 1, i + 3) : '';
    if (PATTERNS.quotedPrintableByte.test(`=${hex}`)) {
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      bytes.push(...encoder.encode(ch));
      i++;
    }
  }
  if (!charsetUtf8) return String.fromCharCode(...bytes);
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

const unescape = (value: string): string =>
  value.replace(PATTERNS.vcardEscape, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c));

interface Card {
  props: Property[];
  /** Its `END:VCARD` was seen (a card cut off by the input cap has none). */
  closed: boolean;
}

/**
 * The vCards in `lines`, in order, at most `limit` of them. A card runs from `BEGIN:VCARD` to
 * `END:VCARD`, or to the next `BEGIN:VCARD` when its end is missing.
 */
function readCards(lines: readonly Line[], limit: number): Card[] {
  const cards: Card[] = [];
  let card: Card | undefined;
  let current: Property | undefined;
  // An index loop, as restoreRunOnLines: no iterator step allocated on each line of a long text.
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    if (line.long) continue;
    if (PATTERNS.vcardBegin.test(line.text)) {
      if (cards.length >= limit) break;
      card = { props: [], closed: false };
      cards.push(card);
      current = undefined;
      continue;
    }
    if (!card) continue;
    if (PATTERNS.vcardEnd.test(line.text)) {
      card.closed = true;
      card = undefined;
      continue;
    }
    const raw = line.raw.replaceAll('\r', '');
    const folded = raw.startsWith(' ') || raw.startsWith('\t');
    const softBreak =
      current && current.params.toUpperCase().includes('QUOTED-PRINTABLE') && current.value.endsWith('=');
    if (current && (folded || softBreak)) {
      current.value = softBreak ? current.value.slice(0, -1) + raw.trimStart() : current.value + raw.slice(1);
      current.end = line.start + raw.length;
      continue;
    }
    const m = PATTERNS.vcardProperty.exec(raw);
    if (!m) continue;
    const value = m[3] ?? '';
    current = {
      name: (m[1] ?? '').toUpperCase(),
      params: m[2] ?? '',
      value,
      start: line.start + raw.length - value.length,
      end: line.start + raw.length,
    };
    card.props.push(current);
  }
  return cards;
}

function decoded(p: Property): string {
  const upper = p.params.toUpperCase();
  const text = upper.includes('QUOTED-PRINTABLE')
    ? decodeQuotedPrintable(p.value, !upper.includes('CHARSET=') || upper.includes('UTF-8'))
    : p.value;
  return text;
}

const components = (p: Property): string[] =>
  decoded(p)
    .split(PATTERNS.vcardComponentSeparator)
    .map((c) => unescape(c).trim());

const at = (p: Property, value: string): ParsedValue<string> | undefined =>
  value ? { value, start: p.start, end: p.end } : undefined;

function telKind(params: string): PhoneKind | 'fax' {
  const upper = params.toUpperCase();
  if (upper.includes('FAX')) return 'fax';
  if (upper.includes('CELL') || upper.includes('MOBILE') || upper.includes('IPHONE')) return 'mobile';
  if (upper.includes('MAIN') || upper.includes('PREF=MAIN')) return 'main';
  if (upper.includes('WORK') || upper.includes('VOICE')) return 'work';
  return 'other';
}

/** The draft one card's properties describe (a vCard's, or a MECARD's read as vCard properties). */
export function cardDraft(props: readonly Property[]): ParsedContact {
  const draft: ParsedContact = { phones: [], fax: [], truncated: false };
  const get = (name: string): Property | undefined => props.find((p) => p.name === name);
  const n = get('N');
  const fn = get('FN');
  if (n) {
    const [family = '', given = ''] = components(n);
    draft.lastName = at(n, family);
    // Middle names have a component of their own (N:Family;Given;Additional;…): `Mary Ann` is one given name.
    draft.firstName = at(n, given.trim().replace(PATTERNS.whitespaceRun, ' '));
  }
  if (fn && !draft.firstName && !draft.lastName) {
    const parts = unescape(decoded(fn)).trim().split(' ');
    draft.firstName = at(fn, parts[0] ?? '');
    if (parts.length > 1) draft.lastName = at(fn, parts[parts.length - 1] ?? '');
  }
  const org = get('ORG');
  if (org) draft.company = at(org, components(org)[0] ?? '');
  const title = get('TITLE') ?? get('ROLE');
  if (title) draft.title = at(title, unescape(decoded(title)).trim());
  const emails = props.filter((p) => p.name === 'EMAIL');
  const email =
    emails.find((p) => p.params.toUpperCase().includes('WORK')) ??
    emails.find((p) => p.params.toUpperCase().includes('PREF')) ??
    emails[0];
  if (email) draft.email = at(email, decoded(email).trim().replace(PATTERNS.mailtoPrefix, '').toLowerCase());
  const adr = get('ADR');
  let country: CountryCode = FALLBACK_COUNTRY;
  if (adr) {
    const [, extended, street, city, region, postalCode, countryName] = components(adr);
    const address = addressFromFields({ extended, street, city, region, postalCode, country: countryName });
    country = (address?.country as CountryCode | undefined) ?? placeCountry(components(adr)) ?? country;
    if (address) draft.address = { value: address, start: adr.start, end: adr.end };
  }
  for (const tel of props.filter((p) => p.name === 'TEL')) {
    const text = decoded(tel).replace(PATTERNS.telUriPrefix, '').trim();
    const number = parsePhoneNumberFromString(text, country);
    if (!number?.isValid()) continue;
    const kind = telKind(tel.params);
    if (kind === 'fax') draft.fax.push({ value: number.number, start: tel.start, end: tel.end });
    else
      draft.phones.push({
        value: {
          number: number.number,
          kind: kind === 'other' ? (number.getType() === 'MOBILE' ? 'mobile' : 'work') : kind,
        },
        start: tel.start,
        end: tel.end,
      });
  }
  const webProps = props.filter(
    (p) => p.name === 'URL' || p.name.startsWith('X-SOCIALPROFILE') || p.name === 'X-TWITTER',
  );
  // A URL's colon may come escaped (`https\://`), as a MECARD writer escapes it.
  const segments = webProps.map((p, i) => ({
    text: unescape(decoded(p)).trim(),
    start: p.start,
    end: p.end,
    line: i,
    order: 0,
  }));
  const twitter = webProps.find((p) => p.name === 'X-TWITTER');
  // The card's own address vouches for a page on its host (`URL:https://firm.example/team/ana`), as a signature's does.
  const web = findWeb(segments, (s) => s.text, draft.email && domainOf(draft.email.value));
  Object.assign(draft, web);
  if (twitter && !draft.twitter) draft.twitter = at(twitter, decoded(twitter).trim().replace('@', ''));
  for (const key of ['firstName', 'lastName', 'email', 'title', 'company'] as const) if (!draft[key]) delete draft[key];
  return draft;
}

/** Cards a text's one contact is looked for among: more are an address book (readContacts lists its people). */
const MAX_CARDS_FOR_ONE_CONTACT = 4;

/**
 * A draft from the text's vCard; undefined when the text holds none. Among several cards the one person's is the
 * contact, a desk's or team's cards beside it (`FN:Research Office`, `EMAIL:office@…`) being no one's; two people's
 * cards, or an address book, are no one contact, so the draft is empty.
 */
export function parseVCard(lines: readonly Line[]): ParsedContact | undefined {
  const cards = readCards(lines, MAX_CARDS_FOR_ONE_CONTACT + 1);
  if (cards.length === 0) return undefined;
  if (cards.length > MAX_CARDS_FOR_ONE_CONTACT) return emptyParsedContact();
  const drafts = cards.map((card) => cardDraft(card.props));
  if (drafts.length === 1) return drafts[0];
  const people = drafts.filter(isPersonsCard);
  return people.length === 1 ? people[0] : emptyParsedContact();
}

/** A card naming someone whose address, if it gives one, is no desk's mailbox. */
const isPersonsCard = (draft: ParsedContact): boolean =>
  !!(draft.firstName || draft.lastName) && !(draft.email && isRoleMailbox(draft.email.value));

/**
 * One draft per vCard in the text, in order (undefined for an empty card). A last card left open by the input cap (`cut`) is
 * dropped: what it held is not all there.
 */
export function parseVCards(lines: readonly Line[], cut: boolean): Array<ParsedContact | undefined> {
  const cards = readCards(lines, Number.POSITIVE_INFINITY);
  const last = cards[cards.length - 1];
  if (cut && last && !last.closed) cards.pop();
  // A card without properties describes no one: nothing to draft.
  return cards.map((c) => (c.props.length > 0 ? cardDraft(c.props) : undefined));
}
