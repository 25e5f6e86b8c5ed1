// The company field of the form: the picker's answers from the host, choosing a company, and redrawing
// only that field, so typing elsewhere keeps its focus and caret. The search is in companySearch.ts,
// the picker's states in pickerState.ts, its controls in accountPicker.ts.
import { FormField } from '../contact/formFields';
import { AccountOption } from '../shared/protocol';
import { PickerActions } from './accountPicker';
import { CompanySearch } from './companySearch';
import { focusInPage, focusKeeper } from './pageFocus';
import { FormState } from './formState';
import { PickerAnswer, answered } from './pickerState';
import { VsCodeApi } from './vscodeApi';

/** What the company field needs of the form around it. */
export interface CompanyFieldForm {
  saveDraft(): void;
  /** Draws one field (the company's, here) as the form would. */
  renderField(field: FormField, index: number): HTMLElement;
  /** The drawn group of a field's controls. */
  fieldGroup(field: FormField): HTMLElement | undefined;
}

export class CompanyField {
  readonly search: CompanySearch;
  readonly actions: PickerActions = {
    choose: (account) => this.choose(account),
    create: (name) => this.search.create(name),
  };

  constructor(
    private readonly state: FormState,
    api: VsCodeApi,
    private readonly form: CompanyFieldForm,
  ) {
    this.search = new CompanySearch(state, api, () => this.redraw());
  }

  /** The host's answer to a search or a create, or its suggestion; older answers are ignored. */
  answer(message: PickerAnswer): void {
    const next = answered(this.state.picker, message, this.state.formId);
    if (!next) return;
    this.state.picker = next;
    if (message.type === 'accountCreated') this.choose(message.account);
    else this.redraw();
  }

  private field(): FormField | undefined {
    return this.state.fields.find((field) => field.kind === 'account');
  }

  private choose(account: AccountOption): void {
    const field = this.field();
    if (!field) return;
    this.state.draft[field.key] = { id: account.id, name: account.name };
    this.form.saveDraft();
    this.redraw();
    // Also on the host's answer to Create Company, which may come while the user is elsewhere.
    focusInPage(document.getElementById(`field-${this.state.fields.indexOf(field)}`));
  }

  /** Redraws only the picker, so typing elsewhere keeps its focus and caret. */
  private redraw(): void {
    const field = this.field();
    const group = field ? this.form.fieldGroup(field) : undefined;
    if (!field || !group) return;
    const restoreFocus = focusKeeper();
    group.replaceWith(this.form.renderField(field, this.state.fields.indexOf(field)));
    restoreFocus();
  }
}
