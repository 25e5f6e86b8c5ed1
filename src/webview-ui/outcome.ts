// What the form shows after a submit: one short line saying the contact was created or the details
// added (the notification carries Open in Lightfield and Create Another), a failure in the banner
// (with Retry when it may help), or the notice that the person exists, found by their email.
import * as l10n from '@vscode/l10n';
import { SubmitAction } from '../shared/protocol';
import { el, setHidden } from './dom';

export interface OutcomeActions {
  openInLightfield(): void;
  createAnother(): void;
  submit(action: SubmitAction): void;
  /** Says the text to screen readers. */
  announce(text: string): void;
}

/** The form's outcome, the contact created or the details added: one line; the buttons are in the notification. */
export function renderDone(app: HTMLElement, headline: string, actions: OutcomeActions): void {
  const line = el('p', { class: 'done', tabindex: '-1' }, headline);
  actions.announce(headline);
  app.replaceChildren(el('section', { class: 'created' }, line));
  app.setAttribute('aria-busy', 'false');
  line.focus();
}

/** Nothing was created: the person exists. The form stays as it is, for either choice. */
export function showDuplicate(name: string, email: string, hasLink: boolean, actions: OutcomeActions): void {
  const text = l10n.t('{0} already exists in Lightfield: a contact there has the email {1}.', name, email);
  const buttons = el('div', { class: 'actions' });
  if (hasLink) buttons.append(button(l10n.t('Open in Lightfield'), 'primary', () => actions.openInLightfield()));
  const kind = hasLink ? 'secondary' : 'primary';
  buttons.append(
    button(l10n.t('Add Missing Details'), kind, () => actions.submit('addMissingDetails')),
    button(l10n.t('Create Anyway'), kind, () => actions.submit('createAnyway')),
  );
  const notice = el('div', { id: 'duplicate', class: 'banner notice' }, el('span', {}, text), buttons);
  document.getElementById('banner')?.replaceWith(notice);
  actions.announce(text);
  showStatus('', actions);
  notice.querySelector<HTMLButtonElement>('button')?.focus();
}

export function showFailure(message: string, retry: (() => void) | undefined, actions: OutcomeActions): void {
  const banner = document.getElementById('banner') as HTMLElement;
  banner.replaceChildren(el('span', {}, message));
  actions.announce(message);
  if (retry) banner.append(button(l10n.t('Retry'), 'secondary', retry));
  setHidden(banner, false);
  showStatus('', actions);
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
