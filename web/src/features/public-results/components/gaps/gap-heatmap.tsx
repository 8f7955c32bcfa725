import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Locale, type Region, type GapAnalysis, type GapCountsView as GapCounts } from '@gci/shared';
import { tableClasses } from '../../../../components/data-table/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './gap-heatmap.module.css';

export interface GapSelection {
  indicator: string;
  /** null: all regions */
  region: Region | null;
}

interface Props {
  data: GapAnalysis;
  selected: GapSelection | null;
  onSelect: (selection: GapSelection) => void;
  locale: Locale;
}

/** Five shades of one ramp, darker for larger shares; the percentage is always written in the cell. */
export const heatLevel = (share: number | null): number => (share === null ? -1 : Math.min(4, Math.floor(share * 5)));

/** Indicators (rows, grouped by pillar) × ITU regions (columns): the share of countries not meeting each. */
export function GapHeatmap({ data, selected, onSelect, locale }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cell = (indicator: string, region: Region | null, counts: GapCounts) => {
    const isSelected = selected?.indicator === indicator && selected.region === region;
    return (
      <td className={styles.cell} data-level={heatLevel(counts.share)} data-region={region ?? 'all'}>
        {counts.share === null ? (
          <span className={styles.none}>–</span>
        ) : (
          <button type="button" className={styles.button} aria-pressed={isSelected} onClick={() => onSelect({ indicator, region })}>
            {format.percent(counts.share)}
            <span className="visually-hidden"> {t('public.gaps.cellDetail', { notMeeting: counts.notMeeting, assessed: counts.assessed })}</span>
          </button>
        )}
      </td>
    );
  };
  return (
    <div className={styles.scroll}>
      <table className={`${tableClasses.table} ${styles.heatmap}`}>
        <caption className={`${tableClasses.caption} ${styles.caption}`}>{t('public.gaps.caption', { threshold: format.percent(data.threshold) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.gaps.indicator')}</th>
            <th scope="col">{t('public.gaps.allRegions')}</th>
            {data.regions.map((region) => (
              <th scope="col" key={region}>
                {t(`regions.${region}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.pillars.map((pillar) => (
            <Fragment key={pillar.key}>
              <tr className={styles.pillar}>
                <th scope="colgroup" colSpan={data.regions.length + 2}>
                  {localize(pillar.name, locale)}
                </th>
              </tr>
              {data.indicators
                .filter((indicator) => indicator.pillarKey === pillar.key)
                .map((indicator) => (
                  <tr key={indicator.key} data-indicator={indicator.key}>
                    <th scope="row">{localize(indicator.title, locale)}</th>
                    {cell(indicator.key, null, indicator)}
                    {indicator.byRegion.map((counts) => (
                      <Fragment key={counts.region}>{cell(indicator.key, counts.region, counts)}</Fragment>
                    ))}
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
