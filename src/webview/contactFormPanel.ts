// The "New Lightfield Contact" panel: hosts the form webview, keeps its draft, and creates the
// contact when the user submits; or shows a list of people found in one text and creates the ones
// chosen. Everything from the webview is validated here before use (ARCHITECTURE.md rule 3), and
// nothing is posted to it before it says it is ready.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { ensureApiKey, askForApiKey } from '../commands/setApiKey';
import { ContactFieldsSource } from '../commands/contactFields';
import { LightfieldAccess } from '../commands/lightfieldAccess';
import { phoneNormalizer } from '../commands/phoneNumbers';
import { presentError } from '../commands/presentError';
import { ContactDraft, conformDraft, draftDisplayName, encodeDraft, hasErrors, isDraftEmpty } from '../contact/draft';
import { FormField } from '../contact/formFields';
import { PeopleList, describePerson } from '../contact/peopleList';
import { recordDisplayName, recordWebLink } from '../contact/record';
import { pendingCreateFor } from '../contact/submission';
import { explainError } from '../lightfield/explain';
import { HostMessage, Prefill, WebviewMessage, assertNever, parseWebviewMessage } from '../shared/protocol';
import { DraftStore, StoredForm } from './draftStore';
import { buildFormHtml, createNonce } from './html';
import { createPeople } from './createPeople';

export const PANEL_VIEW_TYPE = 'lightfield.contactForm';
export const PANEL_TITLE = 'New Lightfield Contact';

export interface ContactFormDeps {
  extensionUri: vscode.Uri;
  access: LightfieldAccess;
  fieldsSource: ContactFieldsSource;
  store: DraftStore;
}

export class ContactFormPanel {
  private static current: ContactFormPanel | undefined;

  private form: StoredForm;
  private ready = false;
  private lastCreatedLink: string | undefined;
  private creatingPeople = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** Brings the open form to the front; false when there is none. */
  static revealExisting(): boolean {
    ContactFormPanel.current?.panel.reveal();
    return ContactFormPanel.current !== undefined;
  }

  /** Gives the open form (if any) new fields; what was typed into fields that remain is kept. */
  static updateFields(fields: FormField[]): void {
    const panel = ContactFormPanel.current;
    if (!panel) return;
    panel.fields = fields;
    panel.sendInit();
  }

