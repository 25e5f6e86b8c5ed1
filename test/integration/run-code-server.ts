// Runs the in-host mocha suite (out/test/integration/index.js) inside code-server's real Node
// extension host: the offline replacement for @vscode/test-electron.
//   node out/test/integration/run-code-server.js      (after: node esbuild.js && node esbuild.js --tests)
// code-server runs with the smoke-test driver, which makes the built workbench honour `?payload=`
// (extensionDevelopmentPath/extensionTestsPath as vscode-remote:// URIs) and report the suite's
// outcome through window.codeAutomationExit. A headless chromium is the renderer.
// Env: LIGHTFIELD_ITEST_TIMEOUT (s, default 180), VERBOSE=1 (all extension-host console lines).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { startFakeLightfield } from '../fake-lightfield/server';
import { launchChromium } from '../host/browser';
import {
  codeServerDirs,
  freePort,
  startCodeServer,
  tail,
  writeUserSettings,
  type CodeServer,
} from '../host/code-server';
import { OUT_DIR, REPO_ROOT, elapsedSeconds, freshRunDir, log } from '../host/tools';

const TIMEOUT_S = Number(process.env.LIGHTFIELD_ITEST_TIMEOUT || 180);

async function main(): Promise<number> {
  const testsEntry = path.join(OUT_DIR, 'test', 'integration', 'index.js');
  for (const [file, fix] of [
    [path.join(REPO_ROOT, 'dist', 'extension.js'), 'node esbuild.js'],
    [testsEntry, 'node esbuild.js --tests'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing; run: ${fix}`);
  }
  const root = freshRunDir('integration');
  const dirs = codeServerDirs(root);
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'notes.md'), '# integration workspace\n');
  const resultsFile = path.join(root, 'results.txt');
  writeUserSettings(dirs, {});

  const fake = await startFakeLightfield({ port: 0 });
  let server: CodeServer | undefined;
  let context: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const port = await freePort();
    server = await startCodeServer({
      ...dirs,
      port,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      env: { LIGHTFIELD_FAKE_URL: fake.url, LIGHTFIELD_TEST_RESULTS: resultsFile },
    });
    log(`code-server ${server.base} (pid ${server.pid}), stand-in ${fake.url}`);

    context = await launchChromium(path.join(root, 'chromium-profile'));
    const page = context.pages()[0] ?? (await context.newPage());
    let settle: (code: number | 'timeout') => void = () => {};
    const outcome = new Promise<number | 'timeout'>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    // Every extension-host console line arrives here, mocha's spec reporter included.
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (process.env.VERBOSE) console.log(`[${type}] ${line}`);
      else if (!/^(PASS|FAIL) /.test(line) && !isHostNoise(line)) console.log(line);
    });

    const remote = (file: string): string => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(testsEntry)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timer = setTimeout(() => settle('timeout'), TIMEOUT_S * 1000);
    const code = await outcome;
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = path.join(root, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`integration: no result from the extension host after ${TIMEOUT_S} s (screenshot ${shot})`);
      console.log(`code-server log tail:\n${tail(server.logFile)}`);
    }
    const results = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
    const summary = [...results.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
    log(`extension host exit code ${code}; ${elapsedSeconds().toFixed(1)} s`);
    if (!summary) {
      // Failed before mocha reported (suite threw at load, host crashed, timeout): count as one failure.
      console.log('0 passed, 1 failed');
      return 1;
    }
    console.log(summary[0]);
    return code === 0 && summary[2] === '0' ? 0 : 1;
  } finally {
    await context?.close().catch(() => {});
    await server?.stop();
    await fake.close();
  }
}

/** Workbench chatter from the host that says nothing about our tests. */
function isHostNoise(line: string): boolean {
  return /ENOTFOUND|open-vsx|authentication provider|vsda|connection token|Creating a socket|grace.time|builtin extensions cache|Service Worker|AgentHost|AccountPolicyGate/i.test(
    line,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`integration: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
