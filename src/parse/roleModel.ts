// The learned company scorer: a logistic regression over roleFeatures.ts's named features. The
// weights are data written by `npm run train:parser`.
import { COMPANY_WEIGHTS } from './roleWeights';

/** Feature → its weight toward "this candidate is the company". */
export type CompanyWeights = Readonly<Record<string, number>>;

/** The probability that a candidate with `features` is the sender's company; unknown features weigh nothing. */
export function companyOdds(features: readonly string[], weights: CompanyWeights = COMPANY_WEIGHTS): number {
  let logit = 0;
  for (const f of features) logit += weights[f] ?? 0;
  // exp overflows to Infinity for a large negative logit: the odds are then 0, still finite.
  return 1 / (1 + Math.exp(-logit));
}
