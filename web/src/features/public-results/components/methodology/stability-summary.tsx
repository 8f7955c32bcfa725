import { useTranslation } from 'react-i18next';
import type { Locale, StabilitySummary as Summary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

/** How robust the tiers are to the choice of weights: the share of countries whose tier holds in ≥ 80 % of draws. */
export function StabilitySummary({ stability, locale }: { stability: Summary; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="stability" data-testid="stability-summary">
      <p className="stability__headline">
        {t('public.methodology.stabilityHeadline', {
          stable: format.integer(stability.stable),
          total: format.integer(stability.total),
          threshold: format.percent(stability.threshold),
          spread: format.percent(stability.spread),
        })}
      </p>
      <p className="muted">{t('public.methodology.stabilityMethod', { draws: format.integer(stability.draws), seed: stability.seed })}</p>
      <table className="data-table">
        <caption>{t('public.methodology.stabilityCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.profile.tier')}</th>
            <th scope="col">{t('public.methodology.countries')}</th>
            <th scope="col">{t('public.methodology.stable')}</th>
          </tr>
        </thead>
        <tbody>
          {stability.byTier.map((row) => (
            <tr key={row.tier}>
              <th scope="row">
                <TierBadge tier={row.tier} />
              </th>
              <td className="num">{format.integer(row.countries)}</td>
              <td className="num">{format.integer(row.stable)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
