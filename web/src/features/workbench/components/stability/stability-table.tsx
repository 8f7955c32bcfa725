import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryStability, LocalizedString, Region } from '@gci/shared';
import { nominalProbability } from '../../lib/stability-summary.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { TierProbabilityBar } from './tier-probability-bar.tsx';

interface Props {
  countries: readonly CountryStability[];
  /** 0–1 */
  level: number;
  names: ReadonlyMap<string, LocalizedString>;
  regionOf: ReadonlyMap<string, Region>;
  format: Formatters;
}

/** Every country's tier probabilities, by name; those under the level are flagged (and shown alone by default). */
export function StabilityTable({ countries, level, names, regionOf, format }: Props) {
  const { t } = useTranslation();
  const [onlyFlagged, setOnlyFlagged] = useState(true);
  const nameOf = (iso3: string) => (names.get(iso3) ? format.text(names.get(iso3)!) : iso3);
  const rows = countries
    .map((c) => ({ c, p: nominalProbability(c), isFlagged: nominalProbability(c) < level }))
    .filter((r) => !onlyFlagged || r.isFlagged)
    .sort((x, y) => nameOf(x.c.country).localeCompare(nameOf(y.c.country), format.locale));
  return (
    <>
      <div className="field field--checkbox">
        <input id="only-flagged" type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.currentTarget.checked)} />
        <label htmlFor="only-flagged">{t('workbench.stability.onlyFlagged', { level: format.percent(level) })}</label>
      </div>
      <div className="table-wrap">
        <table className="data-table data-table--compact stability-table" data-testid="stability-table">
          <caption>{t('workbench.stability.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workbench.common.country')}</th>
              <th scope="col">{t('workbench.stability.nominal')}</th>
              <th scope="col">{t('workbench.stability.probabilities')}</th>
              <th scope="col">{t('workbench.stability.nominalProbability')}</th>
              <th scope="col">{t('workbench.stability.band')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ c, p, isFlagged }) => (
              <tr key={c.country} data-iso3={c.country} data-flagged={isFlagged || undefined}>
                <th scope="row">
                  <bdi>{nameOf(c.country)}</bdi> <span className="muted">{regionOf.get(c.country) ? t(`regions.${regionOf.get(c.country)!}`) : ''}</span>
                </th>
                <td>
                  <TierBadge tier={c.nominalTier} /> {format.score(c.nominalOverall)}
                </td>
                <td>
                  <TierProbabilityBar tiers={c.tiers} format={format} />
                </td>
                <td>
                  {format.percent1(p)} {isFlagged && <span className="tag tag--warning">{t('workbench.stability.flag')}</span>}
                </td>
                <td>{t('workbench.stability.bandValue', { p5: format.score(c.p5), p95: format.score(c.p95) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="notice notice--success">{t('workbench.stability.noneFlagged', { level: format.percent(level) })}</p>}
    </>
  );
}
