// Every message between the host and the contact form webview (ARCHITECTURE.md rule 2). `type` is
// the discriminant; the submit request carries a `requestId` that its answer echoes. The host
// treats what arrives as unknown and accepts it only through `parseWebviewMessage`.
import { ADDRESS_PARTS, ContactDraft, DraftValue, MAX_VALUE_LENGTH, MAX_VALUES_PER_FIELD } from '../contact/values';
import { FormField } from '../contact/formFields';
import { UnsavedValue } from '../contact/fromParsed';
import { isRecord } from './guards';

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
  status: 'ready' | 'invalid' | 'created' | 'failed';
  /** Why the person is invalid or failed. */
  message?: string;
}

/** Host → webview. */
export type HostMessage =
  | { type: 'init'; formId: string; fields: FormField[]; draft: ContactDraft; fieldErrors: Record<string, string>; prefill?: Prefill }
  | { type: 'people'; listId: string; heading: string; rows: PersonRow[]; busy: boolean }
  | { type: 'submitting'; requestId: number }
  | { type: 'submitFailed'; requestId: number; message: string; fieldErrors: Record<string, string>; retryable: boolean }
  | { type: 'created'; requestId: number; name: string; httpLink: string | null }
  /** Submit the form again, as it is (the host's Retry and Set API Key buttons). */
  | { type: 'retry' };

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'draftChanged'; formId: string; draft: ContactDraft }
  | { type: 'submit'; formId: string; requestId: number; draft: ContactDraft }
  | { type: 'createAnother' }
  | { type: 'openInLightfield' }
  | { type: 'createSelected'; listId: string; ids: string[] }
  | { type: 'discardList'; listId: string };

const MAX_FIELDS = 200;
const MAX_ID_LENGTH = 100;
/** As many people as one list may hold (the parser's cap). */
const MAX_PEOPLE = 1_000;

/** The message if it is one the webview may send, well-formed and of bounded size; else undefined. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
    case 'createAnother':
    case 'openInLightfield':
      return { type: raw.type };
    case 'draftChanged': {
      const draft = parseDraft(raw.draft);
      return isId(raw.formId) && draft ? { type: 'draftChanged', formId: raw.formId, draft } : undefined;
    }
    case 'discardList':
      return isId(raw.listId) ? { type: 'discardList', listId: raw.listId } : undefined;
    case 'createSelected': {
      const ids = raw.ids;
      const validIds = Array.isArray(ids) && ids.length <= MAX_PEOPLE && ids.every(isId);
      return isId(raw.listId) && validIds ? { type: 'createSelected', listId: raw.listId, ids: ids as string[] } : undefined;
    }
    case 'submit': {
      const draft = parseDraft(raw.draft);
      const requestId = raw.requestId;
      const validRequestId = typeof requestId === 'number' && Number.isSafeInteger(requestId);
      return isId(raw.formId) && validRequestId && draft ? { type: 'submit', formId: raw.formId, requestId, draft } : undefined;
    }
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
    if (key.length > MAX_ID_LENGTH || !isDraftValue(value)) return undefined;
    draft[key] = value;
  }
  return draft;
}

/** The parts a structured value may have: a name's or an address's. */
const STRUCTURED_PARTS: readonly (readonly string[])[] = [['firstName', 'lastName'], ADDRESS_PARTS];

function isDraftValue(value: unknown): value is DraftValue {
  if (isText(value) || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length <= MAX_VALUES_PER_FIELD && value.every(isText);
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return STRUCTURED_PARTS.some((parts) => keys.length === parts.length && parts.every((part) => isText(value[part])));
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
