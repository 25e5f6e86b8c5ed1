// What the handlers read and change, and the operations on it that both the HTTP routes and the
// test methods (seedContact, seedAccount) go through, so a seeded record obeys the same rules.
import { ApiError } from './errors';
import { parseListQuery, type CaseInsensitiveMatch } from './lists';
import { newRecord, updatedRecord, type RecordSettings } from './records';
import { validateCreate, validateUpdate, type WriteRules } from './validate';
import type { LightfieldRecord, ObjectDefinitions } from './wire';

/** The object types the stand-in stores (§3: contacts and accounts share one record schema). */
export interface ObjectKind {
  /** `objectType` in relationship definitions. */
  type: 'contact' | 'account';
  /** URL segment and the name messages use. */
  collection: 'contacts' | 'accounts';
  /** §2 id prefix. */
  prefix: string;
  /** Fields a write must leave with a value (§13: "`$name` … is required" for accounts). */
  required: readonly string[];
}

export const CONTACT: ObjectKind = { type: 'contact', collection: 'contacts', prefix: 'con_', required: [] };
export const ACCOUNT: ObjectKind = { type: 'account', collection: 'accounts', prefix: 'acc_', required: ['$name'] };

export interface ObjectStore {
  kind: ObjectKind;
  /** Served as given, so tests can feed malformed or future definitions to a client. */
  definitionsBody: unknown;
  definitions: ObjectDefinitions;
  /** In creation order, which is also the list order (§7 names none; stable is what paging needs). */
  records: Map<string, LightfieldRecord>;
  /** Seeded ids: in the search index from the start, whatever the lag (they stand for older data). */
  indexed: Set<string>;
}

export interface World {
  contacts: ObjectStore;
  accounts: ObjectStore;
  records: RecordSettings;
  /** §7 "lists come from a search index that lags writes": a record younger than this is not listed. */
  indexLagMs: number;
  caseInsensitiveMatch: CaseInsensitiveMatch;
}

export interface ListResponse {
  object: 'list';
  data: LightfieldRecord[];
  totalCount: number;
}

/** Ids of object types the stand-in does not store (members, §14) are accepted by their prefix. */
const ACCEPTED_ID_PREFIXES: Record<string, string> = { member: 'mem_' };

function entityExists(world: World, objectType: string, id: string): boolean {
  const store = [world.contacts, world.accounts].find((s) => s.kind.type === objectType);
  if (store) return store.records.has(id);
  const prefix = ACCEPTED_ID_PREFIXES[objectType];
  return prefix !== undefined && id.startsWith(prefix) && id.length > prefix.length;
}

function rules(world: World, store: ObjectStore): WriteRules {
  const { definitions, kind } = store;
  return {
    definitions,
    collection: kind.collection,
    required: kind.required,
    exists: (type, id) => entityExists(world, type, id),
  };
}

export function createRecord(world: World, store: ObjectStore, body: unknown, seeded = false): LightfieldRecord {
  const write = validateCreate(body, rules(world, store));
  const record = newRecord(store.kind.prefix, store.kind.collection, write, store.definitions, world.records);
  store.records.set(record.id, record);
  if (seeded) store.indexed.add(record.id);
  return record;
}

export function findRecord(store: ObjectStore, id: string): LightfieldRecord {
  const record = store.records.get(id);
  if (!record) throw new ApiError(404, 'not_found', `No ${store.kind.type} with id '${id}'.`);
  return record;
}

export function updateRecord(world: World, store: ObjectStore, id: string, body: unknown): LightfieldRecord {
  const current = findRecord(store, id);
  const record = updatedRecord(
    current,
    validateUpdate(body, rules(world, store), current),
    store.definitions,
    world.records,
  );
  store.records.set(id, record);
  return record;
}

/**
 * The index lag applies to creation only: an updated record is listed with its new values at once
 * (the stand-in keeps no stale copy), and `GET /v1/…/{id}` always sees everything.
 */
export function listRecords(world: World, store: ObjectStore, query: string): ListResponse {
  const { limit, offset, matches } = parseListQuery(query, store.definitions, world.caseInsensitiveMatch);
  const now = world.records.now();
  const indexed = (record: LightfieldRecord) =>
    store.indexed.has(record.id) || now - Date.parse(record.createdAt) >= world.indexLagMs;
  const found = [...store.records.values()].filter((record) => indexed(record) && matches(record));
  return { object: 'list', data: found.slice(offset, offset + limit), totalCount: found.length };
}
