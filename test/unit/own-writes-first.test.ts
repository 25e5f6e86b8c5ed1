// globalState read and written through OwnWritesFirst: a write is neither hidden nor lost by the echo
// of an earlier one, as the raw memento's writes are.
import assert from 'node:assert/strict';
import { OwnWritesFirst } from '../../src/services/ownWritesFirst';
import { echoingMemento } from './echoingMemento';

const DRAFT = 'lightfield.contactDraft';
const RECENT = 'lightfield.recentContacts:http://127.0.0.1:1:fingerprint';
const keys = { formId: 'f1', draft: { $email: ['hedy@frequency-hopping.example'] }, pending: { idempotencyKey: 'k' } };
const hedy = [{ id: 'c1', name: 'Hedy Lamarr', emails: ['hedy@frequency-hopping.example'], httpLink: null }];
const nextForm = { formId: 'f2', draft: { $email: ['h'] } };

/** A create as the form runs it: its key kept, the contact remembered, an earlier echo, the next form typed. */
function createThenTypeNext(state: { update(key: string, value: unknown): PromiseLike<void> }, deliver: () => void) {
  void state.update(DRAFT, keys);
  void state.update(RECENT, hedy);
  deliver();
  void state.update(DRAFT, nextForm);
}

describe('own writes first (globalState across its echoes)', () => {
  it('the raw memento, for contrast: an earlier echo hides a write, and the next write loses it on disk', () => {
    const memento = echoingMemento();
    createThenTypeNext(memento, () => memento.deliver());
    assert.equal(memento.get(RECENT), undefined, 'hidden while the echo of the kept key stands');
    memento.deliverAll();
    assert.deepEqual(memento.stored(DRAFT), nextForm);
    assert.equal(memento.stored(RECENT), undefined, 'lost on disk');
  });

  it('reads its own write while an earlier echo stands, and the next write of another key keeps it', async () => {
    const memento = echoingMemento();
    const state = new OwnWritesFirst(memento);
    createThenTypeNext(state, () => memento.deliver());
    assert.deepEqual(state.get(RECENT), hedy);
    memento.deliverAll();
    await Promise.resolve();
    assert.deepEqual(memento.stored(RECENT), hedy, 'on disk');
    assert.deepEqual(memento.stored(DRAFT), nextForm, 'on disk');
    assert.deepEqual(state.get(RECENT), hedy);
  });

  it('once the main side has taken a write, reads come from the memento again (another window may write)', async () => {
    const memento = echoingMemento();
    const state = new OwnWritesFirst(memento);
    const writing = state.update(RECENT, hedy);
    memento.deliverAll();
    await writing;
    const another = [{ ...hedy[0], id: 'c2' }];
    void memento.update(RECENT, another);
    assert.deepEqual(state.get(RECENT), another);
  });

  it('keeps a copy: changing the written object afterwards changes nothing', () => {
    const state = new OwnWritesFirst(echoingMemento());
    const written = { formId: 'f1', draft: {} as Record<string, string[]> };
    void state.update(DRAFT, written);
    written.draft.$email = ['changed@example.com'];
    assert.deepEqual(state.get(DRAFT), { formId: 'f1', draft: {} });
  });
});
