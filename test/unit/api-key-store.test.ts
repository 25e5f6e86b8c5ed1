// ApiKeyStore.likelyStored(): the guess that opens the form ahead of the key read. Another window's
// change to the key makes it no guess at all; this window's own write keeps it.
import assert from 'node:assert/strict';
import type { SecretStorage, SecretStorageChangeEvent } from 'vscode';
import { ApiKeyStore } from '../../src/config/secrets';

/**
 * One SecretStorage shared by every window, as the workbench's is: a change is told to every window,
 * the writing one included, before the write itself is answered.
 */
function sharedSecrets() {
  const values = new Map<string, string>();
  const listeners = new Set<(event: SecretStorageChangeEvent) => void>();
  const tell = async (key: string) => {
    await Promise.resolve();
    listeners.forEach((listener) => listener({ key }));
  };
  const storage: SecretStorage = {
    get: async (key) => values.get(key),
    store: async (key, value) => {
      values.set(key, value);
      await tell(key);
    },
    delete: async (key) => {
      values.delete(key);
      await tell(key);
    },
    onDidChange: (listener) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
  };
  return storage;
}

describe('the API key store', () => {
  it('no longer guesses a key is stored once another window removes it', async () => {
    const secrets = sharedSecrets();
    const here = new ApiKeyStore(secrets);
    const elsewhere = new ApiKeyStore(secrets);
    await here.store('sk_lf_one');
    assert.equal(here.likelyStored(), true);
    await elsewhere.delete();
    assert.equal(here.likelyStored(), false);
    assert.equal(await here.get(), undefined);
  });

  it('no longer guesses after another window sets a key either, until this one reads it', async () => {
    const secrets = sharedSecrets();
    const here = new ApiKeyStore(secrets);
    const elsewhere = new ApiKeyStore(secrets);
    await secrets.store('lightfield.apiKey', 'sk_lf_one');
    assert.equal(await here.get(), 'sk_lf_one');
    await elsewhere.store('sk_lf_two');
    assert.equal(here.likelyStored(), false);
    assert.equal(await here.get(), 'sk_lf_two');
    assert.equal(here.likelyStored(), true);
  });

  it('keeps its guess through its own store, whose change is told before the store ends', async () => {
    const secrets = sharedSecrets();
    const here = new ApiKeyStore(secrets);
    let toldDuringStore = false;
    secrets.onDidChange(() => (toldDuringStore = true));
    await here.store('sk_lf_one');
    assert.equal(toldDuringStore, true);
    assert.equal(here.likelyStored(), true);
    await here.store('sk_lf_two');
    assert.equal(here.likelyStored(), true);
  });

  it('ignores changes to other secrets, and stops listening once disposed', async () => {
    const secrets = sharedSecrets();
    const here = new ApiKeyStore(secrets);
    await here.store('sk_lf_one');
    await secrets.store('another.secret', 'x');
    assert.equal(here.likelyStored(), true);
    here.dispose();
    await secrets.delete('lightfield.apiKey');
    assert.equal(here.likelyStored(), true);
  });
});
