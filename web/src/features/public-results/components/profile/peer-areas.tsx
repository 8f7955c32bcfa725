import { useTranslation } from 'react-i18next';
import { localize, type Locale, type PeerArea } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './peer-areas.module.css';

/** One list of areas (strengths or growth), each with the country's score and its peers' averages. */
function AreaList({ id, title, intro, areas, empty, locale }: { id: string; title: string; intro: string; areas: PeerArea[]; empty: string; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className={styles.group} aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      <p className={styles.intro}>{intro}</p>
      {areas.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {areas.map((area) => (
            <li key={area.key}>
              <span className={styles.title}>{localize(area.title, locale)}</span>
              <span className={styles.figures}>
                {t('public.profile.areaFigures', {
                  score: format.percent(area.score),
                  region: area.regionAverage === null ? '–' : format.percent(area.regionAverage),
                  tier: area.tierAverage === null ? '–' : format.percent(area.tierAverage),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Areas of relative strength" and "areas of potential growth": compared with the region and tier averages. */
export function PeerAreas({ strengths, growth, locale }: { strengths: PeerArea[]; growth: PeerArea[]; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className={styles.areas}>
      <AreaList
        id="strengths"
        title={t('public.profile.strengths')}
        intro={t('public.profile.strengthsIntro')}
        areas={strengths}
        empty={t('public.profile.noStrengths')}
        locale={locale}
      />
      <AreaList
        id="growth"
        title={t('public.profile.growth')}
        intro={t('public.profile.growthIntro')}
        areas={growth}
        empty={t('public.profile.noGrowth')}
        locale={locale}
      />
    </div>
  );
}
