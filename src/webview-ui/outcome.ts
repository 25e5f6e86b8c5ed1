// What the form shows while a submit is out (Create Contact waiting, the status line) and after it:
// one short line saying the contact was created or the details added (the notification carries Open
// in Lightfield and Create Another), a failure in the banner (with Retry when it may help), or the
// notice that the person exists, found by their email.
import * as l10n from '@vscode/l10n';
import { HostMessage, SubmitAction } from '../shared/protocol';
import { el, setHidden } from './dom';
import { focusInPage } from './pageFocus';

export interface OutcomeActions {
  openInLightfield(): void;
  createAnother(): void;
  submit(action: SubmitAction): void;
  /** Says the text to screen readers. */
  announce(text: string): void;
}

/** The form's outcome, the contact created or the details added: one line; the buttons are in the notification. */
export function renderDone(
  app: HTMLElement,
  done: Extract<HostMessage, { type: 'created' | 'updated' }>,
  actions: OutcomeActions,
): void {
  const headline = doneHeadline(done);
  const line = el('p', { class: 'done', tabindex: '-1' }, headline);
  actions.announce(headline);
  app.replaceChildren(el('section', { class: 'created' }, line));
  app.setAttribute('aria-busy', 'false');
  focusInPage(line);
}

function doneHeadline(done: Extract<HostMessage, { type: 'created' | 'updated' }>): string {
  if (done.type === 'created') return l10n.t('Created contact {0}', done.name);
  return done.added.length > 0
    ? l10n.t('Added {0} to {1}', done.added.join(', '), done.name)
    : l10n.t('{0} already has all these details', done.name);
}

export interface ExistingContact {
  name: string;
  /** The typed email the existing contact has (how it was found). */
  email: string;
  hasLink: boolean;
}

/**
 * The person exists (found while the user typed, or when Create was pressed): the notice above the
 * form, which stays as it is, for either choice. No notice when `existing` is undefined.
 */
export function showExisting(existing: ExistingContact | undefined, actions: OutcomeActions): void {
  const notice = document.getElementById('duplicate');
  if (!notice) return;
  notice.replaceChildren(
    ...(existing ? [el('span', {}, existingText(existing)), existingButtons(existing, actions)] : []),
  );
  setHidden(notice, !existing);
}

/** What the notice says, also announced to screen readers. */
export function existingText(existing: ExistingContact): string {
  return l10n.t('{0} already exists in Lightfield: a contact there has the email {1}.', existing.name, existing.email);
}

function existingButtons(existing: ExistingContact, actions: OutcomeActions): HTMLElement {
  const buttons = el('div', { class: 'actions' });
  if (existing.hasLink)
    buttons.append(button(l10n.t('Open in Lightfield'), 'primary', () => actions.openInLightfield()));
  const kind = existing.hasLink ? 'secondary' : 'primary';
  buttons.append(
    button(l10n.t('Add Missing Details'), kind, () => actions.submit('addMissingDetails')),
    button(l10n.t('Create Anyway'), kind, () => actions.submit('createAnyway')),
  );
  return buttons;
}

export function showFailure(message: string, retry: (() => void) | undefined, actions: OutcomeActions): void {
  const banner = document.getElementById('banner') as HTMLElement;
  banner.replaceChildren(el('span', {}, message));
  actions.announce(message);
  if (retry) banner.append(button(l10n.t('Retry'), 'secondary', retry));
  setHidden(banner, false);
  showStatus('', actions);
}

/** The failure of the submit before goes when the next one starts. */
export function hideFailure(): void {
  setHidden(document.getElementById('banner') as HTMLElement, true);
}

/** A submit is out: Create Contact waits with the focus, and the status line says what is under way. */
export function showBusy(app: HTMLElement, action: SubmitAction, actions: OutcomeActions): void {
  const submit = document.getElementById('submit');
  submit?.setAttribute('aria-disabled', 'true');
  focusInPage(submit);
  app.setAttribute('aria-busy', 'true');
  showStatus(
    action === 'addMissingDetails' ? l10n.t('Adding the missing details…') : l10n.t('Creating contact…'),
    actions,
  );
}

export function showStatus(text: string, actions: OutcomeActions): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
  if (text) actions.announce(text);
}

function button(label: string, kind: 'primary' | 'secondary', onClick: () => void): HTMLElement {
  const element = el('button', { type: 'button', class: kind }, label);
  element.addEventListener('click', onClick);
  return element;
}
