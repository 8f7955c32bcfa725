import { useTranslation } from 'react-i18next';
import { Bar, Legend } from 'recharts';
import { localize, type CountryResult, type Locale } from '@gci/shared';
import { useTokenColors } from '../../../../lib/use-token-colors.ts';
import type { RegionAverage } from '../../lib/region-averages.ts';
import { PillarBarChart } from '../pillar-bar-chart.tsx';
import styles from './compare-chart.module.css';

// One colour per chosen country: the chart series of styles/tokens.css.
const SERIES = ['--series-1', '--series-2', '--series-3', '--series-4'] as const;

interface Props {
  chosen: CountryResult[];
  averages: Map<string, RegionAverage>;
  locale: Locale;
}

/**
 * Grouped bars by pillar: each chosen country (solid) next to the average of its own region
 * (the same colour, pale and dashed). The table below carries the same figures for assistive technology.
 */
export function CompareChart({ chosen, averages, locale }: Props) {
  const { t } = useTranslation();
  const tokenColor = useTokenColors();
  const pillars = chosen[0]?.pillars ?? [];
  const data = pillars.map((pillar) => ({
    name: localize(pillar.name, locale),
    ...Object.fromEntries(
      chosen.flatMap((c) => [
        [c.iso3, c.pillars.find((p) => p.key === pillar.key)?.score ?? 0],
        [`avg-${c.iso3}`, averages.get(c.region)?.pillars.get(pillar.key) ?? 0],
      ]),
    ),
  }));
  const max = Math.max(20, ...pillars.map((p) => p.max));
  return (
    <PillarBarChart data={data} max={max} height={340} locale={locale}>
      <Legend itemSorter={null} formatter={(value: string) => <span className={styles.legend}>{value}</span>} />
      {chosen.flatMap((c, i) => {
        const color = tokenColor(SERIES[i % SERIES.length]!);
        const name = localize(c.names, locale);
        return [
          <Bar key={c.iso3} dataKey={c.iso3} name={name} fill={color} isAnimationActive={false} />,
          <Bar
            key={`avg-${c.iso3}`}
            dataKey={`avg-${c.iso3}`}
            name={t('public.compare.countryRegionAverage', { name, region: t(`regions.${c.region}`) })}
            fill={color}
            fillOpacity={0.3}
            stroke={color}
            strokeDasharray="4 2"
            isAnimationActive={false}
          />,
        ];
      })}
    </PillarBarChart>
  );
}
