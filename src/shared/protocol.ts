// Every message between the host and the contact form webview (ARCHITECTURE.md rule 2). `type` is
// the discriminant; the submit request carries a `requestId` that its answer echoes. The host
// treats what arrives as unknown and accepts it only through `parseWebviewMessage`.
import { ADDRESS_PARTS, ContactDraft, DraftValue, MAX_VALUE_LENGTH, MAX_VALUES_PER_FIELD } from '../contact/values';
import { FormField } from '../contact/formFields';
import { UnsavedValue } from '../contact/fromParsed';
import { isRecord } from '../lightfield/guards';
import { MAX_PEOPLE } from '../parse/limits';

/** Which fields of a prefilled form came from a text, and what in it had no field. */
export interface Prefill {
  /** Where the text came from, as the form says it: "the selection", "the clipboard". */
  source: string;
  fromText: string[];
  unsaved: UnsavedValue[];
}

/** One person of a list found in a text, as the list shows them. */
export interface PersonRow {
  id: string;
  name: string;
  /** Email, title, phone…: what identifies the person at a glance. */
  details: string[];
  /** Found in the text but without a field in this workspace. */
  unsaved: UnsavedValue[];
  status: 'ready' | 'invalid' | 'created' | 'exists' | 'failed';
  /** Why the person is invalid or failed. */
  message?: string;
}

/** An account (company) as the picker shows it. */
export interface AccountOption {
  id: string;
  name: string;
  /** Its website, to tell two of the same name apart. */
  detail?: string;
}

/** What to do with a submitted form: create (after a duplicate check), create regardless, or add to the existing contact. */
export type SubmitAction = 'create' | 'createAnyway' | 'addMissingDetails';

/** Host → webview. */
export type HostMessage =
  /** The first message: the l10n bundle of VS Code's display language (empty for English). */
  | { type: 'strings'; bundle: Record<string, string> }
  /** `busyRequestId`: a submit of this form still under way (after the webview was reloaded, say). */
  | {
      type: 'init';
      formId: string;
      fields: FormField[];
      draft: ContactDraft;
      fieldErrors: Record<string, string>;
      prefill?: Prefill;
      busyRequestId?: number;
      /**
       * The form shows the fields every workspace has: the workspace's own are being fetched
       * (`coming`), or fetching them failed and Create fetches them again (`failed`).
       */
      workspaceFields?: 'coming' | 'failed';
    }
  | { type: 'people'; listId: string; heading: string; rows: PersonRow[]; busy: boolean }
  | {
      type: 'submitFailed';
      requestId: number;
      message: string;
      fieldErrors: Record<string, string>;
      retryable: boolean;
    }
  | { type: 'created'; requestId: number; name: string; httpLink: string | null }
  /** Submit the form again, as it is (the host's Retry and Set API Key buttons). */
  | { type: 'retry' }
  /** Not created: a contact with one of these emails exists. */
  /** `email`: the typed email the existing contact has (how it was found). */
  | { type: 'duplicate'; requestId: number; name: string; email: string; httpLink: string | null }
  /** Found while the user types: the contact with the form's emails (null: none, or no longer). */
  | {
      type: 'existingContact';
      formId: string;
      contact: { name: string; email: string; httpLink: string | null } | null;
    }
  /** Add Missing Details is done: which details were added (labels), none when it had them all. */
  | { type: 'updated'; requestId: number; name: string; added: string[]; httpLink: string | null }
  | { type: 'accounts'; requestId: number; accounts: AccountOption[] }
  /** The company an email's domain points to; null when none (or a free-mail domain). */
  | { type: 'accountSuggestion'; formId: string; domain: string; account: AccountOption | null }
  | { type: 'accountCreated'; requestId: number; account: AccountOption }
  | { type: 'accountFailed'; requestId: number; message: string }
  /** The numbers of phone field `key` as `formatPhones` sent them, each formatted for reading (as typed when invalid). */
  | { type: 'phonesFormatted'; formId: string; key: string; numbers: { typed: string; formatted: string }[] };

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'draftChanged'; formId: string; draft: ContactDraft }
  | { type: 'submit'; formId: string; requestId: number; draft: ContactDraft; action: SubmitAction }
  | { type: 'searchAccounts'; requestId: number; query: string }
  | { type: 'createAccount'; formId: string; requestId: number; name: string }
  | { type: 'createAnother' }
  | { type: 'openInLightfield' }
  /** Close the panel (the Close button of a finished list). */
  | { type: 'closeForm' }
  | { type: 'createSelected'; listId: string; ids: string[] }
  | { type: 'discardList'; listId: string }
  /** The user left phone field `key`: its values (one per input, in order), to be shown formatted. */
  | { type: 'formatPhones'; formId: string; key: string; values: string[] };

