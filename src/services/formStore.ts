// Keeps the form's draft (and the idempotency key of a create that has not succeeded yet), or the
// list of people being created, across closing the panel and reloading the window. A list with
// nobody left to create is finished: it is not brought back.
import { randomUUID } from 'node:crypto';
import { ContactDraft } from '../contact/draft';
import { PeopleList, peopleToCreate } from '../contact/peopleList';
import { PendingCreate } from '../contact/submission';
import { Prefill } from '../shared/protocol';
import { KeyValueStorage } from './workspaceStorage';

const STORAGE_KEY = 'lightfield.contactDraft';

export interface StoredForm {
  /** Identifies one form session: a new contact gets a new id. */
  formId: string;
  draft: ContactDraft;
  /** The key of a create not yet known to have succeeded; reused while the body stays the same. */
  pending?: PendingCreate;
  /** Likewise for Add Missing Details, and for creating the company. */
  pendingUpdate?: PendingCreate;
  pendingAccount?: PendingCreate;
  /** Set when the draft was filled from a text: which fields, and what had no field. */
  prefill?: Prefill;
  /** Set while a list of people (from one text) is shown instead of the form. */
  list?: PeopleList;
}

export class FormStore {
  /**
   * What this session stored last. Reads answer from it rather than from globalState: its copy is
   * replaced by the main side's value as each write echoes back, which may be an earlier write
   * (vscode#209479); in e2e, a finished list came back with its people unsent.
   */
  private latest: StoredForm | undefined;

  constructor(private readonly memento: KeyValueStorage) {}

  /** The stored form; a new one when there is none, or when the stored list is finished. */
  current(): StoredForm {
    const stored = this.latest ?? this.memento.get<StoredForm>(STORAGE_KEY);
    if (!stored || typeof stored.formId !== 'string') return this.fresh();
    return stored.list && peopleToCreate(stored.list).length === 0 ? this.reset() : stored;
  }

  update(form: StoredForm): PromiseLike<void> {
    this.latest = form;
    return this.memento.update(STORAGE_KEY, form);
  }

  /** Forgets the draft (after a create) and starts a new form session. */
  reset(): StoredForm {
    const form = this.fresh();
    void this.update(form);
    return form;
  }

  private fresh(): StoredForm {
    return { formId: randomUUID(), draft: {} };
  }
}
