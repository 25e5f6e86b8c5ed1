// The only user of SecretStorage (ARCHITECTURE.md rule 7). The key is kept nowhere else: not in
// settings, in memory only for a request or while the form that uses it is open (services/formKey.ts,
// which drops it when the key changes), never logged.
import * as vscode from 'vscode';

const API_KEY_SECRET = 'lightfield.apiKey';

export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(): Promise<string | undefined> {
    return (await this.secrets.get(API_KEY_SECRET)) || undefined;
  }

  store(apiKey: string): Thenable<void> {
    return this.secrets.store(API_KEY_SECRET, apiKey);
  }

  delete(): Thenable<void> {
    return this.secrets.delete(API_KEY_SECRET);
  }

  /** Fires when the key is stored or deleted, in this window or another. */
  onDidChange(listener: () => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      if (event.key === API_KEY_SECRET) listener();
    });
  }
}
