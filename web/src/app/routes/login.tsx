import { useSearchParams } from 'react-router';
import { SignInPage } from '../../features/auth/components/sign-in-page.tsx';
import { ensureSession, mayBeSignedIn } from '../../features/auth/lib/session-store.ts';
import { safeNext } from '../../features/auth/lib/safe-next.ts';

/** A browser that signed in before may still have a session (then the page moves on, or resumes the second step). */
export async function loader() {
  if (mayBeSignedIn()) await ensureSession().catch(() => null);
  return null;
}

/** `/login?next=<path>`: sign in, then go back to where the reader was. */
function LoginRoute() {
  const [searchParams] = useSearchParams();
  return <SignInPage next={safeNext(searchParams.get('next'))} />;
}

export { LoginRoute as Component };
