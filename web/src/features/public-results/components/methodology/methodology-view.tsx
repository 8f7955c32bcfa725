import { useTranslation } from 'react-i18next';
import { localize, type PublicMethodology } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { tierBand } from '../../lib/tier-band.ts';
import { DemoBanner } from '../demo-banner.tsx';
import { PeerRuleSentence } from '../peer-rule-sentence.tsx';
import { PageIntro } from '../page-intro.tsx';
import { PublicPageLinks } from '../public-page-links.tsx';
import { MethodologyChanges } from './methodology-changes.tsx';
import { StabilitySummary } from './stability-summary.tsx';
import { WeightsTable } from './weights-table.tsx';
import styles from './methodology-view.module.css';

/** The methodology of a published cycle, generated from the published version itself. */
export function MethodologyView({ data }: { data: PublicMethodology }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { locale } = format;
  const { cycle, methodology } = data;
  const pillars = data.rows.filter((r) => r.depth === 0);
  const below = (pillarKey: string) => {
    const keys = new Set([pillarKey]);
    return data.rows.filter((r) => r.parentKey !== null && keys.has(r.parentKey) && keys.add(r.key));
  };
  const methodologyName = localize(methodology.name, locale);
  return (
    <div>
      <PageTitle title={`${t('public.methodology.title')} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <PageIntro
        title={t('public.methodology.title')}
        subtitle={
          <>
            <bdi>{cycle.name}</bdi>
            {methodologyName !== cycle.name && (
              <>
                {' · '}
                <bdi>{methodologyName}</bdi>
              </>
            )}
          </>
        }
      >
        {t('public.methodology.intro')}
      </PageIntro>
      <PublicPageLinks year={cycle.year} current="methodology" />

      <section className={styles.section} aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('public.methodology.tiers')}</h2>
        <DataTable
          caption={t('public.methodology.tiers')}
          isCaptionHidden
          isBoxed
          density="compact"
          rows={data.tiers}
          rowKey={(tier) => String(tier.tier)}
          columns={[
            { key: 'tier', header: t('public.profile.tier'), isRowHeader: true, cell: (tier) => <TierBadge tier={tier.tier} /> },
            { key: 'name', header: t('public.methodology.tierName'), cell: (tier) => localize(tier.name, locale) },
            {
              key: 'band',
              header: t('public.profile.band'),
              cell: (tier) =>
                t(tierBand(tier.tier, data.tiers)?.isTop ? 'results.bandTop' : 'results.band', { min: format.bound(tier.min), max: format.bound(tier.max) }),
            },
          ]}
        />
      </section>

      <section className={styles.section} aria-labelledby="scoring-title">
        <h2 id="scoring-title">{t('public.methodology.scoringTitle')}</h2>
        <ul className={styles.rules}>
          <li>{t('public.methodology.pillarMax', { max: format.bound(methodology.pillarMax), pillars: pillars.length })}</li>
          <li>{t(`public.methodology.aggregation.${methodology.aggregation}`)}</li>
          <li>{t('public.methodology.normalisedWeights')}</li>
          <li>{t(`public.methodology.missing.${methodology.missingPolicy}`)}</li>
          {methodology.missingPolicy === 'exclude' && (
            <li data-testid="min-coverage">
              {methodology.minCoverage > 0
                ? t('public.methodology.minCoverage', { share: format.percent(methodology.minCoverage) })
                : t('public.methodology.noMinCoverage')}
            </li>
          )}
          <li>{t('public.methodology.boundary')}</li>
          <li>
            <PeerRuleSentence rule={methodology.peerAreas} />
          </li>
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="weights-title">
        <h2 id="weights-title">{t('public.methodology.structure')}</h2>
        <p className={styles.note}>{t('public.methodology.structureIntro')}</p>
        {pillars.map((pillar) => (
          <WeightsTable key={pillar.key} pillar={pillar} rows={below(pillar.key)} locale={locale} />
        ))}
      </section>

      <section className={styles.section} aria-labelledby="changes-title">
        <h2 id="changes-title">{t('public.methodology.changesTitle')}</h2>
        <MethodologyChanges previous={data.previous} locale={locale} />
      </section>

      <section className={styles.section} aria-labelledby="stability-title">
        <h2 id="stability-title">{t('public.methodology.stabilityTitle')}</h2>
        <StabilitySummary stability={data.stability} />
      </section>
    </div>
  );
}
