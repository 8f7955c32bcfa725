import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button, buttonClass } from '../../../components/button/index.tsx';
import { ConfirmDialog } from '../../../components/dialog/index.tsx';
import { ensureSession, loginPath, mayBeSignedIn, setSession, useAuth } from '../lib/session-store.ts';
import styles from './user-menu.module.css';

interface Props {
  /** edits saved on this device but not yet on the server; signing out would lose them */
  countUnsent: (userId: string) => Promise<number>;
  /** what this device keeps for the user (e.g. the queue of unsent edits), removed at sign-out */
  clearLocalData: () => Promise<void>;
}

const subscribeToNothing = () => () => undefined;

/** The signed-in user's name and a Sign out button, or a Sign in link. */
export function UserMenu({ countUnsent, clearLocalData }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [unsent, setUnsent] = useState<number | null>(null);

  // A server-rendered page offers "Sign in" (it is the same page for everyone); this browser's hint
  // is read once the page has hydrated.
  const worthAsking = useSyncExternalStore(subscribeToNothing, mayBeSignedIn, () => false);
  useEffect(() => {
    if (worthAsking) ensureSession().catch(() => undefined); // a failed check just leaves the menu empty
  }, [worthAsking]);

  if (auth.status === 'unknown' && worthAsking) return null;
  if (auth.status !== 'signed_in' || auth.session.stage !== 'active') {
    if (pathname === '/login') return null;
    return (
      <Link className={buttonClass({ className: styles.signIn })} to={loginPath(pathname + search)}>
        {t('auth.signIn')}
      </Link>
    );
  }
  const { user } = auth.session;

  const signOut = async () => {
    setUnsent(null);
    // offline or already expired: forget the session here anyway
    await import('../api/logout.ts').then(({ logout }) => logout()).catch(() => undefined);
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
    <div className={styles.menu} data-testid="user-menu">
      <span className={styles.name} data-testid="user-name">
        <bdi>{user.name}</bdi>
      </span>
      <Button onClick={() => void requestSignOut()}>{t('auth.signOut')}</Button>
      {unsent !== null && (
        // Signing out would discard edits not yet sent to the server: the safe answer is to stay.
        <ConfirmDialog
          title={t('auth.signOutDialog.title')}
          confirmLabel={t('auth.signOutDialog.confirm')}
          cancelLabel={t('auth.signOutDialog.stay')}
          isDanger
          onConfirm={() => void signOut()}
          onCancel={() => setUnsent(null)}
          testId="sign-out-dialog"
        >
          <p>{t('auth.signOutDialog.body', { count: unsent })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
