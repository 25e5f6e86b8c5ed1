// Browser side of the contact form. Builds the form from the fields the host sends, keeps the
// draft in webview state (so switching tabs loses nothing) and mirrors it to the host (so closing
// the panel loses nothing). All user text reaches the DOM through textContent/value, never as HTML.
import { AccountDraft, ContactDraft, DraftErrors, conformDraft, hasErrors, validateDraft } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { AccountOption, HostMessage, Prefill, SubmitAction, WebviewMessage, assertNever } from '../shared/protocol';
import { PickerState, emptyPickerState } from './accountPicker';
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
// One live region for the whole life of the page: regions redrawn with the form may not be read out.
const live = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
document.body.append(live);

/** Says `text` to screen readers. */
function announce(text: string): void {
  live.textContent = text;
}

let formId = '';
let fields: FormField[] = [];
let draft: ContactDraft = {};
let errors: DraftErrors = { fields: {} };
let nextRequestId = 1;
let pendingRequestId: number | undefined;
/** The form last drawn, to tell a refresh of it from a new one. */
let renderedFormId = '';
let prefill: Prefill | undefined;
/** What Retry repeats: the last action the user chose. */
let lastAction: SubmitAction = 'create';
let picker: PickerState = emptyPickerState();
/** The latest company search or create; older answers are ignored. */
let pickerRequestId: number | undefined;
/** What the latest company search asked for. */
let pickerQuery = '';
let searchTimer: ReturnType<typeof setTimeout> | undefined;
/** The contact Lightfield already has with the form's emails, as the host last said. */
let existing: { name: string; hasLink: boolean } | undefined;
/** Typing pauses this long before the company search runs. */
const SEARCH_DELAY_MS = 250;

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
      pendingRequestId = message.busyRequestId;
      if (pendingRequestId !== undefined) nextRequestId = Math.max(nextRequestId, pendingRequestId + 1);
      picker = emptyPickerState();
      const focused = document.activeElement?.id;
      const sameForm = formId === renderedFormId;
      renderedFormId = formId;
      if (!sameForm) existing = undefined;
      renderForm();
      saveDraft();
      if (pendingRequestId !== undefined) showBusy(lastAction);
      // A refresh of the same form keeps the caret where it was; a new form starts at its first field.
      if (sameForm && focused && document.getElementById(focused)) document.getElementById(focused)?.focus();
      else focusFirstInput();
      // A company that arrived with the draft (read from a text) is looked up like a typed one.
      scheduleAccountSearch();
      return;
    }
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
      renderDone(`Created contact ${message.name}`, message.httpLink !== null);
      return;
    case 'retry':
      submitDraft(lastAction);
      return;
    case 'duplicate':
      if (message.requestId !== pendingRequestId) return;
      pendingRequestId = undefined;
      existing = { name: message.name, hasLink: message.httpLink !== null };
      renderForm();
      announceExisting();
      showStatus('');
      document.querySelector<HTMLButtonElement>('#duplicate button')?.focus();
      return;
    case 'existingContact':
      if (message.formId !== formId) return;
      existing = message.contact
        ? { name: message.contact.name, hasLink: message.contact.httpLink !== null }
        : undefined;
      // While a submit is under way, its answer decides what shows. The caret stays where the user types.
      if (pendingRequestId !== undefined) return;
      showExisting();
      announceExisting();
      return;
    case 'updated':
      if (message.requestId !== pendingRequestId) return;
      pendingRequestId = undefined;
      renderDone(
        message.added.length > 0
          ? `Added ${message.added.join(', ')} to ${message.name}`
          : `${message.name} already has all these details`,
        message.httpLink !== null,
      );
      return;
    case 'accounts':
      if (message.requestId !== pickerRequestId) return;
      picker = {
        ...picker,
        busy: false,
        results: message.accounts,
        searchedFor: pickerQuery,
        message: message.accounts.length === 0 ? 'No company with that name in Lightfield.' : undefined,
      };
      redrawAccountField();
      return;
    case 'accountSuggestion':
      if (message.formId !== formId) return;
      picker = { ...picker, suggestion: { domain: message.domain, account: message.account } };
      redrawAccountField();
      return;
    case 'accountCreated':
      if (message.requestId !== pickerRequestId) return;
      picker = { ...picker, busy: false, results: [message.account], searchedFor: message.account.name };
      chooseAccount(message.account);
      return;
    case 'accountFailed':
      if (message.requestId !== pickerRequestId) return;
      picker = { ...picker, busy: false, message: message.message || undefined };
      redrawAccountField();
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
    submitDraft('create');
  });
  form.addEventListener('input', (event) => {
    draft = conformDraft(readDraft(form, fields), fields);
    saveDraft();
    const key = (event.target as HTMLElement).dataset.key;
    if (fields.some((field) => field.key === key && field.kind === 'account')) scheduleAccountSearch();
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
    el('div', { id: 'banner', class: 'banner error', hidden: '' }),
    el('div', { id: 'duplicate', class: 'banner notice', hidden: '' }),
    el('p', { id: 'status', class: 'status' }, errors.form ?? ''),
    form,
  );
  app.setAttribute('aria-busy', 'false');
  showExisting();
  if (errors.form) showFailure(errors.form, false);
}

