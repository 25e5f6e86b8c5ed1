// The "New Lightfield Contact" panel: hosts the form webview, keeps its draft, and creates the
// contact when the user submits; or shows a list of people found in one text and creates the ones
// chosen. Everything from the webview is validated here before use (ARCHITECTURE.md rule 3), and
// nothing is posted to it before it says it is ready.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { ensureApiKey, askForApiKey } from '../commands/setApiKey';
import { ContactFieldsSource } from '../commands/contactFields';
import { LightfieldAccess } from '../commands/lightfieldAccess';
import { phoneEncoding } from '../commands/phoneNumbers';
import { presentError } from '../commands/presentError';
import {
  ContactDraft,
  bodyEmails,
  conformDraft,
  draftDisplayName,
  encodeDraft,
  hasErrors,
  hasTypedValues,
} from '../contact/draft';
import { FormField } from '../contact/formFields';
import { PeopleList, describePerson } from '../contact/peopleList';
import { missingDetails, recordDisplayName, recordEmails, recordWebLink } from '../contact/record';
import { isValidEmail } from '../contact/email';
import { PendingCreate, pendingCreateFor } from '../contact/submission';
import { filledValues } from '../contact/values';
import { LightfieldClient } from '../lightfield/client';
import { findDuplicate } from '../lightfield/duplicates';
import { explainError } from '../lightfield/explain';
import { RecentContact, RecentContacts } from '../lightfield/recentContacts';
import { CreateRecordBody, RelationshipOperation } from '../lightfield/types';
import {
  AccountOption,
  HostMessage,
  Prefill,
  SubmitAction,
  WebviewMessage,
  assertNever,
  parseWebviewMessage,
} from '../shared/protocol';
import { companyDomain, createAccount, searchAccounts, suggestAccount } from './companies';
import { DraftStore, StoredForm } from './draftStore';
import { buildFormHtml, createNonce } from './html';
import { createPeople } from './createPeople';

/** Typing pauses this long before the email's domain is looked up. */
const SUGGESTION_DELAY_MS = 400;

const PANEL_VIEW_TYPE = 'lightfield.contactForm';
const PANEL_TITLE = 'New Lightfield Contact';

export interface ContactFormDeps {
  extensionUri: vscode.Uri;
  access: LightfieldAccess;
  fieldsSource: ContactFieldsSource;
  store: DraftStore;
  recent: RecentContacts;
}

export class ContactFormPanel {
  private static current: ContactFormPanel | undefined;

  private form: StoredForm;
  private ready = false;
  private lastCreatedLink: string | undefined;
  private creatingPeople = false;
  private creatingAccount = false;
  /** The submit under way, so that a reloaded webview keeps waiting for its answer. */
  private submitting: { formId: string; requestId: number } | undefined;
  /** The last company suggestion (account undefined while it is being looked up). */
  private suggestion: { formId: string; domain: string; account?: AccountOption | null } | undefined;
  private suggestionTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static isOpen(): boolean {
    return ContactFormPanel.current !== undefined;
  }

