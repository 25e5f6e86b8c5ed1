// The parser and its phone metadata (libphonenumber-js "max", most of dist/parser.js) load on first
// use, not at activation: the type import below is erased, and the bundle is required by path.
import * as path from 'node:path';
import type * as Parser from '../parse/index';

let parser: typeof Parser | undefined;

export function loadParser(): typeof Parser {
  // dist/extension.js and dist/parser.js sit side by side in the package. A computed path keeps
  // esbuild from inlining the parser into the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= require(path.join(__dirname, 'parser.js')) as typeof Parser;
  return parser;
}
