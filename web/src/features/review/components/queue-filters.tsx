import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { ASSESSMENT_STATUSES, REGIONS, type CountryRef, type CycleSummary } from '@gci/shared';
import { Combobox } from '../../../components/combobox/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { countryOptions } from '../../../lib/match-country.ts';
import { FormField } from '../../../components/form-field/index.tsx';
import { RegionOptions, SelectOptions } from '../../../components/select-options/index.tsx';
import type { QueueFilters as Filters } from '../lib/queue-filters.ts';
import styles from './queue-filters.module.css';

interface Props {
  filters: Filters;
  cycles: readonly CycleSummary[];
  /** the cycle shown when the address names none */
  defaultCycle: number | null;
  /** the countries to filter by (those with an assessment in the cycle) */
  countries: readonly CountryRef[];
  onChange: (next: Filters) => void;
}

/** State, region, country, cycle and deadline filters of the review queue; each change updates the address. */
export function QueueFilters({ filters, cycles, defaultCycle, countries, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useMemo(() => countryOptions(countries, locale), [countries, locale]);
  const chosen = options.find((o) => o.value === filters.country);
  const cycle = filters.cycle ?? defaultCycle ?? 'all';
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form className={styles.filters} aria-label={t('review.queue.filters')} onSubmit={(event) => event.preventDefault()}>
      <FormField label={t('review.queue.status')}>
        {(control) => (
          <select
            {...control}
            name="status"
            value={filters.status ?? ''}
            onChange={(e) => set({ status: ASSESSMENT_STATUSES.find((s) => s === e.target.value) ?? null })}
          >
            <SelectOptions values={ASSESSMENT_STATUSES} label={(status) => t(`assessmentStatus.${status}`)} all={t('review.queue.allStatuses')} />
          </select>
        )}
      </FormField>
      <FormField label={t('review.queue.region')}>
        {(control) => (
          <select {...control} name="region" value={filters.region ?? ''} onChange={(e) => set({ region: REGIONS.find((r) => r === e.target.value) ?? null })}>
            <RegionOptions all={t('review.queue.allRegions')} />
          </select>
        )}
      </FormField>
      <Combobox
        label={t('review.queue.countryFilter')}
        hint={t('review.queue.countryHint')}
        options={options}
        initialText={chosen?.label ?? ''}
        name="country"
        testId="queue-country"
        onSelect={(option) => set({ country: option?.value ?? null })}
      />
      <FormField label={t('review.queue.cycle')}>
        {(control) => (
          <select {...control} name="cycle" value={String(cycle)} onChange={(e) => set({ cycle: e.target.value === 'all' ? 'all' : Number(e.target.value) })}>
            <option value="all">{t('review.queue.allCycles')}</option>
            {cycles.map((c) => (
              <option key={c.id} value={c.year}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('review.queue.dueBy')}>
        {(control) => <input {...control} name="due" type="date" value={filters.due ?? ''} onChange={(e) => set({ due: e.target.value || null })} />}
      </FormField>
    </form>
  );
}
