// What the form store brings back: an unsent contact or list is kept; a finished list is not.
import assert from 'node:assert/strict';
import { PeopleList, PersonStatus, peopleToCreate } from '../../src/contact/peopleList';
import { FormStore } from '../../src/services/formStore';

function memoryStorage() {
  const stored = new Map<string, unknown>();
  return {
    get: <T>(key: string) => structuredClone(stored.get(key)) as T | undefined,
    update: async (key: string, value: unknown) => void stored.set(key, structuredClone(value)),
  };
}

function list(...statuses: PersonStatus[]): PeopleList {
  return {
    listId: 'list-1',
    heading: `${statuses.length} people in the selection`,
    people: statuses.map((status, index) => ({ id: `p${index + 1}`, draft: {}, unsaved: [], status })),
  };
}

describe('form store', () => {
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

  it('answers from what it stored last, also when the storage answers with an older copy', async () => {
    const storage = memoryStorage();
    const store = new FormStore({ get: storage.get, update: async () => undefined });
    await storage.update('lightfield.contactDraft', { formId: 'old', draft: {}, list: list('ready') });
    const finished = { formId: 'new', draft: {}, list: list('created') };
    await store.update(finished);
    assert.equal(store.current().list, undefined, 'the finished list, not the older unsent copy');
  });

  it('counts the people a list still has to create', () => {
    assert.deepEqual(
      peopleToCreate(list('ready', 'created', 'exists', 'failed', 'invalid')).map((person) => person.id),
      ['p1', 'p4', 'p5'],
    );
    assert.equal(peopleToCreate(list('created', 'exists')).length, 0);
  });
});
