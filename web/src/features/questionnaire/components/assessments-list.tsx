import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type AssessmentSummary } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { byCountryName } from '../../../lib/country-order.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

const PAGE_SIZE = 25;

/** The caller's assessments, newest cycle first: country, cycle, status, deadline and whether answers can change. */
export function AssessmentsList({ assessments }: { assessments: AssessmentSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  const country = (a: AssessmentSummary) => localize(a.country.names, locale);
  const columns: Column<AssessmentSummary>[] = [
    {
      key: 'country',
      header: t('assessments.country'),
      isRowHeader: true,
      sortValue: country,
      cell: (a) => (
        <Link to={`/assessments/${a.id}`}>
          <bdi>{country(a)}</bdi>
          <span className="visually-hidden">, {a.cycle.name}</span>
        </Link>
      ),
    },
    { key: 'cycle', header: t('assessments.cycle'), sortValue: (a) => a.cycle.year, cell: (a) => <bdi>{a.cycle.name}</bdi> },
    { key: 'status', header: t('assessments.status'), sortValue: (a) => t(`assessmentStatus.${a.status}`), cell: (a) => <StatusTag status={a.status} /> },
    { key: 'deadline', header: t('assessments.deadline'), sortValue: (a) => Date.parse(a.deadline), cell: (a) => format.deadline(a.deadline) },
    { key: 'editable', header: t('assessments.editable'), cell: (a) => (a.editable ? t('assessments.open') : t('assessments.locked')) },
  ];
  return (
    <DataTable
      caption={t('assessments.caption')}
      isCaptionHidden
      columns={columns}
      // by name first, so that the newest cycle's rows (a stable sort) read alphabetically
      rows={assessments.toSorted(byCountryName(locale, (a) => a.country.names))}
      rowProps={(a) => ({ 'data-assessment-id': a.id, 'data-year': a.cycle.year })}
      initialSort={{ key: 'cycle', direction: 'descending' }}
      pageSize={PAGE_SIZE}
      empty={<EmptyState>{t('assessments.none')}</EmptyState>}
      isBoxed
    />
  );
}
