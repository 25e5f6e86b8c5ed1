// Job title and company from the text segments of the signature block. Each segment is weighed for
// title words (Manager, Leiter, 主任…) and company cues (legal forms, organisation words, `&`, the
// sender's email domain spelled out: a written name confirmed by the domain, never one made from it);
// `Title, Company` / `Title @ Company` / `Title at Company` are split when one side is clearly the
// company. What no cue decides is filled by position: title first, then company.
import { MAX_ROLE_WORDS } from './limits';
import { PATTERNS } from './patterns';
import { fold, normalizeKey, words, type Between, type Segment } from './text';
import type { ParsedValue } from './types';
import {
  COMPANY_WORDS,
  INTERFACE_WORDS,
  LEGAL_FORMS,
  ON_BEHALF_OF,
  TAGLINES,
  TITLE_SUFFIXES,
  TITLE_WORDS,
} from './vocabulary';

const COMPANY_LEGAL_WEIGHT = 3;
/** A piece that spells the sender's email domain (`Bluebird` for `@bluebird.example`) names their company. */
const COMPANY_DOMAIN_WEIGHT = 2;
/** A domain label or first word this short matches too much by its start. */
const MIN_DOMAIN_PREFIX = 4;
const COMPANY_AMPERSAND_WEIGHT = 0.5;
/** A split-off right side needs this many capitalised words to be a company without other cues. */
const MIN_COMPANY_WORDS = 2;

export interface RoleContext {
  /** What separates two segments of one line. */
  between: Between;
  /** The sender's email domain without its suffix (`bluebird`), folded; undefined for free mail. */
  domainLabel?: string;
}

export interface RoleFindings {
  title?: ParsedValue<string>;
  company?: ParsedValue<string>;
}

interface Piece {
  text: string;
  start: number;
  end: number;
  title: number;
  company: number;
}

const key = (w: string): string => normalizeKey(w);
/** Words of scripts without spaces (主任, 株式会社): found inside a segment, not word by word. */
const caseless = (list: Iterable<string>): string[] => [...list].filter((w) => PATTERNS.caselessWord.test(w));
const CASELESS_TITLE_WORDS = caseless(TITLE_WORDS);
const CASELESS_LEGAL_FORMS = caseless(LEGAL_FORMS);

function titleScore(text: string): number {
  let score = 0;
  const isTitleWord = (k: string): boolean =>
    TITLE_WORDS.has(k) || (k.length > 6 && TITLE_SUFFIXES.some((s) => k.endsWith(s)));
  for (const w of words(text)) {
    const k = key(w);
    // `Editor-in-Chief`, `Co-Founder`: a compound is a title word when one of its parts is.
    if (isTitleWord(k) || (k.includes('-') && k.split('-').some(isTitleWord))) score++;
  }
  for (const cjk of CASELESS_TITLE_WORDS) if (text.includes(cjk)) score++;
  return score;
}

function companyScore(text: string): number {
  // `Fable & Flint`, not `FP&A` (an abbreviation).
  let score = text.includes(' & ') ? COMPANY_AMPERSAND_WEIGHT : 0;
  const all = words(text);
  for (const [i, w] of all.entries()) {
    const k = key(w);
    const legal = LEGAL_FORMS.has(k) || LEGAL_FORMS.has(w.toLowerCase());
    if (legal && i > 0) score += COMPANY_LEGAL_WEIGHT;
    else if (COMPANY_WORDS.has(k) || (k.length > 6 && k.endsWith('works'))) score++;
  }
  for (const form of CASELESS_LEGAL_FORMS) if (text.includes(form)) score += COMPANY_LEGAL_WEIGHT;
  return score;
}

/** Does `text` spell the domain label: `Northwind Traders` for `northwind`, `Tamarack Structural` for `tamarack-se`? */
function spellsDomain(text: string, label: string | undefined): boolean {
  if (!label) return false;
  const folded = words(text).map((w) => fold(w));
  const all = folded.join('');
  const first = folded[0] ?? '';
  return (
    all === label ||
    (first.length >= MIN_DOMAIN_PREFIX && label.startsWith(first)) ||
    (label.length >= MIN_DOMAIN_PREFIX && all.startsWith(label))
  );
}

/** The length of a leading `For and on behalf of ` (ON_BEHALF_OF) in `text`, else 0. */
export function onBehalfOf(text: string): number {
  const lower = text.toLowerCase();
  const found = ON_BEHALF_OF.find((words) => lower.startsWith(`${words} `));
  return found ? found.length + 1 : 0;
}