  /** Brings the open form to the front; false when there is none. */
  static revealExisting(): boolean {
    ContactFormPanel.current?.panel.reveal();
    return ContactFormPanel.isOpen();
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
  static showPrefilled(
    deps: ContactFormDeps,
    fields: FormField[],
    draft: ContactDraft,
    prefill: Prefill,
  ): Promise<boolean> {
    return ContactFormPanel.replaceWith(deps, fields, { draft, prefill });
  }

  /** Opens the list of people found in a text. */
  static showPeople(deps: ContactFormDeps, fields: FormField[], list: PeopleList): Promise<boolean> {
    return ContactFormPanel.replaceWith(deps, fields, { list });
  }

  private static async replaceWith(
    deps: ContactFormDeps,
    fields: FormField[],
    content: Partial<StoredForm>,
  ): Promise<boolean> {
    if (!(await ContactFormPanel.mayReplace(deps))) return false;
    await deps.store.update({ ...deps.store.reset(), ...content });
    ContactFormPanel.show(deps, fields);
    return true;
  }

  /** Empties the form (asking first when that would discard something); false when the user declines. */
  static async startEmpty(deps: ContactFormDeps): Promise<boolean> {
    if (!(await ContactFormPanel.mayReplace(deps))) return false;
    deps.store.reset();
    const open = ContactFormPanel.current;
    if (open) {
      open.form = deps.store.current();
      open.sendInit();
    }
    return true;
  }

  private static async mayReplace(deps: ContactFormDeps): Promise<boolean> {
    const stored = deps.store.current();
    const unfinishedList = stored.list?.people.some((person) => person.status !== 'created');
    if (!hasTypedValues(stored.draft) && !unfinishedList) return true;
    const replace = 'Replace';
    const what = unfinishedList ? 'a list of people not yet created' : 'a contact that has not been created';
    const choice = await vscode.window.showWarningMessage(
      `The Lightfield form holds ${what}. Replace it?`,
      { modal: true },
      replace,
    );
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
    clearTimeout(this.suggestionTimer);
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
        if (message.formId === this.form.formId) this.suggestCompany(this.saveDraft(message.draft));
        return;
      case 'submit':
        // A webview that missed a new form (it was reloaded meanwhile) is brought up to date instead.
        if (message.formId !== this.form.formId) this.sendInit();
        else if (!this.submitting) void this.submit(message.requestId, message.draft, message.action);
        return;
      case 'searchAccounts':
        void this.searchCompanies(message.requestId, message.query);
        return;
      case 'createAccount':
        if (message.formId === this.form.formId && !this.creatingAccount)
          void this.createCompany(message.requestId, message.name);
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
        // Not while people are being created: the run would go on for a list no longer shown.
        if (message.listId === this.form.list?.listId && !this.creatingPeople) this.createAnother();
        return;
      default:
        assertNever(message);
    }
  }

