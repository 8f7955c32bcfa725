import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@gci/shared';

/** The non-owner roles application transactions run as (created by the row-level security migration). */
export const APP_ROLE = 'gci_app';
/** Public routes: reads of what belongs to published cycles, and signing in. */
export const PUBLIC_ROLE = 'gci_public';

/**
 * Whose rows the database lets a transaction see, enforced by the row-level security policies:
 * - 'all': staff (admin, analyst, reviewer), every country
 * - 'country': a focal point, their own country only
 * - 'public': public routes, only what belongs to published cycles
 * - 'none': no country's rows at all (no session yet, or a second factor still owed)
 * - 'mailer': the mail worker, outside any request: the mail outbox and nothing else
 */
export type RowScope =
  | { kind: 'all'; userId: string; role: Exclude<Role, 'focal_point'> }
  | { kind: 'country'; userId: string; role: 'focal_point'; country: string }
  | { kind: 'public' }
  | { kind: 'none' }
  | { kind: 'mailer' };

export const NO_ROWS: RowScope = { kind: 'none' };
export const PUBLIC_ROWS: RowScope = { kind: 'public' };
export const MAILER_ROWS: RowScope = { kind: 'mailer' };

export const databaseRoleOf = (scope: RowScope): string => (scope.kind === 'public' ? PUBLIC_ROLE : APP_ROLE);

/** The values the policies read. */
export function rowScopeSettings(scope: RowScope): { scope: string; country: string; user: string; role: string } {
  switch (scope.kind) {
    case 'all':
      return { scope: 'all', country: '', user: scope.userId, role: scope.role };
    case 'country':
      return { scope: 'country', country: scope.country, user: scope.userId, role: scope.role };
    case 'public':
      return { scope: 'public', country: '', user: '', role: '' };
    case 'none':
      return { scope: 'none', country: '', user: '', role: '' };
    case 'mailer':
      return { scope: 'mailer', country: '', user: '', role: '' };
  }
}

// One mutable slot per request: opened before authentication, filled in once the session is known.
const storage = new AsyncLocalStorage<{ scope: RowScope }>();

/** Runs `fn` (and everything it starts) with the database showing only `scope`'s rows. */
export function runWithRowScope<T>(scope: RowScope, fn: () => T): T {
  return storage.run({ scope }, fn);
}

/** Opens the request's slot (seeing nothing until `setRowScope`); `next` and all that follows run inside it. */
export function openRowScope(next: () => void): void {
  storage.run({ scope: NO_ROWS }, next);
}

/** Sets the scope of the current request's slot; outside any slot it is an error, so no request runs unscoped by accident. */
export function setRowScope(scope: RowScope): void {
  const slot = storage.getStore();
  if (!slot) throw new Error('setRowScope called outside a request scope');
  slot.scope = scope;
}

/** The scope of the code running now; nothing is visible outside a request or `runWithRowScope`. */
export function currentRowScope(): RowScope {
  return storage.getStore()?.scope ?? NO_ROWS;
}
