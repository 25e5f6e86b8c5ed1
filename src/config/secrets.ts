// The only user of SecretStorage (ARCHITECTURE.md rule 7). The key is kept nowhere else: not in
// settings, in memory only for a request or while the form that uses it is open (services/formKey.ts,
// which drops it when the key changes), never logged.
import * as vscode from 'vscode';

const API_KEY_SECRET = 'lightfield.apiKey';

export class ApiKeyStore {
  /** Whether this window's last read or write of the key found one: a guess (not the key) for work worth starting early. */
  private storedLastTime = false;

  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(): Promise<string | undefined> {
    const apiKey = (await this.secrets.get(API_KEY_SECRET)) || undefined;
    this.storedLastTime = apiKey !== undefined;
    return apiKey;
  }

  async store(apiKey: string): Promise<void> {
    await this.secrets.store(API_KEY_SECRET, apiKey);
    this.storedLastTime = true;
  }

  async delete(): Promise<void> {
    await this.secrets.delete(API_KEY_SECRET);
    this.storedLastTime = false;
  }

  /** True when this window's last read or write found a key: the next read likely finds one too. */
  likelyStored(): boolean {
    return this.storedLastTime;
  }

  /** Fires when the key is stored or deleted, in this window or another. */
  onDidChange(listener: () => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      if (event.key === API_KEY_SECRET) listener();
    });
  }
}
