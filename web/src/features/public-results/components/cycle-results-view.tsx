import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { regionOf, type CycleResults, type PublishedCycle, type Region } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import styles from './cycle-results-view.module.css';
import { groupByTier, isTopBand } from '../lib/group-by-tier.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { DemoBanner } from './demo-banner.tsx';
import { Downloads } from './downloads.tsx';
import { FindCountry } from './find-country.tsx';
import { MapSection } from './map/map-section.tsx';
import { PageIntro } from './page-intro.tsx';
import { PublicPageLinks } from './public-page-links.tsx';
import { ResultsFilters } from './results-filters.tsx';
import { TierOverview } from './tier-overview.tsx';
import { TierSection } from './tier-section.tsx';

interface Props {
  cycles: PublishedCycle[];
  results: CycleResults;
}

/** The public results of one cycle, grouped by tier. The region filter lives in `?region=`. */
export function CycleResultsView({ cycles, results }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('region');
  const region = regionOf(asked);
  const { cycle } = results;

  const groups = useMemo(() => groupByTier(results, locale, region), [results, locale, region]);
  const shownCountries = useMemo(() => groups.flatMap((group) => group.countries), [groups]);
  const shown = groups.reduce((sum, group) => sum + group.countries.length, 0);

  const setRegion = (next: Region | null) => {
    const params = new URLSearchParams(searchParams);
    if (next) params.set('region', next);
    else params.delete('region');
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };
  const setYear = (year: number) => {
    const query = searchParams.toString();
    void navigate(`/cycles/${year}${query ? `?${query}` : ''}`);
  };

  return (
    <div>
      <PageTitle title={cycle.name} />
      {cycle.isDemo && <DemoBanner />}
      <PageIntro
        title={<bdi>{cycle.name}</bdi>}
        subtitle={[t('results.published', { date: format.date(cycle.publishedAt) }), cycle.importedFrom && t('imported.from', { source: cycle.importedFrom })]
          .filter(Boolean)
          .join(' · ')}
      >
        {t('results.intro')}
      </PageIntro>
      <PublicPageLinks year={cycle.year} current="results" />
      <FindCountry year={cycle.year} countries={results.countries} />
      <ListToolbar>
        <ResultsFilters cycles={cycles} year={cycle.year} region={region} onYearChange={setYear} onRegionChange={setRegion} />
        <ListCount>{t('results.shown', { count: shown })}</ListCount>
      </ListToolbar>
      <TierOverview groups={groups} />
      <MapSection year={cycle.year} tiers={results.tiers} countries={shownCountries} locale={locale} />
      <div id="tier-lists" tabIndex={-1} className={styles.lists}>
        {groups.map((group) => (
          <TierSection key={group.tier.tier} year={cycle.year} group={group} isTopBand={isTopBand(group.tier, results.tiers)} />
        ))}
      </div>
      <Downloads year={cycle.year} />
    </div>
  );
}
