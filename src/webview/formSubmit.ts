// One submit of the form, from the click to its end: one at a time per form (also across a panel closed
// and reopened meanwhile), the answer told once and as early as the contact exists, the finished form
// dropped from the store, and the notification that carries what comes next.
import { env, l10n, Uri, window } from 'vscode';
import { ContactFormDeps } from '../services/contactFormDeps';
import { SubmitAnswer, SubmittedForm, submitContact } from './submitContact';

export interface FormSubmit {
  formId: string;
  requestId: number;
  /** The form as submitted; called only once the submit is under way (no other one of the form runs). */
  prepare(): Omit<SubmittedForm, 'onCreated'>;
  /** Shows the answer, if a panel still shows form `formId`. */
  show(answer: SubmitAnswer): void;
  /** The notification's Create Another. */
  createAnother(): void;
}

export async function runFormSubmit(deps: ContactFormDeps, submit: FormSubmit): Promise<void> {
  const { formId } = submit;
  if (!deps.store.beginSubmit(formId, submit.requestId)) return;
  let told = false;
  const tell = (answer: SubmitAnswer): void => {
    if (told) return;
    told = true;
    const ended = answer.type === 'created' || answer.type === 'updated' ? answer : undefined;
    // The notification is sent first (the workbench handles what it is sent in order): it is what the
    // user reads. The store's write follows, not awaited; only the form it was sent from ends (a capture
    // opened meanwhile stays), and the panel, which shows the store's new form, is updated last.
    if (ended) void announceDone(doneMessage(ended), ended.httpLink ?? undefined, submit.createAnother);
    if (ended) deps.store.finish(formId);
    submit.show(answer);
  };
  try {
    // The panel and the notification come before the follow-up work (remembering the contact).
    tell(await submitContact(deps, { ...submit.prepare(), onCreated: tell }));
  } finally {
    deps.store.endSubmit(formId);
  }
}

/** What the notification says of a submit that ended the form. */
function doneMessage(answer: Extract<SubmitAnswer, { type: 'created' | 'updated' }>): string {
  if (answer.type === 'created') return l10n.t('Created contact {0}', answer.name);
  return answer.added.length > 0
    ? l10n.t('Added {0} to {1}', answer.added.join(', '), answer.name)
    : l10n.t('{0} already has all these details', answer.name);
}

/** The form shows one line; this notification carries what comes next. */
async function announceDone(message: string, link: string | undefined, createAnother: () => void): Promise<void> {
  const open = l10n.t('Open in Lightfield');
  const another = l10n.t('Create Another');
  const choice = await window.showInformationMessage(message, ...(link ? [open, another] : [another]));
  if (choice === open && link) await env.openExternal(Uri.parse(link));
  if (choice === another) createAnother();
}
