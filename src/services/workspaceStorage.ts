// Where per-workspace state is kept (the field definitions, the contacts created lately): the host's
// globalState, one entry per server and workspace. The workspace is known only through its key, so
// the entry's name holds a SHA-256 fingerprint of it, never the key itself.
import { createHash } from 'node:crypto';

/** What the host's globalState offers; a Map-backed stand-in in tests. */
export interface KeyValueStorage {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** The server and the key of one Lightfield workspace. */
export interface Workspace {
  baseUrl: string;
  apiKey: string;
}

export function workspaceFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

/** The one storage-key format: "lightfield.definitions:https://api.lightfield.app:1a2b…". */
export function workspaceStorageKey(prefix: string, workspace: Workspace): string {
  return `${prefix}:${workspace.baseUrl}:${workspaceFingerprint(workspace.apiKey)}`;
}
