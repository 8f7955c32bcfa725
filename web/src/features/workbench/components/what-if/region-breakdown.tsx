import { useTranslation } from 'react-i18next';
import type { RegionRow } from '../../lib/tier-summary.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';

/** Per ITU region, the scenario's countries per tier (with the change against the baseline). */
export function RegionBreakdown({ rows, tiers, format }: { rows: readonly RegionRow[]; tiers: readonly number[]; format: Formatters }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact region-breakdown" data-testid="region-breakdown">
        <caption>{t('workbench.whatIf.regionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workbench.common.region')}</th>
            {tiers.map((tier) => (
              <th scope="col" key={tier}>
                {t('results.tier', { tier })}
              </th>
            ))}
            <th scope="col">{t('workbench.whatIf.changedTier')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.region} data-region={r.region}>
              <th scope="row">{t(`regions.${r.region}`)}</th>
              {tiers.map((tier, i) => {
                const diff = r.scenario[i]! - r.baseline[i]!;
                return (
                  <td key={tier}>
                    {format.integer(r.scenario[i]!)}
                    {diff !== 0 && <span className="delta"> ({format.signed(diff)})</span>}
                  </td>
                );
              })}
              <td>{format.integer(r.changed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
