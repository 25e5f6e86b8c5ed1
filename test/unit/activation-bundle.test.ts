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

/** The modules esbuild puts into the bundle of `entry`, as paths from the repository's root. */
function inputsOf(entry: string): string[] {
  const result = esbuild.buildSync({
    absWorkingDir: repoRoot(),
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    loader: { '.txt': 'text' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the host bundles', () => {
  const activation = inputsOf('src/extension.ts');
  const commands = inputsOf('src/commandTable.ts');
  const http = inputsOf('src/lightfield/httpStack.ts');

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
