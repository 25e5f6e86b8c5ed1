// Lightfield: Remove API Key.
import * as vscode from 'vscode';
import { ApiKeyStore } from '../config/secrets';

export async function removeApiKey(keys: ApiKeyStore): Promise<void> {
  if ((await keys.get()) === undefined) {
    void vscode.window.showInformationMessage('No Lightfield API key is stored.');
    return;
  }
  await keys.delete();
  void vscode.window.showInformationMessage('Lightfield API key removed from secret storage.');
}
