import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { logout } from '../api/logout.ts';
import { ensureSession, loginPath, mayBeSignedIn, setSession, useAuth } from '../lib/session-store.ts';
import { SignOutDialog } from './sign-out-dialog.tsx';

interface Props {
  /** edits saved on this device but not yet on the server; signing out would lose them */
  countUnsent: (userId: string) => Promise<number>;
  /** what this device keeps for the user (e.g. the queue of unsent edits), removed at sign-out */
  clearLocalData: () => Promise<void>;
}

/** The signed-in user's name and a Sign out button, or a Sign in link. */
export function UserMenu({ countUnsent, clearLocalData }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [unsent, setUnsent] = useState<number | null>(null);

  const worthAsking = mayBeSignedIn();
  useEffect(() => {
    if (worthAsking) ensureSession().catch(() => undefined); // a failed check just leaves the menu empty
  }, [worthAsking]);

  if (auth.status === 'unknown' && worthAsking) return null;
  if (auth.status !== 'signed_in' || auth.session.stage !== 'active') {
    if (pathname === '/login') return null;
    return (
      <Link className="button user-menu__sign-in" to={loginPath(pathname + search)}>
        {t('auth.signIn')}
      </Link>
    );
  }
  const { user } = auth.session;

  const signOut = async () => {
    setUnsent(null);
    await logout().catch(() => undefined); // offline or already expired: forget the session here anyway
    setSession(null);
    await navigate('/login');
    await clearLocalData();
  };
  const requestSignOut = async () => {
    const count = await countUnsent(user.id).catch(() => 0);
    if (count > 0) setUnsent(count);
    else await signOut();
  };

  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <bdi>{user.name}</bdi>
      </span>
      <button type="button" className="button" onClick={() => void requestSignOut()}>
        {t('auth.signOut')}
      </button>
      {unsent !== null && <SignOutDialog count={unsent} onConfirm={() => void signOut()} onCancel={() => setUnsent(null)} />}
    </div>
  );
}
