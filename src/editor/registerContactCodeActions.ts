// Registers the email lightbulb for the kinds of document the settings name, and again whenever
// those settings change; nothing else happens at activation.
import { Disposable, languages, workspace } from 'vscode';
import { affectsCodeActions, codeActionLanguages, codeActionsEnabled } from '../config/settings';
import { ContactCodeActionProvider, type KnownContactLookup } from './contactCodeActions';

export function registerContactCodeActions(known: KnownContactLookup): Disposable {
  let registration: Disposable | undefined;
  const register = (): void => {
    registration?.dispose();
    const served = codeActionLanguages();
    registration =
      codeActionsEnabled() && served.length > 0
        ? languages.registerCodeActionsProvider(
            served.map((language) => ({ language })),
            new ContactCodeActionProvider(known),
            ContactCodeActionProvider.metadata,
          )
        : undefined;
  };
  register();
  const watch = workspace.onDidChangeConfiguration((event) => {
    if (affectsCodeActions(event)) register();
  });
  return new Disposable(() => {
    watch.dispose();
    registration?.dispose();
  });
}
