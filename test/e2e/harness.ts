// What every e2e scenario file shares: the scenario runner (collects results, explains a failure with
// what the stand-in saw, a screenshot and what was on screen), expectations, waiting for requests,
// opening / submitting the contact form, and each scenario file's setup: its stand-in, workspace and signed-in user.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { BrowserContext, Locator } from 'playwright-core';
import {
  DEMO_KEY,
  startFakeLightfield,
  type FakeLightfield,
  type FakeLightfieldOptions,
  type RecordedRequest,
} from '../fake-lightfield/server';
import { launchChromium, type LaunchOptions } from '../host/browser';
import { writeUserSettings, type CodeServer, type CodeServerDirs } from '../host/code-server';
import { REPO_ROOT, log, sleep } from '../host/tools';
import { Workbench } from '../host/workbench';

export const PANEL_TITLE = 'New Lightfield Contact';
/** What an Idempotency-Key looks like. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface Result {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

/** Collects every mismatch of a scenario, so one run reports all of them, not just the first. */
export class Expectations {
  readonly problems: string[] = [];
  that(condition: boolean, message: string): void {
    if (!condition) this.problems.push(message);
  }
  /** Deep, key-order-insensitive equality (util.isDeepStrictEqual). */
  equal(actual: unknown, expected: unknown, what: string): void {
    if (!isDeepStrictEqual(actual, expected)) {
      this.problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  /** Throws when anything was recorded (ends the scenario as failed). */
  settle(): void {
    if (this.problems.length > 0) throw new Error(this.problems.join('\n      '));
  }
}

/** Error text without ANSI colours and with playwright's call log cut to its first step. */
function cleanError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
  return text.replace(/\nCall log:\n\s*-?\s*([^\n]*)[\s\S]*$/, ' ($1)');
}

/** Requests recorded after index `since` that match `pred`, waiting up to `timeoutMs` for at least `count`. */
export async function requestsSince(
  fake: FakeLightfield,
  since: number,
  pred: (request: RecordedRequest) => boolean,
  count = 1,
  timeoutMs = 10_000,
): Promise<RecordedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.requests.slice(since).filter(pred);
    if (found.length >= count || Date.now() > deadline) return found;
    await sleep(100);
  }
}

export const isCreate = (r: RecordedRequest): boolean => r.method === 'POST' && r.path === '/v1/contacts';
export const isValidate = (r: RecordedRequest): boolean => r.method === 'GET' && r.path === '/v1/auth/validate';

/** What run.ts hands a scenario file that brings its own stand-in and browser (another user). */
export interface ScenarioEnv {
  results: Result[];
  only: readonly string[];
  server: CodeServer | undefined;
  dirs: CodeServerDirs;
  root: string;
  workspace: string;
  /** The run's user settings; a scenario file that changes them restores them. */
  settings: Record<string, unknown>;
}

export type ScenarioBody = (wb: Workbench, expect: Expectations) => Promise<void>;

export interface ScenarioSetup {
  /** The stand-in the scenarios talk to (its requests explain a failure). */
  fake: FakeLightfield;
  /** The workbench of the moment (a scenario may replace it); undefined when setup failed. */
  workbench: () => Workbench | undefined;
  /** Scenario letters to run; empty = all. */
  only: readonly string[];
  results: Result[];
}

/** True when `letter` is to run under LIGHTFIELD_E2E_ONLY (`only`). */
export function isSelected(only: readonly string[], letter: string): boolean {
  return only.length === 0 || only.includes(letter);
}

/**
 * Runs scenarios one after another; each runs even when an earlier one failed, and a failure saves
 * out/screenshots/failed-<scenario>.png. The UI is reset after each.
 */
