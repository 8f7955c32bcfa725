import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@gci/shared';
import { FormField } from '../../../components/form-field/index.tsx';
import { SelectOptions } from '../../../components/select-options/index.tsx';
import type { CountryOption } from '../lib/country-options.ts';
import type { PersonErrors } from '../lib/person-form.ts';
import { CountryField } from './country-field.tsx';
import styles from './people.module.css';

export interface RoleScope {
  role: Role;
  country: string;
  lead: boolean;
}

interface Props {
  value: RoleScope;
  onChange: (next: RoleScope) => void;
  countries: readonly CountryOption[];
  errors: PersonErrors;
}

/** Role, and for a focal point their country and whether they lead its team: the fields that scope an account. */
export function RoleScopeFields({ value, onChange, countries, errors }: Props) {
  const { t } = useTranslation();
  const leadId = useId();
  const set = (patch: Partial<RoleScope>) => onChange({ ...value, ...patch });
  const isFocalPoint = value.role === 'focal_point';
  return (
    <>
      <FormField label={t('people.columns.role')} error={errors.role && t('people.errors.role')} announceError>
        {(control) => (
          <select {...control} name="role" value={value.role} onChange={(e) => set({ role: ROLES.find((r) => r === e.target.value) ?? value.role })}>
            <SelectOptions values={ROLES} label={(role) => t(`people.roles.${role}`)} />
          </select>
        )}
      </FormField>
      {isFocalPoint && (
        <>
          <CountryField
            label={t('people.columns.country')}
            value={value.country}
            onChange={(country) => set({ country })}
            countries={countries}
            emptyLabel={t('people.chooseCountry')}
            error={errors.country && t('people.errors.country')}
          />
          <div className={styles.checkbox}>
            <input id={leadId} name="lead" type="checkbox" checked={value.lead} onChange={(e) => set({ lead: e.target.checked })} />
            <label htmlFor={leadId}>{t('people.leadLabel')}</label>
          </div>
        </>
      )}
    </>
  );
}
