// Opening the contact form: makes sure there is a key, then shows the form before any request: with
// the cached contact fields (a fresher schema updates it), or the first time ever with the fields
// every workspace has, which the workspace's own then replace. What the form holds is never replaced
// unasked: a list with people not yet created, or a contact not yet created, is the user's unsent work.
import { l10n, window, type ViewColumn } from 'vscode';
import { ContactDraft, hasTypedValues } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { PeopleList, peopleToCreate } from '../contact/peopleList';
import { withKey } from '../services/apiKeyPrompts';
import { httpStackLoaded } from '../services/httpBundle';
import { ContactFormDeps } from '../services/contactFormDeps';
import { StoredForm } from '../services/formStore';
import { errorMessage } from '../base/errorMessage';
import { Prefill } from '../shared/protocol';
import { OpenFormPanel } from './openPanel';

/** Lightfield: Create Contact. An unsent list is brought back only if the user says so. */
export async function openContactForm(deps: ContactFormDeps): Promise<void> {
  if (!(await settleUnsentList(deps))) return;
  // A form still without the workspace's fields (fetching them failed) fetches them again.
  if (OpenFormPanel.revealExisting(deps) && !OpenFormPanel.awaitsWorkspaceFields()) return;
  // With a key found last time, the panel opens while the key is read: the workbench loads its page
  // meanwhile. Without one, the key is asked for first.
  if (deps.access.keys.likelyStored()) OpenFormPanel.openAhead(deps);
  try {
    await withKey(
      deps.access,
      () => openContactForm(deps),
      (apiKey) => showForm(deps, apiKey),
    );
  } finally {
    OpenFormPanel.discardAhead();
  }
}

/** Shows the form for this key: with the cached fields, or the first time ever with the system fields. */
async function showForm(deps: ContactFormDeps, apiKey: string): Promise<void> {
  const cached = deps.fieldsSource.cached(apiKey);
  if (cached) {
    OpenFormPanel.show(deps, cached);
    const refresh = () =>
      deps.fieldsSource.refreshInBackground(apiKey, (fresher) => OpenFormPanel.updateFields(fresher));
    // The request goes out while the workbench loads the page, when the host is idle; only one that
    // would first load the HTTP stack (the session's first) waits for the page's ready instead.
    if (httpStackLoaded()) refresh();
    else OpenFormPanel.whenPageReady(refresh);
    return;
  }
  // The first time ever: the form opens at once with the fields every workspace has, and a Create
  // waits for the workspace's own. A failure leaves the form open with what was typed.
  OpenFormPanel.showSystemFields(deps);
  await OpenFormPanel.fetchWorkspaceFields(apiKey);
}

/**
 * Asks (once, modal) whether to go back to a list with people not yet created or to start a new
 * contact, which discards them. False when the user cancels.
 */
async function settleUnsentList(deps: ContactFormDeps): Promise<boolean> {
  const list = deps.store.current().list;
  if (!list || OpenFormPanel.isCreatingPeople()) return true;
  const count = peopleToCreate(list).length;
  const back = l10n.t('Back to the List');
  const start = l10n.t('New Contact');
  const choice = await window.showWarningMessage(
    count === 1
      ? l10n.t('The Lightfield form holds a list with 1 person not yet created.')
      : l10n.t('The Lightfield form holds a list with {0} people not yet created.', count),
    {
      modal: true,
      detail:
        count === 1
          ? l10n.t('Going back shows the list. A new contact discards the list and its 1 person.')
          : l10n.t('Going back shows the list. A new contact discards the list and its {0} people.', count),
    },
    back,
    start,
  );
  if (choice === start) deps.store.reset();
  return choice !== undefined;
}

/**
 * Opens the form filled from a text, for review: nothing is sent before the user presses Create
 * Contact. Asks first when that would replace details typed earlier; false when the user declines.
 */
export function showPrefilled(
  deps: ContactFormDeps,
  fields: FormField[],
  draft: ContactDraft,
  prefill: Prefill,
  column?: ViewColumn,
): Promise<boolean> {
  return replaceWith(deps, fields, { draft, prefill }, column);
}

/** Opens the list of people found in a text. */
export function showPeople(
  deps: ContactFormDeps,
  fields: FormField[],
  list: PeopleList,
  column?: ViewColumn,
): Promise<boolean> {
  return replaceWith(deps, fields, { list }, column);
}

async function replaceWith(
  deps: ContactFormDeps,
  fields: FormField[],
  content: Partial<StoredForm>,
  column?: ViewColumn,
): Promise<boolean> {
  if (!(await mayReplace(deps))) return false;
  await deps.store.update({ ...deps.store.reset(), ...content });
  OpenFormPanel.show(deps, fields, column);
  return true;
}

/** Empties the form (asking first when that would discard something); false when the user declines. */
export async function startEmpty(deps: ContactFormDeps): Promise<boolean> {
  if (!(await mayReplace(deps))) return false;
  deps.store.reset();
  OpenFormPanel.reload(deps);
  return true;
}

async function mayReplace(deps: ContactFormDeps): Promise<boolean> {
  const stored = deps.store.current();
  const unsentList = stored.list !== undefined;
  if (!hasTypedValues(stored.draft) && !unsentList) return true;
  const replace = l10n.t('Replace');
  const choice = await window.showWarningMessage(
    unsentList
      ? l10n.t('The Lightfield form holds a list of people not yet created. Replace it?')
      : l10n.t('The Lightfield form holds a contact that has not been created. Replace it?'),
    { modal: true },
    replace,
  );
  return choice === replace;
}

/** Shows the open form with the fields the settings now allow (lightfield.hiddenFields changed). */
export async function applyFieldSettings(deps: ContactFormDeps): Promise<void> {
  if (!OpenFormPanel.isOpen()) return;
  const apiKey = await deps.access.keys.get();
  if (!apiKey) return;
  try {
    OpenFormPanel.updateFields(await deps.fieldsSource.load(apiKey, (fresher) => OpenFormPanel.updateFields(fresher)));
  } catch (error) {
    deps.access.log.warn(`Could not apply the changed field settings: ${errorMessage(error)}`);
  }
}
