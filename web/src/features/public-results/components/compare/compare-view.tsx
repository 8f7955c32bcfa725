import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localize, type CycleResults } from '@gci/shared';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { parseChosen, regionAverages } from '../../lib/region-averages.ts';
import { DemoBanner } from '../demo-banner.tsx';
import { PageIntro } from '../page-intro.tsx';
import { PublicPageLinks } from '../public-page-links.tsx';
import { CompareChart } from './compare-chart.tsx';
import { CompareTable } from './compare-table.tsx';
import { CountryPicker } from './country-picker.tsx';
import styles from './compare-view.module.css';

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
    <div>
      <PageTitle title={`${t('public.compare.title')} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <PageIntro title={t('public.compare.title')} subtitle={<bdi>{cycle.name}</bdi>}>
        {t('public.compare.intro')}
      </PageIntro>
      <PublicPageLinks year={cycle.year} current="compare" />
      <CountryPicker countries={results.countries} chosen={chosen} max={MAX_COUNTRIES} locale={locale} onChange={setChosen} />
      {chosen.length === 0 ? (
        <EmptyState>{t('public.compare.empty')}</EmptyState>
      ) : (
        <section aria-labelledby="compare-result-title" className={styles.section}>
          <h2 id="compare-result-title">{t('public.compare.byPillar')}</h2>
          <CompareChart pillars={results.pillars} chosen={chosen} averages={averages} locale={locale} />
          <CompareTable year={cycle.year} pillars={results.pillars} chosen={chosen} averages={averages} locale={locale} />
        </section>
      )}
    </div>
  );
}
