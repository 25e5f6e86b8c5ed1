// Keeps the form's draft (and the idempotency key of a create that has not succeeded yet), or the
// list of people being created, across closing the panel and reloading the window.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { ContactDraft } from '../contact/draft';
import { PeopleList } from '../contact/peopleList';
import { PendingCreate } from '../contact/submission';
import { Prefill } from '../shared/protocol';

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
  constructor(private readonly memento: vscode.Memento) {}

  current(): StoredForm {
    const stored = this.memento.get<StoredForm>(STORAGE_KEY);
    return stored && typeof stored.formId === 'string' ? stored : this.fresh();
  }

  update(form: StoredForm): Thenable<void> {
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
