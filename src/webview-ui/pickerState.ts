// The company picker's states: typing (a search is due), searching, answered, creating, failed.
// Pure transitions, so the form redraws from one state and answers to older requests are ignored.
import * as l10n from '@vscode/l10n';
import { AccountOption, HostMessage } from '../shared/protocol';

export interface PickerState {
  /** What the last answered search was for, and what it found. */
  searchedFor: string;
  results: AccountOption[];
  suggestion?: { domain: string; account: AccountOption | null };
  /** A search or a create is under way. */
  busy: boolean;
  message?: string;
  /** The latest company search or create; answers to older ones are ignored. */
  requestId?: number;
  /** What the latest search asked for. */
  query: string;
}

export type PickerAnswer = Extract<
  HostMessage,
  { type: 'accounts' | 'accountSuggestion' | 'accountCreated' | 'accountFailed' }
>;

export function emptyPickerState(): PickerState {
  return { searchedFor: '', results: [], busy: false, query: '' };
}

/** The user typed: answers to earlier text no longer count, and nothing may be created from them. */
export function typing(state: PickerState): PickerState {
  return { ...state, requestId: undefined, busy: true, results: [], searchedFor: '' };
}

/** Typing paused: a search for `query` (none for an empty one). */
export function searching(state: PickerState, query: string, requestId: number): PickerState {
  return query ? { ...state, query, requestId } : { ...state, query, busy: false };
}

export function creating(state: PickerState, requestId: number): PickerState {
  return { ...state, requestId, busy: true, message: undefined };
}

/** The state after the host's answer; undefined when the answer is to an older request or another form. */
export function answered(state: PickerState, answer: PickerAnswer, formId: string): PickerState | undefined {
  if (answer.type === 'accountSuggestion') {
    if (answer.formId !== formId) return undefined;
    return { ...state, suggestion: { domain: answer.domain, account: answer.account } };
  }
  if (answer.requestId !== state.requestId) return undefined;
  switch (answer.type) {
    case 'accounts':
      return {
        ...state,
        busy: false,
        results: answer.accounts,
        searchedFor: state.query,
        message: answer.accounts.length === 0 ? l10n.t('No company with that name in Lightfield.') : undefined,
      };
    case 'accountCreated':
      return { ...state, busy: false, results: [answer.account], searchedFor: answer.account.name };
    case 'accountFailed':
      return { ...state, busy: false, message: answer.message || undefined };
  }
}
