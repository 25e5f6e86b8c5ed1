// The "New Lightfield Contact" panel: hosts the form webview, keeps its draft, and creates the
// contact when the user submits; or shows a list of people found in one text and creates the ones
// chosen. Everything from the webview is validated here before use (ARCHITECTURE.md rule 3), and
// nothing is posted to it before it says it is ready.
import * as vscode from 'vscode';
import { ContactDraft, conformDraft, draftEmails } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { filledValues } from '../contact/values';
import { ContactFormDeps } from '../services/contactFormDeps';
import { StoredForm } from '../services/formStore';
import { preparePhoneNumbers } from '../services/phoneNumbers';
import { matchedEmail } from '../services/createFlow';
import { RecentContact } from '../services/recentContacts';
import { errorMessage } from '../shared/errorMessage';
import { HostMessage, SubmitAction, WebviewMessage, assertNever, parseWebviewMessage } from '../shared/protocol';
import { CompanyPicker } from './companyPicker';
import { buildFormHtml, createNonce } from './html';
import { DuplicateCheck } from './duplicateCheck';
import { PeopleListHost } from './peopleListHost';
import { WEBVIEW_ROOTS, WEBVIEW_SCRIPT, WEBVIEW_STYLE } from './resources';
import { SubmitAnswer, submitContact } from './submitContact';

import { PANEL_VIEW_TYPE } from '../commandIds';

const panelTitle = () => vscode.l10n.t('New Lightfield Contact');

export class ContactFormPanel {
  private static current: ContactFormPanel | undefined;

  private form: StoredForm;
  private ready = false;
  /** Opened before its fields were known (the first time ever): the page shows its loading state. */
  private loading = false;
  private lastCreatedLink: string | undefined;
  private readonly picker: CompanyPicker;
  private readonly people: PeopleListHost;
  private readonly duplicates: DuplicateCheck;
  private readonly disposables: vscode.Disposable[] = [];

  static isOpen(): boolean {
    return ContactFormPanel.current !== undefined;
  }

  /**
   * Brings the open form to the front, showing what the store now holds when that is another form
   * (a finished list was dropped, or the user chose a new contact); false when there is none.
   */
  static revealExisting(deps: ContactFormDeps): boolean {
    const open = ContactFormPanel.current;
    if (!open) return false;
    const stored = deps.store.current();
    if (stored.formId !== open.form.formId && !open.people.busy) {
      open.form = stored;
      open.sendInit();
    }
    open.panel.reveal();
    return true;
  }

  /** True while the open panel creates the people of a list: the list may not be replaced meanwhile. */
  static isCreatingPeople(): boolean {
    return ContactFormPanel.current?.people.busy ?? false;
  }

  /** Gives the open form (if any) new fields; what was typed into fields that remain is kept. */
  static updateFields(fields: FormField[]): void {
    const panel = ContactFormPanel.current;
    if (!panel) return;
    panel.fields = fields;
    panel.loading = false;
    panel.sendInit();
  }

  /**
   * Opens the form before its fields are known (none are cached yet): the page shows its loading
   * state at once, and updateFields fills it in.
   */
  static showLoading(deps: ContactFormDeps): void {
    if (ContactFormPanel.current) return;
    ContactFormPanel.open(deps, []).loading = true;
  }

  /** Closes the form if it is still waiting for its first fields (fetching them failed). */
  static closeIfLoading(): void {
    if (ContactFormPanel.current?.loading) ContactFormPanel.current.panel.dispose();
  }

  /**
   * Opens the form with these fields, or brings the open one to the front with them. A capture
   * opens it beside the editor its text came from.
   */
  static show(deps: ContactFormDeps, fields: FormField[], column = vscode.ViewColumn.Active): void {
    const existing = ContactFormPanel.current;
    if (existing) {
      existing.fields = fields;
      existing.loading = false;
      existing.form = deps.store.current();
      existing.sendInit();
      existing.panel.reveal();
      return;
    }
    ContactFormPanel.open(deps, fields, column);
  }

