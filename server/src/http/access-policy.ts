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
const TEAM_AND_STAFF = ALL;

const NOT_YET_CONTRACTED: Record<string, Access> = {
  // accounts and sessions
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'pending',
  'POST /api/auth/logout': 'pending',
  'POST /api/auth/mfa/verify': 'pending',
  'POST /api/auth/mfa/setup': 'pending',
  'POST /api/auth/mfa/confirm': 'pending',
  'POST /api/auth/password': 'signed_in',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:userId': ['admin'],

  // the questionnaire (country scope checked in the service)
  'GET /api/assessments': TEAM_AND_STAFF,
  'GET /api/assessments/:assessmentId': TEAM_AND_STAFF,
  'PUT /api/assessments/:assessmentId/answers/:questionKey': ['focal_point'],
  'POST /api/assessments/:assessmentId/answers/:questionKey/confirm': ['focal_point'],
  'GET /api/assessments/:assessmentId/answers/:questionKey/history': TEAM_AND_STAFF,
  'POST /api/assessments/:assessmentId/answers/:questionKey/evidence': ['focal_point'],
  'POST /api/assessments/:assessmentId/answers/:questionKey/evidence/upload': ['focal_point'],
  'DELETE /api/evidence/:evidenceId': ['focal_point'],
  'GET /api/evidence/:evidenceId/download': TEAM_AND_STAFF,
  'POST /api/assessments/:assessmentId/prefill': ['focal_point'],
  'GET /api/assessments/:assessmentId/submission-check': TEAM_AND_STAFF,
  'POST /api/assessments/:assessmentId/submit': ['focal_point'],

  // review and validation (the state machine in shared/ decides which role may take which action)
  'GET /api/review/queue': STAFF,
  'POST /api/assessments/:assessmentId/transitions': ALL,
  'PUT /api/assessments/:assessmentId/deadline': ['admin'],
  'GET /api/assessments/:assessmentId/threads': TEAM_AND_STAFF,
  'POST /api/assessments/:assessmentId/threads': ['focal_point', 'reviewer', 'admin'],
  'POST /api/threads/:threadId/comments': ['focal_point', 'reviewer', 'admin'],
  'POST /api/threads/:threadId/resolve': ['reviewer', 'admin'],
  'GET /api/assessments/:assessmentId/provisional-result': TEAM_AND_STAFF,
  'GET /api/assessments/:assessmentId/resubmission-diff': TEAM_AND_STAFF,
  'GET /api/assessments/:assessmentId/revision-request': TEAM_AND_STAFF,
  'PUT /api/assessments/:assessmentId/answers/:questionKey/correction': ['reviewer', 'admin'],
  'GET /api/audit': ['admin'],
  'GET /api/audit/export.csv': ['admin'],
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
