// The firm the sender's mail domain spells, read from wherever they wrote its name: a sentence
// (`I'm on the Harwick Medical Supply side`), a run-on signature (`Direktor, Kestrel Bau d.o.o.`), a
// chat line. A mail from `@harwickmed.example` names its firm; the words that spell that label, then
// the firm's further capitalised words and its legal form, are the firm's name as written.
import { isWrittenLegalForm, onlyLegalForms, titleScore } from './roleCues';
import { PATTERNS } from './patterns';
import { fold, isConnector, normalizeKey, type Line, wordsAt, type Word } from './text';
import type { ParsedValue } from './types';
import { GREETING_WORDS, LEGAL_FORM_JOINERS, VALEDICTIONS } from './vocabulary';

/** A firm's name read this far, its legal form included (`Kestrel Bau Sp. z o.o. Sp.k.` has six). */
const MAX_FIRM_WORDS = 6;
/** Words of a legal form written after the name, at most (`S.A. de C.V.`, `GmbH & Co. KG`). */
const MAX_FORM_WORDS = 4;
/** Letters a word spells of the label at the least to open the firm's name (`Ash` of `ashgrove` is too few to tell). */
const MIN_OPENING_LETTERS = 4;
/** Words that spell a label in part (`Meriden Holt` of `meridenholtcpa`) name the firm from this many on. */
const MIN_PARTIAL_WORDS = 2;
/** The least of the label a word's start may stand for (`Medical` for the `med` closing `harwickmed`). */
const MIN_CLIPPED_LETTERS = 2;

const capitalised = (w: Word): boolean => PATTERNS.upper.test(w.text.charAt(0));

/**
 * How many words from `i` spell `label` (folded: `Kestrel Bau` for `kestrelbau`, `Harwick Medical` for
 * `harwickmed`, `Ortiz del Valle` for `ortizvalle`); 0 when they do not. The first word spells a prefix of it
 * of four letters or more, or all of it; small joining words between spelt words count with them.
 */
function spelledWords(all: readonly Word[], i: number, label: string): number {
  let rest = label;
  let spelt = 0;
  let end = i;
  for (let k = i; k < all.length && rest !== ''; k++) {
    const w = all[k] as Word;
    const key = fold(w.text);
    if (key !== '' && rest.startsWith(key)) rest = rest.slice(key.length);
    else if (spelt > 0 && rest.length >= MIN_CLIPPED_LETTERS && key.startsWith(rest)) rest = '';
    else if (spelt > 0 && isConnector(w.text)) continue;
    else break;
    if (spelt === 0 && rest !== '' && key.length < MIN_OPENING_LETTERS) return 0;
    spelt++;
    end = k + 1;
    if (PATTERNS.firmClosingMark.test(w.text)) break;
  }
  return rest === '' || spelt >= MIN_PARTIAL_WORDS ? end - i : 0;
}

/**
 * The words after the spelt ones that go on with the firm's name: capitalised words without title words
 * (`Harwick Medical Supply`), up to a word closing with punctuation, then a legal form (`Tatra Farm s.r.o.`,
 * `Cerámicas del Turia, S.L.`).
 */
export function firmEnd(all: readonly Word[], from: number, nameKeys: ReadonlySet<string>): number {
  let end = from;
  const closed = (k: number): boolean => PATTERNS.firmClosingMark.test((all[k - 1] as Word).text);
  const goesOn = (w: Word): boolean => capitalised(w) && titleScore(w.text) === 0 && !nameKeys.has(fold(w.text));
  while (end < all.length && end < from + MAX_FIRM_WORDS && !closed(end)) {
    const w = all[end] as Word;
    const next = all[end + 1];
    // `Tarn Freight & Clearing`: a joining word between capitalised words of the name.
    if (goesOn(w)) end++;
    else if (isConnector(w.text) && next && goesOn(next)) end += 2;
    else break;
  }
  // A sentence's full stop ends the name; a comma may part it from its legal form.
  if ((all[end - 1] as Word).text.endsWith('.') && !onlyLegalForms((all[end - 1] as Word).text)) return end;
  for (let k = Math.min(all.length, end + MAX_FORM_WORDS); k > end; k--) {
    const form = all.slice(end, k).map((w) => w.text);
    if (form.every(writtenAsForm) && onlyLegalForms(form.map(bareForm).join(' '))) return k;
  }
  return end;
}

/** A legal form's word without the marks after it, or the word its brackets wrap (`(Pty)` of `(Pty) Ltd`; not `(Company`). */
export const bareForm = (w: string): string =>
  PATTERNS.bracketedForm.exec(w)?.[1] ?? w.replace(PATTERNS.firmTrailingMarks, '');

/** A word of a legal form written after a name: the form as firms write it (`S.A.`, `GmbH`, not `as`), or `&`, `z`, `de` between its parts. */
const writtenAsForm = (w: string): boolean =>
  w === '&' || LEGAL_FORM_JOINERS.has(w.toLowerCase()) || isWrittenLegalForm(bareForm(w));

