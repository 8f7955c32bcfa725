import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type CountryResult, type Locale } from '@gci/shared';
import { publicPaths } from '../../lib/paths.ts';
import type { RegionAverage } from '../../lib/region-averages.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

interface Props {
  year: number;
  chosen: CountryResult[];
  averages: Map<string, RegionAverage>;
  locale: Locale;
}

/** Pillar by pillar, each country's score next to its own region's average and the difference. */
export function CompareTable({ year, chosen, averages, locale }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const pillars = chosen[0]?.pillars ?? [];
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${format.score(Math.abs(value))}`;
  const cell = (score: number, average: number | undefined, max: number) => (
    <>
      <span className="compare-table__score">
        {format.score(score)} / {format.bound(max)}
      </span>
      {average !== undefined && (
        <span className="compare-table__average">{t('public.compare.vsRegion', { average: format.score(average), difference: signed(score - average) })}</span>
      )}
    </>
  );
  return (
    <table className="data-table compare-table">
      <caption>{t('public.compare.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('public.profile.pillar')}</th>
          {chosen.map((c) => (
            <th scope="col" key={c.iso3} data-iso3={c.iso3}>
              <Link to={publicPaths.country(year, c.iso3)}>{localize(c.names, locale)}</Link>
              <span className="compare-table__tier">
                <TierBadge tier={c.tier} /> <span className="muted">{t(`regions.${c.region}`)}</span>
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {pillars.map((pillar) => (
          <tr key={pillar.key}>
            <th scope="row">{localize(pillar.name, locale)}</th>
            {chosen.map((c) => {
              const own = c.pillars.find((p) => p.key === pillar.key);
              return <td key={c.iso3}>{cell(own?.score ?? 0, averages.get(c.region)?.pillars.get(pillar.key), own?.max ?? pillar.max)}</td>;
            })}
          </tr>
        ))}
        <tr className="compare-table__overall">
          <th scope="row">{t('results.overallScore')}</th>
          {chosen.map((c) => (
            <td key={c.iso3}>{cell(c.overall, averages.get(c.region)?.overall, 100)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
