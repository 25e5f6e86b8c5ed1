// Registers the email lightbulb for the kinds of document the settings name, and again whenever
// those settings change; nothing else happens at activation.
import { languages, type ConfigurationChangeEvent, type Disposable } from 'vscode';
import { affectsCodeActions, codeActionLanguages } from '../config/settings';
import { ContactCodeActionProvider, type KnownContactLookup } from './contactCodeActions';

export class ContactCodeActionsRegistration implements Disposable {
  private registration: Disposable | undefined;

  constructor(private readonly known: KnownContactLookup) {
    this.register();
  }

  /** Called from the extension's one configuration listener (a listener of its own costs activation time). */
  configurationChanged(event: ConfigurationChangeEvent): void {
    if (affectsCodeActions(event)) this.register();
  }

  dispose(): void {
    this.registration?.dispose();
  }

  private register(): void {
    this.registration?.dispose();
    const served = codeActionLanguages();
    this.registration =
      served.length > 0
        ? languages.registerCodeActionsProvider(
            served.map((language) => ({ language })),
            new ContactCodeActionProvider(this.known),
            ContactCodeActionProvider.metadata,
          )
        : undefined;
  }
}
