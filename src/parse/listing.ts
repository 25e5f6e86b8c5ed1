// A business listing's panel copied from a map or review site (Google Maps, Yelp, TripAdvisor): it opens with the
// business's name over its rating (`Casa Lupe Taquería` / `4.5 (738 reviews)`), whatever person the page shows.
import { isInitial, nameTokens } from './names';
import { PATTERNS } from './patterns';
import type { Line } from './text';

/**
 * The line naming the listed business: the text's first line, when the line under it opens with the listing's
 * rating (PATTERNS.listingRating). That line is the company of whoever the panel shows (an owner, a practitioner),
 * never a person's name, though a business may be named after one (`Studio Fotografico Ilaria Bentivoglio`).
 * A directory's or marketplace's profile of a person rates them the same way: a name written as only a person's
 * is (`Dr. Anna Roth`, `Olena K.`, `Jan Ek, MD`), so such a heading is none.
 */
export function listingHeading(lines: readonly Line[]): Line | undefined {
  const first = lines.findIndex((line) => !line.blank);
  const heading = lines[first];
  const rating = lines[first + 1];
  if (!heading || heading.long || !rating || rating.index !== heading.index + 1) return undefined;
  return PATTERNS.listingRating.test(rating.text) && !namesPersonOnly(heading.text) ? heading : undefined;
}

/** A name with a form of address before it, post-nominals after it or a family name's initial: a person's alone. */
function namesPersonOnly(text: string): boolean {
  const trimmed = text.trim();
  const tokens = nameTokens(trimmed, 0) ?? [];
  const [given, last] = [tokens[0], tokens[tokens.length - 1]];
  if (!given || !last || tokens.length < 2) return false;
  return given.start > 0 || last.end < trimmed.length || isInitial(last.text);
}
