// The company picker's requests: a search once typing pauses, and creating the company the user
// asked for. The picker's states are in pickerState.ts; the host answers through the form.
import { AccountDraft } from '../contact/values';
import { FormState } from './formState';
import { creating, searching, typing } from './pickerState';
import { VsCodeApi } from './vscodeApi';

/** Typing pauses this long before the company search runs. */
export const SEARCH_DELAY_MS = 250;

export class CompanySearch {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: FormState,
    private readonly api: VsCodeApi,
    private readonly redraw: () => void,
  ) {}

  /** Searches for the typed company once typing pauses; not when one is chosen. */
  schedule(): void {
    clearTimeout(this.timer);
    const field = this.state.fields.find((candidate) => candidate.kind === 'account');
    if (!field || (this.state.draft[field.key] as AccountDraft).id) return;
    this.state.picker = typing(this.state.picker);
    this.timer = setTimeout(() => {
      const query = ((this.state.draft[field.key] as AccountDraft).name ?? '').trim();
      const requestId = query ? this.state.nextRequestId++ : 0;
      this.state.picker = searching(this.state.picker, query, requestId);
      if (query) this.api.postMessage({ type: 'searchAccounts', requestId, query });
      this.redraw();
    }, SEARCH_DELAY_MS);
  }

  create(name: string): void {
    const requestId = this.state.nextRequestId++;
    this.state.picker = creating(this.state.picker, requestId);
    this.redraw();
    this.api.postMessage({ type: 'createAccount', formId: this.state.formId, requestId, name });
  }
}
