import { useTranslation } from 'react-i18next';
import type { TierProbability } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import styles from './tier-probability-bar.module.css';

/** A country's tier probabilities as one stacked bar in the tier colours, with the numbers in words beside it. */
export function TierProbabilityBar({ tiers, format }: { tiers: readonly TierProbability[]; format: Formatters }) {
  const { t } = useTranslation();
  const shown = tiers.filter((p) => p.probability > 0);
  return (
    <div className={styles.probability}>
      <div className={styles.bar} aria-hidden="true" data-testid="probability-bar">
        {shown.map((p) => (
          <span
            key={p.tier}
            data-tier={p.tier}
            style={{ inlineSize: `${100 * p.probability}%` }}
            title={`${t('ui.tier', { tier: p.tier })}: ${format.percent1(p.probability)}`}
          />
        ))}
      </div>
      <span className={styles.text} data-testid="probability-text">
        {shown.map((p) => `${t('ui.tier', { tier: p.tier })} ${format.percent(p.probability)}`).join(' · ')}
      </span>
    </div>
  );
}