  /** Opens the form with these fields, or brings the open one to the front with them. */
  static show(deps: ContactFormDeps, fields: FormField[]): void {
    const existing = ContactFormPanel.current;
    if (existing) {
      existing.fields = fields;
      existing.form = deps.store.current();
      existing.sendInit();
      existing.panel.reveal();
      return;
    }
    const roots = [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')];
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: roots,
    });
    ContactFormPanel.current = new ContactFormPanel(panel, deps, fields);
  }

  /**
   * Opens the form filled from a text, for review: nothing is sent before the user presses Create
   * Contact. Asks first when that would replace details typed earlier; false when the user declines.
   */
  static async showPrefilled(deps: ContactFormDeps, fields: FormField[], draft: ContactDraft, prefill: Prefill): Promise<boolean> {
    if (!(await ContactFormPanel.mayReplace(deps, fields))) return false;
    await deps.store.update({ ...deps.store.reset(), draft, prefill });
    ContactFormPanel.show(deps, fields);
    return true;
  }

  /** Opens the list of people found in a text. */
  static async showPeople(deps: ContactFormDeps, fields: FormField[], list: PeopleList): Promise<boolean> {
    if (!(await ContactFormPanel.mayReplace(deps, fields))) return false;
    await deps.store.update({ ...deps.store.reset(), list });
    ContactFormPanel.show(deps, fields);
    return true;
  }

  private static async mayReplace(deps: ContactFormDeps, fields: FormField[]): Promise<boolean> {
    const stored = deps.store.current();
    const unfinishedList = stored.list?.people.some((person) => person.status !== 'created');
    if (isDraftEmpty(conformDraft(stored.draft, fields), fields) && !unfinishedList) return true;
    const replace = 'Replace';
    const what = unfinishedList ? 'a list of people not yet created' : 'a contact that has not been created';
    const choice = await vscode.window.showWarningMessage(`The Lightfield form holds ${what}. Replace it?`, { modal: true }, replace);
    return choice === replace;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ContactFormDeps,
    private fields: FormField[],
  ) {
    this.form = deps.store.current();
    const webview = panel.webview;
    webview.html = buildFormHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'form.css')).toString(),
      title: PANEL_TITLE,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private dispose(): void {
    ContactFormPanel.current = undefined;
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
        this.sendInit();
        return;
      case 'draftChanged':
        if (message.formId === this.form.formId) this.saveDraft(message.draft);
        return;
      case 'submit':
        if (message.formId === this.form.formId) void this.submit(message.requestId, message.draft);
        return;
      case 'createAnother':
        this.createAnother();
        return;
      case 'openInLightfield':
        if (this.lastCreatedLink) void vscode.env.openExternal(vscode.Uri.parse(this.lastCreatedLink));
        return;
      case 'createSelected':
        if (message.listId === this.form.list?.listId) void this.createSelected(message.ids);
        return;
      case 'discardList':
        if (message.listId === this.form.list?.listId) this.createAnother();
        return;
      default:
        assertNever(message);
    }
  }

  private sendInit(): void {
    if (this.form.list) {
      this.sendPeople(this.form.list, false);
      return;
    }
    const draft = conformDraft(this.form.draft, this.fields);
    this.post({ type: 'init', formId: this.form.formId, fields: this.fields, draft, fieldErrors: {}, prefill: this.form.prefill });
  }

  private sendPeople(list: PeopleList, busy: boolean): void {
    const rows = list.people.map((person) => ({ id: person.id, ...describePerson(person, this.fields), unsaved: person.unsaved, status: person.status, message: person.message }));
    this.post({ type: 'people', listId: list.listId, heading: list.heading, rows, busy });
  }

  private async createSelected(ids: string[]): Promise<void> {
    const list = this.form.list;
    if (!list || this.creatingPeople) return;
    this.creatingPeople = true;
    try {
      await createPeople({
        deps: this.deps,
        fields: this.fields,
        list,
        ids,
        onChange: async () => {
          await this.deps.store.update(this.form);
          this.sendPeople(list, true);
        },
        retry: (failedIds: string[]) => this.createSelected(failedIds),
      });
    } finally {
      this.creatingPeople = false;
      this.sendPeople(list, false);
    }
  }

  private saveDraft(draft: ContactDraft): ContactDraft {
    const conformed = conformDraft(draft, this.fields);
    this.form = { ...this.form, draft: conformed };
    void this.deps.store.update(this.form);
    return conformed;
  }

  private async submit(requestId: number, submitted: ContactDraft): Promise<void> {
    const draft = this.saveDraft(submitted);
    const { body, errors } = encodeDraft(draft, this.fields, { normalizePhone: phoneNormalizer() });
    if (hasErrors(errors)) {
      this.post({ type: 'submitFailed', requestId, message: errors.form ?? 'Check the highlighted fields.', fieldErrors: errors.fields, retryable: false });
      return;
    }
    // Persisted before sending, so a retry after closing the panel or reloading reuses the key.
    this.form = { ...this.form, pending: pendingCreateFor(body, this.form.pending, randomUUID) };
    const { idempotencyKey } = this.form.pending!;
    await this.deps.store.update(this.form);
    this.post({ type: 'submitting', requestId });

    const { access } = this.deps;
    const apiKey = await ensureApiKey(access);
    if (!apiKey) {
      this.post({ type: 'submitFailed', requestId, message: 'Set a Lightfield API key to create contacts.', fieldErrors: {}, retryable: true });
      return;
    }
    try {
      const record = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Creating Lightfield contact…' }, () =>
        access.client(apiKey).createContact(body, idempotencyKey),
      );
      const name = recordDisplayName(record) ?? draftDisplayName(draft, this.fields) ?? 'in Lightfield';
      this.lastCreatedLink = recordWebLink(record);
      this.form = this.deps.store.reset();
      this.post({ type: 'created', requestId, name, httpLink: this.lastCreatedLink ?? null });
      void this.announceCreated(name, this.lastCreatedLink);
    } catch (error) {
      const explanation = explainError(error, access.host());
      this.post({ type: 'submitFailed', requestId, message: explanation.message, fieldErrors: explanation.fieldErrors, retryable: explanation.retryable });
      void presentError(explanation, {
        retry: () => this.resubmit(),
        setApiKey: async () => {
          if (await askForApiKey(access)) this.resubmit();
        },
      });
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

  private async announceCreated(name: string, link: string | undefined): Promise<void> {
    const open = 'Open in Lightfield';
    const another = 'Create Another';
    const choice = await vscode.window.showInformationMessage(`Created contact ${name}`, ...(link ? [open, another] : [another]));
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
