import { useTranslation } from 'react-i18next';
import { localize, type Locale, type TierInfo, type DistanceToNextTierView } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './next-tier.module.css';

interface Props {
  distance: DistanceToNextTierView | null;
  tiers: TierInfo[];
  pillarNames: Map<string, string>;
  locale: Locale;
}

/** The distance to the next tier as a list of actions, in the order the engine applies them. */
export function NextTier({ distance, tiers, pillarNames, locale }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!distance) return <EmptyState>{t('public.profile.distanceUnavailable')}</EmptyState>;
  if (distance.nextTier === null) return <p>{t('public.profile.topTier')}</p>;
  const next = tiers.find((tier) => tier.tier === distance.nextTier);
  const nextName = next ? localize(next.name, locale) : '';
  return (
    <div>
      <p>
        {t('public.profile.distanceIntro', {
          tier: distance.nextTier,
          name: nextName,
          min: format.bound(distance.nextTierMin ?? 0),
          gap: format.points(distance.gap),
        })}
      </p>
      {!distance.reachable && <p className={styles.note}>{t('public.profile.unreachable')}</p>}
      <ol className={styles.steps}>
        {distance.steps.map((step) => (
          <li key={step.questionKey}>
            <span className={styles.action} data-testid="next-tier-action">
              {t('public.profile.putInPlace', { title: localize(step.title, locale) })}
            </span>
            <span className={styles.meta}>
              {pillarNames.get(step.pillarKey)}
              {' · '}
              {t('public.profile.gain', { points: format.points(step.gain) })}
              {step.pointsBefore !== null && step.pointsBefore > 0 && <> · {t('public.profile.partlyInPlace')}</>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
