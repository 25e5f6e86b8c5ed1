// Phone numbers typed into the form read formatted once the user leaves their field. The host
// formats them (the phone metadata stays out of this bundle); its answer changes an input only if
// the input still holds the number sent and the user is not in it, so no keystroke or caret is lost.
import { FormField } from '../contact/formFields';
import { ContactDraft } from '../contact/values';
import { HostMessage, WebviewMessage } from '../shared/protocol';

/** Asks for the numbers of a phone field to be formatted; undefined when it is no phone field or holds none. */
export function formatPhonesRequest(
  formId: string,
  field: FormField,
  draft: ContactDraft,
): Extract<WebviewMessage, { type: 'formatPhones' }> | undefined {
  const value = draft[field.key];
  const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  if (field.kind !== 'telephone' || values.every((typed) => typed.trim() === '')) return undefined;
  return { type: 'formatPhones', formId, key: field.key, values };
}

/**
 * Puts the formatted numbers into the inputs of the field that still hold what was sent, and the
 * field's values into the draft; true when an input changed.
 */
export function showFormattedPhones(
  form: ParentNode,
  draft: ContactDraft,
  answer: Extract<HostMessage, { type: 'phonesFormatted' }>,
): boolean {
  // By data attribute and in order: keys are not valid selectors, and input n holds value n.
  const inputs = Array.from(form.querySelectorAll<HTMLInputElement>('input[data-key]')).filter(
    (input) => input.dataset.key === answer.key,
  );
  let changed = false;
  inputs.forEach((input, n) => {
    const number = answer.numbers[n];
    if (!number || input.value !== number.typed || input === document.activeElement) return;
    input.value = number.formatted;
    changed = true;
  });
  if (changed) {
    const values = inputs.map((input) => input.value);
    draft[answer.key] = Array.isArray(draft[answer.key]) ? values : (values[0] ?? '');
  }
  return changed;
}
