// A résumé's current position: the first entry under its work-experience heading, newest first
// (`2021–present   Audit Manager, Ngata & Rowe Inc., Wellington`), gives the title held and the employer.
import { PATTERNS } from './patterns';
import { companyScore, namesDepartment, titleScore } from './roleCues';
import { continuesFirm, digitCount, isProse, normalizeKey, sliceSegment, splitSegments, trimmedSegment } from './text';
import type { Line, Segment } from './text';
import {
  FIELD_LABELS,
  ONGOING_WORDS,
  RESUME_EMPLOYER_LABELS,
  RESUME_EXPERIENCE_HEADINGS,
  RESUME_POSITION_LABELS,
} from './vocabulary';

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

/** A European-format CV's entry holds this many labelled rows at most (dates, employer, sector, post, duties). */
const MAX_ENTRY_ROWS = 8;

/**
 * `• Date (da – a)   01/2019 – oggi` / `• Datore di lavoro   Vesuvia Meccanica S.p.A.` / `• Tipo di impiego   Direttore
 * Tecnico`: a European-format CV writes its entry as labelled rows, the post held and the employer each under its own
 * label (the employer's address after its comma set aside); undefined unless the entry's rows name both.
 */
function labelledPosition(lines: readonly Line[], at: number): Position | undefined {
  let title: Segment | undefined;
  let employer: Segment | undefined;
  for (const line of lines.slice(at, at + MAX_ENTRY_ROWS)) {
    if (line.blank) break;
    const row = PATTERNS.resumeEntryRow.exec(line.text);
    if (!row) continue;
    const label = normalizeKey(row[1] ?? '');
    const value = trimmedSegment(line.text.slice(row[0].length), line.start + row[0].length, line.index, 1);
    if (!value) continue;
    if (RESUME_POSITION_LABELS.has(label) || FIELD_LABELS.title.has(label)) title ??= value;
    else if (RESUME_EMPLOYER_LABELS.has(label) || FIELD_LABELS.company.has(label))
      employer ??= withoutAside(commaParts(value)[0] ?? value);
  }
  return title && employer ? { title, employer } : undefined;
}

/**
 * The title and employer of the first entry under a résumé's experience heading, the entry's dates and
 * place set aside; undefined without a heading, or when the entry opens with no title (`Projects:`).
 */
export function currentPosition(lines: readonly Line[]): Position | undefined {
  const heading = lines.findIndex(isExperienceHeading);
  const at = heading < 0 ? -1 : lines.findIndex((line, i) => i > heading && !line.blank);
  const entry = lines[at];
  if (!entry) return undefined;
  const labelled = labelledPosition(lines, at);
  if (labelled) return labelled;
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
