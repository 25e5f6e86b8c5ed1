// node-fetch and its polyfills (dist/http.js, about 90 KB) load on the first request, not at
// activation: the type import below is erased, and the bundle is required by path.
import * as path from 'node:path';
import type { FetchLike } from '../lightfield/transport';
import type * as NodeFetch from '../lightfield/nodeFetch';

let loaded: typeof NodeFetch | undefined;

/** fetch, loading dist/http.js on the first call. */
export const lazyFetch: FetchLike = (url, init) => {
  // dist/extension.js and dist/http.js sit side by side in the package. A computed path keeps
  // esbuild from inlining node-fetch into the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'http.js')) as typeof NodeFetch;
  return loaded.fetch(url, init);
};
