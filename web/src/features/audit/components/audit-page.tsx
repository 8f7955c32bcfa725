import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry, UserSummary } from '@gci/shared';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { auditExportUrl } from '../api/get-audit-log.ts';
import { toSearchParams, type AuditFilters as Filters } from '../lib/audit-filters.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

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
  const locale = useLocale();
  const [, setSearchParams] = useSearchParams();
  return (
    <section className="audit-page" aria-labelledby="audit-title">
      <PageTitle title={t('audit.title')} />
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters key={toSearchParams(filters).toString()} filters={filters} users={users} onApply={(next) => setSearchParams(toSearchParams(next))} />
      <div className="audit-page__toolbar">
        <p className="results__shown" role="status" data-testid="audit-count">
          {entries.length >= limit ? t('audit.shownLimit', { count: entries.length }) : t('audit.shown', { count: entries.length })}
        </p>
        {search && (
          <a className="button" href={auditExportUrl(search)} download data-testid="audit-export">
            {t('audit.export')}
          </a>
        )}
      </div>
      {search ? <AuditTable entries={entries} locale={locale} /> : <p className="notice notice--error">{t('audit.badAddress')}</p>}
    </section>
  );
}
