import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type PublishedCycle, type Region } from '@gci/shared';

interface Props {
  cycles: PublishedCycle[];
  year: number;
  region: Region | null;
  onYearChange: (year: number) => void;
  onRegionChange: (region: Region | null) => void;
}

export function ResultsFilters({ cycles, year, region, onYearChange, onRegionChange }: Props) {
  const { t } = useTranslation();
  const cycleId = useId();
  const regionId = useId();
  return (
    <form className="filters" aria-label={t('results.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={cycleId}>{t('results.cycle')}</label>
        <select id={cycleId} name="cycle" value={year} onChange={(event) => onYearChange(Number(event.target.value))}>
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.year}>
              {cycle.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={regionId}>{t('results.region')}</label>
        <select
          id={regionId}
          name="region"
          value={region ?? ''}
          onChange={(event) => onRegionChange(REGIONS.find((r) => r === event.target.value) ?? null)}
        >
          <option value="">{t('results.allRegions')}</option>
          {REGIONS.map((key) => (
            <option key={key} value={key}>
              {t(`regions.${key}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
