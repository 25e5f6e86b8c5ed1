// The lines of a text a contact is read from (its head and tail), the mailing-list footer among
// them, the sign-offs over a writer's signature and the sentences that give the writer's own
// details: found here for the no-contact test and the message reader alike.
import { MAX_VALEDICTION_WORDS, MESSAGE_HEAD_LINES, MESSAGE_TAIL_LINES, MIN_RELATED_PROFILES } from './limits';
import { PATTERNS } from './patterns';
import { normalizeKey, type Line } from './text';
import { GREETING_WORDS, RELATED_PROFILES_HEADINGS, VALEDICTIONS, VALEDICTIONS_ALSO_NAMES } from './vocabulary';

/**
 * The lines a contact is read from: a message's head (a pasted header, an introduction) and its
 * tail (the sign-off and signature). The middle of a very long message is body text; reading only
 * the ends keeps every input linear, however many name-like lines it holds.
 */
export function readableLines(lines: readonly Line[]): readonly Line[] {
  const own = withoutRelatedProfiles(lines);
  if (own.length <= MESSAGE_HEAD_LINES + MESSAGE_TAIL_LINES) return own;
  return [...own.slice(0, MESSAGE_HEAD_LINES), ...own.slice(own.length - MESSAGE_TAIL_LINES)];
}

/**
 * A profile page without its block of other people's profiles (`Veja também` / `Caio Fontoura – Diretor …` /
 * …): from the heading to the next blank line. A heading alone on its line over a list (two lines or more: one line
 * under `See also:` is a mail's link, a signature may follow it); the text after the block stays.
 */
function withoutRelatedProfiles(lines: readonly Line[]): readonly Line[] {
  const heading = lines.findIndex(
    (line) => !line.long && !line.quoted && RELATED_PROFILES_HEADINGS.has(normalizeKey(line.text)),
  );
  if (heading < 0) return lines;
  const blank = lines.findIndex((line, i) => i > heading && line.blank);
  const end = blank < 0 ? lines.length : blank;
  if (end - heading - 1 < MIN_RELATED_PROFILES) return lines;
  return [...lines.slice(0, heading), ...lines.slice(end)];
}

/**
 * The lines of a paragraph holding a mailing list's footer (`Unsubscribe | Manage preferences`): the
 * postal address a bulk sender must print there is the list's, not the writer's.
 */
export function listFooterLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let paragraph: number[] = [];
  let footer = false;
  for (const line of [...lines, undefined]) {
    if (!line || line.blank || line.rule) {
      if (footer) for (const index of paragraph) out.add(index);
      paragraph = [];
      footer = false;
      continue;
    }
    paragraph.push(line.index);
    footer ||= !line.long && PATTERNS.listFooter.test(line.text);
  }
  return out;
}

/** `my email is …`, `erreichen Sie mich unter 0751 …`: a sentence giving the writer's own address or number (lower case). */
export const isFirstPerson = (lower: string): boolean =>
  PATTERNS.firstPerson.test(lower) || (PATTERNS.anyDigit.test(lower) && PATTERNS.callsWriter.test(lower));

/** `Best regards,`, `Thanks again,`: a line that closes a message, its writer's signature below it. */
export function isValediction(text: string): boolean {
  const key = normalizeKey(text);
  if (VALEDICTIONS.has(key) || VALEDICTIONS_ALSO_NAMES.has(key)) return true;
  const all = key.split(' ');
  if (all.length > MAX_VALEDICTION_WORDS) return false;
  for (let n = Math.min(3, all.length - 1); n >= 1; n--) if (VALEDICTIONS.has(all.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * `Best regards,`, `Salam,`, `Shalom,`: a sign-off, listed or not. An unlisted one is a short line closed
 * by a comma that does not greet (`Hi all,` opens a message).
 */
export function isSignOff(text: string): boolean {
  if (isValediction(text)) return true;
  const all = normalizeKey(text).split(' ');
  return (
    text.trimEnd().endsWith(',') &&
    all.length <= MAX_VALEDICTION_WORDS &&
    !PATTERNS.greeting.test(text) &&
    !GREETING_WORDS.has(all[0] ?? '')
  );
}
