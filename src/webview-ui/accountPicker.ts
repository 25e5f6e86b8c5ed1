// The company picker: type to search accounts by name, take the one suggested by the email's
// domain, or create the company when none matches. The host does every request; this only shows
// what it answers. Buttons, not a custom listbox, so every choice is reachable by Tab and Enter.
import * as l10n from '@vscode/l10n';
import { FormField } from '../contact/formFields';
import { AccountDraft } from '../contact/values';
import { AccountOption } from '../shared/protocol';
import { el } from './dom';
import { PickerState } from './pickerState';

export interface PickerActions {
  choose(account: AccountOption): void;
  create(name: string): void;
}

/** The controls after the label: input, status, matches, suggestion, create button. */
export function renderAccountPicker(
  field: FormField,
  id: string,
  value: AccountDraft,
  state: PickerState,
  attributes: Record<string, string>,
  actions: PickerActions,
): HTMLElement[] {
  const input = el('input', {
    type: 'text',
    ...attributes,
    autocomplete: 'organization',
    'data-account-id': value.id,
    'data-account-name': value.name,
  }) as HTMLInputElement;
  input.value = value.name;
  const controls: HTMLElement[] = [el('div', { class: 'control' }, el('label', { for: id }, field.label), input)];
  const status = value.id
    ? l10n.t('Linked to {0}.', value.name)
    : state.busy
      ? l10n.t('Searching…')
      : (state.message ?? '');
  controls.push(el('p', { id: `${id}-status`, class: 'hint', role: 'status', 'aria-live': 'polite' }, status));

  const typed = value.name.trim();
  const matches = value.id ? [] : state.results.filter(() => state.searchedFor === typed);
  if (matches.length > 0) {
    const list = el('ul', { class: 'choices', 'aria-label': l10n.t('Companies named like "{0}"', typed) });
    for (const account of matches) list.append(el('li', {}, choiceButton(account, actions)));
    controls.push(list);
  }
  const suggested = state.suggestion?.account;
  if (suggested && suggested.id !== value.id) {
    controls.push(
      el(
        'p',
        { class: 'suggestion' },
        l10n.t("Suggested by the email's domain {0}:", state.suggestion!.domain) + ' ',
        choiceButton(suggested, actions, l10n.t('Use {0}', suggested.name)),
      ),
    );
  }
  const exact = matches.some((account) => account.name.trim().toLowerCase() === typed.toLowerCase());
  if (typed && !value.id && !exact && !state.busy && state.searchedFor === typed) {
    const create = el('button', { type: 'button', class: 'secondary' }, l10n.t('Create Company "{0}"', typed));
    create.addEventListener('click', () => actions.create(typed));
    controls.push(create);
  }
  return controls;
}

function choiceButton(account: AccountOption, actions: PickerActions, text?: string): HTMLElement {
  const button = el(
    'button',
    { type: 'button', class: 'secondary' },
    text ?? (account.detail ? `${account.name} (${account.detail})` : account.name),
  );
  button.addEventListener('click', () => actions.choose(account));
  return button;
}
