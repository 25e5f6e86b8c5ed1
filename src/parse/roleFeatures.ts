// What the learned role scorer sees of a candidate segment: named, yes/no features from its words
// (title words, company cues, department words, connectors), its shape (length, capitals, script,
// digits, commas, a place's shape) and its place (above or below the name, which line, which part of a split line,
// a heading or logo outside the block, what its neighbours look like). Features only: the weights are data (roleWeights.ts).
import { countryNamedInText } from './countryNames';
import { PATTERNS } from './patterns';
import { COMPANY_LEGAL_WEIGHT } from './roleCues';
import { normalizeKey, words } from './text';
import { DEPARTMENT_WORDS, ROLE_CONNECTORS } from './vocabulary';

export interface RoleCandidate {
  text: string;
  /** Title words in it (roleCues.ts titleScore). */
  title: number;
  /** Company cues in it (roleCues.ts companyScore). */
  company: number;
  /** It spells the sender's email domain. */
  domain: boolean;
  /** Above the name line (the same paragraph). */
  above: boolean;
  /** 1 for the first line below the name that holds a candidate, 2 for the next… (0 above). */
  lineRank: number;
  /** Position among the candidates of its line. */
  order: number;
  /** Candidates on its line. */
  onLine: number;
  /** A whole segment, or the left or right side of one split at `, ` / ` at ` / ` @ `. */
  part: 'whole' | 'left' | 'right';
  /** Where it was found (roles.ts RoleSource); absent: the name's block. */
  source?: RoleSource;
}

/**
 * Lines outside the name's block that structure ties to it: `heading` a letterhead or a firm's
 * name in the paragraph opening the message right over the block, `image` a logo's alt text
 * (`[image: Bramblewood Consulting]`) right over it.
 */
export type RoleSource = 'heading' | 'image';

/** The rules' choice of title and company among the candidates (roles.ts rulePicks). */
export interface RolePicks<C extends RoleCandidate = RoleCandidate> {
  title: C | undefined;
  company: C | undefined;
}

/** Counts past this share one feature (`words:6`). */
const MAX_LINE_RANK = 4;
const MAX_ORDER = 2;
const MAX_WORDS = 6;
const MAX_TITLE_WORDS = 2;

/** Its own cues say this role more than the other (title words outweigh company cues, or the reverse). */
export const cued = (c: RoleCandidate | undefined, kind: 'title' | 'company'): boolean =>
  c !== undefined && (kind === 'title' ? c.title > c.company : c.company > c.title);

function companyCue(score: number): string {
  if (score >= COMPANY_LEGAL_WEIGHT) return 'company:legal';
  if (score >= 1) return `company:${Math.min(Math.floor(score), 2)}`;
  return score > 0 ? 'company:amp' : 'company:0';
}

/** `Brooklyn, NY`, `الرياض، المملكة العربية السعودية`: a town and its region's code or its country. */
export function isPlace(text: string): boolean {
  const tail = (PATTERNS.placeTail.exec(text)?.[1] ?? '').trim();
  return tail !== '' && (PATTERNS.regionCode.test(tail) || countryNamedInText(tail) !== undefined);
}

function shape(text: string, all: readonly string[]): string[] {
  const out: string[] = [];
  const lettered = all.filter((w) => PATTERNS.letter.test(w));
  if (PATTERNS.familyFirstScript.test(text)) out.push('caseless');
  else if (lettered.length > 0) {
    if (lettered.every((w) => PATTERNS.upper.test(w.charAt(0)))) out.push('caps:every');
    if (PATTERNS.lowerStart.test(text)) out.push('caps:lower');
    if (text === text.toUpperCase() && text !== text.toLowerCase()) out.push('caps:shout');
  }
  if (PATTERNS.anyDigit.test(text)) out.push('digit');
  // `zanele-studio.example (portfolio)`: a site, not a company name.
  if (text.search(PATTERNS.hostLike) >= 0) out.push('host');
  if (text.includes(',')) out.push('comma');
  if (isPlace(text)) out.push('place');
  if (text.includes('(')) out.push('paren');
  return out;
}

/**
 * The features of `list[i]`: its own, its neighbours' in `list` (candidates in reading order), and
 * whether the rules pick it (`ruled`), so the scorer learns when to trust them.
 */
export function roleFeatures(list: readonly RoleCandidate[], i: number, ruled: RolePicks): string[] {
  const c = list[i] as RoleCandidate;
  const all = words(c.text);
  const keys = all.map((w) => normalizeKey(w));
  const out = ['bias', `titleWords:${Math.min(c.title, MAX_TITLE_WORDS)}`, companyCue(c.company), `part:${c.part}`];
  out.push(c.above ? 'above' : `below:${Math.min(c.lineRank, MAX_LINE_RANK)}`);
  out.push(`order:${Math.min(c.order, MAX_ORDER)}`, `words:${Math.min(all.length, MAX_WORDS)}`);
  if (c.onLine > 1) out.push('sharedLine');
  if (c.source) out.push(`source:${c.source}`);
  if (c.domain) out.push('domain');
  if (c.title > 0 && c.company > 0) out.push('titleAndCompany');
  if (keys.some((k) => DEPARTMENT_WORDS.has(k))) out.push('department');
  if (keys.some((k) => ROLE_CONNECTORS.of.has(k))) out.push('of');
  if (keys.some((k) => ROLE_CONNECTORS.and.has(k))) out.push('and');
  out.push(...shape(c.text, all));
  if (ruled.title === c) out.push('ruled:title');
  if (ruled.company === c) out.push('ruled:company');
  const previous = list[i - 1];
  const next = list[i + 1];
  if (!previous) out.push('first');
  if (!next) out.push('last');
  if (cued(previous, 'title')) out.push('previous:title');
  if (cued(previous, 'company')) out.push('previous:company');
  if (cued(next, 'title')) out.push('next:title');
  if (cued(next, 'company')) out.push('next:company');
  return out;
}
