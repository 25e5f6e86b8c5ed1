// A résumé's current position: the first entry under its work-experience heading, newest first
// (`2021–present   Audit Manager, Ngata & Rowe Inc., Wellington`), gives the title held and the employer.
import { PATTERNS } from './patterns';
import { companyScore, namesDepartment, titleScore } from './roleCues';
import { continuesFirm, digitCount, isProse, normalizeKey, sliceSegment, splitSegments } from './text';
import type { Line, Segment } from './text';
import { ONGOING_WORDS, RESUME_EXPERIENCE_HEADINGS } from './vocabulary';

export interface Position {
  title: Segment;
  employer: Segment;
}

/** `EXPERIENCE`, `Beruflicher Werdegang:` (normalizeKey drops the colon). */
const isExperienceHeading = (line: Line): boolean => RESUME_EXPERIENCE_HEADINGS.has(normalizeKey(line.text));

/**
 * `Vice President, Engineering, …`: the department after a title's comma belongs to the title (`Staff
 * Engineer, Platform`), a piece naming a department with no word of a firm.
 */
function continuesTitle(text: string, from: number, at: number, next: number): boolean {
  const end = text.slice(next).search(PATTERNS.inlineSignatureComma);
  const piece = end < 0 ? text.slice(next) : text.slice(next, next + end);
  return titleScore(text.slice(from, at)) > 0 && namesDepartment(piece) && companyScore(piece) === 0;
}

/**
 * `Ngata & Rowe Inc., Wellington` → `Ngata & Rowe Inc.`, `Wellington`: parted at its commas, a legal form
 * or a title's department after one kept.
 */
function commaParts(seg: Segment): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const match of seg.text.matchAll(PATTERNS.inlineSignatureComma)) {
    const at = match.index ?? 0;
    const next = at + match[0].length;
    if (continuesFirm(seg.text, next) || continuesTitle(seg.text, from, at, next)) continue;
    out.push(sliceSegment(seg, from, at));
    from = next;
  }
  out.push(sliceSegment(seg, from));
  return out;
}

/** `Rhône Ardoise SAS (Lyon)` → `Rhône Ardoise SAS`: the place or dates in parentheses after a part go. */
function withoutAside(seg: Segment): Segment {
  const aside = PATTERNS.closingAside.exec(seg.text);
  return aside && aside.index > 0 ? sliceSegment(seg, 0, seg.text.slice(0, aside.index).trimEnd().length) : seg;
}

/** `2019–2022`, `seit 04/2021`, `present`: a part of the entry that dates it. */
const isDate = (text: string): boolean => digitCount(text) > 0 || ONGOING_WORDS.has(normalizeKey(text));

/** `nay: Chuyên viên Marketing`, `present: Audit Manager`: the range's end closed by a colon before the title goes. */
function pastDateColon(seg: Segment): Segment {
  const colon = seg.text.indexOf(': ');
  return colon > 0 && isDate(seg.text.slice(0, colon)) ? sliceSegment(seg, colon + 2) : seg;
}

/** An entry's line in parts (title, employer, place), its dates set aside. */
const entryParts = (line: Line): Segment[] =>
  splitSegments(line)
    .flatMap(commaParts)
    .map(withoutAside)
    .map(pastDateColon)
    .filter((part) => part.text && !isDate(part.text));

/**
 * The title and employer of the first entry under a résumé's experience heading, the entry's dates and
 * place set aside; undefined without a heading, or when the entry opens with no title (`Projects:`).
 */
export function currentPosition(lines: readonly Line[]): Position | undefined {
  const heading = lines.findIndex(isExperienceHeading);
  const at = heading < 0 ? -1 : lines.findIndex((line, i) => i > heading && !line.blank);
  const entry = lines[at];
  if (!entry) return undefined;
  const parts = entryParts(entry);
  // `Da 04/2017 a oggi — Responsabile Ufficio Qualità` over `Cantieri Navali Tirrenici S.p.A., Torre del Greco`: an
  // entry of a title alone names its employer on the line under it.
  const under = lines[at + 1];
  if (parts.length === 1 && under && !under.blank) parts.push(...entryParts(under).slice(0, 1));
  const [title, employer] = parts;
  if (!title || !employer || titleScore(title.text) === 0) return undefined;
  if (PATTERNS.lowerStart.test(employer.text) || isProse(employer.text)) return undefined;
  return { title, employer };
}