/** What a prefilled form says about its origin, and what from the text it could not keep. */
function prefillNotes(): HTMLElement[] {
  if (!prefill) return [];
  const notes = [
    el('p', { class: 'intro' }, `Filled from ${prefill.source}: check the details, then create the contact.`),
  ];
  if (prefill.unsaved.length > 0) {
    const list = el(
      'ul',
      {},
      ...prefill.unsaved.map((value) => el('li', {}, `${value.what}: ${value.value} — not saved: no matching field`)),
    );
    notes.push(
      el(
        'div',
        { class: 'unsaved', role: 'note' },
        el('p', {}, `Also in ${prefill.source}, but this workspace has no field for it:`),
        list,
      ),
    );
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
    picker: { state: picker, actions: { choose: chooseAccount, create: createAccount } },
    onValuesChange: (change, focusId) => {
      draft[field.key] = change(draft[field.key] as string[]);
      saveDraft();
      renderForm();
      document.getElementById(focusId)?.focus();
    },
  });
  // Inline checks where a typo is likely, when the user leaves the control.
  if (
    field.kind === 'email' ||
    field.kind === 'url' ||
    field.kind === 'number' ||
    field.kind === 'currency' ||
    field.kind === 'socialHandle'
  ) {
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
  fieldGroup(field)?.replaceWith(renderFieldAt(field, index));
  if (focusTarget instanceof HTMLElement && focusTarget.id && !focusTarget.isConnected)
    document.getElementById(focusTarget.id)?.focus();
}

function submitDraft(action: SubmitAction = 'create'): void {
  if (pendingRequestId !== undefined) return;
  lastAction = action;
  errors = validateDraft(draft, fields);
  if (hasErrors(errors)) {
    renderForm();
    focusFirstInvalid();
    return;
  }
  errors = { fields: {} };
  renderForm();
  pendingRequestId = nextRequestId++;
  showBusy(action);
  vscode.postMessage({ type: 'submit', formId, requestId: pendingRequestId, draft, action });
}

function showBusy(action: SubmitAction): void {
  const submit = document.getElementById('submit');
  submit?.setAttribute('aria-disabled', 'true');
  submit?.focus();
  app.setAttribute('aria-busy', 'true');
  showStatus(action === 'addMissingDetails' ? 'Adding the missing details…' : 'Creating contact…');
}

function showFailure(message: string, retryable: boolean): void {
  const banner = document.getElementById('banner') as HTMLElement;
  banner.replaceChildren(el('span', {}, message));
  announce(message);
  if (retryable) {
    const retry = el('button', { type: 'button', class: 'secondary' }, 'Retry');
    retry.addEventListener('click', () => submitDraft(lastAction));
    banner.append(retry);
  }
  setHidden(banner, false);
  showStatus('');
}

function showStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
  if (text) announce(text);
}

/** The form's outcome: the contact created, or the details added to an existing one. */
function renderDone(headline: string, hasLink: boolean): void {
  const heading = el('h1', { tabindex: '-1' }, headline);
  announce(headline);
  app.replaceChildren(el('section', { class: 'created' }, heading, outcomeActions(hasLink, 'Create Another')));
  app.setAttribute('aria-busy', 'false');
  heading.focus();
}

