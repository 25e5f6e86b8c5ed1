// The company picker's host side, for one open form: the suggestion from the first email's domain
// (once per domain, after typing pauses), the type-ahead search, and creating a company the user
// confirmed. The Lightfield calls themselves are in companies.ts.
import { l10n } from 'vscode';
import { ContactDraft } from '../contact/draft';
import { isValidEmail } from '../contact/email';
import { FormField } from '../contact/formFields';
import { PendingCreate } from '../contact/submission';
import { filledValues } from '../contact/values';
import { explainError } from '../lightfield/explain';
import { askForApiKey, ensureApiKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { presentError } from '../services/presentError';
import { errorMessage } from '../base/errorMessage';
import { AccountOption, HostMessage } from '../shared/protocol';
import { companyDomain, createAccount, searchAccounts, suggestAccount } from './companies';

/** Typing pauses this long before the email's domain is looked up. */
const SUGGESTION_DELAY_MS = 400;

/** What the picker needs of the form it serves. */
export interface PickerForm {
  formId(): string;
  /** The stored API key as the form holds it (read once for the form). */
  apiKey(): Promise<string | undefined>;
  draft(): ContactDraft;
  fields(): readonly FormField[];
  pendingAccount(): PendingCreate | undefined;
  /** Keeps (or, with undefined, forgets) the key of the company being created. */
  keepPendingAccount(pending: PendingCreate | undefined): Promise<void>;
  post(message: HostMessage): void;
}

export class CompanyPicker {
  private creating = false;
  /** The last suggestion (account undefined while it is being looked up). */
  private suggestion: { formId: string; domain: string; account?: AccountOption | null } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: ContactFormDeps,
    private readonly form: PickerForm,
  ) {}

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** A redrawn form gets the suggestion it had again, without another lookup; then looks for a new one. */
  redraw(draft: ContactDraft): void {
    const known = this.suggestion;
    if (known?.formId === this.form.formId() && known.account !== undefined)
      this.form.post({ type: 'accountSuggestion', formId: known.formId, domain: known.domain, account: known.account });
    this.suggest(draft);
  }

  /**
   * Suggests the account whose website matches the first email's domain: once per domain, for a
   * complete address, after typing pauses.
   */
  suggest(draft: ContactDraft): void {
    clearTimeout(this.timer);
    if (!this.form.fields().some((field) => field.kind === 'account')) return;
    const email = this.firstEmail(draft);
    if (!email || !isValidEmail(email)) return;
    const domain = email.split('@')[1].toLowerCase();
    const formId = this.form.formId();
    if (this.suggestion?.formId === formId && this.suggestion.domain === domain) return;
    this.timer = setTimeout(() => void this.suggestFor(formId, email, domain), SUGGESTION_DELAY_MS);
  }

  private async suggestFor(formId: string, email: string, domain: string): Promise<void> {
    this.suggestion = { formId, domain };
    try {
      const apiKey = await this.form.apiKey();
      if (!apiKey) return;
      const company = companyDomain(email);
      const account = company ? await suggestAccount(this.deps.access, apiKey, company) : null;
      if (this.suggestion?.formId !== formId || this.suggestion.domain !== domain) return;
      this.suggestion = { formId, domain, account };
      if (formId === this.form.formId()) this.form.post({ type: 'accountSuggestion', formId, domain, account });
    } catch (error) {
      // A suggestion is a convenience: the picker still searches by name.
      this.deps.access.log.warn(`No company suggestion for ${domain}: ${errorMessage(error)}`);
    }
  }

  /** Type-ahead never asks for a key (a prompt popping up while typing); without one it says so. */
  async search(requestId: number, query: string): Promise<void> {
    await this.answer(requestId, async () => {
      const apiKey = await this.form.apiKey();
      if (!apiKey) {
        this.form.post({
          type: 'accountFailed',
          requestId,
          message: l10n.t('Set a Lightfield API key to find companies.'),
        });
        return;
      }
      this.form.post({ type: 'accounts', requestId, accounts: await searchAccounts(this.deps.access, apiKey, query) });
    });
  }

  /** Creates the company after the user confirms; one at a time. */
  async create(requestId: number, name: string): Promise<void> {
    if (this.creating) return;
    this.creating = true;
    try {
      await this.answer(requestId, async () => {
        const apiKey = await ensureApiKey(this.deps.access, { stored: this.form.apiKey });
        if (!apiKey) {
          this.form.post({
            type: 'accountFailed',
            requestId,
            message: l10n.t('Set a Lightfield API key to create companies.'),
          });
          return;
        }
        const email = this.firstEmail(this.form.draft());
        const domain = email ? companyDomain(email) : undefined;
        const account = await createAccount(
          this.deps.access,
          apiKey,
          name.trim(),
          domain,
          this.form.pendingAccount(),
          (pending) => this.form.keepPendingAccount(pending),
        );
        if (!account) {
          this.form.post({ type: 'accountFailed', requestId, message: '' });
          return;
        }
        await this.form.keepPendingAccount(undefined);
        this.form.post({ type: 'accountCreated', requestId, account });
      });
    } finally {
      this.creating = false;
    }
  }

  /** Runs a picker request; a failure is answered to the picker and explained. */
  private async answer(requestId: number, work: () => Promise<void>): Promise<void> {
    const { access } = this.deps;
    try {
      await work();
    } catch (error) {
      const explanation = explainError(error, access.host());
      this.form.post({ type: 'accountFailed', requestId, message: explanation.message });
      void presentError(explanation, { setApiKey: () => askForApiKey(access, { confirm: true }) });
    }
  }

  private firstEmail(draft: ContactDraft): string | undefined {
    return this.form
      .fields()
      .filter((field) => field.kind === 'email')
      .flatMap((field) => filledValues(draft[field.key] ?? ''))[0];
  }
}