  private static open(deps: ContactFormDeps, fields: FormField[], column = vscode.ViewColumn.Active): ContactFormPanel {
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, panelTitle(), column, webviewOptions(deps));
    ContactFormPanel.current = new ContactFormPanel(panel, deps, fields);
    return ContactFormPanel.current;
  }

  /**
   * After a window reload VS Code hands back the panel that was open (WebviewPanelSerializer); it
   * shows the stored form again, draft included. Without a stored key it closes: nothing to show.
   */
  static async restore(deps: ContactFormDeps, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = webviewOptions(deps);
    const apiKey = await deps.access.keys.get();
    if (!apiKey || ContactFormPanel.current) {
      panel.dispose();
      return;
    }
    try {
      const fields = await deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher));
      ContactFormPanel.current = new ContactFormPanel(panel, deps, fields);
    } catch (error) {
      // The stored draft stays: Create Contact shows it again once Lightfield answers.
      deps.access.log.warn(`Could not bring back the contact form after a reload: ${errorMessage(error)}`);
      panel.dispose();
    }
  }

  /** The open form (if any) shows what the store now holds. */
  static reload(deps: ContactFormDeps): void {
    const open = ContactFormPanel.current;
    if (!open) return;
    open.form = deps.store.current();
    open.sendInit();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ContactFormDeps,
    private fields: FormField[],
  ) {
    this.form = deps.store.current();
    this.picker = new CompanyPicker(deps, {
      formId: () => this.form.formId,
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
      showExisting: (existing) => this.showExisting(existing),
    });
    const webview = panel.webview;
    webview.html = buildFormHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, ...WEBVIEW_SCRIPT)).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, ...WEBVIEW_STYLE)).toString(),
      title: panelTitle(),
      loading: vscode.l10n.t('Loading contact fields…'),
    });
    panel.title = panelTitle();
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'icon.png');
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private dispose(): void {
    ContactFormPanel.current = undefined;
    this.picker.dispose();
    this.duplicates.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
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
        // The webview's words come from the same bundle as the host's, before anything is drawn.
        this.post({ type: 'strings', bundle: vscode.l10n.bundle ?? {} });
        this.sendInit();
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
        if (this.lastCreatedLink) void vscode.env.openExternal(vscode.Uri.parse(this.lastCreatedLink));
        return;
      case 'createSelected':
        if (message.listId === this.form.list?.listId) void this.people.createSelected(message.ids);
        return;
      case 'discardList':
        // Not while people are being created: the run would go on for a list no longer shown.
        if (message.listId === this.form.list?.listId && !this.people.busy) this.createAnother();
        return;
      default:
        assertNever(message);
    }
  }

  private sendInit(): void {
    if (this.loading) return;
    if (this.form.list) {
      this.people.show(this.form.list);
      return;
    }
    const draft = conformDraft(this.form.draft, this.fields);
    // A submit under way (also one sent from a panel closed meanwhile): the webview waits for its answer.
    const busyRequestId = this.deps.store.submitUnderWay(this.form.formId);
    this.post({
      type: 'init',
      formId: this.form.formId,
      fields: this.fields,
      draft,
      fieldErrors: {},
      prefill: this.form.prefill,
      busyRequestId,
    });
    this.picker.redraw(draft);
    this.duplicates.emailsChanged(draftEmails(draft, this.fields));
    this.duplicates.redraw();
  }

  /** What follows the typing: the company suggestion, the duplicate check, the phone metadata Create will need. */
  private draftChanged(draft: ContactDraft): void {
    this.picker.suggest(draft);
    this.duplicates.emailsChanged(draftEmails(draft, this.fields));
    const phones = this.fields.filter((field) => field.kind === 'telephone');
    if (phones.some((field) => filledValues(draft[field.key] ?? '').length > 0)) preparePhoneNumbers();
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
    const open = ContactFormPanel.current;
    if (kept && open?.form.formId === formId) open.form = kept;
  }

  /** One submit at a time per form, also across a panel closed and reopened meanwhile. */
  private async submit(requestId: number, submitted: ContactDraft, action: SubmitAction): Promise<void> {
    const formId = this.form.formId;
    if (!this.deps.store.beginSubmit(formId, requestId)) return;
    let told = false;
    const tell = (answer: SubmitAnswer): void => {
      if (told) return;
      told = true;
      // Only the form it was sent from ends: a capture opened meanwhile stays. The store's write
      // is not awaited: the user hears first.
      if (answer.type === 'created' || answer.type === 'updated') this.deps.store.finish(formId);
      ContactFormPanel.current?.answer(formId, answer);
      if (answer.type === 'created')
        void this.announceDone(vscode.l10n.t('Created contact {0}', answer.name), answer.httpLink ?? undefined);
      if (answer.type === 'updated')
        void this.announceDone(
          answer.added.length > 0
            ? vscode.l10n.t('Added {0} to {1}', answer.added.join(', '), answer.name)
            : vscode.l10n.t('{0} already has all these details', answer.name),
          answer.httpLink ?? undefined,
        );
    };
    try {
      tell(
        await submitContact(this.deps, {
          requestId,
          draft: this.saveDraft(submitted),
          action,
          fields: this.fields,
          keys: { pending: this.form.pending, pendingUpdate: this.form.pendingUpdate },
          keepKeys: (keys) => this.keep(formId, keys),
          resubmit: () => this.resubmit(),
          existingContact: (apiKey, emails) => this.duplicates.existingContact(apiKey, emails),
          // The panel and the notification come before the follow-up work (remembering the contact).
          onCreated: tell,
        }),
      );
    } finally {
      this.deps.store.endSubmit(formId);
    }
  }

  /** Shows the answer to a submit of form `formId` if this panel still shows that form. */
  private answer(formId: string, answer: SubmitAnswer): void {
    if (this.form.formId !== formId) return;
    if (answer.type !== 'submitFailed') this.lastCreatedLink = answer.httpLink ?? undefined;
    this.form = this.deps.store.current();
    this.post(answer);
  }

  /** Submits the form as it stands in the webview; reopens the form if it was closed meanwhile. */
  private resubmit(): void {
    if (ContactFormPanel.current === this) {
      this.panel.reveal();
      this.post({ type: 'retry' });
    } else {
      void vscode.commands.executeCommand('lightfield.createContact');
    }
  }

  /** The form shows one line; this notification carries what comes next. */
  private async announceDone(message: string, link: string | undefined): Promise<void> {
    const open = vscode.l10n.t('Open in Lightfield');
    const another = vscode.l10n.t('Create Another');
    const choice = await vscode.window.showInformationMessage(message, ...(link ? [open, another] : [another]));
    if (choice === open && link) await vscode.env.openExternal(vscode.Uri.parse(link));
    if (choice === another) {
      if (ContactFormPanel.current) {
        ContactFormPanel.current.createAnother();
        ContactFormPanel.current.panel.reveal();
      } else {
        await vscode.commands.executeCommand('lightfield.createContact');
      }
    }
  }

  /** A new, empty form (after a create, or instead of a list). */
  private createAnother(): void {
    if (this.form.list) this.form = this.deps.store.reset();
    else this.form = this.deps.store.current();
    this.lastCreatedLink = undefined;
    this.sendInit();
  }
}

function webviewOptions(deps: ContactFormDeps): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  const roots = WEBVIEW_ROOTS.map((folder) => vscode.Uri.joinPath(deps.extensionUri, ...folder));
  return { enableScripts: true, localResourceRoots: roots };
}
