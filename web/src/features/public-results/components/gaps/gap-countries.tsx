import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CountryResult, type Locale, type GapAnalysis } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { CountryList } from '../country-list.tsx';
import styles from './gap-countries.module.css';
import type { GapSelection } from './gap-heatmap.tsx';

interface Props {
  year: number;
  data: GapAnalysis;
  selection: GapSelection | null;
  countries: Map<string, CountryResult>;
  locale: Locale;
  /** changes on each click on a cell: the list then scrolls into view and takes the focus (0: never clicked) */
  focusRequest?: number;
}

/** The drill-down of one heatmap cell: the countries not meeting the indicator, alphabetically, linked to their profiles. */
export function GapCountries({ year, data, selection, countries, locale, focusRequest = 0 }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The table is long: after a click the answer would sit far below, out of sight.
  useEffect(() => {
    if (focusRequest === 0) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [focusRequest]);
  const indicator = selection ? data.indicators.find((i) => i.key === selection.indicator) : undefined;
  const counts = indicator && (selection?.region ? indicator.byRegion.find((r) => r.region === selection.region) : indicator);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const listed = (counts?.countries ?? [])
    .map((iso3) => ({ iso3, name: countries.get(iso3) ? localize(countries.get(iso3)!.names, locale) : iso3 }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className={styles.countries} aria-labelledby="gap-countries-title" aria-live="polite" data-testid="gap-countries">
      <h2 id="gap-countries-title" ref={heading} tabIndex={-1}>
        {t('public.gaps.drillTitle')}
      </h2>
      {!indicator || !counts ? (
        <EmptyState>{t('public.gaps.drillHint')}</EmptyState>
      ) : (
        <>
          <p>
            {t('public.gaps.drillSummary', {
              indicator: localize(indicator.title, locale),
              region: selection?.region ? t(`regions.${selection.region}`) : t('public.gaps.allRegions'),
              notMeeting: counts.notMeeting,
              assessed: counts.assessed,
            })}
          </p>
          {listed.length > 0 && <CountryList year={year} countries={listed} />}
        </>
      )}
    </section>
  );
}
