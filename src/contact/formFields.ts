// Which inputs the form offers, derived from the workspace's contact definitions
// (lightfield-api.md §5): keys and labels differ per workspace, so nothing here is hard-coded
// beyond the documented system keys used for ordering.
import { FieldDefinition, ObjectDefinitions } from '../lightfield/types';

/** How a field is edited. More kinds arrive with the schema issue (NUMBER, selects, ADDRESS…). */
export type FieldKind = 'fullName' | 'email' | 'telephone' | 'url' | 'text';

export interface FormField {
  /** The key inside `fields`, e.g. `$email` or `lead-source`. */
  key: string;
  label: string;
  description: string | null;
  kind: FieldKind;
  /** Several values (one input each) rather than one. */
  multiple: boolean;
}

const KIND_BY_VALUE_TYPE: Record<string, FieldKind> = {
  FULL_NAME: 'fullName',
  EMAIL: 'email',
  TELEPHONE: 'telephone',
  URL: 'url',
  TEXT: 'text',
};

/** The labels of the two name inputs; the FULL_NAME field's own label names the group. */
export const FIRST_NAME_LABEL = 'First name';
export const LAST_NAME_LABEL = 'Last name';

/** Fields people fill first come first; the rest keep the workspace's order. */
const LEADING_KEYS = ['$name', '$email', '$phone', '$title'];

export function buildFormFields(definitions: ObjectDefinitions): FormField[] {
  const fields = Object.entries(definitions.fieldDefinitions)
    .filter(([, definition]) => isWritable(definition) && kindOf(definition) !== undefined)
    .map(([key, definition]) => toFormField(key, definition));
  return orderFields(fields);
}

function toFormField(key: string, definition: FieldDefinition): FormField {
  const kind = kindOf(definition) as FieldKind;
  return {
    key,
    label: definition.label || key,
    description: definition.description ?? null,
    kind,
    // Contact emails are an array by definition of the API; the others say so in typeConfiguration.
    multiple: kind === 'email' || definition.typeConfiguration?.multipleValues === true,
  };
}

function kindOf(definition: FieldDefinition): FieldKind | undefined {
  return KIND_BY_VALUE_TYPE[definition.valueType];
}

function isWritable(definition: FieldDefinition): boolean {
  return definition.readOnly !== true;
}

function rank(field: FormField): number {
  const byKey = LEADING_KEYS.indexOf(field.key);
  if (byKey >= 0) return byKey;
  // A workspace may name its system fields differently: place them by kind instead.
  if (field.kind === 'fullName') return 0;
  if (field.kind === 'email') return 1;
  if (field.kind === 'telephone') return 2;
  return LEADING_KEYS.length;
}

function orderFields(fields: FormField[]): FormField[] {
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => field);
}
