import { useLocation, useSearchParams } from 'react-router';
import { SignInPage } from '../../features/auth/components/sign-in-page.tsx';
import { ensureSession, mayBeSignedIn } from '../../features/auth/lib/session-store.ts';
import { safeNext } from '../../features/auth/lib/safe-next.ts';
import { readSignInNotice } from '../../features/auth/lib/sign-in-notice.ts';

/** A browser that signed in before may still have a session (then the page moves on, or resumes the second step). */
export async function loader() {
  if (mayBeSignedIn()) await ensureSession().catch(() => null);
  return null;
}

/** `/login?next=<path>`: sign in, then go back to where the reader was (a link page may pass a notice in the history state). */
function LoginRoute() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  return <SignInPage next={safeNext(searchParams.get('next'), null)} notice={readSignInNotice(location.state as unknown)} />;
}

export { LoginRoute as Component };
