// Which inputs the form offers, derived from the workspace's contact definitions
// (lightfield-api.md §5): keys, labels and options differ per workspace, so nothing here is
// hard-coded beyond the documented system keys used for ordering.
import { FieldDefinition, ObjectDefinitions, SelectOption } from '../lightfield/types';

/** How a field is edited; one per writable value type. */
export type FieldKind =
  | 'fullName'
  | 'email'
  | 'telephone'
  | 'url'
  | 'text'
  | 'number'
  | 'currency'
  | 'datetime'
  | 'checkbox'
  | 'address'
  | 'socialHandle'
  | 'singleSelect'
  | 'multiSelect'
  /** A relationship to an account (the company): picked by search, written under `relationships`. */
  | 'account';

export interface FormField {
  /** The key inside `fields`, e.g. `$email` or `lead-source`. */
  key: string;
  label: string;
  description: string | null;
  kind: FieldKind;
  /** Several values (one input each) rather than one. */
  multiple: boolean;
  /** SINGLE_SELECT / MULTI_SELECT: labels shown, ids sent. */
  options?: SelectOption[];
  /** A dependent SINGLE_SELECT: its options' `parentId` refer to this field's choice. */
  parentFieldKey?: string;
  /** CURRENCY: fixed by the workspace, shown beside the amount. */
  currency?: string;
  /** SOCIAL_HANDLE: TWITTER, LINKEDIN, FACEBOOK, INSTAGRAM. */
  handleService?: string;
}

/** The relationship that links a contact to its company: `$account`, else any relationship to accounts. */
function accountField(definitions: ObjectDefinitions, hide: Set<string>): FormField | undefined {
  const entries = Object.entries(definitions.relationshipDefinitions ?? {}).filter(
    ([, definition]) => definition.objectType?.toLowerCase() === 'account',
  );
  const [key, definition] = entries.find(([key]) => key === '$account') ?? entries[0] ?? [];
  if (!key || !definition || hide.has(key.toLowerCase()) || hide.has((definition.label ?? '').toLowerCase()))
    return undefined;
  // Cardinality casing is UNCONFIRMED (lightfield-api.md §3): compare case-insensitively.
  return {
    key,
    label: definition.label || 'Company',
    description: definition.description ?? null,
    kind: 'account',
    multiple: definition.cardinality?.toUpperCase() !== 'HAS_ONE',
  };
}

const KIND_BY_VALUE_TYPE: Record<string, FieldKind> = {
  FULL_NAME: 'fullName',
  EMAIL: 'email',
  TELEPHONE: 'telephone',
  URL: 'url',
  TEXT: 'text',
  NUMBER: 'number',
  CURRENCY: 'currency',
  DATETIME: 'datetime',
  CHECKBOX: 'checkbox',
  ADDRESS: 'address',
  SOCIAL_HANDLE: 'socialHandle',
  SINGLE_SELECT: 'singleSelect',
  MULTI_SELECT: 'multiSelect',
};

/** Shown and computed by Lightfield, never written by a form (write format UNCONFIRMED). */
const DISPLAY_ONLY_VALUE_TYPES = new Set(['MARKDOWN', 'READONLY_MARKDOWN', 'HTML']);

/** Fields people fill first come first; the rest keep the workspace's order. */
const LEADING_KEYS = ['$name', '$email', '$phone', '$title', '$account'];

export interface FormFieldsResult {
  fields: FormField[];
  /** Value types this version cannot edit, to be logged once. */
  unknownValueTypes: string[];
}

/** The fields the form offers; `hidden` holds keys or labels the user chose never to see. */
export function buildFormFields(definitions: ObjectDefinitions, hidden: readonly string[] = []): FormFieldsResult {
  const hide = new Set(hidden.map((entry) => entry.trim().toLowerCase()));
  const unknownValueTypes = new Set<string>();
  const fields: FormField[] = [];
  for (const [key, definition] of Object.entries(definitions.fieldDefinitions)) {
    const kind = KIND_BY_VALUE_TYPE[definition.valueType];
    if (!kind && !DISPLAY_ONLY_VALUE_TYPES.has(definition.valueType)) unknownValueTypes.add(definition.valueType);
    if (!kind || definition.readOnly === true) continue;
    if (hide.has(key.toLowerCase()) || hide.has((definition.label ?? '').toLowerCase())) continue;
    fields.push(toFormField(key, definition, kind));
  }
  const account = accountField(definitions, hide);
  if (account) fields.push(account);
  return { fields: orderFields(fields), unknownValueTypes: [...unknownValueTypes] };
}

function toFormField(key: string, definition: FieldDefinition, kind: FieldKind): FormField {
  const config = definition.typeConfiguration ?? {};
  const field: FormField = {
    key,
    label: definition.label || key,
    description: definition.description ?? null,
    kind,
    // Contact emails are an array by definition of the API; the others say so in typeConfiguration.
    multiple:
      kind === 'email' ||
      kind === 'multiSelect' ||
      ((kind === 'telephone' || kind === 'url') && config.multipleValues === true),
  };
  if (kind === 'singleSelect' || kind === 'multiSelect')
    field.options = (config.options ?? []).filter((option) => typeof option?.id === 'string');
  if (kind === 'singleSelect' && config.parentFieldKey) field.parentFieldKey = config.parentFieldKey;
  if (kind === 'currency' && config.currency) field.currency = config.currency;
  if (kind === 'socialHandle' && config.handleService) field.handleService = config.handleService;
  return field;
}

function rank(field: FormField): number {
  const byKey = LEADING_KEYS.indexOf(field.key);
  if (byKey >= 0) return byKey;
  // A workspace may name its system fields differently: place them by kind instead.
  if (field.kind === 'fullName') return 0;
  if (field.kind === 'email') return 1;
  if (field.kind === 'telephone') return 2;
  if (field.kind === 'account') return 4;
  return LEADING_KEYS.length;
}

function orderFields(fields: FormField[]): FormField[] {
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => field);
}
