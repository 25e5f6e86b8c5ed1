// The contact form in the webview: builds the form from the fields the host sends, keeps the draft
// in webview state (so switching tabs loses nothing) and mirrors it to the host (so closing the
// panel loses nothing). One state object; the host is reached only through the VsCodeApi seam, so
// tests drive the form with messages and a DOM library. User text reaches the DOM only as text.
import * as l10n from '@vscode/l10n';
import { conformDraft, hasErrors, validateDraft } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { HostMessage, SubmitAction, assertNever } from '../shared/protocol';
import { CompanyField } from './companyField';
import { el } from './dom';
import { focusInPage, focusKeeper } from './pageFocus';
import { readDraft, renderField } from './fields';
import {
  OutcomeActions,
  existingText,
  hideFailure,
  renderDone,
  showBusy,
  showExisting,
  showFailure,
  showStatus,
} from './outcome';
import { showPeopleList } from './people';
import { formatPhonesRequest, showFormattedPhones } from './phoneDisplay';
import { FormState, newFormState } from './formState';
import { emptyPickerState } from './pickerState';
import { prefillNotes } from './prefillNotes';
import { VsCodeApi, savedState } from './vscodeApi';

export class ContactForm {
  private readonly state: FormState = newFormState();
  private readonly company: CompanyField;
  private readonly outcome: OutcomeActions;

  /** `live`: the one live region for the page's life (regions redrawn with the form may not be read out). */
  constructor(
    private readonly api: VsCodeApi,
    private readonly app: HTMLElement,
    live: HTMLElement,
  ) {
    this.company = new CompanyField(this.state, api, {
      saveDraft: () => this.saveDraft(),
      renderField: (field, index) => this.renderFieldAt(field, index),
      fieldGroup: (field) => this.fieldGroup(field),
    });
    this.outcome = {
      openInLightfield: () => api.postMessage({ type: 'openInLightfield' }),
      createAnother: () => api.postMessage({ type: 'createAnother' }),
      submit: (action) => this.submitDraft(action),
      announce: (text) => (live.textContent = text),
    };
  }

  handle(message: HostMessage): void {
    const state = this.state;
    switch (message.type) {
      case 'strings':
        l10n.config({ contents: message.bundle });
        return;
      case 'init':
        this.init(message);
        return;
      case 'submitFailed':
        if (!this.answers(message.requestId)) return;
        state.errors = { fields: message.fieldErrors };
        this.renderForm();
        this.showFailure(message.message, message.retryable);
        this.focusFirstInvalid();
        return;
      case 'created':
      case 'updated':
        if (!this.answers(message.requestId)) return;
        renderDone(this.app, message, this.outcome);
        return;
      case 'retry':
        this.submitDraft(state.lastAction);
        return;
      case 'duplicate':
        if (!this.answers(message.requestId)) return;
        state.existing = { name: message.name, email: message.email, hasLink: message.httpLink !== null };
        this.renderForm();
        this.announceExisting();
        showStatus('', this.outcome);
        focusInPage(this.app.querySelector<HTMLButtonElement>('#duplicate button'));
        return;
      case 'existingContact':
        if (message.formId !== state.formId) return;
        state.existing = message.contact
          ? { name: message.contact.name, email: message.contact.email, hasLink: message.contact.httpLink !== null }
          : undefined;
        // While a submit is under way, its answer decides what shows. The caret stays where the user types.
        if (state.pendingRequestId !== undefined) return;
        showExisting(state.existing, this.outcome);
        this.announceExisting();
        return;
      case 'accounts':
      case 'accountSuggestion':
      case 'accountFailed':
      case 'accountCreated':
        this.company.answer(message);
        return;
      case 'people':
        showPeopleList(this.app, this.api, message);
        return;
      case 'phonesFormatted':
        if (message.formId === state.formId && showFormattedPhones(this.app, state.draft, message)) this.saveDraft();
        return;
      default:
        assertNever(message);
    }
  }

