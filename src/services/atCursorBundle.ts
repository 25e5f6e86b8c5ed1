// The cursor bundle (dist/atCursor.js: emailAtCursor, contactBlock and the parser's patterns) loads
// the first time a cursor comes near an `@`, not at activation: the type import below is erased,
// and the bundle is required by path.
import { requireSibling } from '../base/siblingBundle';
import type * as AtCursor from '../parse/atCursor';

let bundle: typeof AtCursor | undefined;

export function loadAtCursor(): typeof AtCursor {
  bundle ??= requireSibling<typeof AtCursor>('atCursor.js');
  return bundle;
}
