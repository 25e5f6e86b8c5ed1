// Browser side of the contact form. Builds the form from the fields the host sends, keeps the
// draft in webview state (so switching tabs loses nothing) and mirrors it to the host (so closing
// the panel loses nothing). All user text reaches the DOM through textContent/value, never as HTML.
import { ContactDraft, DraftErrors, conformDraft, hasErrors, validateDraft } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { HostMessage, Prefill, WebviewMessage, assertNever } from '../shared/protocol';
import { el, setHidden } from './dom';
import { readDraft, renderField } from './fields';
import { renderPeople } from './people';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  formId: string;
  draft: ContactDraft;
  /** People of the list (by id) whose checkbox the user changed. */
  toggled?: string[];
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

let formId = '';
let fields: FormField[] = [];
let draft: ContactDraft = {};
let errors: DraftErrors = { fields: {} };
let nextRequestId = 1;
let pendingRequestId: number | undefined;
let prefill: Prefill | undefined;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => handle(event.data));
vscode.postMessage({ type: 'ready' });

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'init': {
      fields = message.fields;
      formId = message.formId;
      const saved = vscode.getState() as Partial<SavedState> | undefined;
      // What this webview last saw is newer than the host's copy, unless the host started a new form.
      draft = conformDraft(saved?.formId === formId ? saved.draft : message.draft, fields);
      errors = { fields: message.fieldErrors };
      prefill = message.prefill;
      pendingRequestId = undefined;
      renderForm();
      saveDraft();
      focusFirstInput();
      return;
    }
    case 'submitting':
      if (message.requestId === pendingRequestId) showStatus('Creating contact…');
      return;
    case 'submitFailed':
      if (message.requestId !== pendingRequestId) return;
      pendingRequestId = undefined;
      errors = { fields: message.fieldErrors };
      renderForm();
      showFailure(message.message, message.retryable);
      focusFirstInvalid();
      return;
    case 'created':
      if (message.requestId !== pendingRequestId) return;
      pendingRequestId = undefined;
      renderCreated(message.name, message.httpLink !== null);
      return;
    case 'retry':
      submitDraft();
      return;
    case 'people': {
      const saved = vscode.getState() as Partial<SavedState> | undefined;
      const toggled = new Set(saved?.formId === message.listId ? saved.toggled : []);
      const render = () => {
        app.replaceChildren(
          renderPeople({
            ...message,
            toggled,
            onToggle: (id) => {
              if (!toggled.delete(id)) toggled.add(id);
              vscode.setState({ formId: message.listId, draft: {}, toggled: [...toggled] });
              render();
              document.getElementById(`person-${id}`)?.focus();
            },
            onCreate: (ids) => vscode.postMessage({ type: 'createSelected', listId: message.listId, ids }),
            onDiscard: () => vscode.postMessage({ type: 'discardList', listId: message.listId }),
          }),
        );
        app.setAttribute('aria-busy', String(message.busy));
      };
      const focused = document.activeElement?.id;
      render();
      if (focused) document.getElementById(focused)?.focus();
      return;
    }
    default:
      assertNever(message);
  }
}

function renderForm(): void {
  const form = el('form', { id: 'contact-form', novalidate: '' }) as HTMLFormElement;
  form.append(...fields.map(renderFieldAt));
  const submit = el('button', { type: 'submit', id: 'submit', class: 'primary' }, 'Create Contact');
  form.append(el('div', { class: 'actions' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitDraft();
  });
  form.addEventListener('input', () => {
    draft = conformDraft(readDraft(form, fields), fields);
    saveDraft();
  });
  // A dependent select offers other options once its parent changes.
  form.addEventListener('change', (event) => {
    const key = (event.target as HTMLElement).dataset.key;
    const dependents = fields.filter((field) => field.parentFieldKey === key);
    if (dependents.length === 0) return;
    // A choice that belonged to the former parent value goes.
    for (const field of dependents) {
      const option = field.options?.find((candidate) => candidate.id === draft[field.key]);
      if (option?.parentId && option.parentId !== draft[key as string]) draft[field.key] = '';
    }
    saveDraft();
    const active = document.activeElement?.id;
    renderForm();
    if (active) document.getElementById(active)?.focus();
  });
  app.replaceChildren(
    el('h1', {}, 'New Lightfield Contact'),
    ...prefillNotes(),
    el('div', { id: 'banner', class: 'banner error', role: 'alert', hidden: '' }),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }, errors.form ?? ''),
    form,
  );
  app.setAttribute('aria-busy', 'false');
  if (errors.form) showFailure(errors.form, false);
}