  private init(message: Extract<HostMessage, { type: 'init' }>): void {
    const state = this.state;
    state.fields = message.fields;
    state.formId = message.formId;
    const saved = savedState(this.api);
    // What this webview last saw is newer than the host's copy, unless the host started a new form.
    state.draft = conformDraft(saved?.formId === state.formId ? saved.draft : message.draft, state.fields);
    state.errors = { fields: message.fieldErrors };
    state.prefill = message.prefill;
    state.workspaceFields = message.workspaceFields;
    state.pendingRequestId = message.busyRequestId;
    if (state.pendingRequestId !== undefined)
      state.nextRequestId = Math.max(state.nextRequestId, state.pendingRequestId + 1);
    state.picker = emptyPickerState();
    const sameForm = state.formId === state.renderedFormId;
    state.renderedFormId = state.formId;
    if (!sameForm) state.existing = undefined;
    // A refresh of the same form (its fields came or changed) keeps the focus and the caret where they
    // were; a new form starts at its first field.
    const restoreFocus = sameForm ? focusKeeper() : () => false;
    this.renderForm();
    this.saveDraft();
    if (state.pendingRequestId !== undefined) showBusy(this.app, state.lastAction, this.outcome);
    if (!restoreFocus()) focusInPage(this.app.querySelector<HTMLInputElement>('input'));
    // A company that arrived with the draft (read from a text) is looked up like a typed one.
    this.company.search.schedule();
  }

  /** True when the answer is to the submit under way, which it ends. */
  private answers(requestId: number): boolean {
    if (requestId !== this.state.pendingRequestId) return false;
    this.state.pendingRequestId = undefined;
    return true;
  }

