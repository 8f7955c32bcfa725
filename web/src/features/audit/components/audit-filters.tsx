import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@gci/shared';
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
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const [invalid, setInvalid] = useState<keyof Filters | null>(null);
  const set = (patch: Partial<Filters>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = toAuditQuery(draft);
    setInvalid(checked.ok ? null : checked.field);
    if (checked.ok) onApply(draft);
  };
  const fieldError = (field: keyof Filters) =>
    invalid === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {t(`audit.invalid.${field}`)}
      </p>
    ) : null;
  const describedBy = (field: keyof Filters) => (invalid === field ? `${id}-${field}-error` : undefined);

  return (
    <form className="audit-filters" aria-label={t('audit.filters')} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('audit.user')}</label>
        <select id={`${id}-user`} name="user" value={draft.user} onChange={(e) => set({ user: e.target.value })}>
          <option value="">{t('audit.anyUser')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('audit.country')}</label>
        <input id={`${id}-country`} name="country" value={draft.country} maxLength={3} autoCapitalize="characters" placeholder="KEN" aria-describedby={describedBy('country')} aria-invalid={invalid === 'country' || undefined} onChange={(e) => set({ country: e.target.value.toUpperCase() })} />
        {fieldError('country')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('audit.action')}</label>
        <input id={`${id}-action`} name="action" value={draft.action} list={`${id}-actions`} aria-describedby={`${id}-action-hint`} onChange={(e) => set({ action: e.target.value })} />
        <datalist id={`${id}-actions`}>
          {ACTION_SUGGESTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <p id={`${id}-action-hint`} className="field-hint">
          {t('audit.actionHint')}
        </p>
        {fieldError('action')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
        <input id={`${id}-from`} name="from" type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
        <input id={`${id}-to`} name="to" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(EMPTY);
            setInvalid(null);
            onApply(EMPTY);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
