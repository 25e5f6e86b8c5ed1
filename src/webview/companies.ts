// The company picker's host side: type-ahead search of accounts by name, a suggestion from the
// email's domain (never for free-mail providers), and creating a company the user confirmed, with
// an Idempotency-Key of its own so a retried request never creates it twice.
import { randomUUID } from 'node:crypto';
import { l10n, ProgressLocation, window } from 'vscode';
import { readField } from '../contact/record';
import { PendingCreate, pendingCreateFor } from '../contact/submission';
import { LightfieldRecord } from '../lightfield/types';
import { abortOnCancel } from '../services/cancellation';
import { LightfieldAccess } from '../services/lightfieldAccess';
import { loadParser } from '../services/parserBundle';
import { AccountOption } from '../shared/protocol';

/** How many accounts the type-ahead shows. */
const SEARCH_RESULTS = 10;

function toAccountOption(record: LightfieldRecord): AccountOption {
  const name = readField(record, '$name')?.value;
  const website = readField(record, '$website')?.value;
  const detail = (Array.isArray(website) ? website : [website]).find(
    (value): value is string => typeof value === 'string',
  );
  return { id: record.id, name: typeof name === 'string' ? name : record.id, ...(detail ? { detail } : {}) };
}

/** "jane@mail.acme.co.uk" → "acme.co.uk" (the registrable domain); undefined for free-mail. */
export function companyDomain(email: string): string | undefined {
  return loadParser().companyDomainOf(email);
}

export async function searchAccounts(
  access: LightfieldAccess,
  apiKey: string,
  query: string,
): Promise<AccountOption[]> {
  if (query.trim() === '') return [];
  const page = await access
    .client(apiKey)
    .listAccounts([{ key: '$name', operator: 'startsWith', value: query.trim() }], SEARCH_RESULTS);
  return page.data.map(toAccountOption);
}

export async function suggestAccount(
  access: LightfieldAccess,
  apiKey: string,
  domain: string,
): Promise<AccountOption | null> {
  const page = await access.client(apiKey).listAccounts([{ key: '$website', operator: 'contains', value: domain }], 5);
  return page.data.map(toAccountOption)[0] ?? null;
}

/**
 * Creates the account after the user confirms. `pending` is the key of an earlier attempt for the
 * same company; the returned one is to be kept until the account exists.
 */
export async function createAccount(
  access: LightfieldAccess,
  apiKey: string,
  name: string,
  domain: string | undefined,
  pending: PendingCreate | undefined,
  onPending: (pending: PendingCreate) => Promise<void>,
): Promise<AccountOption | undefined> {
  const create = l10n.t('Create Company');
  const choice = await window.showInformationMessage(
    domain
      ? l10n.t('Create the company "{0}" with the website https://{1} in Lightfield?', name, domain)
      : l10n.t('Create the company "{0}" in Lightfield?', name),
    { modal: true },
    create,
  );
  if (choice !== create) return undefined;
  const body = { fields: { $name: name, ...(domain ? { $website: [`https://${domain}`] } : {}) } };
  const key = pendingCreateFor(body, pending, randomUUID);
  await onPending(key);
  // Cancel stops the request; the key stays, and the next Create Company reuses it.
  const account = await window.withProgress(
    {
      location: ProgressLocation.Notification,
      title: l10n.t('Creating the company "{0}"…', name),
      cancellable: true,
    },
    (_progress, token) => access.client(apiKey).createAccount(body, key.idempotencyKey, abortOnCancel(token)),
  );
  return toAccountOption(account);
}
