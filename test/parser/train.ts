// npm run train:parser — fits the learned company and title scorers (src/parse/roleModel.ts) on the tuned
// corpora and writes their weights to src/parse/roleWeights.ts. Each case's candidates, exactly those the
// parser weighs (readContact), are labelled from the case's `expect` (the company or not, the title or not);
// one logistic regression per role is fitted by full-batch gradient descent (deterministic: weights start
// at 0, folds come from a fixed seed). Prints k-fold cross-validation figures for the rules alone and for
// the scorers at several thresholds (the learned title stands in only where the rules find none). Held-out
// parts are never read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readContact } from '../../src/parse/parseContact';
import type { LearnedWeights, RoleWeights } from '../../src/parse/roleModel';
import {
  asFindings,
  featuresOf,
  MIN_ODDS,
  rulePicks,
  scorerPicks,
  type RoleFindings,
  type RolePiece,
} from '../../src/parse/roles';
import { countField, isGold, repoRoot, scoredCorpora, type Case, type FieldCount as Tally } from './corpus';
import { seeded } from '../seededRandom';

const FOLDS = 5;
const SEED = 20261130;
const EPOCHS = 1500;
const LEARNING_RATE = 0.5;
/** L2 penalty per weight, per training candidate. */
const L2 = 0.002;
const WEIGHT_DIGITS = 3;
/** A feature seen on fewer training candidates than this gets no weight (rare words would only be learnt by heart). */
const MIN_FEATURE_COUNT = 3;
type Role = keyof LearnedWeights;
interface Example {
  features: string[];
  company: boolean;
  title: boolean;
}

interface Sample {
  c: Case;
  pieces: RolePiece[];
  examples: Example[];
}

/** A case and its candidates; a case without any (no name found, roles from a label) still counts in cross-validation. */
function sampleOf(c: Case): Sample {
  const pieces = [...readContact(c.text).roleCandidates];
  const features = featuresOf(pieces);
  return {
    c,
    pieces,
    examples: pieces.map((p, i) => ({
      features: features[i] ?? [],
      company: isGold(c, 'company', p.text),
      title: isGold(c, 'title', p.text),
    })),
  };
}

/** Logistic regression of `role` by full-batch gradient descent. */
function fit(examples: readonly Example[], role: Role): RoleWeights {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of seen) if (n >= MIN_FEATURE_COUNT) index.set(f, index.size);
  // Typed arrays: two fits per fold over some 15,000 candidates, 1,500 epochs each.
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  const rows = examples.map((e) => ({ ids: e.features.flatMap((f) => index.get(f) ?? []), gold: e[role] }));
  const n = Math.max(rows.length, 1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of w.keys()) grad[i] = L2 * (w[i] ?? 0);
    for (const row of rows) {
      let logit = 0;
      for (const id of row.ids) logit += w[id] ?? 0;
      const error = 1 / (1 + Math.exp(-logit)) - (row.gold ? 1 : 0);
      for (const id of row.ids) grad[id] = (grad[id] ?? 0) + error / n;
    }
    for (const i of w.keys()) w[i] = (w[i] ?? 0) - LEARNING_RATE * (grad[i] ?? 0);
  }
  const round = (x: number): number => Number(x.toFixed(WEIGHT_DIGITS));
  return Object.fromEntries(
    [...index.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([f, i]) => [f, round(w[i] ?? 0)]),
  );
}

/** Counted as score:parser counts them (corpus.ts countField). */
function count(tally: Tally, c: Case, field: 'title' | 'company', got: string | undefined): void {
  const { tp, fp, fn } = countField(c, field, got);
  tally.tp += tp;
  tally.fp += fp;
  tally.fn += fn;
}

const f1 = ({ tp, fp, fn }: Tally): string => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const pct = (x: number): string => (x * 100).toFixed(1);
  return `P ${pct(p)} R ${pct(r)} F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`;
};

/** The company scorer's thresholds compared, at the shipped title threshold (roles.ts MIN_ODDS). */
const COMPANY_THRESHOLDS = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
/** The title scorer's thresholds compared, at the shipped company threshold. */
const TITLE_THRESHOLDS = [0.3, 0.5, 0.7];

