import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_STATUSES, REGIONS, type CycleSummary } from '@gci/shared';
import type { QueueFilters as Filters } from '../lib/queue-filters.ts';

interface Props {
  filters: Filters;
  cycles: readonly CycleSummary[];
  /** the cycle shown when the address names none */
  defaultCycle: number | null;
  onChange: (next: Filters) => void;
}

/** State, region, cycle and deadline filters of the review queue; each change updates the address. */
export function QueueFilters({ filters, cycles, defaultCycle, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const cycle = filters.cycle ?? defaultCycle ?? 'all';
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form className="filters review-filters" aria-label={t('review.queue.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('review.queue.status')}</label>
        <select id={`${id}-status`} name="status" value={filters.status ?? ''} onChange={(e) => set({ status: ASSESSMENT_STATUSES.find((s) => s === e.target.value) ?? null })}>
          <option value="">{t('review.queue.allStatuses')}</option>
          {ASSESSMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`assessmentStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('review.queue.region')}</label>
        <select id={`${id}-region`} name="region" value={filters.region ?? ''} onChange={(e) => set({ region: REGIONS.find((r) => r === e.target.value) ?? null })}>
          <option value="">{t('review.queue.allRegions')}</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`regions.${region}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-cycle`}>{t('review.queue.cycle')}</label>
        <select id={`${id}-cycle`} name="cycle" value={String(cycle)} onChange={(e) => set({ cycle: e.target.value === 'all' ? 'all' : Number(e.target.value) })}>
          <option value="all">{t('review.queue.allCycles')}</option>
          {cycles.map((c) => (
            <option key={c.id} value={c.year}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('review.queue.dueBy')}</label>
        <input id={`${id}-due`} name="due" type="date" value={filters.due ?? ''} onChange={(e) => set({ due: e.target.value || null })} />
      </div>
    </form>
  );
}
