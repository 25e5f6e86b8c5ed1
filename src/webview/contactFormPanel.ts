// One "New Lightfield Contact" panel: hosts the form webview, keeps its draft, routes its messages to the
// job each starts (a submit: formSubmit.ts; the people of a list: peopleListHost.ts; the company:
// companyPicker.ts) and posts the answers. Everything from the webview is validated here before use
// (ARCHITECTURE.md rule 3), and nothing is posted to it before it says it is ready: its page comes
// with the words and the form already (no round trip before the form shows). Which panel is open,
// and putting forms into it: openPanel.ts.
import { env, l10n, Uri, type Disposable, type WebviewPanel } from 'vscode';
import { ContactDraft, conformDraft, draftEmails } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { filledValues } from '../contact/values';
import { ContactFormDeps } from '../services/contactFormDeps';
import { FormKey } from '../services/formKey';
import { loadHttpStack } from '../services/httpBundle';
import { StoredForm } from '../services/formStore';
import { phoneFormatter, preparePhoneNumbers } from '../services/phoneNumbers';
import { matchedEmail } from '../services/createFlow';
import { RecentContact } from '../services/recentContacts';
import { HostMessage, SubmitAction, WebviewMessage, assertNever, parseWebviewMessage } from '../shared/protocol';
import { CompanyPicker } from './companyPicker';
import { DuplicateCheck } from './duplicateCheck';
import { loadFormPage } from './formPage';
import { runFormSubmit } from './formSubmit';
import { PeopleListHost } from './peopleListHost';
import { phonesForReading } from './phoneDisplay';
import { SubmitAnswer } from './submitContact';

/** Which panel is open now: a panel closed and reopened meanwhile is another one. */
export interface PanelSlot {
  current(): ContactFormPanel | undefined;
  closed(panel: ContactFormPanel): void;
  /** Submits `panel`'s form again if it is still open; else opens the form anew. */
  retry(panel: ContactFormPanel): void;
  /** The notification's Create Another: a new form in the open panel, or the panel opened anew. */
  startAnother(): void;
}

export class ContactFormPanel {
  private form: StoredForm;
  private fields: FormField[];
  private ready = false;
  /** Work that waits for the page's `ready` (whenPageReady). */
  private readonly onReady: (() => void)[] = [];
  /** The page holds the form as it is now: its `ready` needs no init, only what follows one. */
  private pageHoldsInit = false;
  /**
   * Opened with the system fields only (the first time ever, nothing cached): the workspace's own
   * fields replace them, and a submit waits for them.
   */
  private systemFieldsOnly: boolean;
  /** The fetch of the workspace's fields, while one is under way. */
  private fetchingFields: Promise<readonly FormField[]> | undefined;
  /** The last fetch of the workspace's fields failed: the form says so until the next one. */
  private fieldsFetchFailed = false;
  private lastCreatedLink: string | undefined;
  /** The phone numbers last read ahead of Create (preparePhoneNumbers), one per line. */
  private preparedPhones = '';
  private readonly picker: CompanyPicker;
  private readonly people: PeopleListHost;
  private readonly duplicates: DuplicateCheck;
  private readonly apiKey: FormKey;
  private readonly disposables: Disposable[] = [];

