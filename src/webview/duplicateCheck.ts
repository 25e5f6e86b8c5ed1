// The form's duplicate check (lightfield-api.md §7), run while the user types: when the emails change
// and typing pauses, the search runs, so "already exists" shows before Create Contact is pressed,
// and Create sends the POST at once with the answer already in hand. An edit of the emails cancels
// the check of the emails before it: its answer no longer counts.
import { randomUUID } from 'node:crypto';
import { ContactFormDeps, createFlowDeps } from '../services/contactFormDeps';
import { findDuplicate } from '../services/duplicates';
import { RecentContact } from '../services/recentContacts';
import { workspaceFingerprint } from '../services/workspaceStorage';
import { errorMessage } from '../base/errorMessage';

/** Typing pauses this long before the emails are looked up. */
const CHECK_DELAY_MS = 300;

/** What the check needs of the form it serves. */
export interface CheckedForm {
  formId(): string;
  /** The stored API key as the form holds it (read once for the form). */
  apiKey(): Promise<string | undefined>;
  /** Shows the contact these emails belong to above the form (null: none, or no longer). */
  showExisting(existing: RecentContact | null): void;
}

interface Check {
  formId: string;
  /** The emails, normalized. */
  emails: string;
  /** The server and the key's fingerprint the search ran against. */
  workspace: string;
  answer: Promise<RecentContact | undefined>;
  /** Set once the answer is in. */
  existing?: RecentContact | null;
}

export class DuplicateCheck {
  private check: Check | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The emails the timer will check, for this form. */
  private scheduled: { formId: string; emails: string } | undefined;
  /** Counts edits of the emails: a check started for an earlier count is too late to start. */
  private edits = 0;

  constructor(
    private readonly deps: ContactFormDeps,
    private readonly form: CheckedForm,
  ) {}

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** The draft's emails may have changed: unless they are the ones checked, checks them once typing pauses. */
  emailsChanged(emails: readonly string[]): void {
    const normalized = normalize(emails);
    const formId = this.form.formId();
    // Typing elsewhere in the form neither repeats nor postpones the check of the same emails.
    if (this.check?.formId === formId && this.check.emails === normalized) return;
    if (this.scheduled?.formId === formId && this.scheduled.emails === normalized) return;
    clearTimeout(this.timer);
    this.scheduled = undefined;
    if (this.check?.existing) this.form.showExisting(null);
    this.check = undefined;
    const edit = ++this.edits;
    if (emails.length === 0) return;
    this.scheduled = { formId, emails: normalized };
    this.timer = setTimeout(() => {
      this.scheduled = undefined;
      // A failed search is logged by start(); an unsafe base URL is explained when Create is pressed.
      void this.startWithStoredKey(formId, edit, emails).catch(() => {});
    }, CHECK_DELAY_MS);
  }

  /**
   * The existing contact with these emails: the answer already in (or under way) when it is for
   * them, this form and this key; else a check started now.
   */
  existingContact(apiKey: string, emails: readonly string[]): Promise<RecentContact | undefined> {
    const check = this.check;
    if (
      check?.formId === this.form.formId() &&
      check.emails === normalize(emails) &&
      check.workspace === this.workspace(apiKey)
    )
      return check.answer;
    clearTimeout(this.timer);
    this.scheduled = undefined;
    return this.start(apiKey, emails);
  }

  /** A reloaded page gets the answer it had again. */
  redraw(): void {
    if (this.check?.existing && this.check.formId === this.form.formId()) this.form.showExisting(this.check.existing);
  }

  private async startWithStoredKey(formId: string, edit: number, emails: readonly string[]): Promise<void> {
    const apiKey = await this.form.apiKey();
    // The form may have moved on, its emails been edited or Create pressed while the key was read.
    if (!apiKey || this.form.formId() !== formId || this.edits !== edit || this.check) return;
    await this.start(apiKey, emails);
  }

  private start(apiKey: string, emails: readonly string[]): Promise<RecentContact | undefined> {
    const { client, recent, workspace } = createFlowDeps(this.deps, apiKey, randomUUID);
    const answer = findDuplicate(client, recent, workspace, emails);
    const check: Check = {
      formId: this.form.formId(),
      emails: normalize(emails),
      workspace: this.workspace(apiKey),
      answer,
    };
    this.check = check;
    answer.then(
      (existing) => {
        check.existing = existing ?? null;
        if (this.check === check && existing) this.form.showExisting(existing);
      },
      (error: unknown) => {
        // Create checks again and explains a failure; while typing, the log is enough.
        if (this.check === check) this.check = undefined;
        this.deps.access.log.warn(`The duplicate check while typing failed: ${errorMessage(error)}`);
      },
    );
    return answer;
  }

  private workspace(apiKey: string): string {
    return `${this.deps.access.baseUrl()} ${workspaceFingerprint(apiKey)}`;
  }
}

/** The same emails in any case and order are the same check. */
function normalize(emails: readonly string[]): string {
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))].sort().join(' ');
}
