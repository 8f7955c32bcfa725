import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import type { TierCountRow } from './tier-counts-chart.tsx';
import styles from './tier-counts-table.module.css';

/** Countries per tier under the baseline and the scenario, with the difference. */
export function TierCountsTable({ rows, format }: { rows: readonly TierCountRow[]; format: Formatters }) {
  const { t } = useTranslation();
  const columns: Column<TierCountRow>[] = [
    {
      key: 'tier',
      header: t('workbench.common.tier'),
      isRowHeader: true,
      cell: (r) => (
        <>
          <TierBadge tier={r.tier} /> <span>{r.name}</span>
        </>
      ),
    },
    {
      key: 'baseline',
      header: t('workbench.whatIf.baseline'),
      isNumeric: true,
      cellProps: () => ({ 'data-column': 'baseline' }),
      cell: (r) => format.integer(r.baseline),
    },
    {
      key: 'scenario',
      header: t('workbench.whatIf.scenario'),
      isNumeric: true,
      cellProps: () => ({ 'data-column': 'scenario' }),
      cell: (r) => format.integer(r.scenario),
    },
    {
      key: 'difference',
      header: t('workbench.whatIf.difference'),
      isNumeric: true,
      cellProps: (r) => ({ 'data-column': 'difference', className: r.scenario !== r.baseline ? styles.changed : undefined }),
      cell: (r) => format.signed(r.scenario - r.baseline),
    },
  ];
  return (
    <DataTable
      caption={t('workbench.whatIf.countsCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.tier)}
      rowProps={(r) => ({ 'data-tier': r.tier })}
      density="compact"
      className={styles.table}
      testId="tier-counts"
    />
  );
}