const MAX_FIELDS = 200;
const MAX_ID_LENGTH = 100;

/** The message if it is one the webview may send, well-formed and of bounded size; else undefined. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
    case 'createAnother':
    case 'openInLightfield':
    case 'closeForm':
      return { type: raw.type };
    case 'draftChanged': {
      const draft = parseDraft(raw.draft);
      return isId(raw.formId) && draft ? { type: 'draftChanged', formId: raw.formId, draft } : undefined;
    }
    case 'discardList':
      return isId(raw.listId) ? { type: 'discardList', listId: raw.listId } : undefined;
    case 'formatPhones': {
      const values = raw.values;
      return isId(raw.formId) && isId(raw.key) && isValueList(values)
        ? { type: 'formatPhones', formId: raw.formId, key: raw.key, values }
        : undefined;
    }
    case 'createSelected': {
      const ids = raw.ids;
      const validIds = Array.isArray(ids) && ids.length <= MAX_PEOPLE && ids.every(isId);
      return isId(raw.listId) && validIds
        ? { type: 'createSelected', listId: raw.listId, ids: ids as string[] }
        : undefined;
    }
    case 'submit': {
      const draft = parseDraft(raw.draft);
      const action = SUBMIT_ACTIONS.find((candidate) => candidate === raw.action);
      return isId(raw.formId) && isRequestId(raw.requestId) && draft && action
        ? { type: 'submit', formId: raw.formId, requestId: raw.requestId, draft, action }
        : undefined;
    }
    case 'searchAccounts':
      return isRequestId(raw.requestId) && isText(raw.query)
        ? { type: 'searchAccounts', requestId: raw.requestId, query: raw.query }
        : undefined;
    case 'createAccount':
      return isId(raw.formId) && isRequestId(raw.requestId) && isText(raw.name) && raw.name.trim() !== ''
        ? { type: 'createAccount', formId: raw.formId, requestId: raw.requestId, name: raw.name }
        : undefined;
    default:
      return undefined;
  }
}

function parseDraft(raw: unknown): ContactDraft | undefined {
  if (!isRecord(raw)) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > MAX_FIELDS) return undefined;
  const draft: ContactDraft = {};
  for (const [key, value] of entries) {
    if (key.length > MAX_ID_LENGTH || key === '__proto__' || !isDraftValue(value)) return undefined;
    draft[key] = value;
  }
  return draft;
}

/** The parts a structured value may have: a name's, an address's or a company's. */
const STRUCTURED_PARTS: readonly (readonly string[])[] = [['firstName', 'lastName'], ADDRESS_PARTS, ['id', 'name']];

function isDraftValue(value: unknown): value is DraftValue {
  if (isText(value) || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return isValueList(value);
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return STRUCTURED_PARTS.some((parts) => keys.length === parts.length && parts.every((part) => isText(value[part])));
}

/** The values of a multi-value field: a bounded list of bounded texts. */
function isValueList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_VALUES_PER_FIELD && value.every(isText);
}

const SUBMIT_ACTIONS: readonly SubmitAction[] = ['create', 'createAnyway', 'addMissingDetails'];

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VALUE_LENGTH;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** Compile-time exhaustiveness for `switch` over message types. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
