import { useSyncExternalStore } from 'react';
import { redirect } from 'react-router';
import type { SessionInfo } from '@gci/shared';
import { isApiError, setCsrfToken } from '../../../lib/api-client.ts';

/**
 * The signed-in session, kept outside React so that route loaders (which run before any component)
 * and the header read the same value. `unknown` until `GET /api/auth/session` has answered once.
 */
export type AuthState = { status: 'unknown' } | { status: 'signed_out' } | { status: 'signed_in'; session: SessionInfo };

let state: AuthState = { status: 'unknown' };
let loading: Promise<SessionInfo | null> | null = null;
const listeners = new Set<() => void>();

function publish(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

// A hint, not a secret: lets public pages skip `GET /api/auth/session` (a 401 for every anonymous
// visitor) unless this browser signed in before. The session itself stays in an HttpOnly cookie.
const HINT_KEY = 'gci.signedIn';

/** Whether this browser has a session worth asking about. */
export function mayBeSignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true; // storage disabled: ask the server
  }
}

function rememberHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // storage disabled: see mayBeSignedIn
  }
}

/** Records the session of a sign-in step (or null at sign-out) and the CSRF token that goes with it. */
export function setSession(session: SessionInfo | null): void {
  setCsrfToken(session?.csrfToken);
  rememberHint(session !== null);
  publish(session ? { status: 'signed_in', session } : { status: 'signed_out' });
}

/** The session as the server knows it; asked once per page load, then kept up to date by the sign-in steps. */
export function ensureSession(): Promise<SessionInfo | null> {
  if (state.status === 'signed_in') return Promise.resolve(state.session);
  if (state.status === 'signed_out') return Promise.resolve(null);
  // loaded when first asked: an anonymous visitor of a public page never needs the auth contracts
  loading ??= import('../api/get-session.ts')
    .then(({ getSession }) => getSession())
    .then((session) => {
      setSession(session);
      return session;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// A page rendered on the server is rendered for nobody in particular (it is shared by every reader):
// the header shows the signed-in parts once this browser's session is known.
const UNKNOWN: AuthState = { status: 'unknown' };

export function useAuth(): AuthState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => UNKNOWN,
  );
}

/** `/login?next=<where the reader was>` */
export function loginPath(next: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/** For route loaders: the fully signed-in session, or a redirect to the sign-in page that comes back here. */
export async function requireSession(request: Request): Promise<SessionInfo> {
  const session = await ensureSession();
  if (session?.stage === 'active') return session;
  const url = new URL(request.url);
  throw redirect(loginPath(url.pathname + url.search));
}

/** For route loaders: a 401 means the session ended meanwhile, so forget it and go to sign in; other errors pass. */
export function rethrowUnlessSignedOut(error: unknown, request: Request): never {
  if (isApiError(error) && error.status === 401) {
    setSession(null);
    const url = new URL(request.url);
    throw redirect(loginPath(url.pathname + url.search));
  }
  throw error;
}
