import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type LocalizedString, type Region, type TierChange } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { TierChangesTable } from '../what-if/tier-changes-table.tsx';

interface Props {
  changes: readonly TierChange[];
  names: ReadonlyMap<string, LocalizedString>;
  regionOf: ReadonlyMap<string, Region>;
  beforeLabel: string;
  afterLabel: string;
  format: Formatters;
}

/** The countries that change tier, filterable by ITU region. */
export function MoversSection({ changes, names, regionOf, beforeLabel, afterLabel, format }: Props) {
  const { t } = useTranslation();
  const [region, setRegion] = useState<Region | ''>('');
  const shown = region ? changes.filter((c) => regionOf.get(c.country) === region) : changes;
  return (
    <section className="panel" aria-labelledby="movers-title">
      <h2 id="movers-title">{t('workbench.compare.movers', { count: changes.length })}</h2>
      <div className="filters">
        <div>
          <label htmlFor="movers-region">{t('results.region')}</label>
          <select id="movers-region" name="region" value={region} onChange={(e) => setRegion(e.currentTarget.value as Region | '')}>
            <option value="">{t('results.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`regions.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="filters__status">
          {t('workbench.compare.shown', { count: shown.length })}
        </p>
      </div>
      <TierChangesTable changes={shown} names={names} regionOf={regionOf} format={format} caption={t('workbench.compare.moversCaption')} beforeLabel={beforeLabel} afterLabel={afterLabel} testId="movers" />
    </section>
  );
}
