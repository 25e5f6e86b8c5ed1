// vCard 2.1 / 3.0 / 4.0 text (`BEGIN:VCARD` … `END:VCARD`): the first card in the text is the
// contact. Folded lines are unfolded, quoted-printable (2.1) and backslash escapes decoded; each
// value's offsets span its raw text in the input.
import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PATTERNS } from './patterns';
import { FALLBACK_COUNTRY } from './phones';
import type { Line } from './text';
import type { ContactDraftParse, ParsedValue, PhoneKind } from './types';
import { COUNTRY_NAMES } from './vocabulary';
import { findWeb } from './web';

interface Property {
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

const unescape = (value: string): string => value.replace(PATTERNS.vcardEscape, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c));

/** The properties of the first vCard in `lines`, or undefined when there is none. */
function readCard(lines: readonly Line[]): Property[] | undefined {
  const begin = lines.findIndex((l) => !l.long && PATTERNS.vcardBegin.test(l.text));
  if (begin < 0) return undefined;
  const props: Property[] = [];
  let current: Property | undefined;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.long) continue;
    const raw = line.raw.replaceAll('\r', '');
    if (PATTERNS.vcardEnd.test(line.text)) break;
    const folded = raw.startsWith(' ') || raw.startsWith('\t');
    const softBreak = current && current.params.toUpperCase().includes('QUOTED-PRINTABLE') && current.value.endsWith('=');
    if (current && (folded || softBreak)) {
      current.value = softBreak ? current.value.slice(0, -1) + raw.trimStart() : current.value + raw.slice(1);
      current.end = line.start + raw.length;
      continue;
    }
    const m = PATTERNS.vcardProperty.exec(raw);
    if (!m) continue;
    const value = m[3] ?? '';
    current = { name: (m[1] ?? '').toUpperCase(), params: m[2] ?? '', value, start: line.start + raw.length - value.length, end: line.start + raw.length };
    props.push(current);
  }
  return props;
}

function decoded(p: Property): string {
  const upper = p.params.toUpperCase();
  const text = upper.includes('QUOTED-PRINTABLE') ? decodeQuotedPrintable(p.value, !upper.includes('CHARSET=') || upper.includes('UTF-8')) : p.value;
  return text;
}

const components = (p: Property): string[] => decoded(p).split(PATTERNS.vcardComponentSeparator).map((c) => unescape(c).trim());

const at = (p: Property, value: string): ParsedValue<string> | undefined => (value ? { value, start: p.start, end: p.end } : undefined);

function telKind(params: string): PhoneKind | 'fax' {
  const upper = params.toUpperCase();
  if (upper.includes('FAX')) return 'fax';
  if (upper.includes('CELL') || upper.includes('MOBILE') || upper.includes('IPHONE')) return 'mobile';
  if (upper.includes('MAIN') || upper.includes('PREF=MAIN')) return 'main';
  if (upper.includes('WORK') || upper.includes('VOICE')) return 'work';
  return 'other';
}

/** A draft from the first vCard in the text; undefined when the text holds no vCard. */
export function parseVCard(lines: readonly Line[]): ContactDraftParse | undefined {
  const props = readCard(lines);
  if (!props) return undefined;
  const draft: ContactDraftParse = { phones: [], fax: [], truncated: false };
  const get = (name: string): Property | undefined => props.find((p) => p.name === name);
  const n = get('N');
  const fn = get('FN');
  if (n) {
    const [family = '', given = ''] = components(n);
    draft.lastName = at(n, family);
    draft.firstName = at(n, given.split(' ')[0] ?? '');
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
  const email = emails.find((p) => p.params.toUpperCase().includes('WORK')) ?? emails.find((p) => p.params.toUpperCase().includes('PREF')) ?? emails[0];
  if (email) draft.email = at(email, decoded(email).trim().replace(PATTERNS.mailtoPrefix, '').toLowerCase());
  const adr = get('ADR');
  let country: CountryCode = FALLBACK_COUNTRY;
  if (adr) {
    const [, extended = '', street = '', city = '', region = '', postalCode = '', countryName = ''] = components(adr);
    const iso = COUNTRY_NAMES.get(countryName.toLowerCase()) ?? (countryName.length === 2 ? countryName.toUpperCase() : undefined);
    if (iso) country = iso as CountryCode;
    const line = [extended, street, city, region, postalCode, countryName].filter(Boolean).join(', ');
    if (line) {
      draft.address = { value: { line, street: street || undefined, city: city || undefined, region: region || undefined, postalCode: postalCode || undefined, country: iso }, start: adr.start, end: adr.end };
      for (const k of ['street', 'city', 'region', 'postalCode', 'country'] as const) if (!draft.address.value[k]) delete draft.address.value[k];
    }
  }
  for (const tel of props.filter((p) => p.name === 'TEL')) {
    const text = decoded(tel).replace(PATTERNS.telUriPrefix, '').trim();
    const number = parsePhoneNumberFromString(text, country);
    if (!number?.isValid()) continue;
    const kind = telKind(tel.params);
    if (kind === 'fax') draft.fax.push({ value: number.number, start: tel.start, end: tel.end });
    else draft.phones.push({ value: { number: number.number, kind: kind === 'other' ? (number.getType() === 'MOBILE' ? 'mobile' : 'work') : kind }, start: tel.start, end: tel.end });
  }
  const webProps = props.filter((p) => p.name === 'URL' || p.name.startsWith('X-SOCIALPROFILE') || p.name === 'X-TWITTER');
  const segments = webProps.map((p, i) => ({ text: decoded(p).trim(), start: p.start, end: p.end, line: i, order: 0 }));
  const twitter = webProps.find((p) => p.name === 'X-TWITTER');
  const web = findWeb(segments, (s) => s.text);
  Object.assign(draft, web);
  if (twitter && !draft.twitter) draft.twitter = at(twitter, decoded(twitter).trim().replace('@', ''));
  for (const key of ['firstName', 'lastName', 'email', 'title', 'company'] as const) if (!draft[key]) delete draft[key];
  return draft;
}
