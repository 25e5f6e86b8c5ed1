// Lightfield does not deduplicate; its own recipe is to search first (lightfield-api.md §7):
// `$email[contains]` is a partial match, so an exact, case-insensitive match is confirmed here.
// Contacts created lately by this extension count too, since the list index lags writes.
import { recordDisplayName, recordEmails, recordWebLink } from '../contact/record';
import type { LightfieldClient } from '../lightfield/client';
import { isLightfieldError } from '../lightfield/errorGuard';
import { RecentContact, RecentContacts } from './recentContacts';
import { Workspace } from './workspaceStorage';

/** The existing contact with one of these emails, if any. */
export async function findDuplicate(
  client: Pick<LightfieldClient, 'listContacts' | 'getContact'>,
  recent: RecentContacts,
  workspace: Workspace,
  emails: readonly string[],
  signal?: AbortSignal,
): Promise<RecentContact | undefined> {
  if (emails.length === 0) return undefined;
  const remembered = recent.find(workspace.baseUrl, workspace.apiKey, emails);
  if (remembered && (await stillExists(client, recent, workspace, remembered, signal))) return remembered;
  for (const email of emails) {
    const page = await client.listContacts([{ key: '$email', operator: 'contains', value: email }], undefined, signal);
    const match = page.data.find((record) =>
      recordEmails(record).some((candidate) => candidate.trim().toLowerCase() === email.trim().toLowerCase()),
    );
    if (match)
      return {
        id: match.id,
        name: recordDisplayName(match) ?? email,
        emails: recordEmails(match),
        httpLink: recordWebLink(match) ?? null,
      };
  }
  return undefined;
}

/** A remembered contact may have been deleted in Lightfield since: a fresh read tells. */
async function stillExists(
  client: Pick<LightfieldClient, 'getContact'>,
  recent: RecentContacts,
  workspace: Workspace,
  contact: RecentContact,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await client.getContact(contact.id, signal);
    return true;
  } catch (error) {
    if (!isLightfieldError(error) || error.kind !== 'notFound') throw error;
    await recent.forget(workspace.baseUrl, workspace.apiKey, contact.id);
    return false;
  }
}