  private sendInit(): void {
    if (this.form.list) {
      this.sendPeople(this.form.list, this.creatingPeople);
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
    // A redrawn form gets the suggestion it had again, without another lookup.
    const known = this.suggestion;
    if (known?.formId === this.form.formId && known.account !== undefined)
      this.post({ type: 'accountSuggestion', formId: known.formId, domain: known.domain, account: known.account });
    this.suggestCompany(draft);
  }

  /**
   * Suggests the account whose website matches the first email's domain: once per domain, for a
   * complete address, after typing pauses.
   */
  private suggestCompany(draft: ContactDraft): void {
    clearTimeout(this.suggestionTimer);
    if (!this.fields.some((field) => field.kind === 'account')) return;
    const email = this.firstEmail(draft);
    if (!email || !isValidEmail(email)) return;
    const domain = email.split('@')[1].toLowerCase();
    const formId = this.form.formId;
    if (this.suggestion?.formId === formId && this.suggestion.domain === domain) return;
    this.suggestionTimer = setTimeout(() => void this.suggestCompanyFor(formId, email, domain), SUGGESTION_DELAY_MS);
  }

  private async suggestCompanyFor(formId: string, email: string, domain: string): Promise<void> {
    this.suggestion = { formId, domain };
    try {
      const apiKey = await this.deps.access.keys.get();
      if (!apiKey) return;
      const company = companyDomain(email);
      const account = company ? await suggestAccount(this.deps.access, apiKey, company) : null;
      if (this.suggestion?.formId !== formId || this.suggestion.domain !== domain) return;
      this.suggestion = { formId, domain, account };
      if (formId === this.form.formId) this.post({ type: 'accountSuggestion', formId, domain, account });
    } catch (error) {
      // A suggestion is a convenience: the picker still searches by name.
      this.deps.access.log.warn(
        `No company suggestion for ${domain}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Type-ahead never asks for a key (a prompt popping up while typing); without one it says so. */
  private async searchCompanies(requestId: number, query: string): Promise<void> {
    await this.answerPicker(requestId, async () => {
      const apiKey = await this.deps.access.keys.get();
      if (!apiKey) {
        this.post({ type: 'accountFailed', requestId, message: 'Set a Lightfield API key to find companies.' });
        return;
      }
      this.post({ type: 'accounts', requestId, accounts: await searchAccounts(this.deps.access, apiKey, query) });
    });
  }

  /** Runs a picker request; a failure is answered to the picker and explained. */
  private async answerPicker(requestId: number, work: () => Promise<void>): Promise<void> {
    const { access } = this.deps;
    try {
      await work();
    } catch (error) {
      const explanation = explainError(error, access.host());
      this.post({ type: 'accountFailed', requestId, message: explanation.message });
      void presentError(explanation, { setApiKey: () => askForApiKey(access) });
    }
  }

  private async createCompany(requestId: number, name: string): Promise<void> {
    this.creatingAccount = true;
    try {
      await this.answerPicker(requestId, async () => {
        const apiKey = await ensureApiKey(this.deps.access);
        if (!apiKey) {
          this.post({ type: 'accountFailed', requestId, message: 'Set a Lightfield API key to create companies.' });
          return;
        }
        const email = this.firstEmail(this.form.draft);
        const domain = email ? companyDomain(email) : undefined;
        const onPending = async (pendingAccount: PendingCreate) => {
          this.form = { ...this.form, pendingAccount };
          await this.deps.store.update(this.form);
        };
        const account = await createAccount(
          this.deps.access,
          apiKey,
          name.trim(),
          domain,
          this.form.pendingAccount,
          onPending,
        );
        if (!account) {
          this.post({ type: 'accountFailed', requestId, message: '' });
          return;
        }
        this.form = { ...this.form, pendingAccount: undefined };
        await this.deps.store.update(this.form);
        this.post({ type: 'accountCreated', requestId, account });
      });
    } finally {
      this.creatingAccount = false;
    }
  }

  private firstEmail(draft: ContactDraft): string | undefined {
    return this.fields
      .filter((field) => field.kind === 'email')
      .flatMap((field) => filledValues(draft[field.key] ?? ''))[0];
  }

  private sendPeople(list: PeopleList, busy: boolean): void {
    const rows = list.people.map((person) => ({
      id: person.id,
      ...describePerson(person, this.fields),
      unsaved: person.unsaved,
      status: person.status,
      message: person.message,
    }));
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
          if (this.form.list === list) this.sendPeople(list, true);
        },
        retry: (failedIds: string[]) => this.createSelected(failedIds),
      });
    } catch (error) {
      void presentError(explainError(error, this.deps.access.host()), {});
    } finally {
      this.creatingPeople = false;
      if (this.form.list === list) this.sendPeople(list, false);
    }
  }

  private saveDraft(draft: ContactDraft): ContactDraft {
    const conformed = conformDraft(draft, this.fields);
    this.form = { ...this.form, draft: conformed };
    void this.deps.store.update(this.form);
    return conformed;
  }

  private async submit(requestId: number, submitted: ContactDraft, action: SubmitAction): Promise<void> {
    const { access } = this.deps;
    const formId = this.form.formId;
    this.submitting = { formId, requestId };
    try {
      const draft = this.saveDraft(submitted);
      const { body, errors } = encodeDraft(draft, this.fields, phoneEncoding());
      if (hasErrors(errors)) {
        this.post({
          type: 'submitFailed',
          requestId,
          message: errors.form ?? 'Check the highlighted fields.',
          fieldErrors: errors.fields,
          retryable: false,
        });
        return;
      }
      const apiKey = await ensureApiKey(access);
      if (!apiKey) {
        this.post({
          type: 'submitFailed',
          requestId,
          message: 'Set a Lightfield API key to create contacts.',
          fieldErrors: {},
          retryable: true,
        });
        return;
      }
      const client = access.client(apiKey);
      const workspace = { baseUrl: access.baseUrl(), apiKey };
      if (action !== 'createAnyway') {
        const existing = await findDuplicate(client, this.deps.recent, workspace, bodyEmails(body, this.fields));
        if (action === 'addMissingDetails') {
          await this.addMissingDetails(requestId, client, existing, body);
          return;
        }
        if (existing) {
          this.lastCreatedLink = existing.httpLink ?? undefined;
          this.post({ type: 'duplicate', requestId, name: existing.name, httpLink: existing.httpLink });
          return;
        }
      }
      // Persisted before sending, so a retry after closing the panel or reloading reuses the key.
      const pending = pendingCreateFor(body, this.form.pending, randomUUID);
      this.form = { ...this.form, pending };
      await this.deps.store.update(this.form);
      const record = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Creating Lightfield contact…' },
        () => client.createContact(body, pending.idempotencyKey),
      );
      const name = recordDisplayName(record) ?? draftDisplayName(draft, this.fields) ?? 'in Lightfield';
      this.lastCreatedLink = recordWebLink(record);
      await this.deps.recent.remember(workspace.baseUrl, apiKey, {
        id: record.id,
        name,
        emails: [...recordEmails(record), ...bodyEmails(body, this.fields)],
        httpLink: this.lastCreatedLink ?? null,
      });
      this.form = this.deps.store.reset();
      this.post({ type: 'created', requestId, name, httpLink: this.lastCreatedLink ?? null });
      void this.announceCreated(name, this.lastCreatedLink);
    } catch (error) {
      const explanation = explainError(error, access.host());
      this.post({
        type: 'submitFailed',
        requestId,
        message: explanation.message,
        fieldErrors: explanation.fieldErrors,
        retryable: explanation.retryable,
      });
      void presentError(explanation, {
        retry: () => this.resubmit(),
        setApiKey: async () => {
          if (await askForApiKey(access)) this.resubmit();
        },
      });
    } finally {
      this.submitting = undefined;
    }
  }

  /**
   * Fills only what the existing contact lacks (read fresh, never from the lagging list) and links
   * the chosen company if it is not linked yet; never overwrites a value.
   */
  private async addMissingDetails(
    requestId: number,
    client: LightfieldClient,
    existing: RecentContact | undefined,
    body: CreateRecordBody,
  ): Promise<void> {
    if (!existing) {
      this.post({
        type: 'submitFailed',
        requestId,
        message: 'The existing contact could not be found any more. Create Contact creates a new one.',
        fieldErrors: {},
        retryable: false,
      });
      return;
    }
    const record = await client.getContact(existing.id);
    const fields = missingDetails(record, body.fields);
    const relationships: Record<string, RelationshipOperation> = {};
    for (const [key, ids] of Object.entries(body.relationships ?? {})) {
      const linked = record.relationships[key]?.values ?? [];
      const adding = (Array.isArray(ids) ? ids : [ids]).filter((id) => !linked.includes(id));
      if (adding.length > 0) relationships[key] = { add: adding };
    }
    const added = [...Object.keys(fields), ...Object.keys(relationships)].map(
      (key) => this.fields.find((field) => field.key === key)?.label ?? key,
    );
    if (added.length > 0) {
      const update = {
        ...(Object.keys(fields).length > 0 ? { fields } : {}),
        ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
      };
      const pendingUpdate = pendingCreateFor({ id: existing.id, ...update }, this.form.pendingUpdate, randomUUID);
      this.form = { ...this.form, pendingUpdate };
      await this.deps.store.update(this.form);
      await client.updateContact(existing.id, update, pendingUpdate.idempotencyKey);
    }
    const name = recordDisplayName(record) ?? existing.name;
    this.lastCreatedLink = recordWebLink(record);
    this.form = this.deps.store.reset();
    this.post({ type: 'updated', requestId, name, added, httpLink: this.lastCreatedLink ?? null });
    void vscode.window.showInformationMessage(
      added.length > 0 ? `Added ${added.join(', ')} to ${name}` : `${name} already has all these details`,
    );
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
    const choice = await vscode.window.showInformationMessage(
      `Created contact ${name}`,
      ...(link ? [open, another] : [another]),
    );
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
