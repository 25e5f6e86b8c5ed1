// The cursor bundle (dist/atCursor.js: emailAtCursor, contactBlock and the parser's patterns) loads
// the first time a cursor comes near an `@`, not at activation: the type import below is erased,
// and the bundle is required by path.
import { join } from 'node:path';
import type * as AtCursor from '../parse/atCursor';

let bundle: typeof AtCursor | undefined;

export function loadAtCursor(): typeof AtCursor {
  // dist/extension.js and dist/atCursor.js sit side by side in the package. A computed path keeps
  // esbuild from inlining the bundle into the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bundle ??= require(join(__dirname, 'atCursor.js')) as typeof AtCursor;
  return bundle;
}
