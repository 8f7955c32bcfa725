import { useTranslation } from 'react-i18next';
import type { ScenarioComparison } from '@gci/shared';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { heatColor } from '../../lib/heat-color.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import styles from './transition-matrix.module.css';

interface Props {
  comparison: Pick<ScenarioComparison, 'tiers' | 'matrix'>;
  beforeLabel: string;
  afterLabel: string;
  format: Formatters;
}

/**
 * The tier transition matrix as a real table (rows: tier before, columns: tier after) with the
 * count in every cell; the heat colour only repeats the count. The diagonal (no change) is outlined.
 */
export function TransitionMatrix({ comparison, beforeLabel, afterLabel, format }: Props) {
  const { t } = useTranslation();
  const { tiers, matrix } = comparison;
  const max = Math.max(1, ...matrix.flat());
  const rows = tiers.map((from, i) => ({ from, counts: matrix[i] ?? [] }));
  const columns: Column<(typeof rows)[number]>[] = [
    {
      key: 'from',
      header: (
        <span className={styles.corner}>
          {beforeLabel} ↓ / {afterLabel} →
        </span>
      ),
      isRowHeader: true,
      headerProps: { className: styles.center },
      cellProps: () => ({ className: styles.center }),
      cell: (r) => (
        <>
          <span className="visually-hidden">{beforeLabel}: </span>
          {t('ui.tier', { tier: r.from })}
        </>
      ),
    },
    ...tiers.map((to, j) => ({
      key: `to-${to}`,
      header: (
        <>
          <span className="visually-hidden">{afterLabel}: </span>
          {t('ui.tier', { tier: to })}
        </>
      ),
      headerProps: { className: styles.center },
      cellProps: (r: (typeof rows)[number]) => {
        const count = r.counts[j] ?? 0;
        return { className: `${styles.count} ${r.from === to ? styles.same : ''}`, style: heatColor(count / max), 'data-from': r.from, 'data-to': to };
      },
      cell: (r: (typeof rows)[number]) => format.integer(r.counts[j] ?? 0),
    })),
  ];
  return (
    <DataTable
      caption={t('workbench.compare.matrixCaption', { before: beforeLabel, after: afterLabel })}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.from)}
      isBoxed
      testId="transition-matrix"
    />
  );
}
