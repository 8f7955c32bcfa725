import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentStatus, CycleSummary } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** Assessment states in three groups: still with the country, with the reviewers, settled. */
const GROUPS: Record<'withCountry' | 'inReview' | 'validated', readonly AssessmentStatus[]> = {
  withCountry: ['not_started', 'in_progress', 'returned'],
  inReview: ['submitted', 'in_review', 'resubmitted', 'disputed'],
  validated: ['validated', 'accepted', 'final'],
};

const countOf = (c: CycleSummary, group: keyof typeof GROUPS) => GROUPS[group].reduce((sum, status) => sum + c.assessments[status], 0);

/** Every cycle, newest first: its state, dates, participants and where their assessments stand. */
export function CyclesTable({ cycles }: { cycles: readonly CycleSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counted = (key: keyof typeof GROUPS): Column<CycleSummary> => ({
    key,
    header: t(`cyclesAdmin.list.${key}`),
    isNumeric: true,
    sortValue: (c) => countOf(c, key),
    cell: (c) => format.integer(countOf(c, key)),
    cellProps: () => ({ 'data-count': key }),
  });
  const columns: Column<CycleSummary>[] = [
    {
      key: 'name',
      header: t('cyclesAdmin.list.cycle'),
      isRowHeader: true,
      sortValue: (c) => c.year,
      cell: (c) => (
        <Link to={`/admin/cycles/${c.id}`}>
          <bdi>{c.name}</bdi>
        </Link>
      ),
    },
    {
      key: 'status',
      header: t('cyclesAdmin.list.status'),
      sortValue: (c) => c.status,
      cell: (c) => <Tag tone={c.status === 'published' ? 'changed' : 'neutral'}>{t(`workbench.cycleStatus.${c.status}`)}</Tag>,
    },
    { key: 'opens', header: t('cyclesAdmin.list.opens'), sortValue: (c) => Date.parse(c.opensAt), cell: (c) => format.date(c.opensAt) },
    { key: 'closes', header: t('cyclesAdmin.list.closes'), sortValue: (c) => Date.parse(c.closesAt), cell: (c) => format.date(c.closesAt) },
    {
      key: 'participants',
      header: t('cyclesAdmin.list.participants'),
      isNumeric: true,
      sortValue: (c) => c.participants,
      cell: (c) => format.integer(c.participants),
    },
    counted('withCountry'),
    counted('inReview'),
    counted('validated'),
  ];
  return (
    <DataTable
      caption={t('cyclesAdmin.list.caption')}
      isCaptionHidden
      columns={columns}
      rows={cycles}
      rowProps={(c) => ({ 'data-cycle-id': c.id, 'data-year': c.year, 'data-status': c.status })}
      empty={<EmptyState>{t('cyclesAdmin.list.empty')}</EmptyState>}
      isBoxed
    />
  );
}
