import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localize, type CycleResults } from '@gci/shared';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { parseChosen, regionAverages } from '../../lib/region-averages.ts';
import { DemoBanner } from '../demo-banner.tsx';
import { PublicPageLinks } from '../public-page-links.tsx';
import { CompareChart } from './compare-chart.tsx';
import { CompareTable } from './compare-table.tsx';
import { CountryPicker } from './country-picker.tsx';

const MAX_COUNTRIES = 4;

/** Up to four countries side by side, pillar by pillar, each against its own region's average. No ranks. */
export function CompareView({ results }: { results: CycleResults }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const { cycle } = results;
  const byIso = useMemo(() => new Map(results.countries.map((c) => [c.iso3, c])), [results]);
  const averages = useMemo(() => regionAverages(results.countries), [results]);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  // Alphabetical, whatever order they were chosen in.
  const chosen = parseChosen(searchParams.get('countries'), new Set(byIso.keys()), MAX_COUNTRIES)
    .map((code) => byIso.get(code)!)
    .sort((a, b) => collator.compare(localize(a.names, locale), localize(b.names, locale)));

  const setChosen = (codes: string[]) => {
    const params = new URLSearchParams(searchParams);
    if (codes.length) params.set('countries', codes.join(','));
    else params.delete('countries');
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };

  return (
    <div className="compare">
      <PageTitle title={`${t('public.compare.title')} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <div className="results__intro">
        <h1>{t('public.compare.title')}</h1>
        <p className="results__published">
          <bdi>{cycle.name}</bdi>
        </p>
        <p>{t('public.compare.intro')}</p>
      </div>
      <PublicPageLinks year={cycle.year} current="compare" />
      <CountryPicker countries={results.countries} chosen={chosen} max={MAX_COUNTRIES} locale={locale} onChange={setChosen} />
      {chosen.length === 0 ? (
        <p className="muted">{t('public.compare.empty')}</p>
      ) : (
        <section aria-labelledby="compare-result-title" className="profile__section">
          <h2 id="compare-result-title">{t('public.compare.byPillar')}</h2>
          <CompareChart chosen={chosen} averages={averages} locale={locale} />
          <CompareTable year={cycle.year} chosen={chosen} averages={averages} locale={locale} />
        </section>
      )}
    </div>
  );
}
