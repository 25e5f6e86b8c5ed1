// What each host bundle holds. dist/extension.js (activation) must hold none of the parser: its
// patterns alone take milliseconds to build (V8 checks each Unicode-property regex when the script
// loads), so the email lightbulb keeps only a regex-free `@` check there and loads dist/atCursor.js on
// first need. The HTTP stack (the client, its retries and transport, its error classes, node-fetch)
// is dist/http.js alone, loaded on the first request: dist/commands.js knows it by type only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../parser/corpus';

/** The only parser modules activation may load: plain constants and the regex-free `@` window. */
const ALLOWED = new Set(['src/parse/limits.ts', 'src/parse/addressWindow.ts']);

/** The HTTP stack's own modules: in dist/http.js, and in no other bundle. */
const HTTP_STACK = [
  'src/lightfield/client.ts',
  'src/lightfield/retry.ts',
  'src/lightfield/transport.ts',
  'src/lightfield/outcome.ts',
  'src/lightfield/responseBody.ts',
  'src/lightfield/errors.ts',
  'node_modules/node-fetch/src/index.js',
];

/** esbuild.js's plugin that gives each host bundle one `require('vscode')`. */
const { oneVscodeRequire } = require(path.join(repoRoot(), 'esbuild.js')) as { oneVscodeRequire: esbuild.Plugin };

/** The bundle of `entry` as esbuild.js makes it: its modules (paths from the repository's root) and code. */
async function bundle(entry: string): Promise<{ inputs: string[]; code: string }> {
  const result = await esbuild.build({
    absWorkingDir: repoRoot(),
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    plugins: [oneVscodeRequire],
    loader: { '.txt': 'text' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]!.text };
}

describe('the host bundles', () => {
  let activation: string[];
  let commands: string[];
  let http: string[];
  const requiresOfVscode: Record<string, number> = {};
  before(async () => {
    const built = await Promise.all(
      ['src/extension.ts', 'src/commandTable.ts', 'src/lightfield/httpStack.ts'].map(bundle),
    );
    [activation, commands, http] = built.map((b) => b.inputs) as [string[], string[], string[]];
    built.forEach(
      (b, i) =>
        (requiresOfVscode[['activation', 'commands', 'http'][i]!] = b.code.split('require("vscode")').length - 1),
    );
  });

  // The extension host resolves the caller's real path on disk for every require of `vscode`.
  it('the activation and commands bundles each require vscode once, the HTTP stack not at all', () => {
    assert.deepEqual(requiresOfVscode, { activation: 1, commands: 1, http: 0 });
  });

  it('activation holds no parser module beyond the `@` window check', () => {
    const parser = activation.filter((input) => input.startsWith('src/parse/'));
    assert.ok(parser.includes('src/parse/addressWindow.ts'), 'the lightbulb is wired into activation');
    assert.deepEqual(
      parser.filter((input) => !ALLOWED.has(input)),
      [],
    );
  });

  it('the HTTP stack is in dist/http.js and in neither the activation nor the commands bundle', () => {
    assert.deepEqual(
      HTTP_STACK.filter((module) => !http.includes(module)),
      [],
    );
    assert.deepEqual(
      [...activation, ...commands].filter((input) => HTTP_STACK.includes(input) || input.includes('node-fetch')),
      [],
    );
  });

  // A class whose instances leave its module must exist once, or instanceof would fail across bundles.
  it('no exported class is bundled twice: a module in both dist/commands.js and dist/http.js exports none', () => {
    const shared = commands.filter((input) => input.startsWith('src/') && http.includes(input));
    assert.ok(shared.length > 0, 'the bundles share plain modules (limits, guards)');
    const withClasses = shared.filter((input) =>
      /^export\s+(abstract\s+)?class\s/m.test(fs.readFileSync(path.join(repoRoot(), input), 'utf8')),
    );
    assert.deepEqual(withClasses, []);
  });
});