function piece(text: string, start: number, context: RoleContext): Piece | undefined {
  const trimmed = text.trim().replace(PATTERNS.edgePunctuation, '');
  const value = trimmed.slice(onBehalfOf(trimmed)).trim();
  const valueKey = normalizeKey(value);
  // A piece without letters (`⋯`, `•••`) is an icon or a button; a time or a tagline is no role either.
  if (!PATTERNS.letter.test(value) || TAGLINES.has(valueKey) || INTERFACE_WORDS.has(valueKey)) return undefined;
  if (PATTERNS.timeOfDay.test(value)) return undefined;
  const at = start + text.indexOf(value);
  const title = titleScore(value);
  const company =
    companyScore(value) + (title === 0 && spellsDomain(value, context.domainLabel) ? COMPANY_DOMAIN_WEIGHT : 0);
  return { text: value, start: at, end: at + value.length, title, company };
}

const capitalisedWords = (text: string): number => words(text).filter((w) => PATTERNS.upper.test(w.charAt(0))).length;

/** `Account Manager, Quokka Analytics` → title + company; `Staff Engineer, Platform` stays whole. */
function splitRole(segment: Segment, context: RoleContext, companyBelow = false): Piece[] {
  const whole = piece(segment.text, segment.start, context);
  if (!whole) return [];
  for (const separator of [', ', ' @ ', ' at ', ' chez ', ' bei ']) {
    const at = segment.text.indexOf(separator);
    if (at <= 0) continue;
    const left = piece(segment.text.slice(0, at), segment.start, context);
    const right = piece(segment.text.slice(at + separator.length), segment.start + at + separator.length, context);
    if (!left || !right) continue;
    const rightIsCompany =
      right.company > right.title ||
      (left.title > 0 && right.title === 0 && capitalisedWords(right.text) >= MIN_COMPANY_WORDS && !companyBelow);
    if (separator !== ', ' || rightIsCompany) {
      if (rightIsCompany || left.title > 0)
        return [
          { ...left, company: 0, title: Math.max(left.title, 1) },
          { ...right, company: Math.max(right.company, 1), title: 0 },
        ];
    }
    if (left.company > left.title && right.title > right.company) return [left, right];
  }
  return [whole];
}

const asValue = (p: Piece): ParsedValue<string> => ({ value: p.text, start: p.start, end: p.end });

const DASHES = new Set(['-', '–', '—']);

/**
 * `Principal – Structural Engineering` above a company line is one title: a title and its field,
 * split at a dash into two segments, are joined again when the field has no company cue and a line
 * without title words (the company) follows.
 */
function joinTitleFields(segments: readonly Segment[], between: Between): Segment[] {
  const out: Segment[] = [];
  for (const [i, segment] of segments.entries()) {
    const left = out[out.length - 1];
    const gap = left && left.line === segment.line ? between(left, segment) : '';
    const joins =
      left !== undefined &&
      DASHES.has(gap.trim()) &&
      titleScore(left.text) > companyScore(left.text) &&
      companyScore(segment.text) === 0 &&
      segments.slice(i + 1).some((x) => x.line !== segment.line && titleScore(x.text) === 0);
    if (joins) out[out.length - 1] = { ...left, text: left.text + gap + segment.text, end: segment.end };
    else out.push(segment);
  }
  return out;
}

/**
 * Title and company from the block's text segments. `after` are the segments below the name (in
 * order), `before` those above it in the same paragraph (only cued ones are used from there);
 * `between` reads what separates two segments of a line.
 */
export function findRoles(before: readonly Segment[], after: readonly Segment[], context: RoleContext): RoleFindings {
  const short = joinTitleFields(after, context.between).filter((s) => words(s.text).length <= MAX_ROLE_WORDS);
  // `Director, Strategic Accounts` above a company line is one title: the line below is the company.
  const below = short.flatMap((s, i) =>
    splitRole(
      s,
      context,
      short.slice(i + 1).some((x) => titleScore(x.text) === 0),
    ),
  );
  const above = before.filter((s) => words(s.text).length <= MAX_ROLE_WORDS).flatMap((s) => splitRole(s, context));
  const found: RoleFindings = {};
  const cuedTitle = (p: Piece): boolean => p.title > p.company;
  const cuedCompany = (p: Piece): boolean => p.company > p.title;
  const all = [...above, ...below];
  const title = all.find(cuedTitle);
  const company = all.find(cuedCompany);
  if (title) found.title = asValue(title);
  if (company) found.company = asValue(company);
  for (const p of below) {
    if (p === title || p === company || cuedTitle(p) || cuedCompany(p)) continue;
    if (!found.title) found.title = asValue(p);
    else if (!found.company && (!title || below.indexOf(p) > below.indexOf(title))) found.company = asValue(p);
  }
  return found;
}
