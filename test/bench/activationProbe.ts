// `npm run bench:activation-probe`: what the activation time Running Extensions shows is made of, for this
// extension and the bench's baseline, in real code-server + chromium. The installed extension's `main`
// becomes a probe (PROBE below) that loads the real dist/extension.js and times, with performance.now()
// in the extension host: the `vscode` API object's creation (the first require('vscode') of an extension),
// the require of dist/extension.js, activate(), and inside it each vscode API call activation makes.
// Each sample is one window (the first, then reloads: activation.ts's scenarios); prints each sample and
// the median of each part. Figures to read, not a test.
//   flock /tmp/lightfield-browser.lock npm run bench:activation-probe
// Env: LIGHTFIELD_BENCH_RELOADS (reloaded windows per scenario and subject, default 3),
// LIGHTFIELD_E2E_SKIP_PACKAGE=1 (reuse the .vsix).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../host/browser';
import { codeServerDirs, freePort, installExtension, startCodeServer, writeUserSettings } from '../host/code-server';
import { freshRunDir, log } from '../host/tools';
import { Workbench } from '../host/workbench';
import { activationKey, reloadedActivations } from './activation';
import { median } from './quantile';
import { packageSubjects, type Subject } from './subjects';

/** The API calls timed inside activate(): what the extension and the baseline call at activation. */
const TIMED_CALLS = {
  commands: ['registerCommand'],
  workspace: ['getConfiguration', 'onDidChangeConfiguration'],
  languages: ['registerCodeActionsProvider'],
  window: ['registerWebviewPanelSerializer'],
};

/** The probe, as the installed extension's main: appends one JSON line per activation to LIGHTFIELD_PROBE_OUT. */
const PROBE = `'use strict';
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const started = performance.now();
const vscode = require('vscode');
const apiMs = performance.now() - started;
const calls = {};
for (const [namespace, names] of Object.entries(${JSON.stringify(TIMED_CALLS)})) {
  for (const name of names) {
    const original = vscode[namespace][name];
    vscode[namespace][name] = function (...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const call = namespace + '.' + name;
        calls[call] = (calls[call] || 0) + performance.now() - start;
      }
    };
    if (vscode[namespace][name] === original) calls[namespace + '.' + name + ' (not wrapped)'] = 0;
  }
}
const requireStarted = performance.now();
const extension = require('./extension.js');
const requireMs = performance.now() - requireStarted;
exports.activate = (context) => {
  const start = performance.now();
  const result = extension.activate(context);
  const activateMs = performance.now() - start;
  fs.appendFileSync(process.env.LIGHTFIELD_PROBE_OUT, JSON.stringify({ apiMs, requireMs, activateMs, calls }) + '\\n');
  return result;
};
exports.deactivate = () => extension.deactivate && extension.deactivate();
`;

interface ProbeLine {
  apiMs: number;
  requireMs: number;
  activateMs: number;
  calls: Record<string, number>;
}

/** Installs `vsix` and makes the probe its main (the real main stays as dist/extension.js). */
async function installProbed(dirs: ReturnType<typeof codeServerDirs>, vsix: string): Promise<void> {
  await installExtension(dirs, vsix);
  const folder = fs
    .readdirSync(dirs.extensionsDir)
    .find((name) => fs.existsSync(path.join(dirs.extensionsDir, name, 'dist')));
  if (!folder) throw new Error(`no installed extension in ${dirs.extensionsDir}`);
  const root = path.join(dirs.extensionsDir, folder);
  fs.writeFileSync(path.join(root, 'dist', 'probe.js'), PROBE);
  const manifestFile = path.join(root, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { main: string };
  if (manifest.main !== './dist/extension.js') throw new Error(`unexpected main ${manifest.main}`);
  fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, main: './dist/probe.js' }, null, 2));
}

const round = (ms: number): string => ms.toFixed(2);

async function probe(subject: Subject, reloads: number): Promise<void> {
  const root = freshRunDir(`activation-probe/${subject.label.replace(/\W+/g, '-')}`);
  const dirs = codeServerDirs(root);
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'notes.md'), '# Notes\n');
  await installProbed(dirs, subject.vsix);
  writeUserSettings(dirs, {});
  const out = path.join(root, 'probe.jsonl');
  const server = await startCodeServer({ ...dirs, port: await freePort(), env: { LIGHTFIELD_PROBE_OUT: out } });
  let context: BrowserContext | undefined;
  try {
    context = await launchChromium(path.join(root, 'chromium-profile'));
    const wb = new Workbench(context.pages()[0] ?? (await context.newPage()), server.base);
    await wb.openFolder(workspace, 'notes.md');
    const target = {
      ...subject,
      userDataDir: dirs.userDataDir,
      markdownFile: 'notes.md',
      command: 'Lightfield: Set API Key',
    };
    const samples = await reloadedActivations(wb, target, reloads);
    const lines = fs
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ProbeLine);
    // The first window's activation is not among the samples (its trigger is not controlled): drop its line.
    const probed = lines.slice(lines.length - samples.length);
    console.log(`\n${subject.label}: ms per activation (performance.now() in the extension host)`);
    probed.forEach((line, i) =>
      console.log(
        `  ${activationKey(samples[i]!)}: Running Extensions ${samples[i]!.ms}; vscode API ${round(line.apiMs)}, ` +
          `require ${round(line.requireMs)}, activate() ${round(line.activateMs)} (${Object.entries(line.calls)
            .map(([call, ms]) => `${call} ${round(ms)}`)
            .join(', ')})`,
      ),
    );
    const parts: [string, (line: ProbeLine) => number][] = [
      ['vscode API object', (line) => line.apiMs],
      ['require dist/extension.js', (line) => line.requireMs],
      ['activate()', (line) => line.activateMs],
      ...[...new Set(probed.flatMap((line) => Object.keys(line.calls)))].map(
        (call): [string, (line: ProbeLine) => number] => [`  in activate(): ${call}`, (line) => line.calls[call] ?? 0],
      ),
    ];
    console.log(`  Running Extensions, median: ${median(samples.map((s) => s.ms))} ms (n=${samples.length})`);
    for (const [title, of] of parts) {
      const values = probed.map(of);
      console.log(
        `  ${title}, median: ${round(median(values))} ms (${round(Math.min(...values))}–${round(Math.max(...values))})`,
      );
    }
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
  }
}

async function main(): Promise<void> {
  const reloads = Number(process.env.LIGHTFIELD_BENCH_RELOADS ?? 3);
  const subjects = await packageSubjects();
  for (const subject of subjects) {
    log(`--- ${subject.label}`);
    await probe(subject, reloads);
  }
}

main().catch((error: unknown) => {
  console.error(`activation probe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
