// One renderer per kind of field, and the reader that turns the rendered controls back into a
// draft. Every control has a visible <label> bound to it; groups (name, address, multi-select)
// are fieldsets whose legend is the field's label.
import { ISO_COUNTRY_CODES } from '../contact/countries';
import { FIRST_NAME_LABEL, FormField, LAST_NAME_LABEL } from '../contact/formFields';
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

const ADDRESS_LABELS: Record<AddressPart, string> = {
  street: 'Street',
  street2: 'Street line 2',
  city: 'City',
  state: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
};
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
  const badge = view.source ? el('span', { id: sourceId, class: 'from-text' }, `From ${view.source}`) : undefined;
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
          textInput(`${id}-first`, FIRST_NAME_LABEL, name.firstName, 'firstName', { autocomplete: 'given-name' }),
          textInput(`${id}-last`, LAST_NAME_LABEL, name.lastName, 'lastName', { autocomplete: 'family-name' }),
        ),
      ];
    }
    case 'address': {
      const address = value as AddressDraft;
      const parts = (['street', 'street2', 'city', 'state', 'postalCode'] as const).map((part) =>
        textInput(`${id}-${part}`, ADDRESS_LABELS[part], address[part], part, {
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
        { type: 'button', class: 'secondary', 'aria-label': `Remove ${field.label} ${n + 1}` },
        'Remove',
      );
      remove.addEventListener('click', () =>
        view.onValuesChange((current) => current.filter((_, i) => i !== n), `${id}-${n - 1}`),
      );
      row.append(remove);
    }
    return row;
  });
  const add = el('button', { type: 'button', class: 'secondary add' }, `Add another ${field.label.toLowerCase()}`);
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
  return el('div', { class: 'control' }, el('label', { for: controlId }, ADDRESS_LABELS.country), select);
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