  /** Its page loads at once, with the form in it: `systemFieldsOnly` until the workspace's fields come. */
  constructor(
    private readonly panel: WebviewPanel,
    private readonly deps: ContactFormDeps,
    fields: FormField[],
    private readonly slot: PanelSlot,
    systemFieldsOnly = false,
  ) {
    this.fields = fields;
    this.systemFieldsOnly = systemFieldsOnly;
    this.form = deps.store.current();
    // Read while the page loads, so that neither the duplicate check nor Create waits for it.
    this.apiKey = new FormKey(deps.access.keys);
    this.apiKey.prepare();
    this.picker = new CompanyPicker(deps, {
      formId: () => this.form.formId,
      apiKey: () => this.apiKey.get(),
      draft: () => this.form.draft,
      fields: () => this.fields,
      pendingAccount: () => this.form.pendingAccount,
      keepPendingAccount: (pendingAccount) => this.keep(this.form.formId, { pendingAccount }),
      post: (message) => this.post(message),
    });
    this.people = new PeopleListHost(deps, {
      list: () => this.form.list,
      fields: () => this.fields,
      persist: () => this.deps.store.update(this.form),
      post: (message) => this.post(message),
    });
    this.duplicates = new DuplicateCheck(deps, {
      formId: () => this.form.formId,
      apiKey: () => this.apiKey.get(),
      showExisting: (existing) => this.showExisting(existing),
    });
    this.loadPage();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get formId(): string {
    return this.form.formId;
  }

  /** True while it creates the people of a list: the list may not be replaced meanwhile. */
  get creatingPeople(): boolean {
    return this.people.busy;
  }

  /** True while it shows the system fields only: the workspace's own have not come yet. */
  get awaitsWorkspaceFields(): boolean {
    return this.systemFieldsOnly;
  }

  /**
   * The workspace's fields: the form's own, or, while it shows the system fields only, fetched (one
   * fetch at a time, again after a failure) and then shown, keeping what was typed.
   */
  workspaceFields(apiKey: string): Promise<readonly FormField[]> {
    if (!this.systemFieldsOnly) return Promise.resolve(this.fields);
    this.fieldsFetchFailed = false;
    this.fetchingFields ??= this.deps.fieldsSource.refresh(apiKey).then(
      (fields) => {
        this.fetchingFields = undefined;
        if (this.systemFieldsOnly && this.slot.current() === this) this.show({ fields });
        return fields;
      },
      (error: unknown) => {
        this.fetchingFields = undefined;
        this.fieldsFetchFailed = true;
        if (this.slot.current() === this) this.sendInit();
        throw error;
      },
    );
    return this.fetchingFields;
  }

  /** Shows new fields (what was typed into fields that remain is kept), or another stored form, or both. */
  show(content: { fields?: FormField[]; form?: StoredForm }): void {
    if (content.fields) {
      this.fields = content.fields;
      this.systemFieldsOnly = false;
    }
    if (content.form) this.form = content.form;
    this.sendInit();
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Takes the store's copy of form `formId` after a write to it, if this panel still shows that form. */
  adopt(formId: string, stored: StoredForm): void {
    if (this.form.formId === formId) this.form = stored;
  }

  /** Create Another from the notification: a new form, in front. */
  startAnother(): void {
    this.createAnother();
    this.panel.reveal();
  }

  private dispose(): void {
    this.slot.closed(this);
    this.picker.dispose();
    this.duplicates.dispose();
    this.apiKey.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  /** Runs `work` once the page has said it is ready (at once if it has): it does not compete with the page's load. */
  whenPageReady(work: () => void): void {
    if (this.ready) work();
    else this.onReady.push(work);
  }

  private post(message: HostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message: WebviewMessage | undefined = parseWebviewMessage(raw);
    if (!message) {
      this.deps.access.log.warn('Ignored a malformed message from the contact form.');
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.pageHoldsInit) this.afterInit();
        else this.sendInit();
        // A later `ready` is the page loaded again (shown after being hidden): it gets the form as it is now.
        this.pageHoldsInit = false;
        // The HTTP stack loads while the page draws and the user types, not on the first request
        // (a form without emails makes none before Create).
        setTimeout(loadHttpStack);
        this.onReady.splice(0).forEach((work) => work());
        return;
      case 'draftChanged':
        if (message.formId === this.form.formId) this.draftChanged(this.saveDraft(message.draft));
        return;
      case 'submit':
        // A webview that missed a new form (it was reloaded meanwhile) is brought up to date instead.
        if (message.formId !== this.form.formId) this.sendInit();
        else void this.submit(message.requestId, message.draft, message.action);
        return;
      case 'searchAccounts':
        void this.picker.search(message.requestId, message.query);
        return;
      case 'createAccount':
        if (message.formId === this.form.formId) void this.picker.create(message.requestId, message.name);
        return;
      case 'createAnother':
        this.createAnother();
        return;
      case 'closeForm':
        this.panel.dispose();
        return;
      case 'openInLightfield':
        if (this.lastCreatedLink) void env.openExternal(Uri.parse(this.lastCreatedLink));
        return;
      case 'createSelected':
        if (message.listId === this.form.list?.listId) void this.people.createSelected(message.ids);
        return;
      case 'discardList':
        // Not while people are being created: the run would go on for a list no longer shown.
        if (message.listId === this.form.list?.listId && !this.people.busy) this.createAnother();
        return;
      case 'formatPhones': {
        const answer =
          message.formId === this.form.formId ? phonesForReading(message, this.fields, phoneFormatter()) : undefined;
        if (answer) this.post(answer);
        return;
      }
      default:
        assertNever(message);
    }
  }

  /**
   * Loads the page with the webview's words (the same bundle as the host's) and the form: the page
   * draws it at once. A list is posted once the page is ready.
   */
  private loadPage(): void {
    const init = this.form.list ? undefined : this.initMessage();
    this.pageHoldsInit = init !== undefined;
    const strings: HostMessage = { type: 'strings', bundle: l10n.bundle ?? {} };
    loadFormPage(this.panel, this.deps.extensionUri, init ? [strings, init] : [strings]);
  }

  private sendInit(): void {
    // Not posted before `ready`: the page's own form is no longer the current one.
    if (!this.ready) this.pageHoldsInit = false;
    if (this.form.list) {
      this.people.show(this.form.list);
      return;
    }
    this.post(this.initMessage());
    this.afterInit();
  }

  private initMessage(): Extract<HostMessage, { type: 'init' }> {
    return {
      type: 'init',
      formId: this.form.formId,
      fields: this.fields,
      draft: conformDraft(this.form.draft, this.fields),
      fieldErrors: {},
      prefill: this.form.prefill,
      // A submit under way (also one sent from a panel closed meanwhile): the webview waits for its answer.
      busyRequestId: this.deps.store.submitUnderWay(this.form.formId),
      ...(this.systemFieldsOnly ? { workspaceFields: this.fieldsFetchFailed ? 'failed' : 'coming' } : {}),
    };
  }

  /** What follows a drawn form: the company picker's state, and the duplicate check of its emails. */
  private afterInit(): void {
    const draft = conformDraft(this.form.draft, this.fields);
    this.picker.redraw(draft);
    this.duplicates.emailsChanged(draftEmails(draft, this.fields));
    this.duplicates.redraw();
  }

  /** What follows the typing: the company suggestion, the duplicate check, the phone numbers Create will read. */
  private draftChanged(draft: ContactDraft): void {
    this.picker.suggest(draft);
    this.duplicates.emailsChanged(draftEmails(draft, this.fields));
    const phones = this.fields.filter((field) => field.kind === 'telephone');
    const typed = phones.flatMap((field) => filledValues(draft[field.key] ?? ''));
    // Only numbers that changed: typing in any other field leaves them as they were read.
    const key = typed.join('\n');
    if (typed.length > 0 && key !== this.preparedPhones) preparePhoneNumbers(typed);
    this.preparedPhones = key;
  }

  /** The contact with the form's emails that Lightfield already has, shown before Create is pressed. */
  private showExisting(existing: RecentContact | null): void {
    const emails = draftEmails(this.form.draft, this.fields);
    this.lastCreatedLink = existing?.httpLink ?? undefined;
    const contact = existing && {
      name: existing.name,
      email: matchedEmail(emails, existing),
      httpLink: existing.httpLink,
    };
    this.post({ type: 'existingContact', formId: this.form.formId, contact });
  }

  private saveDraft(draft: ContactDraft): ContactDraft {
    const conformed = conformDraft(draft, this.fields);
    this.form = { ...this.form, draft: conformed };
    void this.deps.store.update(this.form);
    return conformed;
  }

  /** Merges into form `formId` and persists it, unless another form has replaced it meanwhile. */
  private async keep(formId: string, changes: Partial<StoredForm>): Promise<void> {
    const kept = await this.deps.store.amend(formId, changes);
    if (kept) this.slot.current()?.adopt(formId, kept);
  }

  private submit(requestId: number, submitted: ContactDraft, action: SubmitAction): Promise<void> {
    const formId = this.form.formId;
    return runFormSubmit(this.deps, {
      formId,
      requestId,
      prepare: () => ({
        requestId,
        draft: this.saveDraft(submitted),
        action,
        shownFields: this.fields,
        workspaceFields: (apiKey) => this.workspaceFields(apiKey),
        keys: { pending: this.form.pending, pendingUpdate: this.form.pendingUpdate },
        keepKeys: (keys) => this.keep(formId, keys),
        apiKey: () => this.apiKey.get(),
        resubmit: () => this.slot.retry(this),
        existingContact: (apiKey, emails) => this.duplicates.existingContact(apiKey, emails),
      }),
      show: (answer) => this.slot.current()?.answer(formId, answer),
      createAnother: () => this.slot.startAnother(),
    });
  }

  /** Shows the answer to a submit of form `formId` if this panel still shows that form. */
  answer(formId: string, answer: SubmitAnswer): void {
    if (this.form.formId !== formId) return;
    if (answer.type !== 'submitFailed') this.lastCreatedLink = answer.httpLink ?? undefined;
    this.form = this.deps.store.current();
    this.post(answer);
  }

  /** Submits the form as it stands in the webview (the slot calls this while the panel is open). */
  retry(): void {
    this.panel.reveal();
    this.post({ type: 'retry' });
  }

  /** A new, empty form (after a create, or instead of a list). */
  private createAnother(): void {
    if (this.form.list) this.form = this.deps.store.reset();
    else this.form = this.deps.store.current();
    this.lastCreatedLink = undefined;
    this.sendInit();
  }
}
