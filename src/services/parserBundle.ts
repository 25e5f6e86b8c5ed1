// The parser and its phone metadata (libphonenumber-js "max", most of dist/parser.js) load on first
// use, not at activation: the type import below is erased, and the bundle is required by path.
import { requireSibling } from '../base/siblingBundle';
import type * as Parser from '../parse/index';

let parser: typeof Parser | undefined;

export function loadParser(): typeof Parser {
  parser ??= requireSibling<typeof Parser>('parser.js');
  return parser;
}
