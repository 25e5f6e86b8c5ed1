// npm run train:parser — fits the learned role scorer (src/parse/roleModel.ts) on the tuned corpora
// and writes its weights to src/parse/roleWeights.ts. Each case's candidate segments around the name
// the parser finds are labelled from the case's `expect` (title, company, or neither); a multinomial
// logistic regression is fitted by full-batch gradient descent (deterministic: weights start at 0,
// folds come from a fixed seed). Prints k-fold cross-validation figures for the rules alone and for
// the scorer at several thresholds. Held-out parts are never read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { companyDomainOf } from '../../src/parse/domain';
import { parseContact } from '../../src/parse/index';
import { roleFeatures } from '../../src/parse/roleFeatures';
import type { RoleWeights } from '../../src/parse/roleModel';
import {
  asFindings,
  oddsOf,
  rolePieces,
  rulePicks,
  scorerPicks,
  type RoleFindings,
  type RolePiece,
} from '../../src/parse/roles';
import { fold, isProse, prepare, splitSegments, type Line, type Segment } from '../../src/parse/text';
import { isGold, repoRoot, scoredCorpora, type Case } from './corpus';

const FOLDS = 5;
const SEED = 20261130;
const EPOCHS = 1500;
const LEARNING_RATE = 0.5;
/** L2 penalty per weight, per training candidate. */
const L2 = 0.002;
/** Lines read above the name (its paragraph) and below it (its paragraph and the next). */
const LINES_ABOVE = 3;
const LINES_BELOW = 10;
/** Phone-like: this many digits in a segment. */
const PHONE_DIGITS = 7;
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

/** mulberry32: a small seeded generator, so the folds are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = (text: string): number => [...text].filter((ch) => ch >= '0' && ch <= '9').length;

/** A segment that could be a title or a company: no address, link, phone number or sentence. */
const candidate = (s: Segment): boolean =>
  !s.text.includes('@') &&
  !s.text.includes('://') &&
  !s.text.toLowerCase().includes('www.') &&
  digits(s.text) < PHONE_DIGITS &&
  !isProse(s.text);

/** The lines around the name: its paragraph above it; below, its paragraph and the next one. */
function around(lines: readonly Line[], nameLine: number): { above: Line[]; below: Line[] } {
  const above: Line[] = [];
  for (let i = nameLine - 1; i >= 0 && above.length < LINES_ABOVE && !lines[i]?.blank; i--)
    above.unshift(lines[i] as Line);
  const below: Line[] = [];
  let paragraphs = 1;
  for (let i = nameLine + 1; i < lines.length && below.length < LINES_BELOW; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      if (lines[i - 1]?.blank !== true && ++paragraphs > 2) break;
      continue;
    }
    below.push(line);
  }
  return { above, below };
}

function sampleOf(c: Case): Sample | undefined {
  const parsed = parseContact(c.text);
  const nameAt = parsed.firstName?.start ?? parsed.lastName?.start;
  if (nameAt === undefined) return undefined;
  const doc = prepare(c.text);
  const nameLine = [...doc.lines].reverse().find((l) => l.start <= nameAt);
  if (!nameLine) return undefined;
  const { above, below } = around(doc.lines, nameLine.index);
  const segments = (lines: Line[]): Segment[] =>
    lines.flatMap(splitSegments).filter((s) => candidate(s) && !(s.start <= nameAt && nameAt < s.end));
  const domain = parsed.email && companyDomainOf(parsed.email.value);
  const pieces = rolePieces(segments(above), segments(below), {
    between: (left, right) => {
      const line = doc.lines[left.line] as Line;
      return line.text.slice(left.end - line.start, right.start - line.start);
    },
    domainLabel: domain && fold(domain.split('.')[0] ?? ''),
  });
  const label = (p: RolePiece): Label =>
    isGold(c, 'title', p.text) ? 'title' : isGold(c, 'company', p.text) ? 'company' : 'other';
  const ruled = rulePicks(pieces);
  return { c, pieces, examples: pieces.map((p, i) => ({ features: roleFeatures(pieces, i, ruled), label: label(p) })) };
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

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function count(tally: Tally, c: Case, field: 'title' | 'company', got: string | undefined): void {
  const gold = c.expect[field];
  if (got === undefined) tally.fn += gold === undefined ? 0 : 1;
  else if (isGold(c, field, got)) tally.tp++;
  else {
    tally.fp++;
    tally.fn += gold === undefined ? 0 : 1;
  }
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
  console.log(`${FOLDS}-fold cross-validation on the candidates around the name (seed ${SEED}):`);
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
const samples = tuned.flatMap((corpus) => corpus.cases.map(sampleOf).filter((s): s is Sample => s !== undefined));
const examples = samples.flatMap((s) => s.examples);
const labelled = (label: Label): number => examples.filter((e) => e.label === label).length;
console.log(`corpora: ${tuned.map((corpus) => `${corpus.name} (${corpus.cases.length})`).join(', ')}`);
const gold = (field: 'title' | 'company'): number => samples.filter((s) => s.c.expect[field] !== undefined).length;
console.log(
  `${samples.length} cases with a name, ${examples.length} candidates: ${labelled('title')} titles (of ${gold('title')} labelled), ` +
    `${labelled('company')} companies (of ${gold('company')})`,
);
crossValidate(samples);
writeWeights(fit(examples));