  private renderForm(): void {
    const { fields, errors } = this.state;
    const form = el('form', { id: 'contact-form', novalidate: '' }) as HTMLFormElement;
    form.append(...fields.map((field, index) => this.renderFieldAt(field, index)));
    const submit = el('button', { type: 'submit', id: 'submit', class: 'primary' }, l10n.t('Create Contact'));
    form.append(el('div', { class: 'actions' }, submit));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitDraft('create');
    });
    form.addEventListener('input', (event) => {
      this.state.draft = conformDraft(readDraft(form, fields), fields);
      this.saveDraft();
      const key = (event.target as HTMLElement).dataset.key;
      if (fields.some((field) => field.key === key && field.kind === 'account')) this.company.search.schedule();
    });
    // A dependent select offers other options once its parent changes.
    form.addEventListener('change', (event) => this.parentChanged((event.target as HTMLElement).dataset.key));
    this.app.replaceChildren(
      el('h1', {}, l10n.t('New Lightfield Contact')),
      ...prefillNotes(this.state.prefill),
      el('div', { id: 'banner', class: 'banner error', hidden: '' }),
      el('div', { id: 'duplicate', class: 'banner notice', hidden: '' }),
      el('p', { id: 'status', class: 'status' }, errors.form ?? workspaceFieldsText(this.state.workspaceFields)),
      form,
    );
    this.app.setAttribute('aria-busy', 'false');
    showExisting(this.state.existing, this.outcome);
    if (errors.form) this.showFailure(errors.form, false);
    // Numbers drawn as typed (a restored draft, a number added or removed) read formatted too.
    this.formatPhones(fields);
  }

  /** Asks the host to format the numbers of these phone fields; its answer spares the input the user is in. */
  private formatPhones(fields: readonly FormField[]): void {
    for (const field of fields) {
      const request = formatPhonesRequest(this.state.formId, field, this.state.draft);
      if (request) this.api.postMessage(request);
    }
  }

  private announceExisting(): void {
    const { existing } = this.state;
    if (existing) this.outcome.announce(existingText(existing));
  }

  private parentChanged(key: string | undefined): void {
    const { fields, draft } = this.state;
    const dependents = fields.filter((field) => field.parentFieldKey === key);
    if (dependents.length === 0) return;
    // A choice that belonged to the former parent value goes.
    for (const field of dependents) {
      const option = field.options?.find((candidate) => candidate.id === draft[field.key]);
      if (option?.parentId && option.parentId !== draft[key as string]) draft[field.key] = '';
    }
    this.saveDraft();
    const active = document.activeElement?.id;
    this.renderForm();
    if (active) document.getElementById(active)?.focus();
  }

  private renderFieldAt(field: FormField, index: number): HTMLElement {
    const { draft, errors, prefill, picker } = this.state;
    const id = `field-${index}`;
    const group = renderField({
      field,
      id,
      draft,
      error: errors.fields[field.key],
      source: prefill?.fromText.includes(field.key) ? prefill.source : undefined,
      picker: { state: picker, actions: this.company.actions },
      onValuesChange: (change, focusId) => {
        const current = this.state.draft;
        current[field.key] = change(current[field.key] as string[]);
        this.saveDraft();
        this.renderForm();
        document.getElementById(focusId)?.focus();
      },
    });
    // Inline checks where a typo is likely, when the user leaves the control.
    if (['email', 'url', 'number', 'currency', 'socialHandle'].includes(field.kind)) {
      group.addEventListener('focusout', (event) => this.validateField(field, index, event.relatedTarget));
    }
    // A number reads formatted once the user leaves its input, never while they type.
    if (field.kind === 'telephone') group.addEventListener('focusout', () => this.formatPhones([field]));
    return group;
  }

  private saveDraft(): void {
    const { formId, draft } = this.state;
    this.api.setState({ formId, draft });
    this.api.postMessage({ type: 'draftChanged', formId, draft });
  }

  /**
   * Inline check of one field when focus leaves it; the full check runs on submit. Only that field is
   * redrawn, so a click that moved the focus (on Create Contact, say) still lands.
   */
  private validateField(field: FormField, index: number, focusTarget: EventTarget | null): void {
    const { errors } = this.state;
    const message = validateDraft(this.state.draft, this.state.fields).fields[field.key];
    if (message === errors.fields[field.key]) return;
    if (message) errors.fields[field.key] = message;
    else delete errors.fields[field.key];
    this.fieldGroup(field)?.replaceWith(this.renderFieldAt(field, index));
    if (focusTarget instanceof HTMLElement && focusTarget.id && !focusTarget.isConnected)
      document.getElementById(focusTarget.id)?.focus();
  }

  private submitDraft(action: SubmitAction = 'create'): void {
    const state = this.state;
    if (state.pendingRequestId !== undefined) return;
    state.lastAction = action;
    const errorsShown = hasErrors(state.errors);
    state.errors = validateDraft(state.draft, state.fields);
    if (hasErrors(state.errors)) {
      this.renderForm();
      this.focusFirstInvalid();
      return;
    }
    state.errors = { fields: {} };
    state.pendingRequestId = state.nextRequestId++;
    const { formId, pendingRequestId: requestId, draft } = state;
    // The host starts at once. Only a form that shows errors is redrawn (they go): the redraw holds
    // the page's thread, which the message to the host and the workbench's own drawing share.
    this.api.postMessage({ type: 'submit', formId, requestId, draft, action });
    if (errorsShown) this.renderForm();
    else hideFailure();
    showBusy(this.app, action, this.outcome);
  }

  private showFailure(message: string, retryable: boolean): void {
    showFailure(message, retryable ? () => this.submitDraft(this.state.lastAction) : undefined, this.outcome);
  }

  /** The drawn group of a field's controls (found by data attribute: keys are not valid selectors). */
  private fieldGroup(field: FormField): HTMLElement | undefined {
    return Array.from(this.app.querySelectorAll<HTMLElement>('[data-field]')).find(
      (candidate) => candidate.dataset.field === field.key,
    );
  }

  /** After a submit the page refused, or one the host answered with errors (maybe while the user is elsewhere). */
  private focusFirstInvalid(): void {
    focusInPage(
      this.app.querySelector<HTMLInputElement>('input[aria-invalid="true"]') ??
        this.app.querySelector<HTMLElement>('#banner button') ??
        this.app.querySelector<HTMLInputElement>('input'),
    );
  }
}

/** Said while the form shows the fields every workspace has: what is typed into them stays. */
function workspaceFieldsText(state: FormState['workspaceFields']): string {
  if (state === 'coming') return l10n.t("Fetching your workspace's contact fields… You can fill in these meanwhile.");
  if (state === 'failed')
    return l10n.t("Your workspace's contact fields could not be fetched. Create Contact fetches them again.");
  return '';
}