/**
 * The firm's name as written: its words one space apart, without the marks after it, nor a sentence's full stop
 * (a dot closing the line, `& ASOC.`, may be an abbreviation's, a legal form's always is).
 */
export function asFirm(all: readonly Word[], line: Line, lineEnds: boolean): ParsedValue<string> {
  const first = all[0] as Word;
  const last = all[all.length - 1] as Word;
  let value = all
    .map((w) => w.text)
    .join(' ')
    .replace(PATTERNS.firmTrailingMarks, '');
  if (value.endsWith('.') && !lineEnds && !onlyLegalForms(bareForm(last.text))) value = value.slice(0, -1);
  return { value, start: line.start + first.start, end: line.start + first.start + value.length };
}

/** A word the firm's name may open with: capitalised, not a title word, the sender's name, a greeting or a sign-off. */
function opensName(w: Word, nameKeys: ReadonlySet<string>): boolean {
  const key = normalizeKey(w.text);
  return (
    capitalised(w) &&
    !PATTERNS.firmClosingMark.test(w.text) &&
    titleScore(w.text) === 0 &&
    !nameKeys.has(fold(w.text)) &&
    !GREETING_WORDS.has(key) &&
    !VALEDICTIONS.has(key)
  );
}

/**
 * Where the run of the name's words before the spelt ones (`i`) opens: capitalised words (opensName), a joining
 * word between them (`Atelier du Vitrail`), at most MAX_FIRM_WORDS back.
 */
function runStart(all: readonly Word[], i: number, nameKeys: ReadonlySet<string>): number {
  let j = i;
  while (j > 0 && i - j < MAX_FIRM_WORDS) {
    const before = all[j - 1] as Word;
    if (opensName(before, nameKeys)) j--;
    else if (isConnector(before.text) && j >= 2 && opensName(all[j - 2] as Word, nameKeys)) j -= 2;
    else break;
  }
  return j;
}

/**
 * Where the firm's name opens: at the spelt words (`i`), or at the one capitalised word before them that opens the
 * run of capitalised words and names the kind of firm (`Galerie Zwischenwelt` for `zwischenwelt`, `… de Inversiones
 * Pallqa` for `pallqa`). A firm written alone on its line, or alone after a label, opens with the line's or the
 * label's first word (`ATELIER DU VITRAIL SAINT-ÉLOI` for `vitrail-saint-eloi`, `Organización: Bodega Cuesta del
 * Viento S.A.` for `cuestadelviento`): the words before the spelt ones there are the firm's kind, not a sentence's.
 */
function firmStart(all: readonly Word[], i: number, end: number, nameKeys: ReadonlySet<string>): number {
  const run = runStart(all, i, nameKeys);
  const opensLine = run === 0 || PATTERNS.labelEnd.test((all[run - 1] as Word).text);
  if (opensLine && run < i && closesLine(all, end)) return run;
  const before = all[i - 1];
  const opener = all[i - 2];
  if (!before || !opensName(before, nameKeys)) return i;
  return opener && capitalised(opener) ? i : i - 1;
}

/** The firm's words end the line, or an aside does (`Comune di Valdigorra (Provincia di Belluno)`). */
const closesLine = (all: readonly Word[], end: number): boolean =>
  end === all.length || (all[end] as Word).text.startsWith('(');

/**
 * The words spell the sender's name only (`Jana Krall` for `jana@janakrall.example`), no firm; a firm named after
 * its founder spells more (`Etxeberria & Olazábal` for `etxeberria-olazabal`, `Brandtner Holzbautechnik` for
 * `brandtner-holzbau`). Joining words count with either.
 */
const namesOnly = (spelt: readonly Word[], nameKeys: ReadonlySet<string>): boolean =>
  spelt.every((w) => nameKeys.has(fold(w.text)) || isConnector(w.text));

/**
 * The firm `label` (the mail domain's first label, folded) names, from the first of `lines` that spells it
 * with capitalised words that are not the sender's name alone (`nameKeys`, folded: namesOnly).
 */
export function firmSpellingDomain(
  lines: readonly Line[],
  label: string,
  nameKeys: ReadonlySet<string>,
): ParsedValue<string> | undefined {
  for (const line of lines) {
    const all = wordsAt(line.text, 0);
    for (const [i, w] of all.entries()) {
      if (!capitalised(w)) continue;
      const spelt = spelledWords(all, i, label);
      if (spelt === 0 || namesOnly(all.slice(i, i + spelt), nameKeys)) continue;
      const end = firmEnd(all, i + spelt, nameKeys);
      return asFirm(all.slice(firmStart(all, i, end, nameKeys), end), line, end === all.length);
    }
  }
  return undefined;
}
