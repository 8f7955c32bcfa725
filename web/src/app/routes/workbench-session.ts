import { data } from 'react-router';
import type { Role, SessionInfo } from '@gci/shared';
import { isApiError } from '../../lib/api-client.ts';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';

/** Who may use the workbench; focal points only see versions in consultation, and comment on them. */
export const ANALYSTS: readonly Role[] = ['analyst', 'admin'];
export const CONSULTED: readonly Role[] = ['analyst', 'admin', 'focal_point'];

/** For loaders: the signed-in session of one of `roles`; others get a 403 page, the signed-out the sign-in page. */
export async function requireRole(request: Request, roles: readonly Role[]): Promise<SessionInfo> {
  const session = await requireSession(request);
  if (!roles.includes(session.user.role)) throw data({ reason: 'role' }, { status: 403 });
  return session;
}

/** Runs a loader's API calls: a missing thing becomes the 404 page, a refused one the 403 page. */
export async function loadOrThrow<T>(request: Request, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || (error.status === 400 && error.field?.startsWith('params')))) throw data(null, { status: 404 });
    if (isApiError(error) && error.status === 403) throw data({ reason: 'role' }, { status: 403 });
    rethrowUnlessSignedOut(error, request);
  }
}
