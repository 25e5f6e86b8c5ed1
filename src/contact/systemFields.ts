// The fields every Lightfield workspace has, by their documented keys and types (lightfield-api.md §5:
// `$name` FULL_NAME, `$email` EMAIL) and the labels Lightfield gives them: the form shows them the first
// time ever, before the workspace's own definitions have come, which then replace them. Only these
// two: a field the workspace might lack would lose what was typed into it.
import { buildFormFields, FormField } from './formFields';

const SYSTEM_DEFINITIONS = {
  objectType: 'contact',
  fieldDefinitions: {
    $name: { label: 'Name', description: null, valueType: 'FULL_NAME', typeConfiguration: {} },
    $email: { label: 'Email', description: null, valueType: 'EMAIL', typeConfiguration: { multipleValues: true } },
  },
  relationshipDefinitions: {},
};

/** The system fields, less those the user chose never to see (lightfield.hiddenFields). */
export function systemFormFields(hidden: readonly string[]): FormField[] {
  return buildFormFields(SYSTEM_DEFINITIONS, hidden).fields;
}
