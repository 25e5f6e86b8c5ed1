// Registers the email lightbulb for the kinds of document the settings name, and again whenever
// those settings change; nothing else happens at activation.
import * as vscode from 'vscode';
import { affectsCodeActions, codeActionLanguages, codeActionsEnabled } from '../config/settings';
import { ContactCodeActionProvider, type KnownContactLookup } from './contactCodeActions';

export function registerContactCodeActions(known: KnownContactLookup): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const register = (): void => {
    registration?.dispose();
    const languages = codeActionLanguages();
    registration =
      codeActionsEnabled() && languages.length > 0
        ? vscode.languages.registerCodeActionsProvider(
            languages.map((language) => ({ language })),
            new ContactCodeActionProvider(known),
            ContactCodeActionProvider.metadata,
          )
        : undefined;
  };
  register();
  const watch = vscode.workspace.onDidChangeConfiguration((event) => {
    if (affectsCodeActions(event)) register();
  });
  return new vscode.Disposable(() => {
    watch.dispose();
    registration?.dispose();
  });
}
