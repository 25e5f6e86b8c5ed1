// Every message between the host and the contact form webview (ARCHITECTURE.md rule 2). `type` is
// the discriminant; the submit request carries a `requestId` that its answer echoes. The host
// treats what arrives as unknown and accepts it only through `parseWebviewMessage`.
import { ADDRESS_PARTS, ContactDraft, DraftValue, MAX_VALUE_LENGTH, MAX_VALUES_PER_FIELD } from '../contact/values';
import { FormField } from '../contact/formFields';
import { isRecord } from './guards';

/** Host → webview. */
export type HostMessage =
  | { type: 'init'; formId: string; fields: FormField[]; draft: ContactDraft; fieldErrors: Record<string, string> }
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
  | { type: 'openInLightfield' };

const MAX_FIELDS = 200;
const MAX_ID_LENGTH = 100;

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
