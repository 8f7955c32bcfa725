import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailMessage } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { LogTable } from '../../../components/data-table/index.tsx';
import { Tag, type TagTone } from '../../../components/tag/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './mail-admin-page.module.css';

interface Props {
  messages: readonly MailMessage[];
  /** shown when there are none */
  empty: string;
  /** the message being sent again, if any (its button waits) */
  busyId: string | null;
  onResend: (message: MailMessage) => void;
}

const TONES: Record<MailMessage['status'], TagTone> = { pending: 'neutral', sending: 'changed', sent: 'neutral', dead: 'flagged' };

/** The messages of one page, newest first: when, to whom, what, in which language, how it went, and "Send again" for a dead one. */
export function MailTable({ messages, empty, busyId, onResend }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const locale = useLocale();
  const languages = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const when = (m: MailMessage) => {
    if (m.status === 'pending' && m.nextAttemptAt) return t('mailAdmin.state.pending', { date: format.dateTime(m.nextAttemptAt) });
    if (m.status === 'sent' && m.sentAt) return format.dateTime(m.sentAt);
    if (m.status === 'dead' && m.deadAt) return t('mailAdmin.state.dead', { date: format.dateTime(m.deadAt) });
    return t('mailAdmin.state.sending');
  };
  return (
    <LogTable
      caption={t('mailAdmin.caption')}
      className={styles.table}
      rows={messages}
      rowProps={(m) => ({ 'data-mail-id': m.id, 'data-status': m.status })}
      empty={<p className={styles.empty}>{empty}</p>}
      columns={[
        { key: 'queued', header: t('mailAdmin.queued'), cell: (m) => <time dateTime={m.createdAt}>{format.dateTime(m.createdAt)}</time> },
        { key: 'to', header: t('mailAdmin.to'), isRowHeader: true, cell: (m) => <bdi>{m.to}</bdi> },
        {
          key: 'subject',
          header: t('mailAdmin.subject'),
          cell: (m) => (
            <>
              <span lang={m.locale} dir="auto">
                {m.subject}
              </span>
              <code className={styles.kind}>{m.kind}</code>
            </>
          ),
        },
        { key: 'language', header: t('mailAdmin.language'), cell: (m) => languages.of(m.locale) ?? m.locale },
        { key: 'attempts', header: t('mailAdmin.attempts'), isNumeric: true, cell: (m) => format.integer(m.attempts) },
        {
          key: 'state',
          header: t('mailAdmin.stateColumn'),
          cell: (m) => (
            <>
              <Tag tone={TONES[m.status]}>{t(`mailAdmin.status.${m.status}`)}</Tag> <span className={styles.when}>{when(m)}</span>
              {m.lastError && m.status !== 'sent' && (
                <span className={styles.error}>
                  {t('mailAdmin.lastError')} <bdi>{m.lastError}</bdi>
                </span>
              )}
            </>
          ),
        },
        {
          key: 'action',
          header: <span className="visually-hidden">{t('mailAdmin.actions')}</span>,
          cell: (m) =>
            m.status === 'dead' && (
              <Button size="small" disabled={busyId !== null} aria-label={t('mailAdmin.resendTo', { to: m.to })} onClick={() => onResend(m)}>
                {busyId === m.id ? t('mailAdmin.resending') : t('mailAdmin.resend')}
              </Button>
            ),
        },
      ]}
    />
  );
}
