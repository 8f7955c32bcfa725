import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { logout } from '../api/logout.ts';
import type { ConfirmMfaResponse } from '../api/confirm-mfa-setup.ts';
import { mayBeSignedIn, setSession, useAuth } from '../lib/session-store.ts';
import type { SignInNotice } from '../lib/sign-in-notice.ts';
import { landingPath } from '../lib/landing-path.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { CredentialsForm } from './credentials-form.tsx';
import { MfaCodeForm } from './mfa-code-form.tsx';
import { MfaSetupForm } from './mfa-setup-form.tsx';
import { RecoveryCodes } from './recovery-codes.tsx';
import styles from './sign-in-page.module.css';

/**
 * Sign-in in up to four steps: password, then (when due) a second factor or the enrolment of an
 * authenticator, then, for a password an administrator set, choosing one's own. The step follows
 * the session's `stage`, so a reload resumes where the user was.
 */
/** `next`: the page to return to; null: the landing page of the user's role. */
export function SignInPage({ next, notice }: { next: string | null; notice: SignInNotice | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  // Enrolment answers with the recovery codes; the session is recorded only once they were seen.
  const [enrolled, setEnrolled] = useState<ConfirmMfaResponse | null>(null);
  // The password just typed, for the step that asks to replace it (held in memory until then).
  const [usedPassword, setUsedPassword] = useState<string | null>(null);
  const stage = auth.status === 'signed_in' ? auth.session.stage : null;
  const role = auth.status === 'signed_in' ? auth.session.user.role : null;

  useEffect(() => {
    if (stage === 'active' && role) void navigate(next ?? landingPath(role), { replace: true });
  }, [stage, role, next, navigate]);

  const startOver = async () => {
    await logout().catch(() => undefined);
    setUsedPassword(null);
    setSession(null);
  };

  let step;
  if (enrolled)
    step = (
      <RecoveryCodes
        codes={enrolled.recoveryCodes}
        onContinue={() => {
          setEnrolled(null); // shown once; a password set by an admin may still be due
          setSession(enrolled);
        }}
      />
    );
  else if (stage === 'mfa_required') step = <MfaCodeForm onDone={setSession} />;
  else if (stage === 'mfa_setup_required') step = <MfaSetupForm onDone={setEnrolled} />;
  else if (stage === 'password_change_required') step = <ChangePasswordForm usedPassword={usedPassword} onDone={setSession} />;
  else
    step = (
      <CredentialsForm
        defaultEmail={notice?.email ?? undefined}
        onDone={(session, password) => {
          setUsedPassword(session.stage === 'active' ? null : password);
          setSession(session);
        }}
      />
    );

  return (
    <section className={styles.page} aria-labelledby="sign-in-title">
      <PageTitle title={t('auth.title')} />
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      {stage === null &&
        (notice ? (
          <Notice tone="success" role="status" data-testid="sign-in-notice">
            <p>{t('auth.passwordSet')}</p>
          </Notice>
        ) : (
          <p className={styles.intro}>{t('auth.intro')}</p>
        ))}
      {auth.status === 'unknown' && mayBeSignedIn() ? null : step}
      {stage === null && (
        <p>
          <Link to="/forgot-password">{t('auth.forgot.link')}</Link>
        </p>
      )}
      {stage !== null && stage !== 'active' && !enrolled && (
        <p>
          <Button variant="link" onClick={() => void startOver()}>
            {t('auth.startOver')}
          </Button>
        </p>
      )}
    </section>
  );
}
