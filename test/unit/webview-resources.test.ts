// The webview may read only what it loads (issue #10, finding 11): the folders the panel passes as
// localResourceRoots hold the form's script and stylesheet, never the host bundle, the parser or maps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WEBVIEW_ROOTS, WEBVIEW_SCRIPT, WEBVIEW_STYLE } from '../../src/webview/resources';

const within = (file: readonly string[], root: readonly string[]): boolean =>
  root.length < file.length && root.every((segment, index) => file[index] === segment);

describe('webview resource roots', () => {
  it('reach the script and the stylesheet', () => {
    for (const file of [WEBVIEW_SCRIPT, WEBVIEW_STYLE])
      assert.ok(
        WEBVIEW_ROOTS.some((root) => within(file, root)),
        `${file.join('/')} under a root`,
      );
  });

  it('reach nothing else the extension ships or builds', () => {
    const others = [
      ['dist', 'extension.js'],
      ['dist', 'extension.js.map'],
      ['dist', 'parser.js'],
      ['dist', 'parseWorker.js'],
      ['dist', 'commands.js'],
      ['dist', 'http.js'],
      ['dist', 'webview.js'],
      ['package.json'],
      ['media', 'screenshots', 'form-filled.png'],
    ];
    for (const file of others)
      assert.ok(!WEBVIEW_ROOTS.some((root) => within(file, root)), `${file.join('/')} out of reach`);
    assert.ok(
      WEBVIEW_ROOTS.every((root) => root.length >= 2),
      'no root is the extension or a top-level folder',
    );
  });

  it('hold only the stylesheet in its folder of the repository', () => {
    const folder = path.join(process.cwd(), ...WEBVIEW_STYLE.slice(0, -1));
    assert.deepEqual(fs.readdirSync(folder), [WEBVIEW_STYLE.at(-1)]);
  });
});
