// Submitting the single form: checks the draft, makes sure there is a key, runs the create flow, and
// answers the webview with what happened. A failure is answered too, and explained with its remedies.
import { randomUUID } from 'node:crypto';
import { l10n } from 'vscode';
import { ContactDraft, draftDisplayName, encodeDraft, hasErrors } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { explainError } from '../lightfield/explain';
import type { CreateRecordBody } from '../lightfield/types';
import { askForKeyThenRetry, ensureApiKey } from '../services/apiKeyPrompts';
import { withProgressWhenSlow } from '../services/cancellation';
import { ContactFormDeps, createFlowDeps } from '../services/contactFormDeps';
import { CreateOutcome, PendingKeys, createOrDetect } from '../services/createFlow';
import { phoneEncoding } from '../services/phoneNumbers';
import { presentError } from '../services/presentError';
import { RecentContact } from '../services/recentContacts';
import { HostMessage, SubmitAction } from '../shared/protocol';

export type SubmitAnswer = Extract<HostMessage, { type: 'submitFailed' | 'duplicate' | 'created' | 'updated' }>;

export interface SubmittedForm {
  requestId: number;
  draft: ContactDraft;
  action: SubmitAction;
  /** The fields the form shows: the draft is checked against them before the key is read. */
  shownFields: readonly FormField[];
  /** The fields to send the draft with: for a form shown before the workspace's came, once they have. */
  workspaceFields: (apiKey: string) => Promise<readonly FormField[]>;
  keys: PendingKeys;
  /** The stored API key as the form holds it: read once for the form, not at each Create. */
  apiKey: () => Promise<string | undefined>;
  /** Keeps the form's keys (createFlow.ts: in memory at the call, written to storage alongside the request). */
  keepKeys: (keys: PendingKeys) => Promise<void>;
  /** Submits the form again (the Retry and Set API Key buttons of a failure). */
  resubmit: () => void;
  /** The duplicate check's answer for these emails: the one at hand (checked while typing), or a search now. */
  existingContact: (apiKey: string, emails: readonly string[]) => Promise<RecentContact | undefined>;
  /** Told of a new contact at once, before the follow-up work (remembering it); the same answer is returned. */
  onCreated: (answer: SubmitAnswer) => void;
}

export async function submitContact(deps: ContactFormDeps, form: SubmittedForm): Promise<SubmitAnswer> {
  const { access } = deps;
  const { requestId, draft } = form;
  try {
    // The fields the draft was typed into are checked first: an error in them needs no key to be shown.
    const typed = encodeForm(requestId, draft, form.shownFields);
    if (typed.refused) return typed.refused;
    const apiKey = await ensureApiKey(access, { stored: form.apiKey, again: form.resubmit });
    if (!apiKey) {
      const message = l10n.t('Set a Lightfield API key to create contacts.');
      return { type: 'submitFailed', requestId, message, fieldErrors: {}, retryable: true };
    }
    const fields = await form.workspaceFields(apiKey);
    const encoded = fields === form.shownFields ? typed : encodeForm(requestId, draft, fields);
    if (encoded.refused) return encoded.refused;
    const { body } = encoded;
    // Cancel stops the request; the draft and its key stay, and the next Create reuses the key.
    const outcome = await withProgressWhenSlow(l10n.t('Creating Lightfield contact…'), (signal) =>
      createOrDetect(createFlowDeps(deps, apiKey, randomUUID), {
        body,
        fields,
        action: form.action,
        fallbackName: draftDisplayName(draft, fields) ?? 'in Lightfield',
        keys: form.keys,
        keepKeys: form.keepKeys,
        existingContact: (emails) => form.existingContact(apiKey, emails),
        onCreated: (created) => form.onCreated(answer(requestId, created)),
        signal,
      }),
    );
    return answer(requestId, outcome);
  } catch (error) {
    const explanation = explainError(error, access.host());
    void presentError(explanation, {
      retry: form.resubmit,
      setApiKey: askForKeyThenRetry(access, form.resubmit),
    });
    const { message, fieldErrors, retryable } = explanation;
    return { type: 'submitFailed', requestId, message, fieldErrors, retryable };
  }
}

/** The draft as the API takes it for these fields, or the answer that names the fields to correct. */
function encodeForm(
  requestId: number,
  draft: ContactDraft,
  fields: readonly FormField[],
): { body: CreateRecordBody; refused?: undefined } | { refused: SubmitAnswer } {
  const { body, errors } = encodeDraft(draft, fields, phoneEncoding());
  if (!hasErrors(errors)) return { body };
  const message = errors.form ?? l10n.t('Check the highlighted fields.');
  return { refused: { type: 'submitFailed', requestId, message, fieldErrors: errors.fields, retryable: false } };
}

function answer(requestId: number, outcome: CreateOutcome): SubmitAnswer {
  switch (outcome.kind) {
    case 'gone': {
      const message = l10n.t('The existing contact could not be found any more. Create Contact creates a new one.');
      return { type: 'submitFailed', requestId, message, fieldErrors: {}, retryable: false };
    }
    case 'duplicate': {
      const { name, httpLink } = outcome.existing;
      return { type: 'duplicate', requestId, name, email: outcome.email, httpLink };
    }
    case 'created':
      return { type: 'created', requestId, name: outcome.name, httpLink: outcome.httpLink ?? null };
    case 'updated': {
      const { name, added } = outcome;
      return { type: 'updated', requestId, name, added, httpLink: outcome.httpLink ?? null };
    }
  }
}
