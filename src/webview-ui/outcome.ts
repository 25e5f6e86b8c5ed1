// What the form shows after a submit: the contact created or details added (with Create Another),
// a failure in the banner (with Retry when it may help), or the notice that the person exists.
import { SubmitAction } from '../shared/protocol';
import { el, setHidden } from './dom';

export interface OutcomeActions {
  openInLightfield(): void;
  createAnother(): void;
  submit(action: SubmitAction): void;
  /** Says the text to screen readers. */
  announce(text: string): void;
}

type OutcomeLabel = 'Create Another' | 'Add Missing Details' | 'Create Anyway';

/** The form's outcome: the contact created, or the details added to an existing one. */
export function renderDone(app: HTMLElement, headline: string, hasLink: boolean, actions: OutcomeActions): void {
  const heading = el('h1', { tabindex: '-1' }, headline);
  actions.announce(headline);
  app.replaceChildren(el('section', { class: 'created' }, heading, outcomeButtons(hasLink, actions, 'Create Another')));
  app.setAttribute('aria-busy', 'false');
  heading.focus();
}

/** Nothing was created: the person exists. The form stays as it is, for either choice. */
export function showDuplicate(name: string, hasLink: boolean, actions: OutcomeActions): void {
  const notice = el(
    'div',
    { id: 'duplicate', class: 'banner notice' },
    el('span', {}, `${name} already exists in Lightfield`),
    outcomeButtons(hasLink, actions, 'Add Missing Details', 'Create Anyway'),
  );
  document.getElementById('banner')?.replaceWith(notice);
  actions.announce(`${name} already exists in Lightfield`);
  showStatus('', actions);
  notice.querySelector<HTMLButtonElement>('button')?.focus();
}

export function showFailure(message: string, retry: (() => void) | undefined, actions: OutcomeActions): void {
  const banner = document.getElementById('banner') as HTMLElement;
  banner.replaceChildren(el('span', {}, message));
  actions.announce(message);
  if (retry) {
    const button = el('button', { type: 'button', class: 'secondary' }, 'Retry');
    button.addEventListener('click', retry);
    banner.append(button);
  }
  setHidden(banner, false);
  showStatus('', actions);
}

export function showStatus(text: string, actions: OutcomeActions): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
  if (text) actions.announce(text);
}

function outcomeButtons(hasLink: boolean, actions: OutcomeActions, ...labels: OutcomeLabel[]): HTMLElement {
  const row = el('div', { class: 'actions' });
  if (hasLink) {
    const open = el('button', { type: 'button', class: 'primary' }, 'Open in Lightfield');
    open.addEventListener('click', () => actions.openInLightfield());
    row.append(open);
  }
  for (const label of labels) {
    const button = el('button', { type: 'button', class: hasLink ? 'secondary' : 'primary' }, label);
    button.addEventListener('click', () => {
      if (label === 'Create Another') actions.createAnother();
      else actions.submit(label === 'Add Missing Details' ? 'addMissingDetails' : 'createAnyway');
    });
    row.append(button);
  }
  return row;
}
