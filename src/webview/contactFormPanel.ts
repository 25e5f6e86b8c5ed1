// The "New Lightfield Contact" panel: hosts the form webview, keeps its draft, and creates the
// contact when the user submits; or shows a list of people found in one text and creates the ones
// chosen. Everything from the webview is validated here before use (ARCHITECTURE.md rule 3), and
// nothing is posted to it before it says it is ready.
import * as vscode from 'vscode';
import { ContactDraft, conformDraft } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { ContactFormDeps } from '../services/contactFormDeps';
import { StoredForm } from '../services/formStore';
import { errorMessage } from '../shared/errorMessage';
import { HostMessage, SubmitAction, WebviewMessage, assertNever, parseWebviewMessage } from '../shared/protocol';
import { CompanyPicker } from './companyPicker';
import { buildFormHtml, createNonce } from './html';
import { PeopleListHost } from './peopleListHost';
import { submitContact } from './submitContact';

/** The panel's type; package.json activates the extension on `onWebviewPanel:lightfield.contactForm`. */
export const PANEL_VIEW_TYPE = 'lightfield.contactForm';
const panelTitle = () => vscode.l10n.t('New Lightfield Contact');

export class ContactFormPanel {
  private static current: ContactFormPanel | undefined;

  private form: StoredForm;
  private ready = false;
  private lastCreatedLink: string | undefined;
  /** The submit under way, so that a reloaded webview keeps waiting for its answer. */
  private submitting: { formId: string; requestId: number } | undefined;
  private readonly picker: CompanyPicker;
  private readonly people: PeopleListHost;
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
    panel.sendInit();
  }

  /**
   * Opens the form with these fields, or brings the open one to the front with them. A capture
   * opens it beside the editor its text came from.
   */
  static show(deps: ContactFormDeps, fields: FormField[], column = vscode.ViewColumn.Active): void {
    const existing = ContactFormPanel.current;
    if (existing) {
      existing.fields = fields;
      existing.form = deps.store.current();
      existing.sendInit();
      existing.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, panelTitle(), column, webviewOptions(deps));
    ContactFormPanel.current = new ContactFormPanel(panel, deps, fields);
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
      keepPendingAccount: (pendingAccount) => this.keep({ pendingAccount }),
      post: (message) => this.post(message),
    });
    this.people = new PeopleListHost(deps, {
      list: () => this.form.list,
      fields: () => this.fields,
      persist: () => this.deps.store.update(this.form),
      post: (message) => this.post(message),
    });
    const webview = panel.webview;
    webview.html = buildFormHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'form.css')).toString(),
      title: panelTitle(),
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
        if (message.formId === this.form.formId) this.picker.suggest(this.saveDraft(message.draft));
        return;
      case 'submit':
        // A webview that missed a new form (it was reloaded meanwhile) is brought up to date instead.
        if (message.formId !== this.form.formId) this.sendInit();
        else if (!this.submitting) void this.submit(message.requestId, message.draft, message.action);
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
    if (this.form.list) {
      this.people.show(this.form.list);
      return;
    }
    const draft = conformDraft(this.form.draft, this.fields);
    const busyRequestId = this.submitting?.formId === this.form.formId ? this.submitting.requestId : undefined;
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
  }

  private saveDraft(draft: ContactDraft): ContactDraft {
    const conformed = conformDraft(draft, this.fields);
    this.form = { ...this.form, draft: conformed };
    void this.deps.store.update(this.form);
    return conformed;
  }

  /** Merges into the stored form and persists it. */
  private async keep(changes: Partial<StoredForm>): Promise<void> {
    this.form = { ...this.form, ...changes };
    await this.deps.store.update(this.form);
  }

  private async submit(requestId: number, submitted: ContactDraft, action: SubmitAction): Promise<void> {
    this.submitting = { formId: this.form.formId, requestId };
    try {
      const answer = await submitContact(this.deps, {
        requestId,
        draft: this.saveDraft(submitted),
        action,
        fields: this.fields,
        keys: { pending: this.form.pending, pendingUpdate: this.form.pendingUpdate },
        keepKeys: (keys) => this.keep(keys),
        resubmit: () => this.resubmit(),
      });
      if (answer.type !== 'submitFailed') this.lastCreatedLink = answer.httpLink ?? undefined;
      if (answer.type === 'created' || answer.type === 'updated') this.form = this.deps.store.reset();
      this.post(answer);
      if (answer.type === 'created') void this.announceDone(vscode.l10n.t('Created contact {0}', answer.name));
      if (answer.type === 'updated')
        void this.announceDone(
          answer.added.length > 0
            ? vscode.l10n.t('Added {0} to {1}', answer.added.join(', '), answer.name)
            : vscode.l10n.t('{0} already has all these details', answer.name),
        );
    } finally {
      this.submitting = undefined;
    }
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
  private async announceDone(message: string): Promise<void> {
    const link = this.lastCreatedLink;
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
  const roots = [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')];
  return { enableScripts: true, localResourceRoots: roots };
}
