// A web mail's or a chat's paste that lost its line breaks runs the body, the sign-off and the whole
// signature into one line (`… talk soon. Best regards, Ana Ruiz Head of Sales | Ruiz Hnos S.L. Tel. +34 …
// ana@ruizhnos.example www.ruizhnos.example`). Such a line is broken where a careful reader sees the
// lines: before and after the sign-off, after the signer's name, before each labelled field, around
// each address and link, after the firm's legal form. The pieces become lines of their own, offsets
// kept, so the line-based readers read them as any signature. A line without a sign-off followed by a
// name and contact details is left whole, however many numbers or addresses its sentences mention.
// A line that opens with a sign-off, its comma written or not, and goes on with the signer's name
// (`Mvh Kari Lunde · Rådgiver · …`, `Mit freundlichen Grüßen Jonas Weber`) is broken the same way.
import { addressKind } from './address';
import { MAX_NAME_TOKENS, MAX_VALEDICTION_WORDS, MIN_PHONE_DIGITS } from './limits';
import { isParticle } from './names';
import { PATTERNS } from './patterns';
import { isWrittenLegalForm, titleScore } from './roleCues';
import { digitCount, isProse, normalizeKey, wordsAt, type Doc, type Line, type Word } from './text';
import {
  COMPANY_WORDS,
  DEPARTMENT_WORDS,
  EMAIL_LABELS,
  GREETING_WORDS,
  LEGAL_FORMS,
  LINK_AND_ADDRESS_LABELS,
  PHONE_LABELS,
  TITLE_MODIFIERS,
  VALEDICTIONS,
} from './vocabulary';

/** Labels of a signature's fields: its phones', its address's, its email's and its site's. */
const FIELD_LABEL_WORDS: ReadonlySet<string> = new Set([
  ...PHONE_LABELS.work,
  ...PHONE_LABELS.mobile,
  ...PHONE_LABELS.main,
  ...PHONE_LABELS.fax,
  ...PHONE_LABELS.hotline,
  ...EMAIL_LABELS,
  ...LINK_AND_ADDRESS_LABELS,
]);

/** A sign-off is read this far past a sentence's start (`With kind regards,`, `Mit freundlichen Grüßen,`). */
const MAX_SIGN_OFF_CHARS = 40;

/** Words a signer's name has at least to be parted from what follows it. */
const MIN_NAME_WORDS = 2;

/** Kinds of field a signature's text holds at least, past its sign-off, to be read as one. */
const MIN_FIELD_KINDS = 2;

/** The word without the comma or semicolon a list puts after it, lower case. */
const keyOf = (word: string): string => word.replace(PATTERNS.trailingListMark, '').toLowerCase();

const isEmailWord = (word: string): boolean => PATTERNS.email.test(word.replace(PATTERNS.trailingListMark, ''));
const isLinkWord = (word: string): boolean => PATTERNS.linkOpening.test(word);

/** Ends a sign-off's first word for `firstWordKey`. */
const FIRST_WORD_ENDS = new Set([' ', '\t', ',', '.', ':', ';', '!']);

/** A letter at `at`; ASCII, most of what a line holds, without the unicode pattern. */
function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return PATTERNS.letter.test(text.charAt(at));
}

