// Bundles the extension. esbuild does not type-check: `npm run typecheck` does.
//   node esbuild.js               dist/: extension host + webview + parser (with source maps), parse-cli
//   node esbuild.js --production  dist/: minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild dist/ on change, logging "[watch] build started/finished"
//                                 for the problem matcher in .vscode/tasks.json
//   node esbuild.js --tests       out/: unit tests, in-host integration suite, e2e runner, stand-in
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').BuildOptions} */
const nodeDefaults = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Word lists shipped by packages as text (the free-mail domains).
  loader: { '.txt': 'text' },
};

/**
 * One `require('vscode')` per host bundle. esbuild writes one for each module that imports `vscode`, and
 * the extension host answers each through its module hook, which first resolves the caller's real path
 * (fs.realpathSync, a filesystem call per folder of the path): 4 of them at activation and 24 at the first
 * command before this. Every `vscode` import goes through src/vscodeApi.ts instead, whose own
 * import is the bundle's one require.
 * @type {import('esbuild').Plugin}
 */
const oneVscodeRequire = {
  name: 'one-vscode-require',
  setup(build) {
    const api = path.join(__dirname, 'src', 'vscodeApi.ts');
    build.onResolve({ filter: /^vscode$/ }, ({ importer }) =>
      importer === api ? { path: 'vscode', external: true } : { path: api },
    );
  },
};

/** Entry points that exist: the lists grow as the project does. */
function existing(entries) {
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => fs.existsSync(file)));
}

/** @type {import('esbuild').BuildOptions[]} */
const shipped = [
  {
    ...nodeDefaults,
    // Activation loads only extension.js (the registrations); the first command loads commands.js.
    entryPoints: { extension: 'src/extension.ts', commands: 'src/commandTable.ts' },
    outdir: 'dist',
    // `vscode` is provided by the extension host at run time, required once per bundle.
    plugins: [oneVscodeRequire],
    minify: production,
    sourcemap: !production,
    metafile: true,
  },
  {
    entryPoints: { webview: 'src/webview-ui/main.ts' },
    // A folder of its own: the webview may read only it (src/webview/resources.ts).
    outdir: 'dist/webview',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    metafile: true,
  },
  {
    // Loaded by the extension on first use, not at activation: the contact parser and its phone
    // metadata, and the HTTP stack (the client, its error classes, node-fetch) on the first request.
    ...nodeDefaults,
    entryPoints: {
      parser: 'src/parse/index.ts',
      parseWorker: 'src/services/parseWorker.ts',
      http: 'src/lightfield/httpStack.ts',
    },
    outdir: 'dist',
    minify: production,
    metafile: true,
  },
  {
    // The email lightbulb's address finder and block reader: loaded the first time a cursor is near an `@`.
    ...nodeDefaults,
    entryPoints: { atCursor: 'src/parse/atCursor.ts' },
    outdir: 'dist',
    minify: production,
    metafile: true,
  },
];

/** Development tools built beside the bundles by `node esbuild.js`, never by `--production`: not shipped. */
const devTools = [
  {
    // The parser's command line (`npm run parse`): text on stdin, the draft as JSON on stdout.
    ...nodeDefaults,
    entryPoints: { 'parse-cli': 'test/parser/cli.ts' },
    outdir: 'dist',
    metafile: true,
  },
];

/** Every `*.test.ts` below test/unit, bundled one file each so mocha can pick them up. */
function unitTestEntries() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) found.push(full);
    }
  };
  walk('test/unit');
  return found;
}

/** @type {import('esbuild').BuildOptions[]} */
const testBuilds = [
  {
    ...nodeDefaults,
    entryPoints: unitTestEntries(),
    outbase: 'test',
    outdir: 'out/test',
    // esbuild itself: a test builds the activation bundle to see what it holds.
    external: ['vscode', 'mocha', 'esbuild'],
    sourcemap: 'inline',
  },
  {
    ...nodeDefaults,
    entryPoints: existing({
      'fake-lightfield/main': 'test/fake-lightfield/main.ts',
      'integration/index': 'test/integration/index.ts',
      'integration/run-code-server': 'test/integration/run-code-server.ts',
      'integration/run-electron': 'test/integration/run-electron.ts',
      'e2e/run': 'test/e2e/run.ts',
      'host/demo': 'test/host/demo.ts',
      'run-all': 'test/run-all.ts',
      'parser/score': 'test/parser/score.ts',
      'parser/bench': 'test/parser/bench.ts',
      'parser/train': 'test/parser/train.ts',
      'bench/run': 'test/bench/run.ts',
      'bench/activationProbe': 'test/bench/activationProbe.ts',
    }),
    outdir: 'out/test',
    // Loaded from node_modules at run time: the extension host provides `vscode`, mocha must be the
    // instance that runs the suite, playwright-core, test-electron and esbuild carry files of their own.
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'esbuild'],
    sourcemap: 'inline',
  },
];

function reportSizes(result) {
  for (const [file, info] of Object.entries(result.metafile?.outputs ?? {})) {
    if (file.endsWith('.js')) console.log(`${file}: ${(info.bytes / 1024).toFixed(1)} KiB`);
  }
}

/**
 * Prints what the background problem matcher of .vscode/tasks.json reads: "[watch] build started"
 * when the first of the builds starts, each error and warning on two lines (message, then
 * file:line:column), "[watch] build finished" when all of them are done (one pair per rebuild).
 * esbuild's own log is silenced in watch mode: its blank line between message and place would split them.
 */
function watchLogPlugin() {
  let running = 0;
  return {
    name: 'watch-log',
    setup(build) {
      build.onStart(() => {
        if (running++ === 0) console.log('[watch] build started');
      });
      build.onEnd((result) => {
        const messages = [
          ...result.errors.map((message) => ['✘ [ERROR]', message]),
          ...result.warnings.map((message) => ['▲ [WARNING]', message]),
        ];
        for (const [kind, { text, location }] of messages) {
          console.error(`${kind} ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
        if (--running === 0) console.log('[watch] build finished');
      });
    },
  };
}

async function main() {
  const builds = tests ? testBuilds : production ? shipped : [...shipped, ...devTools];
  // mocha runs every test file under out/test/unit: a deleted test's old build would still run and pass.
  if (tests) fs.rmSync('out/test/unit', { recursive: true, force: true });
  if (watch) {
    const plugin = watchLogPlugin();
    const contexts = await Promise.all(
      builds.map((options) =>
        esbuild.context({ ...options, logLevel: 'silent', plugins: [...(options.plugins ?? []), plugin] }),
      ),
    );
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  if (!tests) results.forEach(reportSizes);
}

// test/unit/activation-bundle.test.ts builds with the plugin too.
module.exports = { oneVscodeRequire };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
