import { useTranslation } from 'react-i18next';
import { REGIONS, type PublishedCycle, type Region } from '@gci/shared';
import { FormField } from '../../../components/form-field/index.tsx';
import { RegionOptions } from '../../../components/select-options/index.tsx';
import styles from './results-filters.module.css';

interface Props {
  cycles: PublishedCycle[];
  year: number;
  region: Region | null;
  onYearChange: (year: number) => void;
  onRegionChange: (region: Region | null) => void;
}

export function ResultsFilters({ cycles, year, region, onYearChange, onRegionChange }: Props) {
  const { t } = useTranslation();
  return (
    <form className={styles.filters} aria-label={t('results.filters')} onSubmit={(event) => event.preventDefault()}>
      <FormField label={t('results.cycle')} className={styles.field}>
        {(control) => (
          <select {...control} name="cycle" value={year} onChange={(event) => onYearChange(Number(event.target.value))}>
            {cycles.map((cycle) => (
              <option key={cycle.id} value={cycle.year}>
                {cycle.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('results.region')} className={styles.field}>
        {(control) => (
          <select {...control} name="region" value={region ?? ''} onChange={(event) => onRegionChange(REGIONS.find((r) => r === event.target.value) ?? null)}>
            <RegionOptions all={t('results.allRegions')} />
          </select>
        )}
      </FormField>
    </form>
  );
}
