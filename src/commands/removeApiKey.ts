// Lightfield: Remove API Key.
import { l10n, window } from 'vscode';
import { ApiKeyStore } from '../config/secrets';

export async function removeApiKey(keys: ApiKeyStore): Promise<void> {
  if ((await keys.get()) === undefined) {
    void window.showInformationMessage(l10n.t('No Lightfield API key is stored.'));
    return;
  }
  await keys.delete();
  void window.showInformationMessage(l10n.t('Lightfield API key removed from secret storage.'));
}
