// The `vscode` API values the shipped host bundles use, re-exported by name. esbuild.js
// (oneVscodeRequire) sends every `vscode` import of dist/extension.js and dist/commands.js here, so each
// bundle requires `vscode` once: the sources import from 'vscode' as usual, and a value missing from
// this list fails the build.
export {
  CodeAction,
  CodeActionKind,
  commands,
  Disposable,
  env,
  InputBoxValidationSeverity,
  l10n,
  languages,
  Position,
  ProgressLocation,
  ThemeIcon,
  Uri,
  ViewColumn,
  window,
  workspace,
} from 'vscode';