export function scenarioRunner(
  setup: ScenarioSetup,
): (letter: string, name: string, body: ScenarioBody) => Promise<void> {
  const { fake, results } = setup;
  return async (letter, name, body) => {
    if (!isSelected(setup.only, letter)) return;
    const title = `${letter}. ${name}`;
    const started = Date.now();
    const firstRequest = fake.requests.length;
    log(`--- ${title}`);
    let ok = false;
    let detail = '';
    try {
      const wb = setup.workbench();
      if (!wb) throw new Error('no workbench (setup failed)');
      const expect = new Expectations();
      await body(wb, expect);
      expect.settle();
      ok = true;
    } catch (error) {
      detail = cleanError(error);
      const seen = fake.requests.slice(firstRequest).map((r) => `${r.method} ${r.path} → ${r.status}`);
      detail += `\n      stand-in saw: ${seen.length > 0 ? seen.join(', ') : 'no requests'}`;
      const wb = setup.workbench();
      if (wb) {
        const dialogs = await wb.dialogTexts().catch(() => []);
        if (dialogs.length > 0) detail += `\n      dialog on screen: ${JSON.stringify(dialogs)}`;
        const toasts = await wb.notificationTexts().catch(() => []);
        if (toasts.length > 0) detail += `\n      notifications on screen: ${JSON.stringify(toasts)}`;
        const shot = await wb.screenshot(`failed-${letter}-${name}`.slice(0, 60)).catch(() => '');
        if (shot) detail += `\n      screenshot: ${path.relative(REPO_ROOT, shot)}`;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    results.push({ name: title, ok, detail, seconds });
    log(`${ok ? 'PASS' : 'FAIL'} ${title} (${seconds.toFixed(1)} s)${ok ? '' : `\n      ${detail}`}`);
    const wb = setup.workbench();
    if (wb) await wb.resetUi().catch((error: unknown) => log(`reset after ${letter} failed: ${String(error)}`));
  };
}

/**
 * Runs Create Contact and waits for the form. With a key stored there must be no key prompt;
 * `tolerateKeyPrompt` answers one anyway (logged) so a scenario can test something else.
 */
export async function openCreateContact(w: Workbench, tolerateKeyPrompt = false): Promise<void> {
  await w.runCommand('Lightfield: Create Contact');
  const tab = w.tab(PANEL_TITLE);
  const keyBox = w.quickInput({ password: true });
  await tab.or(keyBox).or(w.dialog()).first().waitFor({ timeout: 20_000 });
  if (await w.dialog().isVisible())
    throw new Error(`Create Contact showed a dialog: ${(await w.dialogTexts()).join(' | ')}`);
  if (!(await tab.isVisible()) && (await keyBox.isVisible())) {
    if (!tolerateKeyPrompt) throw new Error('Create Contact asked for the API key although one was stored');
    log('INFO: Create Contact asked for the API key again; answering it');
    await w.answerInput(DEMO_KEY, { password: true });
  }
  await waitForForm(w);
}

/** Waits for the form's tab and its first field. */
export async function waitForForm(w: Workbench): Promise<void> {
  await w.tab(PANEL_TITLE).waitFor({ timeout: 20_000 });
  await w.webview().getByLabel('First name', { exact: true }).waitFor({ timeout: 20_000 });
}

/**
 * Records the text of every notification toast shown from now on, however briefly (a MutationObserver
 * in the workbench page); the returned function reads what was seen.
 */
export async function watchToasts(w: Workbench): Promise<() => Promise<string[]>> {
  await w.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { lightfieldToasts: string[] }).lightfieldToasts = seen;
    const record = () => {
      for (const toast of document.querySelectorAll('.notification-toast')) {
        const text = (toast.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => w.page.evaluate(() => (window as unknown as { lightfieldToasts: string[] }).lightfieldToasts);
}

export async function submit(w: Workbench): Promise<void> {
  await w.webview().getByRole('button', { name: 'Create Contact', exact: true }).click();
}

/** The POSTs of a create after index `since`: waits for the first, then a moment for a duplicate. */
export async function createPostsSince(fake: FakeLightfield, since: number): Promise<RecordedRequest[]> {
  await requestsSince(fake, since, isCreate);
  await sleep(300); // a second (duplicate) POST would show up here
  return fake.requests.slice(since).filter(isCreate);
}

/** The input's value once it is `expected`, or after `timeoutMs` whatever it is then (for the message). */
export async function valueSoon(input: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let value = await input.inputValue();
  while (value !== expected && Date.now() < deadline) {
    await sleep(100);
    value = await input.inputValue();
  }
  return value;
}

/** The texts an input is described by (`aria-describedby` → each element's text), joined by " | ". */
export function describedBy(input: Locator): Promise<string> {
  return input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? `(#${id} missing)`)
      .join(' | '),
  );
}

export interface SignedInUser {
  context: BrowserContext;
  workbench: Workbench;
}

/**
 * Another user: a fresh browser profile opens `workspace` on the running code-server and stores
 * DEMO_KEY with Set API Key (validated by whichever stand-in `lightfield.baseUrl` names). When anything
 * fails: a screenshot out/screenshots/<failureShot>.png, the browser closed, the error rethrown.
 */
async function openSignedInWorkbench(options: {
  base: string;
  profileDir: string;
  workspace: string;
  expectFile: string;
  failureShot: string;
  browser?: LaunchOptions;
}): Promise<SignedInUser> {
  const context = await launchChromium(options.profileDir, options.browser);
  let workbench: Workbench | undefined;
  try {
    workbench = new Workbench(context.pages()[0] ?? (await context.newPage()), options.base);
    await workbench.openFolder(options.workspace, options.expectFile);
    await workbench.waitForCommand('Lightfield: Set API Key');
    await workbench.runCommand('Lightfield: Set API Key');
    await workbench.answerInput(DEMO_KEY, { password: true });
    await workbench.waitForNotification('Lightfield API key saved.');
    await workbench.resetUi();
    return { context, workbench };
  } catch (error) {
    await workbench?.screenshot(options.failureShot).catch(() => {});
    await context.close().catch(() => {});
    throw error;
  }
}

export interface ScenarioFile {
  /** The file's own stand-in. */
  fake: FakeLightfield;
  /** Runs one scenario of the file on its user's workbench. */
  scenario: ReturnType<typeof scenarioRunner>;
  /** Closes the browser and the stand-in, and restores the run's user settings. */
  close(): Promise<void>;
}

/**
 * What each scenario file sets up: its own stand-in (`fake` options), its own user (settings point
 * `lightfield.baseUrl` at the stand-in, plus `settings`; a fresh browser opens the workspace and stores
 * the key, then `afterSignIn` runs) and its scenario runner. The workspace is a fresh folder holding
 * `files` (name → content) or, without them, the run's. Undefined when none of `letters` is to run.
 * A failed setup is logged (screenshot out/screenshots/failed-<name>-setup.png) and fails each scenario.
 */
export async function startScenarioFile(
  env: ScenarioEnv,
  options: {
    letters: readonly string[];
    name: string;
    fake?: FakeLightfieldOptions;
    files?: Record<string, string | Buffer>;
    expectFile: string;
    settings?: Record<string, unknown>;
    browser?: LaunchOptions;
    afterSignIn?: (user: SignedInUser) => Promise<void>;
  },
): Promise<ScenarioFile | undefined> {
  const { name } = options;
  if (!options.letters.some((letter) => isSelected(env.only, letter))) return undefined;
  const fake = await startFakeLightfield({ ...options.fake, port: 0 });
  const workspace = options.files ? makeWorkspace(env.root, `${name}-workspace`, options.files) : env.workspace;
  log(`${name} stand-in ${fake.url}; workspace ${workspace}`);
  writeUserSettings(env.dirs, { ...env.settings, 'lightfield.baseUrl': fake.url, ...options.settings });
  let user: SignedInUser | undefined;
  try {
    if (!env.server) throw new Error('no code-server');
    user = await openSignedInWorkbench({
      base: env.server.base,
      profileDir: path.join(env.root, `chromium-profile-${name}`),
      workspace,
      expectFile: options.expectFile,
      failureShot: `failed-${name}-setup`,
      browser: options.browser,
    });
    await options.afterSignIn?.(user);
  } catch (error) {
    log(`${name} setup failed: ${error instanceof Error ? error.stack : String(error)}`);
    await user?.workbench.screenshot(`failed-${name}-setup`).catch(() => {});
    await user?.context.close().catch(() => {});
    user = undefined;
  }
  const workbench = user?.workbench;
  return {
    fake,
    scenario: scenarioRunner({ fake, workbench: () => workbench, only: env.only, results: env.results }),
    close: async () => {
      await user?.context.close().catch(() => {});
      await fake.close();
      writeUserSettings(env.dirs, env.settings);
    },
  };
}

/** Files of test/fixtures/e2e, by name, for a scenario file's workspace. */
export function e2eFixtures(...names: string[]): Record<string, Buffer> {
  return Object.fromEntries(
    names.map((name) => [name, fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', name))]),
  );
}

function makeWorkspace(root: string, folder: string, files: Record<string, string | Buffer>): string {
  const workspace = path.join(root, folder);
  fs.mkdirSync(workspace, { recursive: true });
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(workspace, file), content);
  return workspace;
}

/** Runs `body` with the stand-in's list index `ms` behind (§7), and puts it back in step after. */
export async function withIndexLag(fake: FakeLightfield, ms: number, body: () => Promise<void>): Promise<void> {
  fake.setIndexLag(ms);
  try {
    await body();
  } finally {
    fake.setIndexLag(0);
  }
}
