// A press release's issuer. Its media contact's block may name no firm (`Samira el Boukili, woordvoerder` / `T 020 …`):
// they work at the firm issuing the release, which its lead names by its legal form (`Modena, 18 settembre 2025 –
// Officine Meccaniche Gardini S.p.A. inaugura …`, `【北京，2025年9月18日】星澜智能科技（北京）有限公司（以下简称…）`). An
// agency's contact names the agency in their own block, which the message reader has read before this.
import { PATTERNS } from './patterns';
import { isWrittenLegalForm, onlyLegalForms } from './roleCues';
import { isConnector, normalizeKey, wordsAt, type Line, type Word } from './text';
import type { ParsedValue } from './types';
import { PRESS_RELEASE_HEADINGS } from './vocabulary';

/** A release's heading stands among its first lines this many (`2025年9月24日` / `報道関係各位`). */
const MAX_HEADING_LINE = 3;
/** A firm's name before its legal form, at most this many words (`Cooperativa Agrícola Vale Dourado Ltda.`). */
const MAX_NAME_WORDS = 6;
/** Words of a legal form after the first, at most (`Sp. z o.o.`, `S.A. de C.V.`). */
const MAX_FORM_WORDS = 3;

const capitalised = (w: Word | undefined): boolean => !!w && PATTERNS.upper.test(w.text.charAt(0));

/** `S.p.A.`, `B.V.`, `Inc.,`: a legal form as firms write it, a list's comma after it or not. */
const writtenForm = (w: Word | undefined): boolean =>
  !!w && isWrittenLegalForm(w.text.replace(PATTERNS.firmTrailingMarks, ''));

/**
 * The first firm a line names by its legal form after capitalised words (`Copper Hollow Robotics, Inc.`, `Fietsfabriek
 * Noordkaai B.V.`), a joining word between capitals kept (`Banco de Crédito S.A.`); in a script without spaces, the
 * one the legal-form pattern finds (`㈜푸른물결에너지`, `星澜智能科技（北京）有限公司`).
 */
function firmByLegalForm(line: Line): ParsedValue<string> | undefined {
  const caseless = PATTERNS.caselessFirm.exec(line.text);
  // `㈜한빛소재는 …`: Korean writes its particle onto the name it follows.
  if (caseless) return inLine(line, caseless.index, caseless[0].replace(PATTERNS.koreanParticleEnd, ''));
  const all = wordsAt(line.text, 0);
  // `Hamburg, Nordlicht Logistik GmbH`: a comma closes what stands before the firm's name (the one right before its
  // legal form is the name's own: `Redbud Grid Systems, Inc.`).
  const closesPhrase = (w: Word | undefined): boolean => !!w && w.text.endsWith(',');
  for (const [k, w] of all.entries()) {
    if (!writtenForm(w) || !capitalised(all[k - 1])) continue;
    let start = k;
    while (start > 0 && k - start < MAX_NAME_WORDS && !(start < k && closesPhrase(all[start - 1]))) {
      if (capitalised(all[start - 1])) start--;
      else if (isConnector(all[start - 1]?.text ?? '') && capitalised(all[start - 2])) start -= 2;
      else break;
    }
    let end = k + 1;
    while (end < all.length && end <= k + MAX_FORM_WORDS && onlyLegalForms(wordsText(all, k, end + 1))) end++;
    const first = all[start] as Word;
    const last = all[end - 1] as Word;
    return inLine(line, first.start, line.text.slice(first.start, last.end).replace(PATTERNS.firmTrailingMarks, ''));
  }
  return undefined;
}

const wordsText = (all: readonly Word[], from: number, to: number): string =>
  all
    .slice(from, to)
    .map((w) => w.text.replace(PATTERNS.firmTrailingMarks, ''))
    .join(' ');

/** The firm written at `at` of the line, as a value with its offsets in the text. */
const inLine = (line: Line, at: number, value: string): ParsedValue<string> => ({
  value,
  start: line.start + at,
  end: line.start + at + value.length,
});

/**
 * The firm a press release is issued by: the first one named by its legal form below its heading (PRESS_RELEASE_HEADINGS,
 * among the text's first lines); undefined for any other text.
 */
export function releaseIssuer(lines: readonly Line[]): ParsedValue<string> | undefined {
  const opening = lines.filter((line) => !line.blank).slice(0, MAX_HEADING_LINE);
  const heading = opening.find((line) => PRESS_RELEASE_HEADINGS.has(normalizeKey(line.text)));
  if (!heading) return undefined;
  for (const line of lines) {
    if (line.index <= heading.index || line.blank || line.quoted) continue;
    const firm = firmByLegalForm(line);
    if (firm) return firm;
  }
  return undefined;
}
