// What the form store brings back: an unsent contact or list is kept; a finished list is not.
import assert from 'node:assert/strict';
import { PeopleList, PersonStatus, peopleToCreate } from '../../src/contact/peopleList';
import { FormStore } from '../../src/services/formStore';
import { echoingMemento } from './echoingMemento';
import { memoryStorage } from './memoryStorage';

function list(...statuses: PersonStatus[]): PeopleList {
  return {
    listId: 'list-1',
    heading: `${statuses.length} people in the selection`,
    people: statuses.map((status, index) => ({ id: `p${index + 1}`, draft: {}, unsaved: [], status })),
  };
}

describe('form store', () => {
  it('takes over the form version 0.1 kept in globalState, once, and clears it there', () => {
    const global = memoryStorage();
    const form = { formId: 'f-0.1', draft: { $email: ['ada@analytical-engines.example'] } };
    void global.update('lightfield.contactDraft', form);
    const workspace = memoryStorage();
    new FormStore(workspace).takeOver(global);
    assert.deepEqual(new FormStore(workspace).current(), form, 'read back from the workspace');
    assert.equal(global.get('lightfield.contactDraft'), undefined);
  });

  it("keeps the workspace's own form over the one version 0.1 left in globalState", () => {
    const global = memoryStorage();
    void global.update('lightfield.contactDraft', { formId: 'f-0.1', draft: {} });
    const workspace = memoryStorage();
    const own = { formId: 'f-own', draft: { $email: ['grace@cobol.example'] } };
    void workspace.update('lightfield.contactDraft', own);
    new FormStore(workspace).takeOver(global);
    assert.deepEqual(new FormStore(workspace).current(), own);
    assert.equal(global.get('lightfield.contactDraft'), undefined);
  });

  it('starts an empty form, the same one until it is reset', async () => {
    const store = new FormStore(memoryStorage());
    const first = store.reset();
    assert.deepEqual(store.current(), { formId: first.formId, draft: {} });
    assert.notEqual(store.reset().formId, first.formId);
  });

  it('keeps an unsent contact', async () => {
    const store = new FormStore(memoryStorage());
    const form = { ...store.reset(), draft: { $email: ['ada@analytical-engines.example'] } };
    await store.update(form);
    assert.deepEqual(store.current(), form);
  });

  it('keeps a list with people not yet created: unsent work', async () => {
    for (const statuses of [
      ['ready', 'ready', 'ready'],
      ['created', 'created', 'failed'],
      ['created', 'exists', 'invalid'],
    ] as PersonStatus[][]) {
      const store = new FormStore(memoryStorage());
      const form = { ...store.reset(), list: list(...statuses) };
      await store.update(form);
      assert.deepEqual(store.current(), form, statuses.join());
    }
  });

  it('does not bring back a finished list: everyone created or already in Lightfield', async () => {
    for (const statuses of [
      ['created', 'created', 'created'],
      ['created', 'exists'],
    ] as PersonStatus[][]) {
      const store = new FormStore(memoryStorage());
      const finished = { ...store.reset(), list: list(...statuses) };
      await store.update(finished);
      const current = store.current();
      assert.equal(current.list, undefined, statuses.join());
      assert.deepEqual(current.draft, {});
      assert.notEqual(current.formId, finished.formId, 'a new form');
      assert.equal(store.current().formId, current.formId, 'kept, not made anew on every look');
    }
  });

  it('answers with its last write while the host echoes an earlier one back', async () => {
    const memento = echoingMemento();
    const store = new FormStore(memento);
    const form = store.reset();
    const typed = (email: string) => ({ ...form, draft: { $email: [email] } });
    void store.update(typed('ada@'));
    void store.update(typed('ada@analytical-engines.example'));
    // The main side's answers to the reset and the first keystroke arrive; the last one's is still out.
    memento.deliver();
    memento.deliver();
    assert.deepEqual(memento.get('lightfield.contactDraft'), typed('ada@'), 'globalState holds an earlier write');
    assert.deepEqual(store.current(), typed('ada@analytical-engines.example'));
    // Work on the form merges into the last write, not into the echoed one.
    const amending = store.amend(form.formId, { pendingAccount: { idempotencyKey: 'k1', body: '{}' } });
    memento.deliverAll();
    const kept = await amending;
    assert.deepEqual(kept?.draft, { $email: ['ada@analytical-engines.example'] });
  });

  it('a create that ends clears only the form it was sent from, never a capture opened meanwhile', async () => {
    const store = new FormStore(memoryStorage());
    const sent = { ...store.reset(), draft: { $email: ['ada@analytical-engines.example'] } };
    await store.update(sent);
    // While its create is in flight, a capture replaces the form, as showPrefilled / showPeople do.
    const capture = { ...store.reset(), list: list('ready', 'ready') };
    await store.update(capture);
    assert.equal(await store.amend(sent.formId, { pending: { idempotencyKey: 'k', body: '{}' } }), undefined);
    assert.deepEqual(store.finish(sent.formId), capture, 'the capture, untouched');
    assert.deepEqual(store.current(), capture);
    // The form that is still stored does end.
    const next = store.finish(capture.formId);
    assert.notEqual(next.formId, capture.formId);
    assert.deepEqual(store.current(), { formId: next.formId, draft: {} });
  });

  it("keeps a form's key in that form, merged into what it holds now", async () => {
    const store = new FormStore(memoryStorage());
    const form = { ...store.reset(), draft: { $email: ['ada@analytical-engines.example'] } };
    await store.update(form);
    const pending = { idempotencyKey: 'key-1', body: '{}' };
    assert.deepEqual(await store.amend(form.formId, { pending }), { ...form, pending });
    assert.deepEqual(store.current(), { ...form, pending });
  });

  it('runs one submit at a time per form, whichever panel sends it', () => {
    const store = new FormStore(memoryStorage());
    const { formId } = store.reset();
    assert.equal(store.beginSubmit(formId, 1), true);
    assert.equal(store.beginSubmit(formId, 1), false, 'a reopened panel sending the same form again');
    assert.equal(store.submitUnderWay(formId), 1, 'the reopened panel waits for this answer');
    assert.equal(store.beginSubmit('another form', 1), true, 'another form is not held up');
    store.endSubmit(formId);
    assert.equal(store.submitUnderWay(formId), undefined);
    assert.equal(store.beginSubmit(formId, 2), true);
  });

  it('counts the people a list still has to create', () => {
    assert.deepEqual(
      peopleToCreate(list('ready', 'created', 'exists', 'failed', 'invalid')).map((person) => person.id),
      ['p1', 'p4', 'p5'],
    );
    assert.equal(peopleToCreate(list('created', 'exists')).length, 0);
  });
});