/** The first word at `at` from its first letter up to a space or a mark, lower case: `Best,` → `best`; a cheap key, not a word reading. */
function firstWordKey(text: string, at: number): string {
  let start = at;
  // Past spaces and opening marks (`¡Saludos`, `*Best`), as a key's edge punctuation is dropped.
  while (start < text.length && start - at < MAX_SIGN_OFF_CHARS && !isLetterAt(text, start)) start++;
  let end = start;
  while (end < text.length && end - start < MAX_SIGN_OFF_CHARS && !FIRST_WORD_ENDS.has(text.charAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** The first words of the listed sign-offs (`mit` of `mit freundlichen grüßen`), keyed as `firstWordKey` keys a line's. */
const VALEDICTION_FIRST_WORDS = new Set([...VALEDICTIONS].map((phrase) => firstWordKey(phrase, 0)));

/** Where the text past a listed sign-off at `at` opens (past `Best regards, `); undefined when none opens there. */
function pastSignOff(text: string, at: number): number | undefined {
  // Most lines open with no sign-off's first word: those are done without reading their words.
  if (!VALEDICTION_FIRST_WORDS.has(firstWordKey(text, at))) return undefined;
  const head = text.slice(at, at + MAX_SIGN_OFF_CHARS);
  const cut = head.search(PATTERNS.valedictionBreak);
  // A listed phrase only: mid-line, a sentence that merely opens like one (`Kindly acknowledge receipt.`) goes on.
  const marked =
    cut > 0 &&
    head.slice(0, cut).split(' ').length <= MAX_VALEDICTION_WORDS &&
    VALEDICTIONS.has(normalizeKey(head.slice(0, cut)));
  if (!marked) return pastUnmarkedSignOff(text, at);
  const past = at + cut + (PATTERNS.valedictionBreak.exec(head.slice(cut))?.[0].length ?? 0);
  return past + (text.length - past - text.slice(past).trimStart().length);
}

/**
 * `Mvh Kari Lunde · …`, `Mit freundlichen Grüßen Jonas Weber`: a sign-off written without its comma is the
 * longest listed phrase at `at` with a signer's name of two words after it (`Best regards to your team` goes on;
 * `Ty Johnson | Acme Corp | …` is a name whose given name is listed, `Ty`); where that name opens, undefined when
 * none does. A word that greets too opens a message as often (`Ciao Marco Rossi,`): it signs off only with its comma.
 */
function pastUnmarkedSignOff(text: string, at: number): number | undefined {
  const all = wordsAt(text.slice(0, at + MAX_SIGN_OFF_CHARS), at);
  for (let n = Math.min(MAX_VALEDICTION_WORDS, all.length - 1); n >= 1; n--) {
    const next = all[n] as Word;
    const phrase = normalizeKey(text.slice((all[0] as Word).start, (all[n - 1] as Word).end));
    if (VALEDICTIONS.has(phrase))
      return !GREETING_WORDS.has(phrase) && opensWithName(text.slice(next.start)) ? next.start : undefined;
  }
  return undefined;
}

/** The marks that end a sentence in PATTERNS.sentenceOpening. */
const SENTENCE_END_MARKS = ['.', '!', '?', '…'];

/** Past the line's indent of up to 8 spaces or tabs, as PATTERNS.sentenceOpening reads it at the line's start. */
function indentEnd(text: string): number {
  let at = 0;
  while (at < 8 && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at++;
  return at;
}

/**
 * Where each sentence of `text` opens: past the line's indent, and past each sentence end before a capital.
 * An exec loop, not matchAll, which copies its pattern on each of a long text's lines.
 */
export function sentenceOpenings(text: string): { at: number; first: boolean }[] {
  const pattern = PATTERNS.sentenceOpening;
  const openings: { at: number; first: boolean }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    openings.push({ at: match.index + match[0].length, first: match.index === 0 });
    // The line's start may open with no indent at all: past an empty match by one code point (a unicode
    // pattern steps back from inside an emoji's surrogate pair and would find it again).
    if (match[0] === '') pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return openings;
}

/** Whether a line under `above` opens a paragraph or follows a sentence. */
const closesBody = (above: Line | undefined): boolean =>
  !above || above.blank || above.rule || above.long || PATTERNS.sentenceEnd.test(above.text.trimEnd());

/** A line that ends no sentence inside (most lines) opens one sentence only, past its indent. */
const endsNoSentence = (text: string): boolean => !SENTENCE_END_MARKS.some((mark) => text.includes(mark));

/**
 * Where the signature's text opens (past `Best regards, `) in `text`, and where its sign-off does; undefined when none.
 * `above`: the line over it; a sign-off opening the line stands where it opens a paragraph or follows a sentence
 * (closesBody; a signature's own `Best Employer Awards, 2024` below the name is none).
 */
function signOffAt(text: string, above: Line | undefined): { signOff: number; signature: number } | undefined {
  const oneSentence = endsNoSentence(text);
  // Most lines of a long text open with no sign-off's first word: done before any opening is listed.
  if (oneSentence && !VALEDICTION_FIRST_WORDS.has(firstWordKey(text, indentEnd(text)))) return undefined;
  for (const opening of oneSentence ? [{ at: indentEnd(text), first: true }] : sentenceOpenings(text)) {
    let signOff = opening.at;
    let signature = pastSignOff(text, signOff);
    if (signature === undefined) continue;
    // `Thank you. Yours sincerely, Adaeze Okonkwo …`: of sign-offs in a row, the last opens the signature.
    for (let next = pastSignOff(text, signature); next !== undefined; next = pastSignOff(text, signature))
      [signOff, signature] = [signature, next];
    const rest = text.slice(signature);
    // Opening the line, a sign-off needs no more than the signer's name after it: the line is the signature's.
    if (readsAsSignature(rest) || (opening.first && closesBody(above) && opensWithName(rest)))
      return { signOff, signature };
  }
  return undefined;
}

/**
 * `Marta Kowalczyk Senior Account Manager | … Tel. … marta@…`: a name first, an email or a phone number
 * and one other kind of field (a link, a label, a legal form, a second of the two), not a sentence.
 */
function readsAsSignature(rest: string): boolean {
  if (!PATTERNS.upper.test(rest.charAt(0)) || isProse(rest)) return false;
  const all = wordsAt(rest, 0).map((w) => w.text);
  const email = all.some(isEmailWord);
  const phone = digitCount(rest) >= MIN_PHONE_DIGITS;
  if (!email && !phone) return false;
  const kinds = [
    email,
    phone,
    all.some(isLinkWord),
    all.some(isWrittenLegalForm),
    all.some((w, i) => isFieldLabel(w, all[i + 1])),
  ];
  return kinds.filter(Boolean).length >= MIN_FIELD_KINDS;
}

/** `Tel.`, `M:`, `Mob/WhatsApp:`, `Email:`, `Web:` before `next`: a field's label (a one-letter one only with its colon). */
function isFieldLabel(word: string, next: string | undefined): boolean {
  const label = PATTERNS.runOnFieldLabel.exec(word);
  if (!label) return false;
  const key = (label[1] as string).split(PATTERNS.labelJoint)[0]?.toLowerCase() ?? '';
  if (!FIELD_LABEL_WORDS.has(key)) return false;
  if (label[2]?.includes(':') || label[2]?.includes('：')) return true;
  return key.length > 1 && next !== undefined && PATTERNS.numberOpening.test(next);
}

/** A word of the signer's name: capitalised, no title word (`Senior`, `Sales`), no legal form, no field; or a particle inside it. */
function isNameWord(word: string): boolean {
  if (isParticle(word)) return true;
  const key = keyOf(word);
  return (
    PATTERNS.upperStart.test(word) &&
    !PATTERNS.anyDigit.test(word) &&
    !word.includes('@') &&
    titleScore(key) === 0 &&
    !TITLE_MODIFIERS.has(key) &&
    !DEPARTMENT_WORDS.has(key) &&
    !LEGAL_FORMS.has(key)
  );
}

/** The name words opening `all`: the index of the last one (undefined when none) and how many they are, particles aside. */
function leadingName(all: readonly Word[]): { last: number | undefined; names: number } {
  let last: number | undefined;
  let names = 0;
  for (const [i, word] of all.entries()) {
    if (i >= MAX_NAME_TOKENS || !isNameWord(word.text)) break;
    if (!isParticle(word.text)) [last, names] = [i, names + 1];
    // `Kowalczyk,`: a comma ends the name.
    if (PATTERNS.trailingListMark.test(word.text)) break;
  }
  return { last, names };
}

/**
 * Where the signer's name ends in `all` (`Marta Kowalczyk` | `Senior Account Manager`): its last word's
 * index. A given name and a family name at least: one capitalised word before lower-case ones
 * (`Obchodní oddělení`) may be a department's. After a dash (`dashSigned`) a given name alone ends at a mark
 * (`Math,`, `Dave (Gaffer Hire Co.)`, `Bec @ Wattle & Wren`), not before words going on (`City of Tshwane`).
 */
function nameEnd(all: readonly Word[], dashSigned: boolean): number | undefined {
  const { last, names } = leadingName(all);
  if (last === undefined || last >= all.length - 1 || last >= MAX_NAME_TOKENS - 1) return undefined;
  // A name running on past its longest is a firm's or a heading's words: no end is seen.
  if (names >= MIN_NAME_WORDS) return last;
  const marked =
    PATTERNS.trailingListMark.test((all[last] as Word).text) || PATTERNS.markOpening.test((all[last + 1] as Word).text);
  return dashSigned && names === 1 && marked ? last : undefined;
}

/**
 * `Jonas Weber`, `Kari Lunde · Rådgiver · …`: a signer's name of two words or more opens `rest`, no sentence. Capitalised
 * words holding a firm's word (`Value Hotels & Suites`, `Western Plus Harbour Hotel`) are the firm's name, as are
 * ones running on past a name's longest (a surname such as `Mills` is read as a name only after a written comma).
 */
function opensWithName(rest: string): boolean {
  if (isProse(rest)) return false;
  const all = wordsAt(rest, 0);
  const { last, names } = leadingName(all);
  return (
    last !== undefined &&
    names >= MIN_NAME_WORDS &&
    last < MAX_NAME_TOKENS - 1 &&
    !all.slice(0, last + 1).some((word) => COMPANY_WORDS.has(keyOf(word.text)))
  );
}

/**
 * `Sounds good, see you Tuesday – Priya`, `Thanks! -Mark`, `… bonne soirée -- Arnaud Lefebvre, …`: a sentence signed on
 * its own line after a dash, the line's only one before a capital, the signer's part opening with a name word and no sentence
 * itself: where the dash, a sign-off here, stands and where the signer's part opens; undefined when the line is not signed so.
 */
function dashSignatureAt(text: string): { signOff: number; signature: number; dash: true } | undefined {
  // `"Great work, fast." — Dana R.`: a review's or testimonial's author after the quotation signs no message.
  if (PATTERNS.quotedSaying.test(text)) return undefined;
  const dashes = [...text.matchAll(PATTERNS.signingDash)];
  // `Đỗ Quang Huy - Sales Exec - Kieu Lam JSC` after a sentence: dashes parting a card's fields are no sign-off.
  const dash = dashes.length === 1 ? dashes[0] : undefined;
  if (!dash) return undefined;
  const signature = dash.index + dash[0].length;
  const rest = text.slice(signature);
  const first = wordsAt(rest, 0)[0];
  return first && isNameWord(first.text) && isProse(text.slice(0, dash.index)) && !isProse(rest)
    ? { signOff: dash.index, signature, dash: true }
    : undefined;
}

/** The line below ends the paragraph: none, a blank or a rule, or a quoted message's. */
const endsParagraph = (below: Line | undefined): boolean => !below || below.blank || below.rule || below.quoted;

/** Offsets in `text` where the signature from `from` breaks into its lines. */
function fieldBreaks(text: string, from: number, dashSigned: boolean): number[] {
  const all = wordsAt(text, from);
  const breaks: number[] = [];
  const firmEnds: number[] = [];
  const end = nameEnd(all, dashSigned);
  if (end !== undefined) breaks.push((all[end + 1] as Word).start);
  for (const [i, word] of all.entries()) {
    if (end !== undefined && i <= end) continue;
    const before = all[i - 1];
    const next = all[i + 1];
    const afterLabel = before !== undefined && isFieldLabel(before.text, word.text);
    if (isFieldLabel(word.text, next?.text)) breaks.push(word.start);
    // `<ana@x.example>`: an address in brackets is a header's or an attribution's, part of its line.
    else if ((isEmailWord(word.text) || isLinkWord(word.text)) && !before?.text.endsWith('<')) {
      if (!afterLabel) breaks.push(word.start);
      if (next) breaks.push(next.start);
    } else if (
      PATTERNS.internationalOpening.test(word.text) &&
      before &&
      !afterLabel &&
      PATTERNS.letter.test(before.text)
    )
      breaks.push(word.start);
    // `… a scris: > Bună ziua`: a quoted reply's marker opens a line.
    else if (word.text === '>' && before?.text.endsWith(':')) breaks.push(word.start);
    // `Dave (Gaffer Hire Co.) 07700 900881`: a number closing a signer's line after a dash is a field of its own.
    else if (
      dashSigned &&
      before &&
      !afterLabel &&
      !PATTERNS.anyDigit.test(before.text) &&
      closesWithNumber(text.slice(word.start))
    )
      breaks.push(word.start);
    else if (isWrittenLegalForm(word.text) && before && next && !breaks.includes(word.start) && opensField(next.text))
      firmEnds.push(next.start);
  }
  return [...breaks, ...firmEnds.filter((at) => opensAddress(text.slice(at, nextBreak(breaks, at, text.length))))];
}

/** `07700 900881`, `418 555-0172`: the rest of a line is a phone number's digits alone. */
const closesWithNumber = (rest: string): boolean =>
  PATTERNS.closingNumber.test(rest.trimEnd()) && digitCount(rest) >= MIN_PHONE_DIGITS;

/** The first of `breaks` past `at`; `end` when none is. */
const nextBreak = (breaks: readonly number[], at: number, end: number): number =>
  Math.min(end, ...breaks.filter((b) => b > at));

/**
 * `Hauptstraße 4, 80331 München`, `8 avenue Jean Jaurès`: an address (or a number) past a firm's legal form opens
 * a line; words that are none go on with the firm (`Okonkwo & Co. Chartered Accountants`, `Công ty TNHH Minh Phát`).
 */
const opensAddress = (piece: string): boolean =>
  PATTERNS.numberOpening.test(piece) || addressKind(piece.trim()) !== undefined;

/** `Celovška`, `14B`, `+49`: a word opening what follows a firm's legal form, not its next part (`& Co. KG`, `z o.o.`). */
const opensField = (word: string): boolean =>
  !LEGAL_FORMS.has(keyOf(word)) && (PATTERNS.upperStart.test(word) || PATTERNS.numberOpening.test(word));

/** `line` as the lines its text breaks into at `breaks` (offsets in it), each with its own offsets. */
function piecesOf(line: Line, breaks: readonly number[]): Line[] {
  const cuts = [...new Set([0, ...breaks, line.text.length])].sort((a, b) => a - b);
  const out: Line[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const text = line.text.slice(from, to);
    out.push({ ...line, start: line.start + from, text, raw: line.raw.slice(from, to), blank: text.trim() === '' });
  }
  return out;
}

/** The document with each run-on signature line broken into the lines a reader sees; the same document when none is. */
export function restoreRunOnLines(doc: Doc): Doc {
  // Copied only from the first line split on: most texts have none, and a roster has tens of thousands of lines.
  let lines: Line[] | undefined;
  // An index loop: run once on a long text, it may stay unoptimised, where each iterator step allocates.
  for (let n = 0; n < doc.lines.length; n++) {
    const line = doc.lines[n] as Line;
    const readable = !line.long && !line.quoted && !line.sourceAt && !line.blank;
    const signOff =
      (readable ? signOffAt(line.text, doc.lines[n - 1]) : undefined) ??
      (readable && endsParagraph(doc.lines[n + 1]) ? dashSignatureAt(line.text) : undefined);
    if (!signOff) {
      // Lines keep their objects until one is split; past that, their indices move.
      lines?.push({ ...line, index: lines.length });
      continue;
    }
    lines ??= doc.lines.slice(0, n);
    // A dash stays on the signer's line (`– Camille`), where the name rules read a name under a sentence.
    const opening = 'dash' in signOff ? [] : [signOff.signature];
    const breaks = [signOff.signOff, ...opening, ...fieldBreaks(line.text, signOff.signature, 'dash' in signOff)];
    for (const piece of piecesOf(line, breaks)) lines.push({ ...piece, index: lines.length });
  }
  return lines ? { ...doc, lines } : doc;
}
