// API keys the stand-in knows, and the two checks they drive: authentication (401) and scopes (403).
import { ApiError } from './errors';

/**
 * One configured key. `scopes: []` means FULL access, as `GET /v1/auth/validate` reports it
 * (lightfield-api.md §4: "an empty scopes array means full access, not none").
 * `org` scopes idempotency keys (§9); keys without one share the default organization.
 */
export interface KeyConfig {
  scopes: string[];
  org?: string;
}

export const DEFAULT_ORG = 'org_fake_default';

/** Fictional; only ever valid against the stand-in. */
export const DEMO_KEY = 'sk_lf_demo_7QmX4vN9cR2tK8pL';
/** Can read but not create, to see the 403 on create. */
export const READ_ONLY_KEY = 'sk_lf_demo_readonly_3HwB6yJ1fD5s';

export const DEFAULT_KEYS: Record<string, KeyConfig> = {
  [DEMO_KEY]: { scopes: [] },
  [READ_ONLY_KEY]: { scopes: ['contacts:read'] },
};

/** The key named by `Authorization: Bearer …`, or 401 with the documented message (§10). */
export function authenticate(headers: Record<string, string>, keys: Record<string, KeyConfig>): KeyConfig {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  // Own-property check: a "key" like `toString` must not find Object.prototype.
  const key = match && Object.hasOwn(keys, match[1]) ? keys[match[1]] : undefined;
  if (!key) throw new ApiError(401, 'unauthorized', 'Invalid API key.');
  return key;
}

export function requireScope(key: KeyConfig, scope: string | undefined): void {
  if (scope === undefined || key.scopes.length === 0 || key.scopes.includes(scope)) return;
  throw new ApiError(403, 'forbidden', `Token does not have the '${scope}' scope.`);
}
