// `npm run bench`: how fast the extension is for a user, next to the floor the workbench itself costs.
// In real code-server + chromium (the e2e harness), alternating runs of this extension (the packaged
// .vsix) and a trivial baseline built in the same run (baseline/: the same command ids, a static form
// of the same shape). Each run has its own code-server, browser profile and stand-in. A warm-up run of
// each subject comes first and is not counted (the first code-server and chromium of a bench read their
// files from disk, and so does the first load of each extension: with the baseline alone warmed, this
// extension's first counted activation took 31 ms and its second 5); then each round runs both, the
// order swapped every round (this, baseline; baseline, this; …) so that a load that grows or fades is
// shared. The load on the machine swings the figures between runs far more than within one: rounds,
// not samples per run, are what make a median trustworthy.
// Prints each run's samples, then per measure the median of all runs' samples, their interquartile
// range and lowest–highest, their count, and the ratio of the medians to the baseline's; and the load
// average before and after and the wall time. The first create of a run (the first Create after the
// window opened) is reported apart from the later ones. The first command runs once the extension
// host has started the workbench's own extensions. Activation is sampled in the run's first window
// and in reloaded ones, one report row per scenario and activation event (activation.ts).
// Figures to read, not a test: nothing here passes or fails on a number.
//   flock /tmp/lightfield-browser.lock npm run bench
// Env: LIGHTFIELD_BENCH_ROUNDS (rounds of both runs, default 3), LIGHTFIELD_BENCH_RELOADS (reloaded
// windows per activation scenario and run, default 1; none in the warm-up runs), LIGHTFIELD_E2E_SKIP_PACKAGE=1
// (reuse the .vsix).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DEMO_KEY, startFakeLightfield, type FakeLightfield } from '../fake-lightfield/server';
import { launchChromium } from '../host/browser';
import { codeServerDirs, freePort, installExtension, startCodeServer, writeUserSettings } from '../host/code-server';
import { REPO_ROOT, freshRunDir, log, sleep } from '../host/tools';
import { Workbench } from '../host/workbench';
import { PANEL_TITLE, isCreate, requestsSince } from '../e2e/harness';
import {
  activationEvent,
  activationKey,
  activationMs,
  reloadedActivations,
  startedExtensionHost,
  type ActivationSample,
} from './activation';
import { median, quantile } from './quantile';
import { packageSubjects, type Subject } from './subjects';

const REOPENS = 5;
/** Creates per run: the first, and the later ones whose median is reported. */
const CREATES = 6;
/** A user's pause between typing the last value and pressing Create Contact. */
const PAUSE_BEFORE_CREATE_MS = 1000;
const SET_KEY = 'Lightfield: Set API Key';

/** One run's samples of each measure, in ms (sizes in bytes); a measure that could not be taken is absent. */
type Figures = Map<string, number[]>;

type Measure = readonly [key: string, title: string, unit: 'ms' | 'B'];

const MEASURES: readonly Measure[] = [
  ['openFirst', 'palette → form interactive, first open', 'ms'],
  ['openReopen', `palette → form interactive, reopens (${REOPENS} a run)`, 'ms'],
  ['paintFirst', 'palette → form first paint, first open', 'ms'],
  ['paintReopen', `palette → form first paint, reopens (${REOPENS} a run)`, 'ms'],
  ['clickPostFirst', 'click Create Contact → POST at the stand-in, first create', 'ms'],
  ['clickPost', `click Create Contact → POST at the stand-in, later creates (${CREATES - 1} a run)`, 'ms'],
  ['clickNoticeFirst', 'click Create Contact → "Created contact" notification, first create', 'ms'],
  ['clickNotice', `click Create Contact → "Created contact" notification, later creates (${CREATES - 1} a run)`, 'ms'],
  // The part of click → notification after the stand-in's answer: the host's reading of it and the toast.
  ['answerNotice', `the stand-in answers the POST → notification, later creates (${CREATES - 1} a run)`, 'ms'],
  ['extensionJs', 'dist/extension.js', 'B'],
  ['allJs', 'dist/*.js, all', 'B'],
];

