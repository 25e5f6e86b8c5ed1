// The create flow of the form and of the people list, in one place: the duplicate check (by email,
// lightfield-api.md §7), one Idempotency-Key per form or person (§9), handed to the caller to keep
// before the request is sent so a retry after a failure reuses it, the create, and remembering the
// new contact, since the list index lags writes. Add Missing Details fills only what the existing contact lacks.
// No `vscode` import: unit-tested against the stand-in.
import { bodyEmails } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { missingDetails, recordDisplayName, recordEmails, recordWebLink } from '../contact/record';
import { PendingCreate, pendingCreateFor } from '../contact/submission';
import type { LightfieldClient } from '../lightfield/client';
import { CreateRecordBody, RelationshipOperation } from '../lightfield/types';
import { SubmitAction } from '../shared/protocol';
import { findDuplicate } from './duplicates';
import { RecentContact, RecentContacts } from './recentContacts';
import { Workspace } from './workspaceStorage';

export interface CreateFlowDeps {
  client: Pick<LightfieldClient, 'listContacts' | 'getContact' | 'createContact' | 'updateContact'>;
  recent: RecentContacts;
  workspace: Workspace;
  /** A fresh Idempotency-Key (crypto.randomUUID). */
  newKey: () => string;
}

/** The keys of a create and of an update not yet known to have succeeded. */
export interface PendingKeys {
  pending?: PendingCreate;
  pendingUpdate?: PendingCreate;
}

export interface CreateRequest {
  body: CreateRecordBody;
  fields: readonly FormField[];
  /** `createAnyway` skips the duplicate check: also for a retry of a create that may have reached Lightfield. */
  action: SubmitAction;
  /** How to name the contact when the record has no name or email. */
  fallbackName: string;
  keys: PendingKeys;
  /**
   * Keeps the keys: in memory at the call (every retry in this window reads them from there), and in
   * storage (a retry after a reload). Called before the request that uses them is sent, and awaited
   * after it: the write is on its way before the request, without the request waiting for its answer.
   */
  keepKeys: (keys: PendingKeys) => Promise<void>;
  /** The duplicate check's answer when one is at hand (the form checks while the user types); default: search now. */
  existingContact?: (emails: readonly string[]) => Promise<RecentContact | undefined>;
  /** Told of a new contact at once, before the follow-up work (remembering it): the user hears first. */
  onCreated?: (created: Extract<CreateOutcome, { kind: 'created' }>) => void;
  /** Cancels the request under way (the progress's Cancel); the kept keys stay for the next Create. */
  signal?: AbortSignal;
}

export type CreateOutcome =
  | { kind: 'created'; id: string; name: string; httpLink: string | undefined }
  /** Not created: Lightfield already has a contact with one of the emails, `email`. */
  | { kind: 'duplicate'; existing: RecentContact; email: string }
  /** Add Missing Details is done; `added` holds the labels of what was added (none when it had all). */
  | { kind: 'updated'; name: string; added: string[]; httpLink: string | undefined }
  /** Add Missing Details found no existing contact any more. */
  | { kind: 'gone' };

export async function createOrDetect(deps: CreateFlowDeps, request: CreateRequest): Promise<CreateOutcome> {
  const emails = bodyEmails(request.body, request.fields);
  // Made and kept before anything is sent, the duplicate check included: a second submit of the
  // same form (from a panel reopened during the check) finds it and sends the same key.
  const pending = pendingCreateFor(request.body, request.keys.pending, deps.newKey);
  // A key kept before (the same one) is not kept again.
  const keeping =
    request.action !== 'addMissingDetails' && pending !== request.keys.pending
      ? request.keepKeys({ ...request.keys, pending })
      : undefined;
  return whileKeeping(keeping, () => checkThenCreate(deps, request, emails, pending));
}

async function checkThenCreate(
  deps: CreateFlowDeps,
  request: CreateRequest,
  emails: string[],
  pending: PendingCreate,
): Promise<CreateOutcome> {
  const { client, recent, workspace } = deps;
  if (request.action !== 'createAnyway') {
    const existing = await (request.existingContact?.(emails) ??
      findDuplicate(client, recent, workspace, emails, request.signal));
    if (request.action === 'addMissingDetails')
      return existing ? addMissingDetails(deps, request, existing) : { kind: 'gone' };
    if (existing) return { kind: 'duplicate', existing, email: matchedEmail(emails, existing) };
  }
  const record = await client.createContact(request.body, pending.idempotencyKey, request.signal);
  const name = recordDisplayName(record) ?? request.fallbackName;
  const httpLink = recordWebLink(record);
  const created = { kind: 'created', id: record.id, name, httpLink } as const;
  request.onCreated?.(created);
  await recent.remember(workspace.baseUrl, workspace.apiKey, {
    id: record.id,
    name,
    emails: [...new Set([...recordEmails(record), ...emails].map((email) => email.toLowerCase()))],
    httpLink: httpLink ?? null,
  });
  return created;
}

/**
 * Fills only what the existing contact lacks (read fresh, never from the lagging list) and links
 * the chosen company if it is not linked yet; never overwrites a value.
 */
async function addMissingDetails(
  deps: CreateFlowDeps,
  request: CreateRequest,
  existing: RecentContact,
): Promise<CreateOutcome> {
  const record = await deps.client.getContact(existing.id, request.signal);
  const fields = missingDetails(record, request.body.fields);
  const relationships: Record<string, RelationshipOperation> = {};
  for (const [key, ids] of Object.entries(request.body.relationships ?? {})) {
    const linked = record.relationships[key]?.values ?? [];
    const adding = (Array.isArray(ids) ? ids : [ids]).filter((id) => !linked.includes(id));
    if (adding.length > 0) relationships[key] = { add: adding };
  }
  const added = [...Object.keys(fields), ...Object.keys(relationships)].map(
    (key) => request.fields.find((field) => field.key === key)?.label ?? key,
  );
  if (added.length > 0) {
    const update = {
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
      ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
    };
    const pendingUpdate = pendingCreateFor({ id: existing.id, ...update }, request.keys.pendingUpdate, deps.newKey);
    const keeping = request.keepKeys({ ...request.keys, pendingUpdate });
    await whileKeeping(keeping, () =>
      deps.client.updateContact(existing.id, update, pendingUpdate.idempotencyKey, request.signal),
    );
  }
  return { kind: 'updated', name: recordDisplayName(record) ?? existing.name, added, httpLink: recordWebLink(record) };
}

/**
 * Sends the request while the key's write (started before it) completes, and ends once both have:
 * the request never waits for storage, and the submit never ends with its key unwritten. The write's
 * own failure does not replace the request's answer or error: every retry of this form reads the key
 * from memory, and a created contact is created.
 */
async function whileKeeping<T>(keeping: Promise<void> | undefined, send: () => Promise<T>): Promise<T> {
  const kept = keeping?.catch(() => undefined);
  try {
    return await send();
  } finally {
    await kept;
  }
}

/** The typed email the existing contact has, as typed. */
export function matchedEmail(emails: readonly string[], existing: RecentContact): string {
  const theirs = new Set(existing.emails.map((email) => email.trim().toLowerCase()));
  return emails.find((email) => theirs.has(email.trim().toLowerCase())) ?? emails[0] ?? '';
}