const scorer =
  (minOdds: typeof MIN_ODDS) =>
  (s: Sample, w: LearnedWeights): RoleFindings =>
    asFindings(scorerPicks(s.pieces, w, minOdds));
const WAYS: Record<string, (s: Sample, w: LearnedWeights) => RoleFindings> = {
  rules: (s) => asFindings(rulePicks(s.pieces)),
  ...Object.fromEntries(COMPANY_THRESHOLDS.map((t) => [`company ≥ ${t}`, scorer({ ...MIN_ODDS, company: t })])),
  // No learned title: the scorer as it was before one.
  "rules' title": scorer({ ...MIN_ODDS, title: Infinity }),
  ...Object.fromEntries(TITLE_THRESHOLDS.map((t) => [`title ≥ ${t}`, scorer({ ...MIN_ODDS, title: t })])),
};

const fitBoth = (examples: readonly Example[]): LearnedWeights => ({
  company: fit(examples, 'company'),
  title: fit(examples, 'title'),
});

function crossValidate(samples: readonly Sample[]): void {
  const random = seeded(SEED);
  const fold = samples.map(() => Math.floor(random() * FOLDS));
  const tallies = Object.fromEntries(
    Object.keys(WAYS).map((way) => [way, { title: { tp: 0, fp: 0, fn: 0 }, company: { tp: 0, fp: 0, fn: 0 } }]),
  );
  for (let k = 0; k < FOLDS; k++) {
    const weights = fitBoth(samples.filter((_, i) => fold[i] !== k).flatMap((s) => s.examples));
    for (const [i, s] of samples.entries()) {
      if (fold[i] !== k) continue;
      for (const [way, decide] of Object.entries(WAYS)) {
        const found = decide(s, weights);
        for (const field of ['title', 'company'] as const)
          count(tallies[way]?.[field] as Tally, s.c, field, found[field]?.value);
      }
    }
  }
  console.log(`${FOLDS}-fold cross-validation on the parser's role candidates (seed ${SEED}):`);
  for (const [way, t] of Object.entries(tallies))
    console.log(`  ${way.padEnd(15)} title ${f1(t.title)} | company ${f1(t.company)}`);
}

function writeWeights(weights: LearnedWeights): void {
  const file = path.join(repoRoot(), 'src/parse/roleWeights.ts');
  const table = (role: Role): string[] => [
    `/** Feature (roleFeatures.ts) → its weight toward the ${role}. */`,
    `export const ${role.toUpperCase()}_WEIGHTS: Readonly<Record<string, number>> = {`,
    ...Object.entries(weights[role]).map(([f, w]) => `  ${JSON.stringify(f)}: ${w},`),
    '};',
  ];
  fs.writeFileSync(
    file,
    [
      '// Written by `npm run train:parser` (test/parser/train.ts); do not edit by hand.',
      ...table('company'),
      ...table('title'),
      '',
    ].join('\n'),
  );
  const counts = (['company', 'title'] as const).map((role) => `${Object.keys(weights[role]).length} ${role}`);
  console.log(`wrote ${counts.join(' and ')} features to ${path.relative(repoRoot(), file)}`);
}

const tuned = scoredCorpora().filter((corpus) => !corpus.blind);
const samples = tuned.flatMap((corpus) => corpus.cases.map(sampleOf));
const examples = samples.flatMap((s) => s.examples);
const found = (field: 'title' | 'company'): number =>
  samples.filter((s) => s.pieces.some((p) => isGold(s.c, field, p.text))).length;
console.log(`corpora: ${tuned.map((corpus) => `${corpus.name} (${corpus.cases.length})`).join(', ')}`);
const gold = (field: 'title' | 'company'): number => samples.filter((s) => s.c.expect[field] !== undefined).length;
console.log(
  `${samples.length} cases, ${examples.length} candidates; the gold among them: title in ${found('title')} ` +
    `(of ${gold('title')} labelled), company in ${found('company')} (of ${gold('company')})`,
);
crossValidate(samples);
writeWeights(fitBoth(examples));
