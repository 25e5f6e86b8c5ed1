// Entry point the extension host loads as --extensionTestsPath (out/test/integration/index.js).
// Same contract as @vscode/test-electron: export run(): Promise<void>; reject = failure. Works under
// code-server's smoke-test driver (run-code-server.ts) and under desktop VS Code (run-electron.ts).
//
// The suites are bundled in (esbuild), so mocha cannot load them by file name: run() installs the
// bdd globals, then requires each suite. Add a new `*.itest.ts` to SUITES below.
import * as fs from 'node:fs';
import type MochaType from 'mocha';

const SUITES: Array<[name: string, load: () => unknown]> = [
  ['extension.itest', () => require('./extension.itest')],
  ['capture.itest', () => require('./capture.itest')],
  ['lightbulb.itest', () => require('./lightbulb.itest')],
];

/** One line to the console (forwarded to the runner) and to $LIGHTFIELD_TEST_RESULTS. */
function record(line: string): void {
  console.log(line);
  const file = process.env.LIGHTFIELD_TEST_RESULTS;
  if (file) fs.appendFileSync(file, `${line}\n`);
}

function loadMocha(): typeof MochaType {
  // mocha 12 is an ES module; require(esm) hands back its namespace with the class as `default`.
  const loaded = require('mocha') as typeof MochaType & { default?: typeof MochaType };
  return loaded.default ?? loaded;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.LIGHTFIELD_ITEST_TIMEOUT_MS || 20_000),
    reporter: 'spec',
  });
  for (const [name, load] of SUITES) {
    mocha.suite.emit('pre-require', globalThis, name, mocha);
    load();
    mocha.suite.emit('post-require', globalThis, name, mocha);
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passes = runner.stats?.passes ?? 0;
        record(`${passes} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => record(`PASS ${test.fullTitle()}`));
      runner.on('fail', (test, error: Error) => record(`FAIL ${test.fullTitle()}: ${error.message}`));
    } catch (error) {
      record(`0 passed, 1 failed`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
