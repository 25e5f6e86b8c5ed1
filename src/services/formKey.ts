// The API key as the open form uses it: read from SecretStorage once, when the form opens, not at
// each Create or search (each read is a round trip to the workbench). Read again once the stored key
// changes (set or removed, in any window); forgotten when the form closes. It stays in the host.
import type { Disposable } from 'vscode';
import type { ApiKeyStore } from '../config/secrets';

export class FormKey {
  private read: Promise<string | undefined> | undefined;
  private readonly watch: Disposable;

  constructor(private readonly keys: Pick<ApiKeyStore, 'get' | 'onDidChange'>) {
    this.watch = keys.onDidChange(() => (this.read = undefined));
  }

  /** Starts the read now (the form is opening), so that the first use finds it done. */
  prepare(): void {
    void this.get().catch(() => undefined);
  }

  /** The stored key, or undefined when there is none. A failed read is tried again next time. */
  get(): Promise<string | undefined> {
    if (!this.read) {
      const read = this.keys.get();
      read.catch(() => {
        if (this.read === read) this.read = undefined;
      });
      this.read = read;
    }
    return this.read;
  }

  dispose(): void {
    this.watch.dispose();
    this.read = undefined;
  }
}
