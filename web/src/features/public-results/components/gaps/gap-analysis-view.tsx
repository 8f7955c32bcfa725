import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { regionOf, type CycleResults, type GapAnalysis } from '@gci/shared';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { DemoBanner } from '../demo-banner.tsx';
import { PageIntro } from '../page-intro.tsx';
import { PublicPageLinks } from '../public-page-links.tsx';
import { GapCountries } from './gap-countries.tsx';
import { GapHeatmap, type GapSelection } from './gap-heatmap.tsx';

/** Where capacity building is most needed: indicators × regions, with the countries behind each share. */
export function GapAnalysisView({ data, results }: { data: GapAnalysis; results: CycleResults }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const countries = useMemo(() => new Map(results.countries.map((c) => [c.iso3, c])), [results]);
  const indicator = searchParams.get('indicator');
  const region = searchParams.get('region');
  const selection: GapSelection | null = indicator && data.indicators.some((i) => i.key === indicator) ? { indicator, region: regionOf(region) } : null;
  // Counts the reader's clicks on cells: each one brings the list of countries to where they look.
  const [focusRequest, setFocusRequest] = useState(0);
  const select = (next: GapSelection) => {
    setFocusRequest((n) => n + 1);
    const params = new URLSearchParams(searchParams);
    params.set('indicator', next.indicator);
    if (next.region) params.set('region', next.region);
    else params.delete('region');
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };
  const { cycle } = data;
  return (
    <div>
      <PageTitle title={`${t('public.gaps.title')} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <PageIntro title={t('public.gaps.title')} subtitle={<bdi>{cycle.name}</bdi>}>
        {t('public.gaps.intro')}
      </PageIntro>
      <PublicPageLinks year={cycle.year} current="gaps" />
      <GapHeatmap data={data} selected={selection} onSelect={select} locale={locale} />
      <GapCountries focusRequest={focusRequest} year={cycle.year} data={data} selection={selection} countries={countries} locale={locale} />
    </div>
  );
}
