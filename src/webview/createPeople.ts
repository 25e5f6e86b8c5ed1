// Creates the chosen people of a list one by one, with progress that can be cancelled. A person
// Lightfield already has (by email, as in the single form) is marked and left alone. Each person
// has an Idempotency-Key of their own, kept until their create succeeds, so a retry of the ones
// that failed never creates anyone twice. One failure does not stop the others; a key Lightfield
// refuses (401/403) does, since every further request would be refused too.
import { randomUUID } from 'node:crypto';
import { l10n, ProgressLocation, window } from 'vscode';
import { FormField } from '../contact/formFields';
import { PeopleList, checkPerson, describePerson, peopleToCreate, summarize } from '../contact/peopleList';
import { isLightfieldError } from '../lightfield/errorGuard';
import { explainError } from '../lightfield/explain';
import { askForKeyThenRetry, ensureApiKey } from '../services/apiKeyPrompts';
import { abortOnCancel } from '../services/cancellation';
import { ContactFormDeps, createFlowDeps } from '../services/contactFormDeps';
import { createOrDetect } from '../services/createFlow';
import { phoneEncoding } from '../services/phoneNumbers';
import { presentError } from '../services/presentError';

/** Errors that would fail every further person alike. */
const STOPS_THE_RUN = new Set(['auth', 'permission', 'insecureBaseUrl']);

export interface CreatePeopleRun {
  deps: ContactFormDeps;
  fields: FormField[];
  list: PeopleList;
  ids: string[];
  /** After each person: persist and show the list. */
  onChange(): Promise<void>;
  /** Runs again for these people (the summary's Retry Failed button). */
  retry(ids: string[]): Promise<void>;
}

export async function createPeople(run: CreatePeopleRun): Promise<void> {
  const { deps, fields, list } = run;
  const { access } = deps;
  const chosen = peopleToCreate(list).filter((person) => run.ids.includes(person.id));
  if (chosen.length === 0) return;
  const apiKey = await ensureApiKey(access, { again: () => run.retry(run.ids) });
  if (!apiKey) return;

  let stop: unknown;
  await window.withProgress(
    {
      location: ProgressLocation.Notification,
      title: l10n.t('Creating {0} Lightfield contacts', chosen.length),
      cancellable: true,
    },
    async (progress, token) => {
      // Cancel also stops the person in flight; their key stays for the next run.
      const signal = abortOnCancel(token);
      const phones = phoneEncoding();
      for (const [index, person] of chosen.entries()) {
        if (token.isCancellationRequested || stop !== undefined) break;
        const { name } = describePerson(person, fields);
        progress.report({
          message: l10n.t('{0} of {1}: {2}', index + 1, chosen.length, name),
          increment: 100 / chosen.length,
        });
        const { body, problem } = checkPerson(person.draft, fields, phones);
        if (problem) {
          Object.assign(person, { status: 'invalid', message: problem });
          await run.onChange();
          continue;
        }
        try {
          const outcome = await createOrDetect(createFlowDeps(deps, apiKey, randomUUID), {
            body,
            fields,
            // A person whose create may already have reached Lightfield is retried with their key instead.
            action: person.pending ? 'createAnyway' : 'create',
            fallbackName: name,
            keys: { pending: person.pending },
            keepKeys: async (keys) => {
              person.pending = keys.pending;
              await run.onChange();
            },
            signal,
          });
          if (outcome.kind === 'duplicate') {
            Object.assign(person, { status: 'exists', message: l10n.t('as {0}', outcome.existing.name) });
            await run.onChange();
            continue;
          }
          Object.assign(person, { status: 'created', message: undefined, pending: undefined });
        } catch (error) {
          Object.assign(person, { status: 'failed', message: explainError(error, access.host()).message });
          if (isLightfieldError(error) && STOPS_THE_RUN.has(error.kind)) stop = error;
        }
        await run.onChange();
      }
    },
  );

  const attempted = chosen.map((person) => person.id);
  const summary = summarize(list, attempted, fields);
  const failed = chosen.filter((person) => person.status === 'failed').map((person) => person.id);
  // Not awaited: the buttons start a new run, which may begin only once this one has ended.
  if (stop !== undefined) {
    // Everyone the stop left behind goes again, not only the one who met the refused key.
    const remaining = peopleToCreate(list)
      .filter((person) => chosen.includes(person))
      .map((person) => person.id);
    void presentError(explainError(stop, access.host()), {
      setApiKey: askForKeyThenRetry(access, () => run.retry(remaining)),
    });
  } else if (failed.length > 0) {
    const retry = l10n.t('Retry Failed');
    void window.showWarningMessage(summary, retry).then((choice) => (choice === retry ? run.retry(failed) : undefined));
  } else {
    void window.showInformationMessage(summary);
  }
}
