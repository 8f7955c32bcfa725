import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry, UserSummary } from '@gci/shared';
import { buttonClass } from '../../../components/button/index.tsx';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { auditExportUrl } from '../api/get-audit-log.ts';
import { toSearchParams, type AuditFilters as Filters } from '../lib/audit-filters.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import styles from './audit-page.module.css';

interface Props {
  entries: readonly AuditEntry[];
  users: readonly UserSummary[];
  filters: Filters;
  /** the API query of the filters, or null when the address holds a filter the API refuses */
  search: URLSearchParams | null;
  limit: number;
}

/** `/admin/audit`: who did what and when, filtered, with the same selection as a CSV download. */
export function AuditPage({ entries, users, filters, search, limit }: Props) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  return (
    <section aria-labelledby="audit-title">
      <PageTitle title={t('audit.title')} />
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className={styles.intro}>{t('audit.intro')}</p>
      <AuditFilters key={toSearchParams(filters).toString()} filters={filters} users={users} onApply={(next) => setSearchParams(toSearchParams(next))} />
      <ListToolbar isCompact>
        <ListCount testId="audit-count">
          {entries.length >= limit ? t('audit.shownLimit', { count: entries.length }) : t('audit.shown', { count: entries.length })}
        </ListCount>
        {search && (
          <a className={buttonClass()} href={auditExportUrl(search)} download data-testid="audit-export">
            {t('audit.export')}
          </a>
        )}
      </ListToolbar>
      {search ? <AuditTable entries={entries} /> : <Notice tone="error">{t('audit.badAddress')}</Notice>}
    </section>
  );
}
