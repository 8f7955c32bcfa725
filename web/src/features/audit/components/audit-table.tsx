import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@gci/shared';
import { LogTable } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './audit-table.module.css';

const PAGE_SIZE = 50;

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 1));

/** The log entries, newest first: when, who, what, on which record, and the values before and after. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <LogTable
      caption={t('audit.caption')}
      className={styles.log}
      rows={entries}
      rowProps={(entry) => ({ 'data-action': entry.action, 'data-entry-id': entry.id })}
      // the API answers newest first; the header says so
      initialSort={{ key: 'at', direction: 'descending' }}
      pageSize={PAGE_SIZE}
      empty={<EmptyState>{t('audit.empty')}</EmptyState>}
      columns={[
        { key: 'at', header: t('audit.at'), sortValue: (entry) => entry.at, cell: (entry) => <time dateTime={entry.at}>{format.timestamp(entry.at)}</time> },
        { key: 'user', header: t('audit.user'), sortValue: (entry) => entry.actorEmail, cell: (entry) => <bdi>{entry.actorEmail ?? t('audit.system')}</bdi> },
        { key: 'action', header: t('audit.action'), sortValue: (entry) => entry.action, cell: (entry) => <code>{entry.action}</code> },
        {
          key: 'entity',
          header: t('audit.entity'),
          cell: (entry) => (
            <>
              {entry.entityType}
              {entry.entityId && (
                <span className={styles.id} title={entry.entityId}>
                  {' '}
                  {entry.entityId.slice(0, 8)}
                </span>
              )}
            </>
          ),
        },
        { key: 'country', header: t('audit.countryColumn'), sortValue: (entry) => entry.country, cell: (entry) => entry.country ?? '' },
        { key: 'ip', header: t('audit.ip'), cell: (entry) => entry.ip ?? '' },
        {
          key: 'details',
          header: t('audit.details'),
          cell: (entry) =>
            (entry.before !== null || entry.after !== null) && (
              <details className={styles.details}>
                <summary>{t('audit.show')}</summary>
                <dl>
                  <dt>{t('audit.before')}</dt>
                  <dd>
                    <pre>{json(entry.before)}</pre>
                  </dd>
                  <dt>{t('audit.after')}</dt>
                  <dd>
                    <pre>{json(entry.after)}</pre>
                  </dd>
                </dl>
              </details>
            ),
        },
      ]}
    />
  );
}
