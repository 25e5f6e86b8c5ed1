// What a form filled from a text says about its origin, and what from the text it could not keep.
import * as l10n from '@vscode/l10n';
import { Prefill } from '../shared/protocol';
import { el } from './dom';

export function prefillNotes(prefill: Prefill | undefined): HTMLElement[] {
  if (!prefill) return [];
  const notes = [
    el('p', { class: 'intro' }, l10n.t('Filled from {0}: check the details, then create the contact.', prefill.source)),
  ];
  if (prefill.unsaved.length > 0) {
    const list = el(
      'ul',
      {},
      ...prefill.unsaved.map((value) =>
        el('li', {}, l10n.t('{0}: {1} — not saved: no matching field', value.what, value.value)),
      ),
    );
    notes.push(
      el(
        'div',
        { class: 'unsaved', role: 'note' },
        el('p', {}, l10n.t('Also in {0}, but this workspace has no field for it:', prefill.source)),
        list,
      ),
    );
  }
  return notes;
}
