import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import type { RegionRow } from '../../lib/tier-summary.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';

/** Per ITU region, the scenario's countries per tier (with the change against the baseline). */
export function RegionBreakdown({ rows, tiers, format }: { rows: readonly RegionRow[]; tiers: readonly number[]; format: Formatters }) {
  const { t } = useTranslation();
  const columns: Column<RegionRow>[] = [
    { key: 'region', header: t('workbench.common.region'), isRowHeader: true, cell: (r) => t(`regions.${r.region}`) },
    ...tiers.map((tier, i): Column<RegionRow> => ({
      key: `tier-${tier}`,
      header: t('ui.tier', { tier }),
      // not isNumeric: "12 (+3)" may wrap, so the table fits beside the weights
      cell: (r) => {
        const diff = r.scenario[i]! - r.baseline[i]!;
        return (
          <>
            {format.integer(r.scenario[i]!)}
            {diff !== 0 && <span className={`${text.muted} ${text.small}`}> ({format.signed(diff)})</span>}
          </>
        );
      },
    })),
    { key: 'changed', header: t('workbench.whatIf.changedTier'), isNumeric: true, cell: (r) => format.integer(r.changed) },
  ];
  return (
    <DataTable
      caption={t('workbench.whatIf.regionsCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.region}
      rowProps={(r) => ({ 'data-region': r.region })}
      density="compact"
      isBoxed
      testId="region-breakdown"
    />
  );
}
