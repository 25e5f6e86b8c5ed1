// Where a line names someone other than the sender (a referee, the person to book with), so that the details
// after it on that line are not read as the sender's.
import { nameTokens } from './names';
import { PATTERNS } from './patterns';
import { titleScore } from './roleCues';
import { normalizeKey, words, wordsAt } from './text';
import { GREETING_WORDS, HONORIFICS } from './vocabulary';

/**
 * Where `text` names someone other than the sender: an honorific before a capitalised name none of whose words is
 * one of the sender's (`nameWords`), as in `Referee: Mr. Tom Ellis, Partner` or `please ask for Ms. Rao`; -1 if
 * nowhere. Not the person greeted (`Hi Mrs. Lee, it's Tom …`, whose text goes on with the writer's own number),
 * nor a rank before a title (`Sr. Paralegal`).
 */
export function othersHonorificAt(text: string, nameWords: ReadonlySet<string>): number {
  const tokens = wordsAt(text, 0);
  const bareOf = (i: number): string => (tokens[i]?.text ?? '').replace(PATTERNS.edgePunctuation, '');
  const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase().replaceAll('.', ''));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const honorific = bareOf(i);
    if (!PATTERNS.upper.test(honorific.charAt(0)) || !isHonorific(honorific)) continue;
    if (i > 0 && GREETING_WORDS.has(normalizeKey(bareOf(i - 1)))) continue;
    const next = bareOf(i + 1);
    const name = [next, bareOf(i + 2)].filter((w) => PATTERNS.upper.test(w.charAt(0)));
    if (!PATTERNS.upper.test(next.charAt(0)) || isHonorific(next) || titleScore(name.join(' ')) > 0) continue;
    if (!name.some((w) => nameWords.has(w.toLowerCase()))) return tokens[i]?.start ?? -1;
  }
  return -1;
}

/** Words of a full name: a given name and a surname. */
const FULL_NAME_WORDS = 2;

/**
 * Where `text` opens with the full name of someone other than the sender, alone or after a label (`Asystentka:
 * Agnieszka Król, tel. …`, `Anna Rautio, toimitusjohtaja, … puh. …`, `Team Lead: Ron Sadowski | …`, `Clerk: Nomvula Zungu`): a name none of
 * whose words is one of the sender's (`nameWords`), so the line goes on with that person's details; -1 if it does not.
 */
export function othersNameOpeningAt(text: string, nameWords: ReadonlySet<string>): number {
  const label = PATTERNS.labelPrefix.exec(text)?.[0] ?? '';
  const rest = text.slice(label.length);
  // `Clerk: Nomvula Zungu` as a segment of its own, a dash or a wide gap parting it from the number after it.
  const name = PATTERNS.openingPart.exec(rest)?.[1] ?? (label ? rest.trim() : '');
  const tokens = name ? nameTokens(name, 0) : undefined;
  if (!tokens || tokens.length < FULL_NAME_WORDS) return -1;
  return tokens.some((token) => nameWords.has(token.text.toLowerCase())) ? -1 : text.indexOf(name);
}

/** Whether `text` writes a word of the sender's name (`nameWords`, lower case). */
export function writesOwnName(text: string, nameWords: ReadonlySet<string>): boolean {
  return words(text).some((word) => nameWords.has(word.replace(PATTERNS.edgePunctuation, '').toLowerCase()));
}
