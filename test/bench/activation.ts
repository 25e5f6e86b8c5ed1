// The activation part of `npm run bench`: samples of the time Developer: Show Running Extensions shows,
// each with the activation event that caused it, read from the extension host's log. One window gives
// one sample; a window reload starts a new extension host and gives another. Two ways a window starts:
//   command   no editor open; the extension activates on its first command (or earlier, on whatever
//             its activation events catch while the window starts: the event says which)
//   restored  notes.md open in an editor when the window reloads: restored at startup, as a user's is
// The same scenarios and reload counts run for this extension and the baseline (same activation events).
// A reloaded window mostly activates both on onLanguage:plaintext while it starts, before any command
// (the workbench asks for plaintext with no editor open: microsoft/vscode#80268), so the by-command samples
// come mostly from each run's first window: more rounds, not more reloads, give more of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sleep } from '../host/tools';
import type { Workbench } from '../host/workbench';

type ActivationScenario = 'command' | 'restored';

const SCENARIO_TITLES: Record<ActivationScenario, string> = {
  command: 'no editor open, first command',
  restored: 'a Markdown editor restored',
};

/** What a sample is filed under: its scenario and the activation event the extension host logged. */
export interface ActivationSample {
  scenario: ActivationScenario;
  event: string;
  ms: number;
}

/** The figures' key for a sample: one row of the report per scenario and activation event. */
export function activationKey(sample: ActivationSample): string {
  return `activation (Running Extensions), ${SCENARIO_TITLES[sample.scenario]}; activated on ${sample.event}`;
}

/** Every extension host log the server wrote: one per extension host, and a window reload starts a new one. */
function extensionHostLogs(userDataDir: string): string[] {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return [];
  return fs.readdirSync(logs).flatMap((session) => {
    const sessionDir = path.join(logs, session);
    if (!fs.statSync(sessionDir).isDirectory()) return [];
    return fs
      .readdirSync(sessionDir)
      .filter((name) => name.startsWith('exthost'))
      .map((name) => path.join(sessionDir, name, 'remoteexthost.log'))
      .filter((file) => fs.existsSync(file));
  });
}

/**
 * Waits until an extension host whose log is not in `known` has activated the workbench's own startup
 * extensions (git and the like), and returns its log. An extension activated by command during that
 * burst would be charged for their work too (Running Extensions times activation by the wall clock);
 * a user's first command comes after it, and so does the bench's.
 */
export async function startedExtensionHost(userDataDir: string, known: ReadonlySet<string>): Promise<string> {
  for (let waited = 0; ; waited += 200) {
    const started = extensionHostLogs(userDataDir).find(
      (file) => !known.has(file) && fs.readFileSync(file, 'utf8').includes('Eager extensions activated'),
    );
    if (started) return started;
    if (waited > 60_000) throw new Error(`no new extension host finished starting (logs in ${userDataDir}/logs)`);
    await sleep(200);
  }
}

/** The activation event that activated `extensionId`, as the extension host that wrote `logFile` logged it. */
export async function activationEvent(logFile: string, extensionId: string): Promise<string> {
  const line = new RegExp(
    `_doActivateExtension ${extensionId.replace(/\./g, '\\.')}, .*activationEvent: '([^']+)'`,
    'i',
  );
  for (let waited = 0; ; waited += 200) {
    const match = line.exec(fs.readFileSync(logFile, 'utf8'));
    if (match) return match[1]!;
    if (waited > 15_000) throw new Error(`${extensionId} was not activated (log ${logFile})`);
    await sleep(200);
  }
}

/** The activation time the Running Extensions editor shows for `displayName`. */
export async function activationMs(wb: Workbench, displayName: string): Promise<number> {
  await wb.runCommand('Developer: Show Running Extensions');
  const list = wb.page.locator('.runtime-extensions-editor .monaco-list').first();
  const row = list.locator('.monaco-list-row', { hasText: displayName }).first();
  await list.waitFor({ timeout: 15_000 });
  // Rows are sorted by activation time, slowest first, and only those in view are rendered: scroll.
  const box = await list.boundingBox();
  for (let i = 0; i < 40 && (await row.count()) === 0; i++) {
    if (box) await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.mouse.wheel(0, 400);
    await sleep(100);
  }
  const time = row.locator('.activation-time');
  await time.filter({ hasText: /\d+ms/ }).waitFor({ timeout: 15_000 });
  const text = await time.innerText();
  const match = /(\d+)ms/.exec(text);
  if (!match) throw new Error(`unexpected activation text: ${text}`);
  return Number(match[1]);
}

/** Reloads the window (a new extension host) and returns the new host's log once it has started. */
async function reloadWindow(wb: Workbench, userDataDir: string, expectFile: string): Promise<string> {
  const known = new Set(extensionHostLogs(userDataDir));
  await wb.runCommand('Developer: Reload Window');
  await wb.page
    .locator('.monaco-workbench')
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => {});
  await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await wb.page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: expectFile })
    .first()
    .waitFor({ timeout: 60_000 });
  return startedExtensionHost(userDataDir, known);
}

export interface ActivationTarget {
  /** As Running Extensions shows it. */
  displayName: string;
  /** publisher.name, as the extension host logs it. */
  id: string;
  userDataDir: string;
  /** A Markdown file in the workspace: the `restored` scenario opens it before reloading. */
  markdownFile: string;
  /** A command of the extension's, run from the palette, whose password box Escape dismisses. */
  command: string;
}

/**
 * `reloads` samples of each scenario, each in a reloaded window; the window is left with no editor open.
 * The window's key and settings stay as they were: the command's input box is dismissed.
 */
export async function reloadedActivations(
  wb: Workbench,
  target: ActivationTarget,
  reloads: number,
): Promise<ActivationSample[]> {
  const samples: ActivationSample[] = [];
  for (const scenario of ['command', 'restored'] as const) {
    for (let i = 0; i < reloads; i++) {
      if (scenario === 'restored') await wb.openFile(target.markdownFile);
      const host = await reloadWindow(wb, target.userDataDir, target.markdownFile);
      if (scenario === 'command') {
        await wb.waitForCommand(target.command);
        await wb.runCommand(target.command);
        // The command's own box (a password box, both subjects'), not the palette it was run from.
        await wb.quickInput({ password: true }).waitFor({ state: 'visible', timeout: 15_000 });
        await wb.page.keyboard.press('Escape');
      }
      const event = await activationEvent(host, target.id);
      samples.push({ scenario, event, ms: await activationMs(wb, target.displayName) });
      await wb.resetUi();
    }
  }
  return samples;
}
