import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAIL_LISTS, type MailList, type MailMessage, type MailPage } from '@gci/shared';
import { buttonClass } from '../../../components/button/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { mailListHref } from '../lib/mail-lists.ts';
import { MailTable } from './mail-table.tsx';
import styles from './mail-admin-page.module.css';

interface Props {
  list: MailList;
  page: MailPage;
  /** queues a dead message again; rejects with the server's error */
  onResend: (message: MailMessage) => Promise<void>;
}

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/** `/admin/mail`: the outbox by state (dead letters first), a page at a time, with "Send again" for what could not be delivered. */
export function MailAdminPage({ list, page, onResend }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const first = (page.page - 1) * page.pageSize + 1;
  const last = first + page.messages.length - 1;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));

  async function resend(message: MailMessage) {
    setBusyId(message.id);
    setOutcome(null);
    try {
      await onResend(message);
      setOutcome({ tone: 'success', text: t('mailAdmin.resent', { to: message.to }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: t('mailAdmin.resendFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section aria-labelledby="mail-title">
      <PageTitle title={t('mailAdmin.title')} />
      <h1 id="mail-title">{t('mailAdmin.title')}</h1>
      <p className={styles.intro}>{t('mailAdmin.intro')}</p>
      <nav aria-label={t('mailAdmin.lists')} className={styles.lists}>
        <ul>
          {MAIL_LISTS.map((l) => (
            <li key={l}>
              <Link to={mailListHref(l)} aria-current={l === list ? 'page' : undefined}>
                {t(`mailAdmin.list.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div role="status" className={styles.outcome}>
        {outcome && (
          <Notice tone={outcome.tone} data-testid="mail-outcome">
            {outcome.text}
          </Notice>
        )}
      </div>
      <p className={styles.count} data-testid="mail-count">
        {page.total === 0
          ? t('mailAdmin.none')
          : t('ui.table.shown', { first: format.integer(first), last: format.integer(last), total: format.integer(page.total) })}
      </p>
      <MailTable messages={page.messages} empty={t(`mailAdmin.empty.${list}`)} busyId={busyId} onResend={(m) => void resend(m)} />
      {pages > 1 && (
        <nav aria-label={t('ui.table.pages')} className={styles.pager}>
          {page.page > 1 ? (
            <Link className={buttonClass({ size: 'small' })} to={mailListHref(list, page.page - 1)}>
              {t('ui.table.previous')}
            </Link>
          ) : (
            <span />
          )}
          {page.page < pages && (
            <Link className={buttonClass({ size: 'small' })} to={mailListHref(list, page.page + 1)}>
              {t('ui.table.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
