import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { logout } from '../api/logout.ts';
import type { ConfirmMfaResponse } from '../api/confirm-mfa-setup.ts';
import { mayBeSignedIn, setSession, useAuth } from '../lib/session-store.ts';
import { CredentialsForm } from './credentials-form.tsx';
import { MfaCodeForm } from './mfa-code-form.tsx';
import { MfaSetupForm } from './mfa-setup-form.tsx';
import { RecoveryCodes } from './recovery-codes.tsx';
import styles from './sign-in-page.module.css';

/**
 * Sign-in in up to three steps: password, then (when due) a second factor or the enrolment of an
 * authenticator. The step follows the session's `stage`, so a reload resumes where the user was.
 */
export function SignInPage({ next }: { next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  // Enrolment answers with the recovery codes; the session is recorded only once they were seen.
  const [enrolled, setEnrolled] = useState<ConfirmMfaResponse | null>(null);
  const stage = auth.status === 'signed_in' ? auth.session.stage : null;

  useEffect(() => {
    if (stage === 'active') void navigate(next, { replace: true });
  }, [stage, next, navigate]);

  const startOver = async () => {
    await logout().catch(() => undefined);
    setSession(null);
  };

  let step;
  if (enrolled) step = <RecoveryCodes codes={enrolled.recoveryCodes} onContinue={() => setSession(enrolled)} />;
  else if (stage === 'mfa_required') step = <MfaCodeForm onDone={setSession} />;
  else if (stage === 'mfa_setup_required') step = <MfaSetupForm onDone={setEnrolled} />;
  else step = <CredentialsForm onDone={setSession} />;

  return (
    <section className={styles.page} aria-labelledby="sign-in-title">
      <PageTitle title={t('auth.title')} />
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      {stage === null && <p className={styles.intro}>{t('auth.intro')}</p>}
      {auth.status === 'unknown' && mayBeSignedIn() ? null : step}
      {(stage === 'mfa_required' || stage === 'mfa_setup_required') && !enrolled && (
        <p>
          <Button variant="link" onClick={() => void startOver()}>
            {t('auth.startOver')}
          </Button>
        </p>
      )}
    </section>
  );
}
