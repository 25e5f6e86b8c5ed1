// The list of people found in one text: a checkbox each (ready and failed people start checked),
// what identifies them, their status, and Create Selected; once nobody is left to create, New
// Contact and Close instead. Text is set as text only.
import * as l10n from '@vscode/l10n';
import { HostMessage, PersonRow } from '../shared/protocol';
import { el } from './dom';
import { focusInPage } from './pageFocus';
import { VsCodeApi, savedState } from './vscodeApi';

interface PeopleView {
  listId: string;
  heading: string;
  rows: PersonRow[];
  busy: boolean;
  /** Ids the user unchecked (or checked, for people who start unchecked). */
  toggled: Set<string>;
  onToggle(id: string): void;
  onCreate(ids: string[]): void;
  /** Drops the list: the Discard List and New Contact buttons. */
  onDiscard(): void;
  onClose(): void;
}

/** A person's status, alone or with why: one whole sentence each. */
function statusText(row: PersonRow): string {
  const why = row.message ?? '';
  switch (row.status) {
    case 'ready':
      return why;
    case 'invalid':
      return why ? l10n.t('Not valid: {0}', why) : l10n.t('Not valid');
    case 'created':
      return why ? l10n.t('Created: {0}', why) : l10n.t('Created');
    case 'exists':
      return why ? l10n.t('Already in Lightfield: {0}', why) : l10n.t('Already in Lightfield');
    case 'failed':
      return why ? l10n.t('Not created: {0}', why) : l10n.t('Not created');
  }
}

function startsChecked(row: PersonRow): boolean {
  return row.status === 'ready' || row.status === 'failed';
}

function isDone(row: PersonRow): boolean {
  return row.status === 'created' || row.status === 'exists';
}

function isChecked(row: PersonRow, toggled: Set<string>): boolean {
  return !isDone(row) && startsChecked(row) !== toggled.has(row.id);
}

function renderPeople(view: PeopleView): HTMLElement {
  const list = el('ul', { class: 'people-list' });
  for (const row of view.rows) {
    const id = `person-${row.id}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      'aria-describedby': `${id}-details ${id}-status`,
    }) as HTMLInputElement;
    box.checked = isChecked(row, view.toggled);
    box.disabled = isDone(row) || view.busy;
    box.addEventListener('change', () => view.onToggle(row.id));
    const status = statusText(row);
    const item = el(
      'li',
      { class: `person status-${row.status}` },
      el('div', { class: 'control checkbox' }, box, el('label', { for: id }, row.name)),
      el('p', { id: `${id}-details`, class: 'hint' }, row.details.join(' · ')),
      el('p', { id: `${id}-status`, class: 'person-status' }, status),
    );
    for (const value of row.unsaved)
      item.append(
        el('p', { class: 'unsaved' }, l10n.t('{0}: {1} — not saved: no matching field', value.what, value.value)),
      );
    list.append(item);
  }

  const finished = !view.busy && view.rows.length > 0 && view.rows.every(isDone);
  const chosen = () => view.rows.filter((row) => isChecked(row, view.toggled)).map((row) => row.id);
  const create = el('button', { type: 'button', class: 'primary', id: 'create-selected' }, l10n.t('Create Selected'));
  if (view.busy) create.setAttribute('aria-disabled', 'true');
  create.addEventListener('click', () => {
    if (!view.busy && chosen().length > 0) view.onCreate(chosen());
  });
  const discard = el('button', { type: 'button', class: 'secondary' }, l10n.t('Discard List'));
  if (view.busy) discard.setAttribute('aria-disabled', 'true');
  discard.addEventListener('click', () => {
    if (!view.busy) view.onDiscard();
  });

  const created = view.rows.filter((row) => row.status === 'created').length;
  const progress = view.busy
    ? l10n.t('Creating contacts…')
    : finished
      ? l10n.t('{0} of {1} created. Everyone in this list is in Lightfield now.', created, view.rows.length)
      : created > 0
        ? l10n.t('{0} of {1} created.', created, view.rows.length)
        : '';
  const actions = finished ? finishedActions(view) : [create, discard];
  return el(
    'section',
    { class: 'people' },
    el('h1', {}, l10n.t('New Lightfield Contacts')),
    el('p', {}, l10n.t('{0}. Check the people to create.', view.heading)),
    list,
    el('div', { class: 'actions' }, ...actions),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }, progress),
  );
}

/** Nobody is left to create: a new contact, or done. */
function finishedActions(view: PeopleView): HTMLElement[] {
  const another = el('button', { type: 'button', class: 'primary', id: 'new-contact' }, l10n.t('New Contact'));
  another.addEventListener('click', () => view.onDiscard());
  const close = el('button', { type: 'button', class: 'secondary' }, l10n.t('Close'));
  close.addEventListener('click', () => view.onClose());
  return [another, close];
}

/** Shows the list the host sent; which boxes the user changed survives the webview being hidden. */
export function showPeopleList(
  app: HTMLElement,
  api: VsCodeApi,
  message: Extract<HostMessage, { type: 'people' }>,
): void {
  const saved = savedState(api);
  const toggled = new Set(saved?.formId === message.listId ? saved.toggled : []);
  const render = () => {
    app.replaceChildren(
      renderPeople({
        ...message,
        toggled,
        onToggle: (id) => {
          if (!toggled.delete(id)) toggled.add(id);
          api.setState({ formId: message.listId, draft: {}, toggled: [...toggled] });
          render();
          document.getElementById(`person-${id}`)?.focus();
        },
        onCreate: (ids) => api.postMessage({ type: 'createSelected', listId: message.listId, ids }),
        onDiscard: () => api.postMessage({ type: 'discardList', listId: message.listId }),
        onClose: () => api.postMessage({ type: 'closeForm' }),
      }),
    );
    app.setAttribute('aria-busy', String(message.busy));
  };
  const focused = document.activeElement?.id;
  render();
  if (focused) focusInPage(document.getElementById(focused));
}
