// Helpers for tests that talk to the stand-in over real HTTP (global fetch), with the headers a
// well-behaved client sends, and that assert on its documented error envelope (§10).
import * as assert from 'node:assert/strict';
import { API_VERSION } from './server';
import { DEMO_KEY } from './keys';
import type { ErrorObject, LightfieldRecord } from './wire';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface CallOptions {
  method?: string;
  /** Replaces the default headers given here; `undefined` removes one. */
  headers?: Record<string, string | undefined>;
  /** Serialized as JSON unless already a string. */
  body?: unknown;
}

/** `path` includes `/v1` and any query string, sent as written (fetch leaves `$` and `[ ]` alone). */
export async function callApi(baseUrl: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string | undefined> = {
    authorization: `Bearer ${DEMO_KEY}`,
    'lightfield-version': API_VERSION,
    accept: 'application/json',
    ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  const sent = Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const body =
    options.body === undefined || typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const response = await fetch(baseUrl + path, { method, headers: sent, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** The wrapped error object (§10), asserting the envelope on the way. */
export function errorOf(answer: Answer, status: number): ErrorObject {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  const { error } = answer.body as { error: ErrorObject };
  assert.equal(typeof error, 'object', 'error envelope');
  return error;
}

/** Asserts the status and the given members of the error object. */
export function expectError(answer: Answer, status: number, expected: Partial<ErrorObject>): void {
  const error = errorOf(answer, status);
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, error[k as keyof ErrorObject]]));
  assert.deepEqual(picked, expected);
}

export function recordOf(answer: Answer): LightfieldRecord {
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as LightfieldRecord;
}

const option = (id: string, label: string) => ({ id, label, description: null });
/** A field definition as §5 shapes it. */
export const field = (valueType: string, typeConfiguration: object = {}, extra: object = {}) => ({
  label: valueType,
  description: null,
  valueType,
  typeConfiguration,
  ...extra,
});

/** One field of every valueType §5 lists, for the value rules of §6 and the filter rules of §7. */
export const ALL_TYPES = {
  objectType: 'contact',
  fieldDefinitions: {
    text: field('TEXT'),
    number: field('NUMBER'),
    budget: field('CURRENCY', { currency: 'USD' }),
    vip: field('CHECKBOX'),
    met: field('DATETIME'),
    emails: field('EMAIL', { multipleValues: true }),
    phones: field('TELEPHONE', { multipleValues: true }),
    photo: field('URL', { multipleValues: false }),
    sites: field('URL', { multipleValues: true }),
    address: field('ADDRESS'),
    name: field('FULL_NAME'),
    linkedIn: field('SOCIAL_HANDLE', { handleService: 'LINKEDIN' }),
    x: field('SOCIAL_HANDLE', { handleService: 'TWITTER' }),
    stage: field('SINGLE_SELECT', { options: [option('opt_a', 'Alpha'), option('opt_b', 'Beta')] }),
    tags: field('MULTI_SELECT', { options: [option('opt_a', 'Alpha'), option('opt_b', 'Beta')] }),
    notes: field('MARKDOWN'),
    summary: field('HTML'),
    computed: field('NUMBER', {}, { readOnly: true }),
  },
  relationshipDefinitions: {
    $account: { id: null, label: 'Accounts', description: null, cardinality: 'HAS_MANY', objectType: 'account' },
    $owner: { id: null, label: 'Owner', description: null, cardinality: 'HAS_ONE', objectType: 'member' },
  },
};
