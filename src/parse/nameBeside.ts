// The rest of a name known by one part: a given name alone (a sign-off's `Ama`, an address's `tamsin@`) or a family
// name alone (`s.yildirim@`), and the text writing the whole name where no name line was read — a field
// (`Host: Joaquín Herrera Solís (…)`), a chat's prefix, a sentence (`… with Tamsin Achterberg, agronomist`), a line
// a profession opens (`Av. Selim Kaan Yıldırım`).
import { isInitial, isParticle, nameTokens, personName, type NameCustoms, type NameToken } from './names';
import { PATTERNS } from './patterns';
import { fold, words } from './text';
import type { ParsedValue } from './types';

/** Name words a run may hold besides the part known: the rest of a name, middle names included. */
const MAX_OTHER_NAME_WORDS = 3;

/** A word of a line and whether it runs on into the next one: nothing but spaces between them. */
interface LineWord {
  token: NameToken;
  runsOn: boolean;
}

/**
 * The words of `text` (at `start`), their edge punctuation cut off; a comma, a colon or a closing point after a word
 * ends a name there (`Mokoena:`, `Achterberg,`, `Av.`), an initial's point does not (`Mary J. Smith`).
 */
function lineWords(text: string, start: number): LineWord[] {
  const out: LineWord[] = [];
  for (const match of text.matchAll(PATTERNS.word)) {
    const edged = match[0].replace(PATTERNS.edgePunctuation, '');
    const at = edged ? match[0].indexOf(edged) : match[0].length;
    const previous = out[out.length - 1];
    if (previous && at > 0) previous.runsOn = false;
    // A closing point is an abbreviation's (`Av.`, `Dipl.`) or a sentence's, unless the word is an initial.
    const raw = edged.endsWith('.') && !isInitial(edged) ? edged.slice(0, -1) : edged;
    if (!raw) continue;
    const closed = at + raw.length < match[0].length;
    const begin = start + (match.index ?? 0) + at;
    out.push({ token: { text: raw, start: begin, end: begin + raw.length }, runsOn: !closed });
  }
  return out;
}

/** A word that may stand in a written name: capitalised, or a particle (`van`, `ap`, `de`). */
const mayBeNameWord = (word: LineWord): boolean =>
  PATTERNS.upper.test(word.token.text.charAt(0)) || isParticle(word.token.text);

/** Where `known`'s words (folded) are written in `all` one after the other, at each place. */
function placesOf(all: readonly LineWord[], known: readonly string[]): number[] {
  const places: number[] = [];
  for (let i = 0; i + known.length <= all.length; i++) {
    const here = known.every(
      (word, k) =>
        fold((all[i + k] as LineWord).token.text) === word &&
        (k === known.length - 1 || (all[i + k] as LineWord).runsOn),
    );
    if (here && PATTERNS.upper.test((all[i] as LineWord).token.text.charAt(0))) places.push(i);
  }
  return places;
}

/** The one value all places agree on (folded); none when they name different people. */
function agreed(found: readonly ParsedValue<string>[]): ParsedValue<string> | undefined {
  const kinds = new Set(found.map((v) => fold(v.value)));
  return kinds.size === 1 ? found[0] : undefined;
}

/**
 * `Marta Colombo di Vetrerie Muranesi`, `Wessel van Fietsfabriek Utrecht`: a particle before two capitalised words
 * or more is `of`, `from` before a firm, no family name's (`van der Berg`, `ap Gwilym`): the name ends before it.
 * `rest` are the words after the part known, the last of them at `to`.
 */
function beforeFirmAfterParticle(rest: readonly string[], to: number): number {
  const particle = rest.findIndex(isParticle);
  if (particle < 0) return to;
  const after = rest.slice(particle + 1).filter((w) => !isParticle(w));
  return after.length >= 2 ? to - (rest.length - particle) : to;
}

/**
 * The names written with `part` in `texts` (`Tama Ngata-Rewi` for `Tama`, `Selim Kaan Yıldırım` for `Yıldırım`): the
 * name words running on from it (`onward`) or up to it to where the name ends or begins — a comma, a colon, a point,
 * a lower-case word, the line's edge — read as a name.
 */
function namesWritten(
  texts: readonly { text: string; start: number }[],
  part: string,
  onward: boolean,
): { tokens: NameToken[]; known: number }[] {
  const known = words(part).map(fold);
  const out: { tokens: NameToken[]; known: number }[] = [];
  if (known.length === 0) return out;
  for (const { text, start } of texts) {
    const all = lineWords(text, start);
    const word = (i: number): LineWord => all[i] as LineWord;
    for (const at of placesOf(all, known)) {
      let [from, to] = [at, at + known.length - 1];
      const most = known.length + MAX_OTHER_NAME_WORDS;
      if (onward) {
        while (to + 1 < all.length && word(to).runsOn && mayBeNameWord(word(to + 1))) to++;
        to = beforeFirmAfterParticle(
          all.slice(from + known.length, to + 1).map((w) => w.token.text),
          to,
        );
      } else while (from > 0 && to - from + 1 <= most && word(from - 1).runsOn && mayBeNameWord(word(from - 1))) from--;
      if (to - from + 1 === known.length || to - from + 1 > most) continue;
      const read = (opening: NameToken): NameToken[] | undefined =>
        nameTokens(text.slice(opening.start - start, word(to).token.end - start), opening.start);
      // `Casa Lucero Cocina Poblana`: a name word running into the given name makes it no name's opening.
      const before = onward && at > 0 && word(at - 1).runsOn ? read(word(at - 1).token) : undefined;
      if (before && before[0]?.start !== word(at).token.start) continue;
      const tokens = read(word(from).token);
      if (tokens && tokens.length >= 2) out.push({ tokens, known: known.length });
    }
  }
  return out;
}

/**
 * The family name written after the given name `given` (`Tama` … `Contact Tama Ngata-Rewi, Accounts`), as a name
 * whose given name is `given`. Written so with different family names, it names no one surely.
 */
export function familyAfterGiven(
  texts: readonly { text: string; start: number }[],
  given: string,
  email: ParsedValue<string> | undefined,
  customs: NameCustoms,
): ParsedValue<string> | undefined {
  const opening = fold(words(given)[0] ?? '');
  const found = namesWritten(texts, given, true).flatMap(({ tokens, known }) => {
    if (fold((tokens[0] as NameToken).text) !== opening) return [];
    // The given name's further words (`Mehmet Emin`) are the given name, not the family name's head.
    const person = personName([tokens[0] as NameToken, ...tokens.slice(known)], email, customs);
    return person.last && person.first && fold(person.first.value) === opening ? [person.last] : [];
  });
  return agreed(found);
}

/**
 * The given name written before the family name `family` (`s.yildirim@` under `Av. Selim Kaan Yıldırım`), as a name
 * whose family name is `family`; an initial gives none (`Mrs E. Achterberg`).
 */
export function givenBeforeFamily(
  texts: readonly { text: string; start: number }[],
  family: string,
  email: ParsedValue<string> | undefined,
  customs: NameCustoms,
): ParsedValue<string> | undefined {
  const folded = fold(family);
  const found = namesWritten(texts, family, false).flatMap(({ tokens }) => {
    const person = personName(tokens, email, customs);
    const named = person.first && person.last && !isInitial(person.first.value) && fold(person.last.value) === folded;
    return named && person.first ? [person.first] : [];
  });
  return agreed(found);
}
