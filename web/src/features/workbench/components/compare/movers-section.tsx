import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LocalizedString, type Region, type TierChange } from '@gci/shared';
import { FormField } from '../../../../components/form-field/index.tsx';
import { RegionOptions } from '../../../../components/select-options/index.tsx';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import { TierChangesTable } from '../what-if/tier-changes-table.tsx';
import styles from './movers-section.module.css';

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
    <section className={layout.panel} aria-labelledby="movers-title">
      <h2 id="movers-title">{t('workbench.compare.movers', { count: changes.length })}</h2>
      <div className={styles.filter}>
        <FormField label={t('workbench.common.region')}>
          {(control) => (
            <select {...control} name="region" value={region} onChange={(e) => setRegion(e.currentTarget.value as Region | '')}>
              <RegionOptions all={t('results.allRegions')} />
            </select>
          )}
        </FormField>
        <p role="status" className={styles.shown}>
          {t('workbench.compare.shown', { count: shown.length })}
        </p>
      </div>
      <TierChangesTable
        changes={shown}
        names={names}
        regionOf={regionOf}
        format={format}
        caption={t('workbench.compare.moversCaption')}
        beforeLabel={beforeLabel}
        afterLabel={afterLabel}
        testId="movers"
      />
    </section>
  );
}
