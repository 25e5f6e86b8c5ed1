// The only user of SecretStorage (ARCHITECTURE.md rule 7). The key is kept nowhere else: not in
// settings, in memory only for a request or while the form that uses it is open (services/formKey.ts,
// which drops it when the key changes), never logged.
import type { Disposable, SecretStorage } from 'vscode';

const API_KEY_SECRET = 'lightfield.apiKey';

export class ApiKeyStore implements Disposable {
  /** Whether this window's last read or write of the key found one: a guess (not the key) for work worth starting early. */
  private storedLastTime = false;
  /**
   * This window's writes under way. The workbench tells of a write before it answers it, so a change
   * told meanwhile is this window's own; one told at any other time is another window's.
   */
  private ownWrites = 0;
  private readonly watch: Disposable;

  constructor(private readonly secrets: SecretStorage) {
    // Another window set or removed the key: what this one found last no longer says what is stored.
    this.watch = this.onDidChange(() => {
      if (this.ownWrites === 0) this.storedLastTime = false;
    });
  }

  async get(): Promise<string | undefined> {
    const apiKey = (await this.secrets.get(API_KEY_SECRET)) || undefined;
    this.storedLastTime = apiKey !== undefined;
    return apiKey;
  }

  async store(apiKey: string): Promise<void> {
    await this.writing(() => this.secrets.store(API_KEY_SECRET, apiKey));
    this.storedLastTime = true;
  }

  async delete(): Promise<void> {
    await this.writing(() => this.secrets.delete(API_KEY_SECRET));
    this.storedLastTime = false;
  }

  /** True when this window's last read or write found a key, and no other window has changed it since. */
  likelyStored(): boolean {
    return this.storedLastTime;
  }

  /** Fires when the key is stored or deleted, in this window or another. */
  onDidChange(listener: () => void): Disposable {
    return this.secrets.onDidChange((event) => {
      if (event.key === API_KEY_SECRET) listener();
    });
  }

  dispose(): void {
    this.watch.dispose();
  }

  private async writing(write: () => Thenable<void>): Promise<void> {
    this.ownWrites++;
    try {
      await write();
    } finally {
      this.ownWrites--;
    }
  }
}
