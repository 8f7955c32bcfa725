import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { CountryOption } from '../lib/country-options.ts';
import styles from './people.module.css';

interface Props {
  label: string;
  value: string;
  onChange: (iso3: string) => void;
  countries: readonly CountryOption[];
  /** the first choice: "Any country" in a filter, "Choose a country" in a form */
  emptyLabel: string;
  error?: string | null;
  name?: string;
  className?: string;
}

/**
 * A country by name, or its ISO 3166 code typed in when the platform knows no country yet (no
 * assessment exists): the server checks the code either way.
 */
export function CountryField({ label, value, onChange, countries, emptyLabel, error, name = 'country', className }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (countries.length === 0) {
    return (
      <FormField label={label} hint={t('people.countryCodeHint')} error={error} announceError className={className}>
        {(control) => (
          <input
            {...control}
            name={name}
            value={value}
            maxLength={3}
            autoCapitalize="characters"
            dir="ltr"
            className={styles.code}
            onChange={(e) => onChange(e.target.value.toUpperCase())}
          />
        )}
      </FormField>
    );
  }
  return (
    <FormField label={label} error={error} announceError className={className}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{emptyLabel}</option>
          {countries.map((country) => (
            <option key={country.iso3} value={country.iso3}>
              {format.text(country.names)} ({country.iso3})
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
