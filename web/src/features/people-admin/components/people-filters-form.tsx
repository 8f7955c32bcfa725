import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAST_SIGN_IN_FILTERS, ROLES, UserStatusSchema } from '@gci/shared';
import { FilterPanel, filterFieldClass } from '../../../components/filter-panel/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { SelectOptions } from '../../../components/select-options/index.tsx';
import type { CountryOption } from '../lib/country-options.ts';
import { NO_FILTERS, PAGE_SIZES, type LastSignInFilter, type PeopleFilters } from '../lib/people-filters.ts';
import { CountryField } from './country-field.tsx';
import { classNames } from '../../../lib/class-names.ts';
import styles from './people.module.css';

type Chosen = Pick<PeopleFilters, 'search' | 'role' | 'country' | 'status' | 'lastSignIn' | 'pageSize'>;

interface Props {
  filters: PeopleFilters;
  countries: readonly CountryOption[];
  /** a lead's team: one country and one role, so neither is offered */
  isTeam: boolean;
  onApply: (next: Chosen) => void;
}

/** Search, role, country, status and last sign-in, applied together so that the address always matches the list. */
export function PeopleFiltersForm({ filters, countries, isTeam, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Chosen>(filters);
  const set = (patch: Partial<Chosen>) => setDraft((current) => ({ ...current, ...patch }));
  const sizes = PAGE_SIZES.includes(draft.pageSize as (typeof PAGE_SIZES)[number]) ? PAGE_SIZES : [draft.pageSize, ...PAGE_SIZES];

  return (
    <FilterPanel
      label={t('people.filters.label')}
      applyLabel={t('people.filters.apply')}
      clearLabel={t('people.filters.clear')}
      onApply={() => onApply(draft)}
      onClear={() => {
        const cleared = { ...NO_FILTERS, pageSize: draft.pageSize };
        setDraft(cleared);
        onApply(cleared);
      }}
      testId="people-filters"
    >
      <FormField label={t('people.filters.search')} className={filterFieldClass}>
        {(control) => <input {...control} name="search" type="search" value={draft.search} maxLength={200} onChange={(e) => set({ search: e.target.value })} />}
      </FormField>
      {!isTeam && (
        <FormField label={t('people.columns.role')} className={filterFieldClass}>
          {(control) => (
            <select {...control} name="role" value={draft.role} onChange={(e) => set({ role: ROLES.find((r) => r === e.target.value) ?? '' })}>
              <SelectOptions values={ROLES} label={(role) => t(`people.roles.${role}`)} all={t('people.filters.anyRole')} />
            </select>
          )}
        </FormField>
      )}
      {!isTeam && (
        <CountryField
          label={t('people.columns.country')}
          value={draft.country}
          onChange={(country) => set({ country })}
          countries={countries}
          emptyLabel={t('people.filters.anyCountry')}
          className={filterFieldClass}
        />
      )}
      <FormField label={t('people.columns.status')} className={filterFieldClass}>
        {(control) => (
          <select
            {...control}
            name="status"
            value={draft.status}
            onChange={(e) => set({ status: UserStatusSchema.options.find((s) => s === e.target.value) ?? '' })}
          >
            <option value="">{t('people.filters.anyStatus')}</option>
            {UserStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`people.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('people.columns.lastSignIn')} className={filterFieldClass}>
        {(control) => (
          <select
            {...control}
            name="lastSignIn"
            value={draft.lastSignIn}
            onChange={(e) => set({ lastSignIn: LAST_SIGN_IN_FILTERS.find((f): f is LastSignInFilter => f === e.target.value) ?? '' })}
          >
            <option value="">{t('people.filters.anyTime')}</option>
            {LAST_SIGN_IN_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {t(`people.filters.lastSignIn.${filter}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('people.filters.pageSize')} className={classNames(filterFieldClass, styles.size)}>
        {(control) => (
          <select {...control} name="pageSize" value={draft.pageSize} onChange={(e) => set({ pageSize: Number(e.target.value) })}>
            {sizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </FilterPanel>
  );
}
