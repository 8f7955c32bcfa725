import { useTranslation } from 'react-i18next';
import { localize, type Locale, type PeerArea } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import titleFigures from '../title-figures.module.css';
import styles from './peer-areas.module.css';

/** The words of each list: its heading, what it compares, and what it says when it is empty. */
const TEXTS = {
  strengths: { title: 'public.profile.strengths', intro: 'public.profile.strengthsIntro', empty: 'public.profile.noStrengths' },
  growth: { title: 'public.profile.growth', intro: 'public.profile.growthIntro', empty: 'public.profile.noGrowth' },
} as const;

/** One list of areas (strengths or growth), each with the country's score and its peers' averages. */
function AreaList({ kind, areas, locale }: { kind: keyof typeof TEXTS; areas: PeerArea[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const texts = TEXTS[kind];
  return (
    <section className={styles.group} aria-labelledby={kind} data-testid={kind}>
      <h3 id={kind}>{t(texts.title)}</h3>
      <p className={styles.intro}>{t(texts.intro)}</p>
      {areas.length === 0 ? (
        <EmptyState>{t(texts.empty)}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {areas.map((area) => (
            <li key={area.key}>
              <span className={titleFigures.title}>{localize(area.title, locale)}</span>
              <span className={titleFigures.figures}>
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
  return (
    <div className={styles.areas}>
      <AreaList kind="strengths" areas={strengths} locale={locale} />
      <AreaList kind="growth" areas={growth} locale={locale} />
    </div>
  );
}