/** The measures `figures` hold: first the activation rows they have (one per scenario and event; the key is the title), then MEASURES. */
function measuresIn(figures: Figures[]): Measure[] {
  const activations = [...new Set(figures.flatMap((run) => [...run.keys()]))]
    .filter((key) => !MEASURES.some(([known]) => known === key))
    .sort();
  return [...activations.map((key): Measure => [key, key, 'ms']), ...MEASURES];
}

const PEOPLE = ['Lovelace', 'Hopper', 'Noether', 'Turing', 'Babbage'];

/** Bytes of each dist/*.js the installed extension ships. */
function installedScripts(extensionsDir: string): Map<string, number> {
  const folder = fs.readdirSync(extensionsDir).find((name) => fs.existsSync(path.join(extensionsDir, name, 'dist')));
  if (!folder) throw new Error(`no installed extension in ${extensionsDir}`);
  const dist = path.join(extensionsDir, folder, 'dist');
  const sizes = new Map<string, number>();
  for (const file of fs
    .readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    sizes.set(file, fs.statSync(path.join(dist, file)).size);
  }
  return sizes;
}

/**
 * Runs Create Contact from the palette; returns ms from Enter to the form's first paint (the form
 * frame's first-contentful-paint, when chromium reports one) and to the form being interactive
 * (First name and the Create Contact button visible).
 */
async function openForm(wb: Workbench): Promise<{ interactive: number; paint: number | undefined }> {
  await wb.showCommand('Lightfield: Create Contact');
  const pressed = Date.now();
  await wb.page.keyboard.press('Enter');
  const form = wb.webview();
  await Promise.all([
    form.getByLabel('First name', { exact: true }).waitFor({ timeout: 30_000 }),
    form.getByRole('button', { name: 'Create Contact', exact: true }).waitFor({ timeout: 30_000 }),
  ]);
  const interactive = Date.now() - pressed;
  await wb.tab(PANEL_TITLE).waitFor();
  const paintedAt = await form
    .locator('body')
    .evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return paint ? performance.timeOrigin + paint.startTime : undefined;
    })
    .catch(() => undefined);
  return { interactive, paint: paintedAt === undefined ? undefined : Math.round(paintedAt - pressed) };
}

/**
 * Notes in the workbench page when a toast saying `text` is added (window.benchNoticeAt): waiting for
 * it from here polls at growing intervals, which would add up to the poll's interval to the figure.
 */
async function watchForNotification(wb: Workbench, text: string): Promise<void> {
  await wb.page.evaluate((expected) => {
    const page = window as unknown as { benchNoticeAt?: number };
    page.benchNoticeAt = undefined;
    const toasts = document.querySelector('.notifications-toasts') ?? document.body;
    const observer = new MutationObserver(() => {
      const shown = Array.from(toasts.querySelectorAll('.notification-toast')).some((toast) =>
        toast.textContent?.includes(expected),
      );
      if (!shown) return;
      page.benchNoticeAt = Date.now();
      observer.disconnect();
    });
    observer.observe(toasts, { childList: true, subtree: true, characterData: true });
  }, text);
}

