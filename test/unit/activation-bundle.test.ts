// What activation loads: dist/extension.js must hold none of the parser. Its patterns alone take
// milliseconds to build (V8 checks each Unicode-property regex when the script loads), so the email
// lightbulb keeps only a regex-free `@` check there and loads dist/atCursor.js on first need.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { repoRoot } from '../parser/corpus';

/** The only parser modules activation may load: plain constants and the regex-free `@` window. */
const ALLOWED = new Set(['src/parse/limits.ts', 'src/parse/addressWindow.ts']);

describe('the activation bundle', () => {
  it('holds no parser module beyond the `@` window check', () => {
    const result = esbuild.buildSync({
      absWorkingDir: repoRoot(),
      entryPoints: ['src/extension.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      loader: { '.txt': 'text' },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const parser = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('src/parse/'));
    assert.ok(parser.includes('src/parse/addressWindow.ts'), 'the lightbulb is wired into activation');
    assert.deepEqual(
      parser.filter((input) => !ALLOWED.has(input)),
      [],
    );
  });
});
