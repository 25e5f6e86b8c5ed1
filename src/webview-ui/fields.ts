// One renderer per kind of field, and the reader that turns the rendered controls back into a
// draft. Every control has a visible <label> bound to it; groups (name, address, multi-select)
// are fieldsets whose legend is the field's label.
import * as l10n from '@vscode/l10n';
import { ISO_COUNTRY_CODES } from '../contact/countries';
import { FormField } from '../contact/formFields';
import { AccountDraft, AddressDraft, AddressPart, ContactDraft, NameDraft } from '../contact/values';
import { PickerActions, renderAccountPicker } from './accountPicker';
import { PickerState } from './pickerState';
import { fromLocalInput, toLocalInput } from './datetime';
import { el } from './dom';

export interface FieldView {
  field: FormField;
  /** Unique per field on the page: ids of the controls derive from it. */
  id: string;
  draft: ContactDraft;
  error: string | undefined;
  /** Where the value came from when it was read from a text ("the selection"). */
  source?: string;
  /** The company picker's state and actions (account fields only). */
  picker?: { state: PickerState; actions: PickerActions };
  /** Add or remove inputs of a multi-value field (applied to its values as they are then); focus this id afterwards. */
  onValuesChange(change: (values: string[]) => string[], focusId: string): void;
}

/** In a function: the words are those of the bundle the host sends first. */
const addressLabels = (): Record<AddressPart, string> => ({
  street: l10n.t('Street'),
  street2: l10n.t('Street line 2'),
  city: l10n.t('City'),
  state: l10n.t('State or region'),
  postalCode: l10n.t('Postal code'),
  country: l10n.t('Country'),
});
const ADDRESS_AUTOCOMPLETE: Record<AddressPart, string> = {
  street: 'address-line1',
  street2: 'address-line2',
  city: 'address-level2',
  state: 'address-level1',
  postalCode: 'postal-code',
  country: 'country',
};
const INPUT_TYPE: Partial<Record<FormField['kind'], string>> = { email: 'email', telephone: 'tel', url: 'url' };
const AUTOCOMPLETE: Partial<Record<FormField['kind'], string>> = { email: 'email', telephone: 'tel', url: 'url' };
const HANDLE_PLACEHOLDER: Record<string, string> = {
  TWITTER: '@handle or x.com/handle',
  LINKEDIN: 'linkedin.com/in/profile',
  FACEBOOK: 'facebook.com/profile',
  INSTAGRAM: '@handle or instagram.com/handle',
};

