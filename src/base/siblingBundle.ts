// The bundles in dist/ sit side by side in the package, and each loads the others on first use. The
// path is computed, so esbuild leaves the require alone instead of inlining the bundle into its
// caller; a template rather than path.join, so that activation requires no node:path.
export function requireSibling<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`${__dirname}/${file}`) as T;
}
