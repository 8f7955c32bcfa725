import { useTranslation } from 'react-i18next';

/** The tier number as text on the tier colour: colour is never the only cue. */
export function TierBadge({ tier }: { tier: number }) {
  const { t } = useTranslation();
  return (
    <span className="tier-badge" data-tier={tier}>
      {t('results.tier', { tier })}
    </span>
  );
}
