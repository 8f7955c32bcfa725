import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkTokenSchema } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { LoadingState } from '../../../components/loading-state/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { inspectAccountLink, type AccountLink } from '../api/account-link.ts';
import { tokenOfHash, type LinkPurpose } from '../lib/account-link-page.ts';
import { SetPasswordForm } from './set-password-form.tsx';
import styles from './sign-in-page.module.css';

type Inspection = { state: 'checking' } | { state: 'ready'; link: AccountLink } | { state: 'gone' } | { state: 'missing' } | { state: 'failed' };

/**
 * `/welcome`, `/reset-password` and `/setup`: the page a mailed (or, for the first admin, printed)
 * one-time link opens. Its secret is in the fragment, which no server sees; the page takes it out of
 * the address bar, asks what the link is for, then sets the password with it.
 */
export function AccountLinkPage({ purpose }: { purpose: LinkPurpose }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [token] = useState(() => tokenOfHash(window.location.hash));
  const isWellFormed = LinkTokenSchema.safeParse(token).success;
  const [inspection, setInspection] = useState<Inspection>(isWellFormed ? { state: 'checking' } : { state: 'missing' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // out of the address bar, the history and a shared screen; the page keeps it in memory only
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);

  useEffect(() => {
    if (!isWellFormed) return;
    const controller = new AbortController();
    inspectAccountLink(token, controller.signal).then(
      (link) => setInspection({ state: 'ready', link }),
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setInspection(isApiError(failure) && failure.status === 410 ? { state: 'gone' } : { state: 'failed' });
      },
    );
    return () => controller.abort();
  }, [token, isWellFormed, attempt]);

  const shown = inspection.state === 'ready' ? inspection.link.purpose : purpose;
  const title = t(`auth.link.title.${shown}`);
  return (
    <section className={styles.page} aria-labelledby="link-title">
      <PageTitle title={title} />
      <h1 id="link-title">{title}</h1>
      {inspection.state === 'checking' && <LoadingState label={t('auth.link.checking')} />}
      {inspection.state === 'ready' && (
        <>
          {inspection.link.email ? (
            <p data-testid="link-account">{t('auth.link.account', { name: inspection.link.name ?? '', email: inspection.link.email })}</p>
          ) : (
            <p>{t('auth.link.setupIntro')}</p>
          )}
          <p className={styles.intro}>{t('auth.link.expires', { date: format.dateTime(inspection.link.expiresAt) })}</p>
          <SetPasswordForm token={token} link={inspection.link} onGone={() => setInspection({ state: 'gone' })} />
        </>
      )}
      {(inspection.state === 'gone' || inspection.state === 'missing') && (
        <Notice tone="warning" role="alert" data-testid="link-gone">
          <p>
            <strong>{inspection.state === 'gone' ? t('auth.link.gone') : t('auth.link.missing')}</strong>
          </p>
          <p>{t(`auth.link.next.${purpose}`)}</p>
          <p>{purpose === 'password_reset' ? <Link to="/forgot-password">{t('auth.link.requestReset')}</Link> : <Link to="/login">{t('auth.signIn')}</Link>}</p>
        </Notice>
      )}
      {inspection.state === 'failed' && (
        <Notice tone="error" role="alert">
          <p>{t('auth.link.failed')}</p>
          <Button
            onClick={() => {
              setInspection({ state: 'checking' });
              setAttempt(attempt + 1);
            }}
          >
            {t('errors.retry')}
          </Button>
        </Notice>
      )}
    </section>
  );
}
