// Keeps the form's draft (and the idempotency key of a create that has not succeeded yet), or the
// list of people being created, across closing the panel and reloading the window. A list with
// nobody left to create is finished: it is not brought back. Work on one form (its keys, the end of
// its create, its one submit at a time) names the form by id, so it never lands in a newer capture
// and a panel closed and reopened meanwhile shares it.
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
   * What this window stored last; reads answer from it, so another window's form is seen here only
   * after a reload, never in the middle of this one's work (a keystroke, or a list's progress, is
   * never merged into another window's form).
   */
  private latest: StoredForm | undefined;
  /** Form id → the request id of its submit under way. */
  private readonly submits = new Map<string, number>();

  /**
   * `memento` is the workspace's state: the draft is written at every pause in typing, and there it
   * travels alone to the workbench, not with the definitions and contacts kept in globalState.
   */
  constructor(private readonly memento: KeyValueStorage) {}

  /** Version 0.1 kept the form in globalState (`previous`): it moves here, unless a form is here already. */
  takeOver(previous: KeyValueStorage): void {
    const stored = previous.get<StoredForm>(STORAGE_KEY);
    if (stored === undefined) return;
    if (this.memento.get(STORAGE_KEY) === undefined) void this.update(stored);
    void previous.update(STORAGE_KEY, undefined);
  }

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

  /** Merges into the stored form if it is still form `formId`; a form that replaced it is left alone. */
  async amend(formId: string, changes: Partial<StoredForm>): Promise<StoredForm | undefined> {
    const stored = this.current();
    if (stored.formId !== formId) return undefined;
    const form = { ...stored, ...changes };
    await this.update(form);
    return form;
  }

  /** After a create from form `formId`: a new form if it is still the stored one, else what replaced it. */
  finish(formId: string): StoredForm {
    const stored = this.current();
    return stored.formId === formId ? this.reset() : stored;
  }

  /** Claims form `formId` for one submit; false while another submit of it is under way. */
  beginSubmit(formId: string, requestId: number): boolean {
    if (this.submits.has(formId)) return false;
    this.submits.set(formId, requestId);
    return true;
  }

  endSubmit(formId: string): void {
    this.submits.delete(formId);
  }

  /** The request id of the submit of form `formId` under way, if any. */
  submitUnderWay(formId: string): number | undefined {
    return this.submits.get(formId);
  }

  /** Forgets the draft and starts a new form session. */
  reset(): StoredForm {
    const form = this.fresh();
    void this.update(form);
    return form;
  }

  private fresh(): StoredForm {
    return { formId: randomUUID(), draft: {} };
  }
}
