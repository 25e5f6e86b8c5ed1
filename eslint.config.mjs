// Lint: typescript-eslint's recommended rules, plus the layering rules of ARCHITECTURE.md:
// only the edge (extension.ts, commands/, config/, webview/, editor/, services/) may touch the `vscode` API,
// so that everything else runs under plain mocha and in the browser (rule 1); and imports run one
// way, a folder importing only the folders below it, with no cycle between files (rule 10).
// eslint-plugin-import-x resolves the imports; its no-restricted-paths and no-cycle do the checking.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, top to bottom; a folder imports only from the rows below its own. Nothing
 * imports commands/ (only extension.ts, which wires everything, stands above them).
 */
const LAYERS = [
  ['commands', 'webview-ui'],
  ['webview', 'editor'],
  ['services'],
  ['config'],
  ['shared'],
  ['contact'],
  ['lightfield', 'parse'],
  ['base'],
];

const layerZones = LAYERS.flatMap((row, level) =>
  row.map((folder) => ({
    target: `./src/${folder}`,
    from: LAYERS.slice(0, level + 1)
      .flat()
      .filter((other) => other !== folder)
      .map((other) => `./src/${other}`),
    message:
      level === LAYERS.length - 1
        ? `src/${folder} is the bottom layer: it imports no other folder of src/ (ARCHITECTURE.md rule 10).`
        : `src/${folder} imports only the folders below it: ${LAYERS.slice(level + 1)
            .map((r) => r.join(', '))
            .join(' -> ')} (ARCHITECTURE.md rule 10).`,
  })),
);

const noVscode = {
  paths: [
    {
      name: 'vscode',
      message:
        'Only extension.ts, commands/, config/, webview/, editor/ and services/ may import vscode, and not the create flow and the stores (ARCHITECTURE.md rule 1).',
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
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Read the imported .ts files too, or a cycle through them goes unseen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [
      'src/lightfield/**',
      'src/parse/**',
      'src/contact/**',
      'src/shared/**',
      'src/base/**',
      'src/webview-ui/**',
      // What runs under plain mocha in services/: the create flow and the stores.
      'src/services/createFlow.ts',
      'src/services/duplicates.ts',
      'src/services/recentContacts.ts',
      'src/services/workspaceStorage.ts',
      'src/services/formStore.ts',
      'src/services/definitionsCache.ts',
    ],
    rules: { 'no-restricted-imports': ['error', noVscode] },
  },
  {
    // Scripts, tests and the stand-in print to the console by design.
    files: ['test/**', 'esbuild.js', 'eslint.config.mjs'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
