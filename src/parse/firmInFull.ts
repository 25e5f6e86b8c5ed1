// The company picked by a firm's short name (a logo line `KESTREL`, a mention `Tom from Kestrel here`, a
// heading) that the sender writes in full on another line, closed by its legal form (`Kestrel Avionics Ltd`):
// the name as the signature writes it in full is the company.
import { asFirm, bareForm, firmEnd } from './domainFirm';
import { PATTERNS } from './patterns';
import { COMPANY_LEGAL_WEIGHT, companyScore, isWrittenLegalForm } from './roleCues';
import { fold, type Line, words, wordsAt, type Word } from './text';
import type { ParsedValue } from './types';

/**
 * The words at `i` open a name: no capitalised word of a longer name stands before them (`Pacific` inside
 * `Blue Pacific Ltd`); a label's or a comma's word may (`Firma: Kestrel …`, `Head of Sales, Kestrel …`). A name
 * after a sentence's end opens a legal footer's sentence (`… delete it. Kestrel Avionics Ltd, registered in …`).
 */
function opensName(all: readonly Word[], i: number): boolean {
  const before = all[i - 1];
  if (!before) return true;
  if (PATTERNS.sentenceEnd.test(before.text)) return false;
  return !PATTERNS.upper.test(before.text.charAt(0)) || PATTERNS.firmClosingMark.test(before.text);
}

/**
 * The name ending before `end` goes on as a sentence's subject (`Kestrel Avionics Ltd was founded in …`, an About
 * paragraph): a lower-case word follows it with no mark between.
 */
const opensSentence = (all: readonly Word[], end: number): boolean =>
  PATTERNS.lowerStart.test(all[end]?.text ?? '') && !PATTERNS.firmTrailingMarks.test((all[end - 1] as Word).text);

/** The words from `i` spell `keys` (the short name's words, folded) one by one. */
const spellsAt = (all: readonly Word[], i: number, keys: readonly string[]): boolean =>
  keys.every((key, k) => fold(all[i + k]?.text ?? '') === key);

/** Where the run of words from `from` up to `end` last closes on a written legal form (`Kestrel Avionics Ltd Bristol`), else `from`. */
function lastFormEnd(all: readonly Word[], from: number, end: number): number {
  for (let k = end; k > from; k--) if (isWrittenLegalForm(bareForm((all[k - 1] as Word).text))) return k;
  return from;
}

/**
 * The full name, closed by its legal form, of the firm `company` names without one, from the first of the sender's
 * `lines` that writes the short name's words and goes on with the firm's (firmEnd: capitalised words that are not
 * the sender's name, `nameKeys`) up to a legal form; undefined when no line does.
 */
export function firmInFull(
  company: ParsedValue<string>,
  lines: readonly Line[],
  nameKeys: ReadonlySet<string>,
): ParsedValue<string> | undefined {
  if (companyScore(company.value) >= COMPANY_LEGAL_WEIGHT) return undefined;
  // `&` folds to nothing, as it does in the line.
  const keys = words(company.value).map(fold);
  if (keys.every((key) => key === '')) return undefined;
  // A line's fold is its words' folds run together: a line without the short name's letters in a row cannot spell it.
  const spelled = keys.join('');
  for (const line of lines) {
    if (!fold(line.text).includes(spelled)) continue;
    // `Kestrel Avionics Ltd (Company No. 04123987)`: a legal footer's line names the registered firm, not the signature.
    if (PATTERNS.registrationTail.test(line.text.trimEnd())) continue;
    const all = wordsAt(line.text, 0);
    for (let i = 0; i + keys.length < all.length; i++) {
      const from = i + keys.length;
      // A short name closed by a comma or a full stop (`Kestrel, Bristol`) is written whole there.
      if (!opensName(all, i) || !spellsAt(all, i, keys) || PATTERNS.firmClosingMark.test((all[from - 1] as Word).text))
        continue;
      const end = lastFormEnd(all, from, firmEnd(all, from, nameKeys));
      if (end > from && !opensSentence(all, end)) return asFirm(all.slice(i, end), line, end === all.length);
    }
  }
  return undefined;
}