/** Fills the form, pauses as a user would, clicks Create Contact; ms to the POST and to the notification. */
async function createOne(
  wb: Workbench,
  fake: FakeLightfield,
  last: string,
  run: number,
  /** Which create of the run: with the run, it makes the email new, so no create meets a duplicate. */
  create: number,
): Promise<{ post: number; notice: number; answerNotice: number }> {
  const form = wb.webview();
  const values: [string, string][] = [
    ['First name', 'Ada'],
    ['Last name', last],
    ['Email', `${last.toLowerCase()}.${run}.${create}@bench.example`],
    ['Job title', 'Engineer'],
    ['Phone', '+1 415 555 0123'],
  ];
  for (const [label, value] of values) await form.getByLabel(label, { exact: true }).fill(value);
  await sleep(PAUSE_BEFORE_CREATE_MS);
  const since = fake.requests.length;
  const button = form.getByRole('button', { name: 'Create Contact', exact: true });
  // The click's own time, taken in the form's frame (the playwright round trip is not the extension's).
  await button.evaluate((element) =>
    element.ownerDocument.addEventListener(
      'click',
      () => ((window as unknown as { benchClickAt: number }).benchClickAt = Date.now()),
      { capture: true, once: true },
    ),
  );
  const notice = `Created contact Ada ${last}`;
  await watchForNotification(wb, notice);
  await button.click();
  await wb.waitForNotification(notice, 30_000);
  const noticed = await wb.page.evaluate(() => (window as unknown as { benchNoticeAt?: number }).benchNoticeAt);
  if (noticed === undefined) throw new Error(`the toast "${notice}" showed, but its time was not noted`);
  // The button is gone by now (the panel shows the outcome); the page keeps the time.
  const clickedAt = await form
    .locator('body')
    .evaluate(() => (window as unknown as { benchClickAt: number }).benchClickAt);
  const [post] = await requestsSince(fake, since, isCreate);
  if (!post?.answeredAt) throw new Error('no POST /v1/contacts was answered by the stand-in');
  return { post: post.at - clickedAt, notice: noticed - clickedAt, answerNotice: noticed - post.answeredAt };
}

/** One run of `subject` in a fresh code-server and browser; `reloads` windows of each activation scenario. */
async function runOnce(subject: Subject, run: number, reloads: number): Promise<Figures> {
  const figures: Figures = new Map();
  const root = freshRunDir(`bench/${run}-${subject.label.replace(/\W+/g, '-')}`);
  const dirs = codeServerDirs(root);
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'notes.md'), '# Notes\n');
  await installExtension(dirs, subject.vsix);
  const scripts = installedScripts(dirs.extensionsDir);
  figures.set('extensionJs', [scripts.get('extension.js') ?? NaN]);
  figures.set('allJs', [[...scripts.values()].reduce((sum, bytes) => sum + bytes, 0)]);

  const fake = await startFakeLightfield({ port: 0 });
  writeUserSettings(dirs, { 'lightfield.baseUrl': fake.url });
  const server = await startCodeServer({ ...dirs, port: await freePort() });
  let context: BrowserContext | undefined;
  let wb: Workbench | undefined;
  try {
    context = await launchChromium(path.join(root, 'chromium-profile'));
    wb = new Workbench(context.pages()[0] ?? (await context.newPage()), server.base);
    await wb.openFolder(workspace, 'notes.md');
    await wb.waitForCommand(SET_KEY);
    const host = await startedExtensionHost(dirs.userDataDir, new Set());
    // The first command activates the extension, unless its activation events did while the window started.
    await wb.runCommand(SET_KEY);
    await wb.answerInput(DEMO_KEY, { password: true });
    await wb.waitForNotification('Lightfield API key saved.');
    const firstWindow: ActivationSample = {
      scenario: 'command',
      event: await activationEvent(host, subject.id),
      ms: await activationMs(wb, subject.displayName),
    };
    await wb.resetUi();
    const target = { ...subject, userDataDir: dirs.userDataDir, markdownFile: 'notes.md', command: SET_KEY };
    for (const sample of [firstWindow, ...(await reloadedActivations(wb, target, reloads))]) {
      figures.set(activationKey(sample), [...(figures.get(activationKey(sample)) ?? []), sample.ms]);
    }

    const first = await openForm(wb);
    figures.set('openFirst', [first.interactive]);
    if (first.paint !== undefined) figures.set('paintFirst', [first.paint]);
    const reopens: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < REOPENS; i++) {
      await wb.resetUi();
      const open = await openForm(wb);
      reopens.push(open.interactive);
      if (open.paint !== undefined) paints.push(open.paint);
    }
    figures.set('openReopen', reopens);
    if (paints.length > 0) figures.set('paintReopen', paints);

    const posts: number[] = [];
    const notices: number[] = [];
    const answerNotices: number[] = [];
    for (let i = 0; i < CREATES; i++) {
      await wb.resetUi();
      await openForm(wb);
      const created = await createOne(wb, fake, PEOPLE[i % PEOPLE.length]!, run, i);
      posts.push(created.post);
      notices.push(created.notice);
      answerNotices.push(created.answerNotice);
    }
    figures.set('clickPostFirst', posts.slice(0, 1));
    figures.set('clickPost', posts.slice(1));
    figures.set('clickNoticeFirst', notices.slice(0, 1));
    figures.set('clickNotice', notices.slice(1));
    figures.set('answerNotice', answerNotices.slice(1));
  } catch (error) {
    log(`${subject.label} run ${run} stopped early: ${error instanceof Error ? error.stack : String(error)}`);
    const shot = await wb?.screenshot(`bench-${run}-${subject.label}`).catch(() => undefined);
    if (shot) log(`screenshot: ${path.relative(REPO_ROOT, shot)}`);
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
    await fake.close();
  }
  return figures;
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return unit === 'B' ? `${value.toLocaleString('en-US')} B` : `${value} ms`;
}

