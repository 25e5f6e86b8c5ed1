// The workspace's contact definitions, kept between sessions so the form opens without waiting on
// the network. Entries are per base URL and per workspace (contact/workspaceStorage.ts).
import { KeyValueStorage, workspaceStorageKey } from './workspaceStorage';
import { ObjectDefinitions } from '../lightfield/types';

export interface CachedDefinitions {
  definitions: ObjectDefinitions;
  /** Milliseconds since the epoch. */
  fetchedAt: number;
}

const PREFIX = 'lightfield.definitions';

export class DefinitionsCache {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = Date.now,
  ) {}

  get(baseUrl: string, apiKey: string): CachedDefinitions | undefined {
    const entry = this.storage.get<CachedDefinitions>(this.key(baseUrl, apiKey));
    return entry && typeof entry.definitions?.fieldDefinitions === 'object' ? entry : undefined;
  }

  async put(baseUrl: string, apiKey: string, definitions: ObjectDefinitions): Promise<void> {
    await this.storage.update(this.key(baseUrl, apiKey), {
      definitions,
      fetchedAt: this.now(),
    } satisfies CachedDefinitions);
  }

  private key(baseUrl: string, apiKey: string): string {
    return workspaceStorageKey(PREFIX, { baseUrl, apiKey });
  }
}
