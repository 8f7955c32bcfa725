import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMemo } from 'react';
import type { AuditLog, UserSummary } from '@gci/shared';
import { LoadMore, useKeysetPages } from '../../../components/load-more/index.tsx';
import { buttonClass } from '../../../components/button/index.tsx';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { auditExportUrl, getAuditLog } from '../api/get-audit-log.ts';
import { toSearchParams, type AuditFilters as Filters } from '../lib/audit-filters.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import styles from './audit-page.module.css';

interface Props {
  /** the first page of the filtered log */
  log: AuditLog;
  users: readonly UserSummary[];
  filters: Filters;
  /** the API query of the filters, or null when the address holds a filter the API refuses */
  search: URLSearchParams | null;
}

/** `/admin/audit`: who did what and when, filtered, newest first a page at a time, with the same selection as a CSV download. */
export function AuditPage({ log, users, filters, search }: Props) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const first = useMemo(() => ({ items: log.entries, next: log.next }), [log]);
  const pages = useKeysetPages(first, async (after) => {
    const page = await getAuditLog(search ?? new URLSearchParams(), undefined, after);
    return { items: page.entries, next: page.next };
  });
  const entries = pages.items;
  return (
    <section aria-labelledby="audit-title">
      <PageTitle title={t('audit.title')} />
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className={styles.intro}>{t('audit.intro')}</p>
      <AuditFilters key={toSearchParams(filters).toString()} filters={filters} users={users} onApply={(next) => setSearchParams(toSearchParams(next))} />
      <ListToolbar isCompact>
        <ListCount testId="audit-count">{t('audit.shown', { count: entries.length })}</ListCount>
        {search && (
          <a className={buttonClass()} href={auditExportUrl(search)} download data-testid="audit-export">
            {t('audit.export')}
          </a>
        )}
      </ListToolbar>
      {search ? <AuditTable entries={entries} /> : <Notice tone="error">{t('audit.badAddress')}</Notice>}
      {search && <LoadMore pages={pages} testId="audit-more" />}
    </section>
  );
}
