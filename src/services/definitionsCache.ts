// The workspace's contact definitions, kept between sessions so the form opens without waiting on
// the network. Entries are per base URL and per workspace (contact/workspaceStorage.ts).
import { KeyValueStorage, workspaceStorageKey } from './workspaceStorage';
import { readDefinitions } from '../lightfield/definitions';
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

  /** The cached definitions, read as fresh ones are: an entry an older version cached unchecked may be bad. */
  get(baseUrl: string, apiKey: string): CachedDefinitions | undefined {
    const entry = this.storage.get<CachedDefinitions>(this.key(baseUrl, apiKey));
    const definitions = readDefinitions(entry?.definitions)?.definitions;
    if (!entry || !definitions || Object.keys(definitions.fieldDefinitions).length === 0) return undefined;
    return { definitions, fetchedAt: entry.fetchedAt };
  }

  /**
   * Keeps the definitions, unless the cached ones are the same: each form open refreshes them, and
   * an unchanged write would send the whole schema to the workbench again while the form loads.
   * True when they changed.
   */
  async put(baseUrl: string, apiKey: string, definitions: ObjectDefinitions): Promise<boolean> {
    const cached = this.storage.get<CachedDefinitions>(this.key(baseUrl, apiKey))?.definitions;
    if (JSON.stringify(cached) === JSON.stringify(definitions)) return false;
    await this.storage.update(this.key(baseUrl, apiKey), {
      definitions,
      fetchedAt: this.now(),
    } satisfies CachedDefinitions);
    return true;
  }

  private key(baseUrl: string, apiKey: string): string {
    return workspaceStorageKey(PREFIX, { baseUrl, apiKey });
  }
}