/** The median of the samples, their interquartile range, lowest–highest and count; a size is one figure. */
function summary(samples: number[], unit: string): string {
  if (samples.length === 0) return '—';
  if (unit === 'B') return format(median(samples), unit);
  const iqr = `IQR ${quantile(samples, 0.25)}–${quantile(samples, 0.75)}`;
  return `${format(median(samples), unit)} (${iqr}, ${Math.min(...samples)}–${Math.max(...samples)}, n=${samples.length})`;
}

/** The load average over 1, 5 and 15 minutes. */
function load(): string {
  return os
    .loadavg()
    .map((average) => average.toFixed(2))
    .join(' / ');
}

function report(subjects: Subject[], runs: Map<string, Figures[]>): void {
  const [mine, floor] = subjects as [Subject, Subject];
  console.log(
    `\nbench: ${mine.label} vs ${floor.label}, runs alternating; median (interquartile range, lowest–highest, n=samples) of all counted runs; ratio = median ÷ median`,
  );
  const rows: string[][] = [['measure', mine.label, floor.label, 'ratio']];
  for (const [key, title, unit] of measuresIn([...runs.values()].flat())) {
    const samples = (subject: Subject) => (runs.get(subject.label) ?? []).flatMap((figures) => figures.get(key) ?? []);
    const a = samples(mine);
    const b = samples(floor);
    const ratio = a.length > 0 && b.length > 0 ? (median(a) / median(b)).toFixed(2) + '×' : '—';
    rows.push([title, summary(a, unit), summary(b, unit), ratio]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  │  '));
}

async function main(): Promise<void> {
  const started = Date.now();
  const subjects = await packageSubjects();
  const rounds = Number(process.env.LIGHTFIELD_BENCH_ROUNDS ?? 3);
  const reloads = Number(process.env.LIGHTFIELD_BENCH_RELOADS ?? 1);
  const loadBefore = load();
  for (const subject of [...subjects].reverse()) {
    log(`--- warm-up run (not counted, no reloads): ${subject.label}; load average ${load()}`);
    await runOnce(subject, 0, 0);
  }
  const runs = new Map<string, Figures[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const subject of round % 2 === 1 ? subjects : [...subjects].reverse()) {
      log(`--- round ${round} of ${rounds}: ${subject.label}; load average ${load()}`);
      const figures = await runOnce(subject, round, reloads);
      runs.set(subject.label, [...(runs.get(subject.label) ?? []), figures]);
      log(
        measuresIn([figures])
          .map(
            ([key, title, unit]) =>
              `${title}: ${(figures.get(key) ?? []).map((v) => format(v, unit)).join(', ') || '—'}`,
          )
          .join('; '),
      );
    }
  }
  report(subjects, runs);
  const wall = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `load average (1 / 5 / 15 min): before ${loadBefore}, after ${load()}; ${rounds} rounds and a warm-up run of each, wall time ${wall} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
