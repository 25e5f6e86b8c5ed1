// A business listing's panel copied from a map or review site (Google Maps, Yelp, TripAdvisor): it opens with the
// business's name over its rating (`Casa Lupe Taquería` / `4.5 (612 reviews)`), whatever person the page shows.
import { PATTERNS } from './patterns';
import type { Line } from './text';

/**
 * The line naming the listed business: the text's first line, when the line under it opens with the listing's
 * rating (PATTERNS.listingRating). That line is the company of whoever the panel shows (an owner, a practitioner),
 * never a person's name, though a business may be named after one (`Studio Fotografico Elena Marchetti`).
 */
export function listingHeading(lines: readonly Line[]): Line | undefined {
  const first = lines.findIndex((line) => !line.blank);
  const heading = lines[first];
  const rating = lines[first + 1];
  if (!heading || heading.long || !rating || rating.index !== heading.index + 1) return undefined;
  return PATTERNS.listingRating.test(rating.text) ? heading : undefined;
}
