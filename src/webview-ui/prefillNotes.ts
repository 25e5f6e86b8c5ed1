// What a form filled from a text says about its origin, and what from the text it could not keep.
import { Prefill } from '../shared/protocol';
import { el } from './dom';

export function prefillNotes(prefill: Prefill | undefined): HTMLElement[] {
  if (!prefill) return [];
  const notes = [
    el('p', { class: 'intro' }, `Filled from ${prefill.source}: check the details, then create the contact.`),
  ];
  if (prefill.unsaved.length > 0) {
    const list = el(
      'ul',
      {},
      ...prefill.unsaved.map((value) => el('li', {}, `${value.what}: ${value.value} — not saved: no matching field`)),
    );
    notes.push(
      el(
        'div',
        { class: 'unsaved', role: 'note' },
        el('p', {}, `Also in ${prefill.source}, but this workspace has no field for it:`),
        list,
      ),
    );
  }
  return notes;
}
