// The project's single test command (npm test → test/run-all.sh → this): runs each stage as a child
// process, one after the other (2 cores), streams its output, counts its tests, and ends with a
// per-stage summary and ONE line `N passed, N failed`. Exit code 1 when anything failed.
//   node out/test/run-all.js [stage ...]        stages: typecheck lint unit integration e2e
// Env: LIGHTFIELD_STAGE_TIMEOUT_S overrides every stage's time limit (defaults: 10 min, e2e 20 min).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Stage {
  name: string;
  command: string;
  args: string[];
  /** A check without a test count (typecheck, lint) counts as one test. */
  single?: boolean;
  /** Returns a reason to skip instead of running. */
  skip?: () => string | undefined;
  /** Wall-clock limit; the stage's whole process group is stopped after it (default 10 min). */
  timeoutS?: number;
}

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  exitCode: number;
  seconds: number;
  note: string;
}

function hasFiles(dir: string, suffix: string): boolean {
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith(suffix));
}

const STAGES: Stage[] = [
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'], single: true },
  { name: 'lint', command: 'npm', args: ['run', '-s', 'lint'], single: true },
  {
    name: 'unit',
    command: process.execPath,
    // Settings (spec glob, bdd, timeout) come from package.json's "mocha" section.
    args: [path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', 'spec', '--no-color'],
    skip: () => (hasFiles(path.join(ROOT, 'out', 'test', 'unit'), '.test.js') ? undefined : 'no unit tests built'),
  },
  {
    name: 'integration',
    command: process.execPath,
    args: [path.join(ROOT, 'out', 'test', 'integration', 'run-code-server.js')],
  },
  {
    name: 'e2e',
    command: process.execPath,
    args: [path.join(ROOT, 'out', 'test', 'e2e', 'run.js')],
    timeoutS: 20 * 60,
  },
];

/** Counts from a stage's output: our runners' `N passed, N failed`, else mocha's `N passing`/`N failing`. */
export function countTests(output: string): { passed: number; failed: number } | undefined {
  const ours = [...output.matchAll(/^\s*(\d+) passed, (\d+) failed\s*$/gm)].pop();
  if (ours) return { passed: Number(ours[1]), failed: Number(ours[2]) };
  const passing = [...output.matchAll(/^\s*(\d+) passing\b/gm)].pop();
  const failing = [...output.matchAll(/^\s*(\d+) failing\b/gm)].pop();
  if (!passing && !failing) return undefined;
  return { passed: Number(passing?.[1] ?? 0), failed: Number(failing?.[1] ?? 0) };
}

function runStage(stage: Stage): Promise<Outcome> {
  const started = Date.now();
  const done = (exitCode: number, passed: number, failed: number, note = ''): Outcome => ({
    name: stage.name,
    passed,
    failed,
    exitCode,
    seconds: (Date.now() - started) / 1000,
    note,
  });
  const reason = stage.skip?.();
  if (reason) {
    console.log(`\n=== ${stage.name}: skipped (${reason})`);
    return Promise.resolve(done(0, 0, 0, `skipped: ${reason}`));
  }
  console.log(
    `\n=== ${stage.name}: ${[path.basename(stage.command), ...stage.args.map((a) => path.relative(ROOT, a) || a)].join(' ')}`,
  );
  return new Promise((resolve) => {
    let output = '';
    // Own process group, so a timeout or Ctrl-C also stops what the stage started (code-server, chromium).
    const child = spawn(stage.command, stage.args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
      detached: true,
    });
    current = child.pid;
    let timedOut = false;
    const limitS = Number(process.env.LIGHTFIELD_STAGE_TIMEOUT_S) || stage.timeoutS || 600;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`\n=== ${stage.name}: no result after ${limitS} s, stopping it`);
      stopGroup(child.pid, 'SIGTERM');
      setTimeout(() => stopGroup(child.pid, 'SIGKILL'), 5000).unref();
    }, limitS * 1000);
    const keep = (chunk: Buffer, sink: NodeJS.WriteStream): void => {
      sink.write(chunk);
      output += chunk.toString('utf8');
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
    child.on('error', (error) => resolve(done(1, 0, 1, `could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      const exitCode = code ?? 1;
      if (timedOut) {
        const counted = countTests(output);
        resolve(done(exitCode || 1, counted?.passed ?? 0, (counted?.failed ?? 0) + 1, `timed out after ${limitS} s`));
        return;
      }
      if (stage.single) {
        resolve(exitCode === 0 ? done(0, 1, 0) : done(exitCode, 0, 1));
        return;
      }
      const counted = countTests(output);
      if (!counted) {
        resolve(
          done(
            exitCode,
            0,
            exitCode === 0 ? 0 : 1,
            exitCode === 0 ? 'no test count found' : `exit ${exitCode}${signal ? ` (${signal})` : ''}, no test count`,
          ),
        );
      } else if (exitCode !== 0 && counted.failed === 0) {
        // Exited non-zero although every counted test passed (e.g. crashed afterwards): one more failure.
        resolve(done(exitCode, counted.passed, 1, `exit ${exitCode} with all counted tests passing`));
      } else {
        resolve(done(exitCode, counted.passed, counted.failed));
      }
    });
  });
}

/** The running stage's process group id (= its pid), for Ctrl-C. */
let current: number | undefined;

function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopGroup(current, 'SIGTERM');
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STAGES.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`unknown stage(s): ${unknown.join(', ')}; stages: ${STAGES.map((s) => s.name).join(' ')}`);
    return 2;
  }
  const outcomes: Outcome[] = [];
  for (const stage of STAGES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    outcomes.push(await runStage(stage));
  }
  console.log('\n=== summary');
  for (const o of outcomes) {
    const status = o.failed > 0 || o.exitCode !== 0 ? 'FAIL' : 'ok  ';
    const note = o.note ? `  (${o.note})` : '';
    console.log(
      `  ${status} ${o.name.padEnd(12)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed ${o.seconds.toFixed(1).padStart(7)} s${note}`,
    );
  }
  const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || outcomes.some((o) => o.exitCode !== 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
