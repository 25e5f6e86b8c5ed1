// The API surface, one table row per endpoint; the checks every request goes through (auth, version,
// media type, scope, rate limit, idempotency) stay in server.ts.
import type { Reply } from './errors';
import type { KeyConfig } from './keys';
import type { RateCategory } from './ratelimit';
import type { AuthValidateResponse } from './wire';
import { createRecord, findRecord, listRecords, updateRecord, type ObjectStore, type World } from './world';

interface RouteContext {
  params: Record<string, string>;
  /** The raw query string, without `?`. */
  query: string;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  key: KeyConfig;
  world: World;
}

interface Route {
  method: 'GET' | 'POST';
  /** `{name}` matches one path segment. `${method} ${path}` also names the route for injected faults. */
  path: string;
  /** undefined: any valid key may call it. */
  scope?: string;
  /** §11's bucket. */
  category: RateCategory;
  /** POST writes: the operation half of the Idempotency-Key scope (§9: entity type + create/update). */
  idempotentOperation?: string;
  handle(context: RouteContext): Reply;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

/**
 * §5, §7, §8, §13: contacts and accounts have the same five endpoints. `accounts:update` is not in
 * §4's list of scopes the extension needs; it is the name the pattern gives.
 * Order matters where templates overlap: `/definitions` before `/{id}`.
 */
function objectRoutes(collection: 'contacts' | 'accounts', type: string): Route[] {
  const store = (world: World): ObjectStore => world[collection];
  const base = `/v1/${collection}`;
  return [
    {
      method: 'GET',
      path: `${base}/definitions`,
      scope: `${collection}:read`,
      category: 'read',
      handle: ({ world }) => ok(store(world).definitionsBody),
    },
    {
      method: 'GET',
      path: base,
      scope: `${collection}:read`,
      category: 'search',
      handle: ({ world, query }) => ok(listRecords(world, store(world), query)),
    },
    {
      method: 'POST',
      path: base,
      scope: `${collection}:create`,
      category: 'write',
      idempotentOperation: `${type}.create`,
      handle: ({ world, body }) => ok(createRecord(world, store(world), body)),
    },
    {
      method: 'GET',
      path: `${base}/{id}`,
      scope: `${collection}:read`,
      category: 'read',
      handle: ({ world, params }) => ok(findRecord(store(world), params.id)),
    },
    {
      method: 'POST',
      path: `${base}/{id}`,
      scope: `${collection}:update`,
      category: 'write',
      idempotentOperation: `${type}.update`,
      handle: ({ world, params, body }) => ok(updateRecord(world, store(world), params.id, body)),
    },
  ];
}

const ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/v1/auth/validate',
    category: 'read',
    handle: ({ key }) =>
      ok({
        active: true,
        tokenType: 'api_key',
        subjectType: 'user',
        scopes: key.scopes,
      } satisfies AuthValidateResponse),
  },
  ...objectRoutes('contacts', 'contact'),
  ...objectRoutes('accounts', 'account'),
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