export function renderField(view: FieldView): HTMLElement {
  const { field, id, error } = view;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const sourceId = `${id}-source`;
  const describedBy = [
    view.source ? sourceId : '',
    field.description ? hintId : '',
    field.currency ? `${id}-currency` : '',
    error ? errorId : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hint = field.description ? el('p', { id: hintId, class: 'hint' }, field.description) : undefined;
  // Outside the label, so that each label stays exactly the field's label; announced through aria-describedby.
  const badge = view.source
    ? el('span', { id: sourceId, class: 'from-text' }, l10n.t('From {0}', view.source))
    : undefined;
  const body = renderControls(view, describedBy);
  const grouped = field.kind === 'fullName' || field.kind === 'address' || field.kind === 'multiSelect';
  const group = el(grouped ? 'fieldset' : 'div', { class: `field field-${field.kind}`, 'data-field': field.key });
  if (grouped) group.append(el('legend', {}, field.label));
  group.append(...body);
  // Badge and hint follow the legend or the first label, so they are read before the inputs.
  const anchor = grouped ? group.querySelector('legend') : group.querySelector('label');
  anchor?.after(...[badge, hint].filter((node): node is HTMLElement => node !== undefined));
  if (error) group.append(el('p', { id: errorId, class: 'field-error' }, error));
  return group;
}

function renderControls(view: FieldView, describedBy: string): HTMLElement[] {
  const { field, id, draft } = view;
  const value = draft[field.key];
  const common = (controlId: string, part: string): Record<string, string> => {
    const attributes: Record<string, string> = {
      id: controlId,
      name: controlId,
      'data-key': field.key,
      'data-part': part,
    };
    if (describedBy) attributes['aria-describedby'] = describedBy;
    if (view.error) attributes['aria-invalid'] = 'true';
    return attributes;
  };
  const textInput = (
    controlId: string,
    label: string,
    text: string,
    part: string,
    extra: Record<string, string> = {},
  ) => {
    const input = el('input', { type: 'text', ...common(controlId, part), ...extra }) as HTMLInputElement;
    input.value = text;
    return el('div', { class: 'control' }, el('label', { for: controlId }, label), input);
  };

  switch (field.kind) {
    case 'fullName': {
      const name = value as NameDraft;
      return [
        el(
          'div',
          { class: 'row' },
          textInput(`${id}-first`, l10n.t('First name'), name.firstName, 'firstName', { autocomplete: 'given-name' }),
          textInput(`${id}-last`, l10n.t('Last name'), name.lastName, 'lastName', { autocomplete: 'family-name' }),
        ),
      ];
    }
    case 'address': {
      const address = value as AddressDraft;
      const parts = (['street', 'street2', 'city', 'state', 'postalCode'] as const).map((part) =>
        textInput(`${id}-${part}`, addressLabels()[part], address[part], part, {
          autocomplete: ADDRESS_AUTOCOMPLETE[part],
        }),
      );
      return [...parts, countrySelect(`${id}-country`, address.country, common(`${id}-country`, 'country'))];
    }
    case 'checkbox': {
      const box = el('input', { type: 'checkbox', ...common(id, 'value') }) as HTMLInputElement;
      box.checked = value === true;
      return [el('div', { class: 'control checkbox' }, box, el('label', { for: id }, field.label))];
    }
    case 'singleSelect': {
      const select = el('select', common(id, 'value')) as HTMLSelectElement;
      select.append(el('option', { value: '' }, '—'));
      for (const option of visibleOptions(field, draft))
        select.append(el('option', { value: option.id }, option.label));
      select.value = value as string;
      return [el('div', { class: 'control' }, el('label', { for: id }, field.label), select)];
    }
    case 'account':
      return renderAccountPicker(
        field,
        id,
        value as AccountDraft,
        view.picker!.state,
        common(id, 'value'),
        view.picker!.actions,
      );
    case 'multiSelect': {
      const chosen = new Set(value as string[]);
      return (field.options ?? []).map((option, n) => {
        const box = el('input', { type: 'checkbox', ...common(`${id}-${n}`, option.id) }) as HTMLInputElement;
        box.checked = chosen.has(option.id);
        return el('div', { class: 'control checkbox' }, box, el('label', { for: `${id}-${n}` }, option.label));
      });
    }
    case 'datetime':
      return [textInput(id, field.label, toLocalInput(value as string), 'value', { type: 'datetime-local' })];
    case 'number':
    case 'currency': {
      const row = textInput(id, field.label, value as string, 'value', { inputmode: 'decimal' });
      if (field.currency) row.append(el('span', { id: `${id}-currency`, class: 'unit' }, field.currency));
      return [row];
    }
    case 'socialHandle':
      return [
        textInput(id, field.label, value as string, 'value', {
          placeholder: HANDLE_PLACEHOLDER[field.handleService ?? ''] ?? 'https://…',
          autocomplete: 'url',
        }),
      ];
    case 'email':
    case 'telephone':
    case 'url':
    case 'text': {
      const attributes = {
        type: INPUT_TYPE[field.kind] ?? 'text',
        ...(AUTOCOMPLETE[field.kind] ? { autocomplete: AUTOCOMPLETE[field.kind]! } : {}),
        // A web address is asked for as one: the browser's url type, and what one looks like.
        ...(field.kind === 'url' ? { placeholder: 'https://…' } : {}),
      };
      if (!field.multiple) {
        const autocomplete = field.key === '$title' ? { autocomplete: 'organization-title' } : {};
        return [textInput(id, field.label, value as string, 'value', { ...attributes, ...autocomplete })];
      }
      return multipleInputs(view, value as string[], (controlId, label, text, n) =>
        textInput(controlId, label, text, String(n), attributes),
      );
    }
  }
}

/** One input per value, each removable but the first, and a button to add one more. */
function multipleInputs(
  view: FieldView,
  values: string[],
  input: (id: string, label: string, value: string, n: number) => HTMLElement,
): HTMLElement[] {
  const { field, id } = view;
  const rows = values.map((value, n) => {
    const row = input(`${id}-${n}`, n === 0 ? field.label : `${field.label} ${n + 1}`, value, n);
    if (n > 0) {
      const remove = el(
        'button',
        { type: 'button', class: 'secondary', 'aria-label': l10n.t('Remove {0} {1}', field.label, n + 1) },
        l10n.t('Remove'),
      );
      remove.addEventListener('click', () =>
        view.onValuesChange((current) => current.filter((_, i) => i !== n), `${id}-${n - 1}`),
      );
      row.append(remove);
    }
    return row;
  });
  // The button names the input it adds: "Add Email 2", labelled "Email 2".
  const add = el(
    'button',
    { type: 'button', class: 'secondary add' },
    l10n.t('Add {0} {1}', field.label, values.length + 1),
  );
  add.addEventListener('click', () => view.onValuesChange((current) => [...current, ''], `${id}-${values.length}`));
  return [...rows, add];
}

/** A dependent select offers only the options that belong to its parent's choice (none before a choice). */
function visibleOptions(field: FormField, draft: ContactDraft) {
  const parentChoice = field.parentFieldKey ? (draft[field.parentFieldKey] as string | undefined) : undefined;
  return (field.options ?? []).filter((option) => !option.parentId || option.parentId === parentChoice);
}

let countryNames: Intl.DisplayNames | undefined;

function countrySelect(controlId: string, value: string, attributes: Record<string, string>): HTMLElement {
  countryNames ??= new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' });
  const select = el('select', { ...attributes, autocomplete: 'country' }) as HTMLSelectElement;
  select.append(el('option', { value: '' }, '—'));
  const named = ISO_COUNTRY_CODES.map((code) => ({ code, name: countryNames!.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const { code, name } of named) select.append(el('option', { value: code }, name));
  select.value = value;
  return el('div', { class: 'control' }, el('label', { for: controlId }, addressLabels().country), select);
}

/** The draft as the controls hold it now (before conforming to the fields). */
export function readDraft(form: HTMLFormElement, fields: readonly FormField[]): Record<string, unknown> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const next: Record<string, unknown> = {};
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]'))) {
    const field = byKey.get(control.dataset.key as string);
    if (!field) continue;
    const part = control.dataset.part as string;
    const checked = control instanceof HTMLInputElement && control.checked;
    switch (field.kind) {
      case 'fullName':
      case 'address':
        next[field.key] = { ...(next[field.key] as object), [part]: control.value };
        break;
      case 'checkbox':
        next[field.key] = checked;
        break;
      case 'multiSelect':
        next[field.key] = [...((next[field.key] as string[]) ?? []), ...(checked ? [part] : [])];
        break;
      case 'datetime':
        next[field.key] = fromLocalInput(control.value);
        break;
      case 'account': {
        // The chosen account holds while its name is unchanged; typing starts a new search.
        const { accountId = '', accountName = '' } = control.dataset;
        next[field.key] = { id: control.value === accountName ? accountId : '', name: control.value };
        break;
      }
      default:
        next[field.key] = field.multiple ? [...((next[field.key] as string[]) ?? []), control.value] : control.value;
    }
  }
  return next;
}
