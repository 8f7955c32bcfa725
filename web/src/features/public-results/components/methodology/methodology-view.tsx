import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import type { PublicMethodology } from '@gci/shared/schemas/public-api';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { tierBand } from '../../lib/tier-band.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { DemoBanner } from '../demo-banner.tsx';
import { PublicPageLinks } from '../public-page-links.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { MethodologyChanges } from './methodology-changes.tsx';
import { StabilitySummary } from './stability-summary.tsx';
import { WeightsTable } from './weights-table.tsx';

/** The methodology of a published cycle, generated from the published version itself. */
export function MethodologyView({ data }: { data: PublicMethodology }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  const { cycle, methodology } = data;
  const pillars = data.rows.filter((r) => r.depth === 0);
  const below = (pillarKey: string) => {
    const keys = new Set([pillarKey]);
    return data.rows.filter((r) => r.parentKey !== null && keys.has(r.parentKey) && keys.add(r.key));
  };
  return (
    <div className="methodology">
      <PageTitle title={`${t('public.methodology.title')} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <div className="results__intro">
        <h1>{t('public.methodology.title')}</h1>
        <p className="results__published">
          <bdi>{cycle.name}</bdi>
          {localize(methodology.name, locale) !== cycle.name && (
            <>
              {' · '}
              <bdi>{localize(methodology.name, locale)}</bdi>
            </>
          )}
        </p>
        <p>{t('public.methodology.intro')}</p>
      </div>
      <PublicPageLinks year={cycle.year} current="methodology" />

      <section className="profile__section" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('public.methodology.tiers')}</h2>
        <table className="data-table">
          <caption className="visually-hidden">{t('public.methodology.tiers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('public.profile.tier')}</th>
              <th scope="col">{t('public.methodology.tierName')}</th>
              <th scope="col">{t('public.profile.band')}</th>
            </tr>
          </thead>
          <tbody>
            {data.tiers.map((tier) => {
              const band = tierBand(tier.tier, data.tiers);
              const range = { min: format.bound(tier.min), max: format.bound(tier.max) };
              return (
                <tr key={tier.tier}>
                  <th scope="row">
                    <TierBadge tier={tier.tier} />
                  </th>
                  <td>{localize(tier.name, locale)}</td>
                  <td>{t(band?.isTop ? 'results.bandTop' : 'results.band', range)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="profile__section" aria-labelledby="scoring-title">
        <h2 id="scoring-title">{t('public.methodology.scoringTitle')}</h2>
        <ul className="prose-list">
          <li>{t('public.methodology.pillarMax', { max: format.bound(methodology.pillarMax), pillars: pillars.length })}</li>
          <li>{t(`public.methodology.aggregation.${methodology.aggregation}`)}</li>
          <li>{t('public.methodology.normalisedWeights')}</li>
          <li>{t(`public.methodology.missing.${methodology.missingPolicy}`)}</li>
          <li>{t('public.methodology.boundary')}</li>
        </ul>
      </section>

      <section className="profile__section" aria-labelledby="weights-title">
        <h2 id="weights-title">{t('public.methodology.structure')}</h2>
        <p className="muted">{t('public.methodology.structureIntro')}</p>
        {pillars.map((pillar) => (
          <WeightsTable key={pillar.key} pillar={pillar} rows={below(pillar.key)} locale={locale} />
        ))}
      </section>

      <section className="profile__section" aria-labelledby="changes-title">
        <h2 id="changes-title">{t('public.methodology.changesTitle')}</h2>
        <MethodologyChanges previous={data.previous} locale={locale} />
      </section>

      <section className="profile__section" aria-labelledby="stability-title">
        <h2 id="stability-title">{t('public.methodology.stabilityTitle')}</h2>
        <StabilitySummary stability={data.stability} locale={locale} />
      </section>
    </div>
  );
}
