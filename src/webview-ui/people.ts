// The list of people found in one text: a checkbox each (ready and failed people start checked),
// what identifies them, their status, and Create Selected; once nobody is left to create, New
// Contact and Close instead. Text is set as text only.
import { HostMessage, PersonRow } from '../shared/protocol';
import { el } from './dom';
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

const STATUS_TEXT: Record<PersonRow['status'], string> = {
  ready: '',
  invalid: 'Not valid',
  created: 'Created',
  exists: 'Already in Lightfield',
  failed: 'Not created',
};

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
    const status = row.message ? `${STATUS_TEXT[row.status]}: ${row.message}` : STATUS_TEXT[row.status];
    const item = el(
      'li',
      { class: `person status-${row.status}` },
      el('div', { class: 'control checkbox' }, box, el('label', { for: id }, row.name)),
      el('p', { id: `${id}-details`, class: 'hint' }, row.details.join(' · ')),
      el('p', { id: `${id}-status`, class: 'person-status' }, status),
    );
    for (const value of row.unsaved)
      item.append(el('p', { class: 'unsaved' }, `${value.what}: ${value.value} — not saved: no matching field`));
    list.append(item);
  }

  const finished = !view.busy && view.rows.length > 0 && view.rows.every(isDone);
  const chosen = () => view.rows.filter((row) => isChecked(row, view.toggled)).map((row) => row.id);
  const create = el('button', { type: 'button', class: 'primary', id: 'create-selected' }, 'Create Selected');
  if (view.busy) create.setAttribute('aria-disabled', 'true');
  create.addEventListener('click', () => {
    if (!view.busy && chosen().length > 0) view.onCreate(chosen());
  });
  const discard = el('button', { type: 'button', class: 'secondary' }, 'Discard List');
  if (view.busy) discard.setAttribute('aria-disabled', 'true');
  discard.addEventListener('click', () => {
    if (!view.busy) view.onDiscard();
  });

  const created = view.rows.filter((row) => row.status === 'created').length;
  const progress = view.busy
    ? 'Creating contacts…'
    : finished
      ? `${created} of ${view.rows.length} created. Everyone in this list is in Lightfield now.`
      : created > 0
        ? `${created} of ${view.rows.length} created.`
        : '';
  const actions = finished ? finishedActions(view) : [create, discard];
  return el(
    'section',
    { class: 'people' },
    el('h1', {}, 'New Lightfield Contacts'),
    el('p', {}, `${view.heading}. Check the people to create.`),
    list,
    el('div', { class: 'actions' }, ...actions),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }, progress),
  );
}

/** Nobody is left to create: a new contact, or done. */
function finishedActions(view: PeopleView): HTMLElement[] {
  const another = el('button', { type: 'button', class: 'primary', id: 'new-contact' }, 'New Contact');
  another.addEventListener('click', () => view.onDiscard());
  const close = el('button', { type: 'button', class: 'secondary' }, 'Close');
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
  if (focused) document.getElementById(focused)?.focus();
}
