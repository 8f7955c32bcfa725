import { useTranslation } from 'react-i18next';
import type { TierProbability } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';

/** A country's tier probabilities as one stacked bar in the tier colours, with the numbers in words beside it. */
export function TierProbabilityBar({ tiers, format }: { tiers: readonly TierProbability[]; format: Formatters }) {
  const { t } = useTranslation();
  const shown = tiers.filter((p) => p.probability > 0);
  return (
    <div className="probability">
      <div className="probability__bar" aria-hidden="true">
        {shown.map((p) => (
          <span key={p.tier} data-tier={p.tier} style={{ inlineSize: `${100 * p.probability}%` }} title={`${t('results.tier', { tier: p.tier })}: ${format.percent1(p.probability)}`} />
        ))}
      </div>
      <span className="probability__text">{shown.map((p) => `${t('results.tier', { tier: p.tier })} ${format.percent(p.probability)}`).join(' · ')}</span>
    </div>
  );
}
