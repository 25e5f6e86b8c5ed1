// npm run train:parser — fits the learned role scorer (src/parse/roleModel.ts) on the tuned corpora
// and writes its weights to src/parse/roleWeights.ts. Each case's candidates, exactly those the parser
// weighs (readContact), are labelled from the case's `expect` (title, company, or neither); a multinomial
// logistic regression is fitted by full-batch gradient descent (deterministic: weights start at 0,
// folds come from a fixed seed). Prints k-fold cross-validation figures for the rules alone and for
// the scorer at several thresholds. Held-out parts are never read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readContact } from '../../src/parse/parseContact';
import type { RoleWeights } from '../../src/parse/roleModel';
import {
  asFindings,
  featuresOf,
  oddsOf,
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
const CLASSES = ['title', 'company'] as const;
type Label = 'title' | 'company' | 'other';

interface Example {
  features: string[];
  label: Label;
}

interface Sample {
  c: Case;
  pieces: RolePiece[];
  examples: Example[];
}

/** A case and its candidates; a case without any (no name found, roles from a label) still counts in cross-validation. */
function sampleOf(c: Case): Sample {
  const pieces = [...readContact(c.text).roleCandidates];
  const label = (p: RolePiece): Label =>
    isGold(c, 'title', p.text) ? 'title' : isGold(c, 'company', p.text) ? 'company' : 'other';
  const features = featuresOf(pieces);
  return { c, pieces, examples: pieces.map((p, i) => ({ features: features[i] ?? [], label: label(p) })) };
}

/** Multinomial logistic regression, `other` the reference class, by full-batch gradient descent. */
function fit(examples: readonly Example[]): RoleWeights {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of seen) if (n >= MIN_FEATURE_COUNT) index.set(f, index.size);
  const w = Array.from({ length: index.size }, () => [0, 0]);
  const rows = examples.map((e) => ({
    ids: e.features.flatMap((f) => index.get(f) ?? []),
    label: e.label,
  }));
  const n = Math.max(rows.length, 1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = w.map(([t, c]) => [L2 * (t as number), L2 * (c as number)]);
    for (const row of rows) {
      const logits = [0, 0];
      for (const id of row.ids) for (const k of [0, 1]) logits[k] += w[id]?.[k] ?? 0;
      const top = Math.max(logits[0] as number, logits[1] as number, 0);
      const e = logits.map((l) => Math.exp(l - top));
      const z = (e[0] as number) + (e[1] as number) + Math.exp(-top);
      for (const [k, cls] of CLASSES.entries()) {
        const error = (e[k] as number) / z - (row.label === cls ? 1 : 0);
        for (const id of row.ids) (grad[id] as number[])[k] += error / n;
      }
    }
    for (const [i, g] of grad.entries())
      for (const k of [0, 1]) (w[i] as number[])[k] -= LEARNING_RATE * (g[k] as number);
  }
  const round = (x: number): number => Number(x.toFixed(WEIGHT_DIGITS));
  return Object.fromEntries(
    [...index.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([f, i]) => [f, [round(w[i]?.[0] ?? 0), round(w[i]?.[1] ?? 0)]]),
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

/** The scorer's thresholds compared (MIN_LEARNED_ODDS ships). */
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5];

const WAYS: Record<string, (s: Sample, w: RoleWeights) => RoleFindings> = {
  rules: (s) => asFindings(rulePicks(s.pieces)),
  ...Object.fromEntries(
    THRESHOLDS.map((t) => [
      `scorer ≥ ${t}`,
      (s: Sample, w: RoleWeights) => asFindings(scorerPicks(s.pieces, oddsOf(s.pieces, w), { title: t, company: t })),
    ]),
  ),
};

function crossValidate(samples: readonly Sample[]): void {
  const random = seeded(SEED);
  const fold = samples.map(() => Math.floor(random() * FOLDS));
  const tallies = Object.fromEntries(
    Object.keys(WAYS).map((way) => [way, { title: { tp: 0, fp: 0, fn: 0 }, company: { tp: 0, fp: 0, fn: 0 } }]),
  );
  for (let k = 0; k < FOLDS; k++) {
    const weights = fit(samples.filter((_, i) => fold[i] !== k).flatMap((s) => s.examples));
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

function writeWeights(weights: RoleWeights): void {
  const file = path.join(repoRoot(), 'src/parse/roleWeights.ts');
  const entries = Object.entries(weights).map(([f, [t, c]]) => `  ${JSON.stringify(f)}: [${t}, ${c}],`);
  fs.writeFileSync(
    file,
    [
      '// Written by `npm run train:parser` (test/parser/train.ts); do not edit by hand.',
      '/** Feature (roleFeatures.ts) → [title weight, company weight]. */',
      'export const ROLE_WEIGHTS: Readonly<Record<string, readonly [number, number]>> = {',
      ...entries,
      '};',
      '',
    ].join('\n'),
  );
  console.log(`wrote ${Object.keys(weights).length} features to ${path.relative(repoRoot(), file)}`);
}

const tuned = scoredCorpora().filter((corpus) => !corpus.blind);
const samples = tuned.flatMap((corpus) => corpus.cases.map(sampleOf));
const examples = samples.flatMap((s) => s.examples);
const labelled = (label: Label): number => examples.filter((e) => e.label === label).length;
console.log(`corpora: ${tuned.map((corpus) => `${corpus.name} (${corpus.cases.length})`).join(', ')}`);
const gold = (field: 'title' | 'company'): number => samples.filter((s) => s.c.expect[field] !== undefined).length;
console.log(
  `${samples.length} cases, ${examples.length} candidates: ${labelled('title')} titles (of ${gold('title')} labelled), ` +
    `${labelled('company')} companies (of ${gold('company')})`,
);
crossValidate(samples);
writeWeights(fit(examples));
