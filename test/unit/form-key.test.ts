// The open form reads the API key once, not at each Create: the read is a round trip to the workbench.
import assert from 'node:assert/strict';
import { FormKey } from '../../src/services/formKey';

/** A SecretStorage stand-in that counts reads and tells of changes, as ApiKeyStore does. */
function storedKey(initial: string | undefined) {
  let value = initial;
  let failNext = false;
  const listeners = new Set<() => void>();
  const store = {
    reads: 0,
    get: async () => {
      store.reads++;
      if (failNext) {
        failNext = false;
        throw new Error('secret storage unavailable');
      }
      return value;
    },
    onDidChange: (listener: () => void) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    set: (next: string | undefined) => {
      value = next;
      listeners.forEach((listener) => listener());
    },
    failOnce: () => (failNext = true),
    listeners: () => listeners.size,
  };
  return store;
}

describe('the form key', () => {
  it('reads the stored key once for every use while the form is open', async () => {
    const keys = storedKey('key-1');
    const key = new FormKey(keys);
    key.prepare();
    assert.equal(await key.get(), 'key-1');
    assert.equal(await key.get(), 'key-1');
    assert.equal(keys.reads, 1);
  });

  it('reads again once the stored key changes, and sees it removed', async () => {
    const keys = storedKey('key-1');
    const key = new FormKey(keys);
    assert.equal(await key.get(), 'key-1');
    keys.set('key-2');
    assert.equal(await key.get(), 'key-2');
    keys.set(undefined);
    assert.equal(await key.get(), undefined);
    assert.equal(keys.reads, 3);
  });

  it('tries a failed read again', async () => {
    const keys = storedKey('key-1');
    const key = new FormKey(keys);
    keys.failOnce();
    await assert.rejects(key.get(), /unavailable/);
    assert.equal(await key.get(), 'key-1');
  });

  it('stops listening when the form closes', () => {
    const keys = storedKey('key-1');
    const key = new FormKey(keys);
    assert.equal(keys.listeners(), 1);
    key.dispose();
    assert.equal(keys.listeners(), 0);
  });
});
