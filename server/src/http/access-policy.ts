import { API_ROUTES, type Access, type Role } from '@gci/shared';

export type { Access };

/**
 * Who may call each API route not yet declared by a contract in shared/src/api/ (a contract
 * carries its own access). Every /api route must have one or the other, or the server refuses to
 * start. Object-level scope (a focal point sees only their own country, and gets 404 for any
 * other) is enforced in the services on top of this.
 */

const STAFF: readonly Role[] = ['admin', 'analyst', 'reviewer'];
const ALL: readonly Role[] = ['admin', 'analyst', 'reviewer', 'focal_point'];

const NOT_YET_CONTRACTED: Record<string, Access> = {
  // system and public results
  'GET /api/public/cycles': 'public',
  'GET /api/public/cycles/:year/results': 'public',
  'GET /api/public/cycles/:year/countries/:iso3': 'public',
  'GET /api/public/cycles/:year/methodology': 'public',
  'GET /api/public/cycles/:year/stability': 'public',
  'GET /api/public/cycles/:year/gaps': 'public',
  'GET /api/public/cycles/:year/downloads/results.json': 'public',
  'GET /api/public/cycles/:year/downloads/results.csv': 'public',
  'GET /api/public/cycles/:year/downloads/bundle.json': 'public',

  // analyst workbench: methodology versions, what-if data, scenarios, consultation, publication
  'GET /api/methodologies': ALL,
  'GET /api/methodologies/:versionId': ALL,
  'POST /api/methodologies': ['analyst', 'admin'],
  'PUT /api/methodologies/:versionId': ['analyst', 'admin'],
  'POST /api/methodologies/:versionId/status': ['analyst', 'admin'],
  'GET /api/methodologies/:versionId/diff/:otherId': ALL,
  'GET /api/methodologies/:versionId/consultation': ALL,
  'POST /api/methodologies/:versionId/consultation': ['focal_point'],
  'POST /api/consultation-comments/:commentId/response': ['analyst', 'admin'],
  'GET /api/workbench/cycles/:year': ['analyst', 'admin'],
  'GET /api/workbench/cycles/:year/backcast': ['analyst', 'admin'],
  'GET /api/scenarios': ['analyst', 'admin'],
  'GET /api/scenarios/:scenarioId': ['analyst', 'admin'],
  'POST /api/scenarios': ['analyst', 'admin'],
  'GET /api/cycles': STAFF,
  'POST /api/cycles/:cycleId/publish': ['analyst', 'admin'],
};

/** Who may call each API route, by `METHOD /path`: from the contracts (the ASVS V8.1.1 table). */
export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  ...NOT_YET_CONTRACTED,
  ...Object.fromEntries(API_ROUTES.map((route) => [`${route.method} ${route.path}`, route.access])),
};

export const STAFF_ROLES = STAFF;

export const routeKey = (method: string, url: string): string => `${method} ${url}`;

/** Whether a caller may pass the route's door; 'pending' sessions pass only 'pending' routes. */
export function isAllowed(access: Access, caller: { role: Role; fullySignedIn: boolean } | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'ok';
  if (!caller) return 'unauthenticated';
  if (access === 'pending') return 'ok';
  if (!caller.fullySignedIn) return 'unauthenticated';
  if (access === 'signed_in') return 'ok';
  return access.includes(caller.role) ? 'ok' : 'forbidden';
}