/** What a prefilled form says about its origin, and what from the text it could not keep. */
function prefillNotes(): HTMLElement[] {
  if (!prefill) return [];
  const notes = [el('p', { class: 'intro' }, `Filled from ${prefill.source}: check the details, then create the contact.`)];
  if (prefill.unsaved.length > 0) {
    const list = el('ul', {}, ...prefill.unsaved.map((value) => el('li', {}, `${value.what}: ${value.value} — not saved: no matching field`)));
    notes.push(el('div', { class: 'unsaved', role: 'note' }, el('p', {}, `Also in ${prefill.source}, but this workspace has no field for it:`), list));
  }
  return notes;
}

function renderFieldAt(field: FormField, index: number): HTMLElement {
  const id = `field-${index}`;
  const group = renderField({
    field,
    id,
    draft,
    error: errors.fields[field.key],
    source: prefill?.fromText.includes(field.key) ? prefill.source : undefined,
    onValuesChange: (change, focusId) => {
      draft[field.key] = change(draft[field.key] as string[]);
      saveDraft();
      renderForm();
      document.getElementById(focusId)?.focus();
    },
  });
  // Inline checks where a typo is likely, when the user leaves the control.
  if (field.kind === 'email' || field.kind === 'url' || field.kind === 'number' || field.kind === 'currency' || field.kind === 'socialHandle') {
    group.addEventListener('focusout', (event) => validateField(field, index, event.relatedTarget));
  }
  return group;
}

function saveDraft(): void {
  vscode.setState({ formId, draft });
  vscode.postMessage({ type: 'draftChanged', formId, draft });
}

/**
 * Inline check of one field when focus leaves it; the full check runs on submit. Only that field is
 * redrawn, so a click that moved the focus (on Create Contact, say) still lands.
 */
function validateField(field: FormField, index: number, focusTarget: EventTarget | null): void {
  const message = validateDraft(draft, fields).fields[field.key];
  if (message === errors.fields[field.key]) return;
  if (message) errors.fields[field.key] = message;
  else delete errors.fields[field.key];
  const group = Array.from(app.querySelectorAll<HTMLElement>('[data-field]')).find((candidate) => candidate.dataset.field === field.key);
  group?.replaceWith(renderFieldAt(field, index));
  if (focusTarget instanceof HTMLElement && focusTarget.id && !focusTarget.isConnected) document.getElementById(focusTarget.id)?.focus();
}

function submitDraft(): void {
  if (pendingRequestId !== undefined) return;
  errors = validateDraft(draft, fields);
  if (hasErrors(errors)) {
    renderForm();
    focusFirstInvalid();
    return;
  }
  errors = { fields: {} };
  renderForm();
  pendingRequestId = nextRequestId++;
  document.getElementById('submit')?.setAttribute('aria-disabled', 'true');
  app.setAttribute('aria-busy', 'true');
  showStatus('Creating contact…');
  vscode.postMessage({ type: 'submit', formId, requestId: pendingRequestId, draft });
}

function showFailure(message: string, retryable: boolean): void {
  const banner = document.getElementById('banner') as HTMLElement;
  banner.replaceChildren(el('span', {}, message));
  if (retryable) {
    const retry = el('button', { type: 'button', class: 'secondary' }, 'Retry');
    retry.addEventListener('click', submitDraft);
    banner.append(retry);
  }
  setHidden(banner, false);
  showStatus('');
}

function showStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function renderCreated(name: string, hasLink: boolean): void {
  const actions = el('div', { class: 'actions' });
  if (hasLink) {
    const open = el('button', { type: 'button', class: 'primary' }, 'Open in Lightfield');
    open.addEventListener('click', () => vscode.postMessage({ type: 'openInLightfield' }));
    actions.append(open);
  }
  const another = el('button', { type: 'button', class: hasLink ? 'secondary' : 'primary' }, 'Create Another');
  another.addEventListener('click', () => vscode.postMessage({ type: 'createAnother' }));
  actions.append(another);
  const heading = el('h1', { tabindex: '-1' }, `Created contact ${name}`);
  app.replaceChildren(el('section', { class: 'created', role: 'status' }, heading, actions));
  app.setAttribute('aria-busy', 'false');
  heading.focus();
}

function focusFirstInput(): void {
  app.querySelector<HTMLInputElement>('input')?.focus();
}

function focusFirstInvalid(): void {
  (app.querySelector<HTMLInputElement>('input[aria-invalid="true"]') ?? app.querySelector<HTMLElement>('#banner button') ?? app.querySelector<HTMLInputElement>('input'))?.focus();
}
