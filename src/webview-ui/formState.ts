// The form's one state object: what the webview shows and what it waits for.
import { ContactDraft, DraftErrors } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { Prefill, SubmitAction } from '../shared/protocol';
import { ExistingContact } from './outcome';
import { PickerState, emptyPickerState } from './pickerState';

export interface FormState {
  formId: string;
  fields: FormField[];
  draft: ContactDraft;
  errors: DraftErrors;
  nextRequestId: number;
  pendingRequestId?: number;
  /** The form last drawn, to tell a refresh of it from a new one. */
  renderedFormId: string;
  prefill?: Prefill;
  /** The fields shown are every workspace's: the workspace's own are on their way, or fetching them failed. */
  workspaceFields?: 'coming' | 'failed';
  /** What Retry repeats: the last action the user chose. */
  lastAction: SubmitAction;
  picker: PickerState;
  /** The contact Lightfield already has with the form's emails, as the host last said. */
  existing?: ExistingContact;
}

export function newFormState(): FormState {
  return {
    formId: '',
    fields: [],
    draft: {},
    errors: { fields: {} },
    nextRequestId: 1,
    renderedFormId: '',
    lastAction: 'create',
    picker: emptyPickerState(),
  };
}
