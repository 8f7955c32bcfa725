import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type CountryResult, type Locale, type PillarInfo } from '@gci/shared';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { publicPaths } from '../../lib/paths.ts';
import type { RegionAverage } from '../../lib/region-averages.ts';
import styles from './compare-table.module.css';

interface Props {
  year: number;
  /** the cycle's pillars, in the methodology's order */
  pillars: PillarInfo[];
  chosen: CountryResult[];
  averages: Map<string, RegionAverage>;
  locale: Locale;
}

/** A pillar (or the overall score) and how to read one country's figures on it. */
interface Row {
  key: string;
  title: string;
  isOverall: boolean;
  figures: (country: CountryResult) => { score: number; average: number | undefined; max: number };
}

/** Pillar by pillar, each country's score next to its own region's average and the difference. */
export function CompareTable({ year, pillars, chosen, averages, locale }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${format.score(Math.abs(value))}`;
  const rows: Row[] = [
    ...pillars.map((pillar) => ({
      key: pillar.key,
      title: localize(pillar.name, locale),
      isOverall: false,
      figures: (c: CountryResult) => {
        const own = c.pillars.find((p) => p.key === pillar.key);
        return { score: own?.score ?? 0, average: averages.get(c.region)?.pillars.get(pillar.key), max: own?.max ?? pillar.max };
      },
    })),
    {
      key: 'overall',
      title: t('results.overallScore'),
      isOverall: true,
      figures: (c) => ({ score: c.overall, average: averages.get(c.region)?.overall, max: 100 }),
    },
  ];
  const countryColumn = (c: CountryResult): Column<Row> => ({
    key: c.iso3,
    headerProps: { 'data-iso3': c.iso3 },
    header: (
      <>
        <Link to={publicPaths.country(year, c.iso3)} className={styles.country}>
          {localize(c.names, locale)}
        </Link>
        <span className={styles.tier}>
          <TierBadge tier={c.tier} /> <span>{t(`regions.${c.region}`)}</span>
        </span>
      </>
    ),
    cell: (row) => {
      const { score, average, max } = row.figures(c);
      return (
        <>
          <ScoreDisplay value={score} max={max} className={styles.score} />
          {average !== undefined && (
            <span className={styles.average}>{t('public.compare.vsRegion', { average: format.score(average), difference: signed(score - average) })}</span>
          )}
        </>
      );
    },
  });
  return (
    <DataTable
      caption={t('public.compare.tableCaption')}
      rows={rows}
      rowKey={(row) => row.key}
      rowProps={(row) => ({ className: row.isOverall ? styles.overall : undefined })}
      columns={[{ key: 'pillar', header: t('public.profile.pillar'), isRowHeader: true, cell: (row) => row.title }, ...chosen.map(countryColumn)]}
      isBoxed
      density="compact"
      testId="compare-table"
    />
  );
}
