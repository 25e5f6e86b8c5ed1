// The learned role scorer: a multinomial logistic regression over roleFeatures.ts's named features,
// `other` being the reference class. The weights are data written by `npm run train:parser`.
import { ROLE_WEIGHTS } from './roleWeights';

export type RoleWeights = typeof ROLE_WEIGHTS;

export interface RoleOdds {
  title: number;
  company: number;
}

/** The probabilities that a candidate with `features` is the title, the company (the rest: neither). */
export function roleOdds(features: readonly string[], weights: RoleWeights = ROLE_WEIGHTS): RoleOdds {
  let title = 0;
  let company = 0;
  for (const f of features) {
    const w = weights[f];
    if (!w) continue;
    title += w[0];
    company += w[1];
  }
  // Softmax over [title, company, other = 0], shifted by the largest logit so exp never overflows.
  const top = Math.max(title, company, 0);
  const t = Math.exp(title - top);
  const c = Math.exp(company - top);
  const o = Math.exp(-top);
  return { title: t / (t + c + o), company: c / (t + c + o) };
}
