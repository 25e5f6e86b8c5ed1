// Contacts this extension created lately, per server and workspace. Lists come from a search index
// that lags writes (lightfield-api.md §7), so a contact created a minute ago may not be found by
// the duplicate check; this memory fills that gap. Bounded, newest first.
import { KeyValueStorage, workspaceStorageKey } from './workspaceStorage';

export interface RecentContact {
  id: string;
  name: string;
  /** Lowercased. */
  emails: string[];
  httpLink: string | null;
}

/** Enough for a long day of capturing; older entries are long indexed by Lightfield. */
const MAX_RECENT_CONTACTS = 200;
const PREFIX = 'lightfield.recentContacts';

export class RecentContacts {
  constructor(private readonly storage: KeyValueStorage) {}

  find(baseUrl: string, apiKey: string, emails: readonly string[]): RecentContact | undefined {
    const wanted = new Set(emails.map((email) => email.toLowerCase()));
    return this.all(baseUrl, apiKey).find((contact) => contact.emails.some((email) => wanted.has(email)));
  }

  async remember(baseUrl: string, apiKey: string, contact: RecentContact): Promise<void> {
    const entry = { ...contact, emails: contact.emails.map((email) => email.toLowerCase()) };
    const others = this.all(baseUrl, apiKey).filter((known) => known.id !== contact.id);
    await this.storage.update(this.key(baseUrl, apiKey), [entry, ...others].slice(0, MAX_RECENT_CONTACTS));
  }

  async forget(baseUrl: string, apiKey: string, id: string): Promise<void> {
    await this.storage.update(
      this.key(baseUrl, apiKey),
      this.all(baseUrl, apiKey).filter((known) => known.id !== id),
    );
  }

  private all(baseUrl: string, apiKey: string): RecentContact[] {
    const stored = this.storage.get<RecentContact[]>(this.key(baseUrl, apiKey));
    return Array.isArray(stored) ? stored : [];
  }

  private key(baseUrl: string, apiKey: string): string {
    return workspaceStorageKey(PREFIX, { baseUrl, apiKey });
  }
}
