import { useTranslation } from 'react-i18next';
import { localize, type CountryResult, type Locale, type PillarInfo } from '@gci/shared';
import type { RegionAverage } from '../../lib/region-averages.ts';
import { PillarBarChart } from '../pillar-bar-chart.tsx';
import styles from './compare-chart.module.css';

// One colour per chosen country: the chart series of styles/tokens.css.
const SERIES = ['--series-1', '--series-2', '--series-3', '--series-4'] as const;

interface Props {
  /** the cycle's pillars, in the methodology's order */
  pillars: PillarInfo[];
  chosen: CountryResult[];
  averages: Map<string, RegionAverage>;
  locale: Locale;
}

/**
 * Grouped bars by pillar: each chosen country (solid) next to the average of its own region
 * (the same colour, pale and dashed). The table below carries the same figures for assistive technology.
 */
export function CompareChart({ pillars, chosen, averages, locale }: Props) {
  const { t } = useTranslation();
  const colorOf = (i: number) => `var(${SERIES[i % SERIES.length]!})`;
  const rows = pillars.map((pillar) => ({
    key: pillar.key,
    name: localize(pillar.name, locale),
    bars: chosen.flatMap((c, i) => [
      { key: c.iso3, value: c.pillars.find((p) => p.key === pillar.key)?.score ?? 0, color: colorOf(i) },
      { key: `avg-${c.iso3}`, value: averages.get(c.region)?.pillars.get(pillar.key) ?? 0, color: colorOf(i), isReference: true },
    ]),
  }));
  const max = Math.max(20, ...pillars.map((p) => p.max));
  const legend = (
    <ul className={styles.legend}>
      {chosen.flatMap((c, i) => {
        const name = localize(c.names, locale);
        return [
          <li key={c.iso3}>
            <span className={styles.swatch} style={{ background: colorOf(i) }} /> {name}
          </li>,
          <li key={`avg-${c.iso3}`}>
            <span className={`${styles.swatch} ${styles.reference}`} style={{ background: colorOf(i), borderColor: colorOf(i) }} />{' '}
            {t('public.compare.countryRegionAverage', { name, region: t(`regions.${c.region}`) })}
          </li>,
        ];
      })}
    </ul>
  );
  return <PillarBarChart rows={rows} max={max} footer={legend} />;
}
