import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import { useReview } from '../lib/review-context.ts';

/** "Tier 2 · Advancing" on the tier's colour; the number and name are always written out. */
export function TierLabel({ tier, testId }: { tier: number; testId?: string }) {
  const { t } = useTranslation();
  const { methodology, locale } = useReview();
  const threshold = methodology.thresholds.find((th) => th.tier === tier);
  return (
    <span className="tier-badge" data-tier={tier} data-testid={testId}>
      {threshold ? t('review.result.tierNamed', { tier, name: localize(threshold.name, locale) }) : t('review.result.tier', { tier })}
    </span>
  );
}
