import { useTranslation } from 'react-i18next';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import type { TierCountRow } from './tier-counts-chart.tsx';

/** Countries per tier under the baseline and the scenario, with the difference. */
export function TierCountsTable({ rows, format }: { rows: readonly TierCountRow[]; format: Formatters }) {
  const { t } = useTranslation();
  return (
    <table className="data-table data-table--compact tier-counts" data-testid="tier-counts">
      <caption>{t('workbench.whatIf.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workbench.common.tier')}</th>
          <th scope="col">{t('workbench.whatIf.baseline')}</th>
          <th scope="col">{t('workbench.whatIf.scenario')}</th>
          <th scope="col">{t('workbench.whatIf.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.tier} data-tier={r.tier}>
            <th scope="row">
              <TierBadge tier={r.tier} /> <span>{r.name}</span>
            </th>
            <td data-column="baseline">{format.integer(r.baseline)}</td>
            <td data-column="scenario">{format.integer(r.scenario)}</td>
            <td data-column="difference" className={r.scenario !== r.baseline ? 'is-changed' : undefined}>
              {format.signed(r.scenario - r.baseline)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
