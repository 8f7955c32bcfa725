import { useTranslation } from 'react-i18next';
import type { ScenarioComparison } from '@gci/shared';
import { heatColor } from '../../lib/heat-color.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';

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
  return (
    <div className="table-wrap">
      <table className="data-table transition-matrix" data-testid="transition-matrix">
        <caption>{t('workbench.compare.matrixCaption', { before: beforeLabel, after: afterLabel })}</caption>
        <thead>
          <tr>
            <td className="transition-matrix__corner">
              <span className="muted">
                {beforeLabel} ↓ / {afterLabel} →
              </span>
            </td>
            {tiers.map((tier) => (
              <th scope="col" key={tier}>
                <span className="visually-hidden">{afterLabel}: </span>
                {t('results.tier', { tier })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tiers.map((from, i) => (
            <tr key={from}>
              <th scope="row">
                <span className="visually-hidden">{beforeLabel}: </span>
                {t('results.tier', { tier: from })}
              </th>
              {tiers.map((to, j) => {
                const count = matrix[i]?.[j] ?? 0;
                return (
                  <td key={to} className={i === j ? 'transition-matrix__same' : undefined} style={heatColor(count / max)} data-from={from} data-to={to}>
                    {format.integer(count)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
