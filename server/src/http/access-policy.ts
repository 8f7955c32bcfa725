import { API_ROUTES, type Access, type Role } from '@gci/shared';

export type { Access };

/**
 * Who may call each API route, by `METHOD /path` (the ASVS V8.1.1 role × route table): read from
 * the contracts in shared/src/api/, where each route declares its access. A route registered
 * without a contract makes the server refuse to start. Object-level scope (a focal point sees only
 * their own country, and gets 404 for any other) is enforced in the services behind this door.
 */
export const ROUTE_ACCESS: Readonly<Record<string, Access>> = Object.fromEntries(API_ROUTES.map((route) => [`${route.method} ${route.path}`, route.access]));

export const STAFF_ROLES: readonly Role[] = ['admin', 'analyst', 'reviewer'];

/** Where a session stands: its second factor owed, its password to change (set by an admin), or fully signed in. */
export type SessionStanding = 'second_factor_due' | 'password_change_due' | 'signed_in';

/** Whether a caller may pass the route's door; 'pending' sessions pass only 'pending' routes, and one owing a password change only 'verified' ones too. */
export function isAllowed(access: Access, caller: { role: Role; standing: SessionStanding } | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'ok';
  if (!caller) return 'unauthenticated';
  if (access === 'pending') return 'ok';
  if (caller.standing === 'second_factor_due') return 'unauthenticated';
  if (access === 'verified') return 'ok';
  if (caller.standing === 'password_change_due') return 'forbidden';
  if (access === 'signed_in') return 'ok';
  return access.includes(caller.role) ? 'ok' : 'forbidden';
}
