import { useTranslation } from 'react-i18next';

/** The tier number on the tier colour (the global `.tier-badge`); the number is the cue, colour repeats it. */
export function TierTag({ tier, name }: { tier: number; name?: string }) {
  const { t } = useTranslation();
  return (
    <span className="tier-badge" data-tier={tier} title={name}>
      {t('results.tier', { tier })}
    </span>
  );
}
