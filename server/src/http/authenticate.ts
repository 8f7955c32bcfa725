import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import type { Db } from '../db/database.ts';
import { AppError, forbidden, unauthenticated } from '../errors.ts';
import { resolveSession, type ResolvedSession } from '../modules/auth/sessions.ts';
import { safeEqual } from '../modules/auth/tokens.ts';
import { isAllowed, type Access, type SessionStanding } from './access-policy.ts';
import { ABSOLUTE_TIMEOUT_MS } from '../modules/auth/sessions.ts';
import { NO_ROWS, openRowScope, PUBLIC_ROWS, setRowScope, type RowScope } from '../db/row-scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in session and user, or null; set for every request before its handler runs */
    auth: ResolvedSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionCookie {
  name: string;
  set(reply: FastifyReply, token: string): void;
  clear(reply: FastifyReply): void;
}

/** `__Host-` binds the cookie to this host over TLS (ASVS V3.3.3); plain name on http for local use. */
export function sessionCookie(secure: boolean): SessionCookie {
  const name = secure ? '__Host-gci_session' : 'gci_session';
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    name,
    set: (reply, token) => void reply.setCookie(name, token, { ...options, maxAge: ABSOLUTE_TIMEOUT_MS / 1000 }),
    clear: (reply) => void reply.clearCookie(name, options),
  };
}

/** A state-changing request must come from our own pages: not cross-site, and with the session's CSRF token. */
function checkCsrf(request: FastifyRequest, access: Access): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError(403, 'csrf_failed', 'Cross-site requests are not accepted');
  if (access === 'public' || !request.auth) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, request.auth.session.csrfToken)) {
    throw new AppError(403, 'csrf_failed', 'Missing or wrong x-csrf-token header; reload the page and try again');
  }
}

/**
 * Whose rows the database shows this request (the second wall behind the services' checks):
 * public routes see only published cycles whoever calls them; a focal point their own country;
 * staff every country; a session still owing its second factor, none.
 */
export function rowScopeFor(access: Access, auth: ResolvedSession | null): RowScope {
  if (access === 'public') return PUBLIC_ROWS;
  if (!auth || standingOf(auth) !== 'signed_in') return NO_ROWS;
  const { user } = auth;
  if (user.role === 'focal_point') return { kind: 'country', userId: user.id, role: user.role, country: user.countryIso3 ?? '' };
  return { kind: 'all', userId: user.id, role: user.role };
}

/**
 * The one door every API request goes through: resolve the session from the cookie, then apply
 * the access its contract declares and the CSRF check, before the body is even parsed.
 */
export async function registerAuthentication(
  app: FastifyInstance,
  { db, now, cookie: sessionCookieDef }: { db: Db; now: () => Date; cookie: SessionCookie },
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  // A cross-site <form> can send text/plain without a CORS preflight; accepting only JSON (and the
  // upload route's multipart) bodies makes such a post a 415 before it reaches any handler.
  app.removeContentTypeParser('text/plain');

  // Every API route declares who may call it in its contract: one without cannot be served.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.contract)
      throw new Error(`Route ${String(route.method)} ${route.url} has no contract in shared/src/api/`);
  });

  // Every request runs in a row-scope slot of its own, seeing nothing until the session is known.
  app.addHook('onRequest', (_request, _reply, done) => openRowScope(done));
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (!url?.startsWith('/api/')) return;
    const access = request.routeOptions.config.contract?.access;
    if (!access) throw forbidden();
    const token = request.cookies[sessionCookieDef.name];
    // An ended token is not cleared here: a request sent just before a sign-in step replaced the
    // token would otherwise answer after it and wipe the new cookie. Sign-out clears it.
    request.auth = token ? await resolveSession(db, token, now()) : null;
    // Authenticated responses must not be stored by browsers or shared caches (ASVS V14.3.2).
    if (access !== 'public') void reply.header('cache-control', 'no-store');
    const standing = request.auth ? standingOf(request.auth) : null;
    const verdict = isAllowed(access, request.auth && standing ? { role: request.auth.user.role, standing } : null);
    if (verdict === 'unauthenticated') throw unauthenticated(request.auth ? 'Finish signing in with your second factor first' : undefined);
    if (verdict === 'forbidden') {
      throw standing === 'password_change_due'
        ? new AppError(403, 'password_change_required', 'Choose a new password first: the one you signed in with was set by an administrator')
        : forbidden();
    }
    checkCsrf(request, access);
    setRowScope(rowScopeFor(access, request.auth));
  });
}

export const standingOf = ({ session, user }: ResolvedSession): SessionStanding =>
  !session.mfaVerified ? 'second_factor_due' : user.mustChangePassword ? 'password_change_due' : 'signed_in';

/** The signed-in caller of a route that the access table already restricted. */
export function requireAuth(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}
