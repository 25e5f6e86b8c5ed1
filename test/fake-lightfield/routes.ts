// The API surface, one table row per endpoint. Lists, accounts and updates are new rows (and new
// handlers); the checks every request goes through stay in server.ts.
import { ApiError, type Reply } from './errors';
import type { KeyConfig } from './keys';
import { newRecord, type RecordSettings } from './records';
import { validateCreate } from './validate';
import type { AuthValidateResponse, ContactRecord, ObjectDefinitions } from './wire';

/** What the handlers read and change; owned by one server instance. */
export interface World {
  /** Served as given, so tests can feed malformed or future definitions to a client. */
  contactDefinitionsBody: unknown;
  contactDefinitions: ObjectDefinitions;
  contacts: Map<string, ContactRecord>;
  records: RecordSettings;
}

export interface RouteContext {
  params: Record<string, string>;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  key: KeyConfig;
  world: World;
}

export interface Route {
  method: 'GET' | 'POST';
  /** `{name}` matches one path segment. `${method} ${path}` also names the route for injected faults. */
  path: string;
  /** undefined: any valid key may call it. */
  scope?: string;
  /** POST writes: the operation half of the Idempotency-Key scope (§9: entity type + create/update). */
  idempotentOperation?: string;
  handle(context: RouteContext): Reply;
}

/**
 * Ids the stand-in accepts for object types it does not store yet. Accounts arrive with issue 5,
 * which replaces the prefix check with a lookup (→ `relationship_entity_missing` for unknown ids).
 */
const ACCEPTED_ID_PREFIXES: Record<string, string> = { account: 'acc_', member: 'mem_' };

function entityExists(world: World, objectType: string, id: string): boolean {
  if (objectType === 'contact') return world.contacts.has(id);
  const prefix = ACCEPTED_ID_PREFIXES[objectType];
  return prefix !== undefined && id.startsWith(prefix) && id.length > prefix.length;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

// Order matters where templates overlap: `/v1/contacts/definitions` before `/v1/contacts/{id}`.
export const ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/v1/auth/validate',
    handle: ({ key }) => ok({ active: true, tokenType: 'api_key', subjectType: 'user', scopes: key.scopes } satisfies AuthValidateResponse),
  },
  {
    method: 'GET',
    path: '/v1/contacts/definitions',
    scope: 'contacts:read',
    handle: ({ world }) => ok(world.contactDefinitionsBody),
  },
  {
    method: 'POST',
    path: '/v1/contacts',
    scope: 'contacts:create',
    idempotentOperation: 'contact.create',
    handle: ({ body, world }) => {
      const write = validateCreate(body, world.contactDefinitions, 'contacts', (type, id) => entityExists(world, type, id));
      const record = newRecord('con_', 'contacts', write, world.contactDefinitions, world.records);
      world.contacts.set(record.id, record);
      return ok(record);
    },
  },
  {
    method: 'GET',
    path: '/v1/contacts/{id}',
    scope: 'contacts:read',
    handle: ({ params, world }) => {
      const record = world.contacts.get(params.id);
      if (!record) throw new ApiError(404, 'not_found', `No contact with id '${params.id}'.`);
      return ok(record);
    },
  },
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

const compiled = ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));

export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const { route, pattern } of compiled) {
    const match = route.method === method ? pattern.exec(pathname) : null;
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [name, raw] of Object.entries(match.groups ?? {})) {
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        return undefined; // malformed %-escape: no such resource
      }
    }
    return { route, params };
  }
  return undefined;
}
