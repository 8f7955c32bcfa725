import { useTranslation } from 'react-i18next';
import { localize, type DistanceToNextTierView, type Locale, type TierInfo } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';

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
  if (!distance) return <p className="muted">{t('public.profile.distanceUnavailable')}</p>;
  if (distance.nextTier === null) return <p>{t('public.profile.topTier')}</p>;
  const next = tiers.find((tier) => tier.tier === distance.nextTier);
  const nextName = next ? localize(next.name, locale) : '';
  return (
    <div className="next-tier">
      <p>
        {t('public.profile.distanceIntro', { tier: distance.nextTier, name: nextName, min: format.bound(distance.nextTierMin ?? 0), gap: format.points(distance.gap) })}
      </p>
      {!distance.reachable && <p className="muted">{t('public.profile.unreachable')}</p>}
      <ol className="next-tier__steps">
        {distance.steps.map((step) => (
          <li key={step.questionKey}>
            <span className="next-tier__action">{t('public.profile.putInPlace', { title: localize(step.title, locale) })}</span>
            <span className="next-tier__meta">
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
