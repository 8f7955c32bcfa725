import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@gci/shared';
import { FilterPanel, filterFieldClass } from '../../../components/filter-panel/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { ACTION_SUGGESTIONS, toAuditQuery, type AuditFilters as Filters } from '../lib/audit-filters.ts';

interface Props {
  filters: Filters;
  users: readonly UserSummary[];
  onApply: (next: Filters) => void;
}

const EMPTY: Filters = { user: '', country: '', action: '', from: '', to: '' };

/** User, country, action and date filters; applied together, so the address bar always matches the table. */
export function AuditFilters({ filters, users, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const [invalid, setInvalid] = useState<keyof Filters | null>(null);
  const set = (patch: Partial<Filters>) => setDraft((current) => ({ ...current, ...patch }));
  const errorOf = (field: keyof Filters) => (invalid === field ? t(`audit.invalid.${field}`) : null);

  const apply = () => {
    const checked = toAuditQuery(draft);
    setInvalid(checked.ok ? null : checked.field);
    if (checked.ok) onApply(draft);
  };

  return (
    <FilterPanel
      label={t('audit.filters')}
      applyLabel={t('audit.apply')}
      clearLabel={t('audit.clear')}
      onApply={apply}
      onClear={() => {
        setDraft(EMPTY);
        setInvalid(null);
        onApply(EMPTY);
      }}
    >
      <FormField label={t('audit.user')} error={errorOf('user')} announceError className={filterFieldClass}>
        {(control) => (
          <select {...control} name="user" value={draft.user} onChange={(e) => set({ user: e.target.value })}>
            <option value="">{t('audit.anyUser')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.country')} error={errorOf('country')} announceError className={filterFieldClass}>
        {(control) => (
          <input
            {...control}
            name="country"
            value={draft.country}
            maxLength={3}
            autoCapitalize="characters"
            placeholder="KEN"
            onChange={(e) => set({ country: e.target.value.toUpperCase() })}
          />
        )}
      </FormField>
      <FormField label={t('audit.action')} hint={t('audit.actionHint')} error={errorOf('action')} announceError className={filterFieldClass}>
        {(control) => (
          <>
            <input {...control} name="action" value={draft.action} list={`${control.id}-actions`} onChange={(e) => set({ action: e.target.value })} />
            <datalist id={`${control.id}-actions`}>
              {ACTION_SUGGESTIONS.map((action) => (
                <option key={action} value={action} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <FormField label={t('audit.from')} error={errorOf('from')} announceError className={filterFieldClass}>
        {(control) => <input {...control} name="from" type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
      </FormField>
      <FormField label={t('audit.to')} error={errorOf('to')} announceError className={filterFieldClass}>
        {(control) => <input {...control} name="to" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />}
      </FormField>
    </FilterPanel>
  );
}
