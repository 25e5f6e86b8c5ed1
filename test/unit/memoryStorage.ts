/**
 * A Memento-like store in memory for unit tests: what is read back is a copy, as from the extension
 * host's globalState, so a test cannot pass by mutating what it stored.
 */
export function memoryStorage() {
  const stored = new Map<string, unknown>();
  return {
    get: <T>(key: string) => structuredClone(stored.get(key)) as T | undefined,
    update: async (key: string, value: unknown) => void stored.set(key, structuredClone(value)),
  };
}