function outcomeActions(
  hasLink: boolean,
  ...labels: ('Create Another' | 'Add Missing Details' | 'Create Anyway')[]
): HTMLElement {
  const actions = el('div', { class: 'actions' });
  if (hasLink) {
    const open = el('button', { type: 'button', class: 'primary' }, 'Open in Lightfield');
    open.addEventListener('click', () => vscode.postMessage({ type: 'openInLightfield' }));
    actions.append(open);
  }
  for (const label of labels) {
    const button = el('button', { type: 'button', class: hasLink ? 'secondary' : 'primary' }, label);
    button.addEventListener('click', () => {
      if (label === 'Create Another') vscode.postMessage({ type: 'createAnother' });
      else submitDraft(label === 'Add Missing Details' ? 'addMissingDetails' : 'createAnyway');
    });
    actions.append(button);
  }
  return actions;
}

/** The person exists (found while typing, or when Create was pressed). The form stays as it is, for either choice. */
function showExisting(): void {
  const notice = document.getElementById('duplicate');
  if (!notice) return;
  notice.replaceChildren(
    ...(existing
      ? [
          el('span', {}, `${existing.name} already exists in Lightfield`),
          outcomeActions(existing.hasLink, 'Add Missing Details', 'Create Anyway'),
        ]
      : []),
  );
  setHidden(notice, !existing);
}

function announceExisting(): void {
  if (existing) announce(`${existing.name} already exists in Lightfield`);
}

/** The drawn group of a field's controls (found by data attribute: keys are not valid selectors). */
function fieldGroup(field: FormField): HTMLElement | undefined {
  return Array.from(app.querySelectorAll<HTMLElement>('[data-field]')).find(
    (candidate) => candidate.dataset.field === field.key,
  );
}

function accountField(): FormField | undefined {
  return fields.find((field) => field.kind === 'account');
}

function accountName(): string {
  const field = accountField();
  return field ? ((draft[field.key] as AccountDraft).name ?? '').trim() : '';
}

function scheduleAccountSearch(): void {
  clearTimeout(searchTimer);
  const field = accountField();
  if (!field || (draft[field.key] as AccountDraft).id) return;
  // Answers to earlier text no longer count, and nothing may be created from them meanwhile.
  pickerRequestId = undefined;
  picker = { ...picker, busy: true, results: [], searchedFor: '' };
  searchTimer = setTimeout(() => {
    pickerQuery = accountName();
    if (!pickerQuery) {
      picker = { ...picker, busy: false };
      redrawAccountField();
      return;
    }
    pickerRequestId = nextRequestId++;
    vscode.postMessage({ type: 'searchAccounts', requestId: pickerRequestId, query: pickerQuery });
    redrawAccountField();
  }, SEARCH_DELAY_MS);
}

function chooseAccount(account: AccountOption): void {
  const field = accountField();
  if (!field) return;
  draft[field.key] = { id: account.id, name: account.name };
  saveDraft();
  redrawAccountField();
  document.getElementById(accountInputId(field))?.focus();
}

function createAccount(name: string): void {
  pickerRequestId = nextRequestId++;
  picker = { ...picker, busy: true, message: undefined };
  redrawAccountField();
  vscode.postMessage({ type: 'createAccount', formId, requestId: pickerRequestId, name });
}

function accountInputId(field: FormField): string {
  return `field-${fields.indexOf(field)}`;
}

/** Redraws only the picker, so typing elsewhere keeps its focus and caret. */
function redrawAccountField(): void {
  const field = accountField();
  const group = field ? fieldGroup(field) : undefined;
  if (!field || !group) return;
  const focused = document.activeElement as HTMLInputElement | null;
  const caret = focused instanceof HTMLInputElement ? [focused.selectionStart, focused.selectionEnd] : undefined;
  group.replaceWith(renderFieldAt(field, fields.indexOf(field)));
  const again = focused?.id ? (document.getElementById(focused.id) as HTMLInputElement | null) : null;
  again?.focus();
  if (again && caret && again.type === 'text') again.setSelectionRange(caret[0], caret[1]);
}

function focusFirstInput(): void {
  app.querySelector<HTMLInputElement>('input')?.focus();
}

function focusFirstInvalid(): void {
  (
    app.querySelector<HTMLInputElement>('input[aria-invalid="true"]') ??
    app.querySelector<HTMLElement>('#banner button') ??
    app.querySelector<HTMLInputElement>('input')
  )?.focus();
}
