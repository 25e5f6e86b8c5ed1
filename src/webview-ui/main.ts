// Browser side of the contact form. Builds the form from the fields the host sends, keeps the
// draft in webview state (so switching tabs loses nothing) and mirrors it to the host (so closing
// the panel loses nothing). All user text reaches the DOM through textContent/value, never as HTML.
import { ContactDraft, DraftErrors, NameDraft, conformDraft, hasErrors, validateDraft } from '../contact/draft';
import { FIRST_NAME_LABEL, FormField, LAST_NAME_LABEL } from '../contact/formFields';
import { HostMessage, WebviewMessage, assertNever } from '../shared/protocol';
import { el, setHidden } from './dom';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  formId: string;
  draft: ContactDraft;
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

let formId = '';
let fields: FormField[] = [];
let draft: ContactDraft = {};
let errors: DraftErrors = { fields: {} };
let nextRequestId = 1;
let pendingRequestId: number | undefined;

const INPUT_TYPE: Record<FormField['kind'], string> = { fullName: 'text', email: 'email', telephone: 'tel', url: 'url', text: 'text' };
const AUTOCOMPLETE: Partial<Record<string, string>> = { email: 'email', telephone: 'tel', url: 'url' };

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
    default:
      assertNever(message);
  }
}

function renderForm(): void {
  const form = el('form', { id: 'contact-form', novalidate: '' }) as HTMLFormElement;
  form.append(...fields.map(renderField));
  const submit = el('button', { type: 'submit', id: 'submit', class: 'primary' }, 'Create Contact');
  form.append(el('div', { class: 'actions' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitDraft();
  });
  form.addEventListener('input', () => {
    readDraftFromForm(form);
    saveDraft();
  });
  app.replaceChildren(
    el('h1', {}, 'New Lightfield Contact'),
    el('div', { id: 'banner', class: 'banner error', role: 'alert', hidden: '' }),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }, errors.form ?? ''),
    form,
  );
  app.setAttribute('aria-busy', 'false');
  if (errors.form) showFailure(errors.form, false);
}

function renderField(field: FormField, index: number): HTMLElement {
  const id = `field-${index}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const error = errors.fields[field.key];
  const describedBy = [field.description ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const input = (inputId: string, label: string, value: string, part: string, autocomplete?: string) => {
    const attributes: Record<string, string> = { id: inputId, name: inputId, type: INPUT_TYPE[field.kind], 'data-key': field.key, 'data-part': part };
    if (autocomplete) attributes.autocomplete = autocomplete;
    if (describedBy) attributes['aria-describedby'] = describedBy;
    if (error) attributes['aria-invalid'] = 'true';
    const control = el('input', attributes) as HTMLInputElement;
    control.value = value;
    if (field.kind === 'email') control.addEventListener('blur', () => validateField(field));
    return el('div', { class: 'control' }, el('label', { for: inputId }, label), control);
  };

  const group = el(field.kind === 'fullName' ? 'fieldset' : 'div', { class: 'field', 'data-field': field.key });
  if (field.kind === 'fullName') {
    const name = draft[field.key] as NameDraft;
    group.append(
      el('legend', {}, field.label),
      el('div', { class: 'name-row' }, input(`${id}-first`, FIRST_NAME_LABEL, name.firstName, 'firstName', 'given-name'), input(`${id}-last`, LAST_NAME_LABEL, name.lastName, 'lastName', 'family-name')),
    );
  } else if (field.multiple) {
    const values = draft[field.key] as string[];
    values.forEach((value, n) => {
      const row = input(`${id}-${n}`, n === 0 ? field.label : `${field.label} ${n + 1}`, value, String(n), AUTOCOMPLETE[field.kind]);
      if (n > 0) {
        const remove = el('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${field.label} ${n + 1}` }, 'Remove');
        remove.addEventListener('click', () => changeValues(field, values.filter((_, i) => i !== n), `${id}-${n - 1}`));
        row.append(remove);
      }
      group.append(row);
    });
    const add = el('button', { type: 'button', class: 'secondary add' }, `Add another ${field.label.toLowerCase()}`);
    add.addEventListener('click', () => changeValues(field, [...values, ''], `${id}-${values.length}`));
    group.append(add);
  } else {
    group.append(input(id, field.label, draft[field.key] as string, '0', field.key === '$title' ? 'organization-title' : undefined));
  }
  if (field.description) group.append(el('p', { id: hintId, class: 'hint' }, field.description));
  if (error) group.append(el('p', { id: errorId, class: 'field-error' }, error));
  return group;
}

function changeValues(field: FormField, values: string[], focusId: string): void {
  draft[field.key] = values;
  saveDraft();
  renderForm();
  document.getElementById(focusId)?.focus();
}

function readDraftFromForm(form: HTMLFormElement): void {
  const next: Record<string, unknown> = {};
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement>('input[data-key]'))) {
    const key = control.dataset.key as string;
    const part = control.dataset.part as string;
    const field = fields.find((f) => f.key === key);
    if (!field) continue;
    if (field.kind === 'fullName') next[key] = { ...(next[key] as object), [part]: control.value };
    else if (field.multiple) next[key] = [...((next[key] as string[]) ?? []), control.value];
    else next[key] = control.value;
  }
  draft = conformDraft(next, fields);
}

function saveDraft(): void {
  vscode.setState({ formId, draft });
  vscode.postMessage({ type: 'draftChanged', formId, draft });
}

/** Inline check of one field when the user leaves it; the full check runs on submit. */
function validateField(field: FormField): void {
  const message = validateDraft(draft, fields).fields[field.key];
  if (message === errors.fields[field.key]) return;
  if (message) errors.fields[field.key] = message;
  else delete errors.fields[field.key];
  const active = document.activeElement?.id;
  renderForm();
  if (active) document.getElementById(active)?.focus();
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
