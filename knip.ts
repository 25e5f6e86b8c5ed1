// Unused files, exports and dependencies fail `npm run lint`, in two passes:
//   knip               everything, tests included: an export used only in its own file is an error;
//   knip --production  only what ships (entries marked "!"): an export that only tests use is dead code.
// The second pass lets a file use its own exports (tests may reach into a module), so it reports
// only what nothing that ships uses at all.
import type { KnipConfig } from 'knip';

const production = process.argv.includes('--production');

const config: KnipConfig = {
  entry: [
    // Reached through esbuild.js's oneVscodeRequire plugin, which no import shows.
    'src/vscodeApi.ts!',
    // What ships (esbuild.js bundles it into dist/), found by knip itself: src/extension.ts (package.json
    // "main"), src/webview-ui/main.ts, src/parse/index.ts, src/commands/parseWorker.ts.
    // Tests, the stand-in and the development scripts (esbuild.js --tests).
    'test/unit/**/*.test.ts',
    'test/integration/index.ts',
    'test/integration/*.itest.ts',
    'test/integration/run-*.ts',
    'test/e2e/run.ts',
    'test/fake-lightfield/main.ts',
    'test/host/demo.ts',
    'test/run-all.ts',
    'test/parser/{cli,score,bench,train}.ts',
    // npm run bench, and the baseline extension it builds and packages with esbuild in each run.
    'test/bench/{run,activationProbe}.ts',
    'test/bench/baseline/{extension,form}.ts',
  ],
  project: ['src/**/*.ts!', 'test/**/*.ts'],
  ignoreExportsUsedInFile: production,
};

export default config;
