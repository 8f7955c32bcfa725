import { useTranslation } from 'react-i18next';
import { localize, type CountryProfile, type Locale, type PeerArea } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { PeerRuleSentence } from '../peer-rule-sentence.tsx';
import titleFigures from '../title-figures.module.css';
import styles from './peer-areas.module.css';

/** The words of each list: its heading and what it says when it is empty. */
const TEXTS = {
  strengths: { title: 'public.profile.strengths', empty: 'public.profile.noStrengths' },
  growth: { title: 'public.profile.growth', empty: 'public.profile.noGrowth' },
} as const;

/** One list of areas (strengths or growth), each with the country's score and the average it is compared with, in points of the pillar. */
function AreaList({ kind, areas, max, locale }: { kind: keyof typeof TEXTS; areas: PeerArea[]; max: number; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const texts = TEXTS[kind];
  return (
    <section className={styles.group} aria-labelledby={kind} data-testid={kind}>
      <h3 id={kind}>{t(texts.title)}</h3>
      {areas.length === 0 ? (
        <EmptyState>{t(texts.empty)}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {areas.map((area) => (
            <li key={area.key}>
              <span className={titleFigures.title}>{localize(area.title, locale)}</span>
              <span className={titleFigures.figures}>
                {t('public.profile.areaFigures', { score: format.score(area.score * max), average: format.score(area.average * max) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Areas of relative strength" and "areas of potential growth", under the rule the methodology sets (stated above them). */
export function PeerAreas({ profile, locale }: { profile: Pick<CountryProfile, 'strengths' | 'growth' | 'peerRule'>; locale: Locale }) {
  return (
    <>
      <p className={styles.intro} data-testid="peer-rule">
        <PeerRuleSentence rule={profile.peerRule} />
      </p>
      <div className={styles.areas}>
        <AreaList kind="strengths" areas={profile.strengths} max={profile.peerRule.pillarMax} locale={locale} />
        <AreaList kind="growth" areas={profile.growth} max={profile.peerRule.pillarMax} locale={locale} />
      </div>
    </>
  );
}
