// The learned role scorers: one logistic regression per role (company, title) over roleFeatures.ts's named
// features. The weights are data written by `npm run train:parser`.
import { COMPANY_WEIGHTS, TITLE_WEIGHTS } from './roleWeights';

/** Feature → its weight toward "this candidate holds the role". */
export type RoleWeights = Readonly<Record<string, number>>;

/** Each role's weights: the company's decides among the candidates, the title's where the rules find no title. */
export interface LearnedWeights {
  company: RoleWeights;
  title: RoleWeights;
}

export const LEARNED_WEIGHTS: LearnedWeights = { company: COMPANY_WEIGHTS, title: TITLE_WEIGHTS };

/** The probability that a candidate with `features` holds the role `weights` score; unknown features weigh nothing. */
export function roleOdds(features: readonly string[], weights: RoleWeights): number {
  let logit = 0;
  for (const f of features) logit += weights[f] ?? 0;
  // exp overflows to Infinity for a large negative logit: the odds are then 0, still finite.
  return 1 / (1 + Math.exp(-logit));
}
