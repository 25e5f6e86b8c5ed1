// Lint: typescript-eslint's recommended rules, plus the layering rule of ARCHITECTURE.md:
// only the edge (extension.ts, commands/, config/, editor/, webview/) may touch the `vscode` API, so that
// everything else runs under plain mocha and in the browser.
import tseslint from 'typescript-eslint';

const noVscode = {
  paths: [
    {
      name: 'vscode',
      message:
        'Only extension.ts, commands/, config/, editor/ and webview/ may import vscode (ARCHITECTURE.md rule 1).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/lightfield/**', 'src/parse/**', 'src/contact/**', 'src/shared/**', 'src/webview-ui/**'],
    rules: { 'no-restricted-imports': ['error', noVscode] },
  },
  {
    // Scripts, tests and the stand-in print to the console by design.
    files: ['test/**', 'esbuild.js', 'eslint.config.mjs'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
