// The people list in the panel: posts it to the webview, and runs Create Selected, one run at a
// time. The list is persisted after each person, so closing the panel midway loses nothing.
import { FormField } from '../contact/formFields';
import { PeopleList, describePerson } from '../contact/peopleList';
import { explainError } from '../lightfield/explain';
import { ContactFormDeps } from '../services/contactFormDeps';
import { presentError } from '../services/presentError';
import { HostMessage, PersonRow } from '../shared/protocol';
import { createPeople } from './createPeople';

/** What the list needs of the panel that shows it. */
export interface ListPanel {
  /** The list the panel shows now, if any. */
  list(): PeopleList | undefined;
  fields(): FormField[];
  /** Stores the panel's form, list included. */
  persist(): PromiseLike<void>;
  post(message: HostMessage): void;
}

export class PeopleListHost {
  private running = false;

  constructor(
    private readonly deps: ContactFormDeps,
    private readonly panel: ListPanel,
  ) {}

  /** True while people are being created: the list may not be replaced meanwhile. */
  get busy(): boolean {
    return this.running;
  }

  show(list: PeopleList): void {
    const rows = peopleRows(list, this.panel.fields());
    this.panel.post({ type: 'people', listId: list.listId, heading: list.heading, rows, busy: this.running });
  }

  async createSelected(ids: string[]): Promise<void> {
    const list = this.panel.list();
    if (!list || this.running) return;
    this.running = true;
    try {
      await createPeople({
        deps: this.deps,
        fields: this.panel.fields(),
        list,
        ids,
        onChange: async () => {
          await this.panel.persist();
          if (this.panel.list() === list) this.show(list);
        },
        retry: (failedIds: string[]) => this.createSelected(failedIds),
      });
    } catch (error) {
      void presentError(explainError(error, this.deps.access.host()), {});
    } finally {
      this.running = false;
      if (this.panel.list() === list) this.show(list);
    }
  }
}

/** The list as the webview shows it. */
function peopleRows(list: PeopleList, fields: readonly FormField[]): PersonRow[] {
  return list.people.map((person) => ({
    id: person.id,
    ...describePerson(person, fields),
    unsaved: person.unsaved,
    status: person.status,
    message: person.message,
  }));
}
