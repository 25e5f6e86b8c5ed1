// Which remembered contact an address belongs to, for the email lightbulb: asked on every cursor
// move that lands on an address, so it answers from memory. The key is read from secret storage
// once and only its fingerprint is kept, never the key; a new key or base URL starts over.
import { ApiKeyStore } from '../config/secrets';
import { baseUrl } from '../config/settings';
import { RecentContacts } from '../services/recentContacts';
import { StoredWorkspace, storedWorkspace } from '../services/workspaceStorage';
import type { KnownContact } from './contactCodeActions';

export class KnownContacts {
  private workspace: Promise<StoredWorkspace | undefined> | undefined;

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly recent: RecentContacts,
  ) {}

  async find(email: string): Promise<KnownContact | undefined> {
    this.workspace ??= this.current();
    const workspace = await this.workspace;
    const contact = workspace && this.recent.findIn(workspace, [email]);
    return contact?.httpLink ? { name: contact.name, link: contact.httpLink } : undefined;
  }

  /** The key or the base URL changed. */
  reset(): void {
    this.workspace = undefined;
  }

  private async current(): Promise<StoredWorkspace | undefined> {
    const checked = baseUrl();
    const apiKey = await this.keys.get().catch(() => undefined);
    return checked.ok && apiKey ? storedWorkspace({ baseUrl: checked.baseUrl, apiKey }) : undefined;
  }
}
