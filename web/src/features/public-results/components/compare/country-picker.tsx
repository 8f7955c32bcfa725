import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CountryResult, type Locale } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormField } from '../../../../components/form-field/index.tsx';
import filterStyles from '../results-filters.module.css';
import styles from './country-picker.module.css';

interface Props {
  countries: CountryResult[];
  chosen: CountryResult[];
  max: number;
  locale: Locale;
  onChange: (codes: string[]) => void;
}

/** Choose up to `max` countries; the list of candidates is alphabetical. */
export function CountryPicker({ countries, chosen, max, locale, onChange }: Props) {
  const { t } = useTranslation();
  const [candidate, setCandidate] = useState('');
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const taken = new Set(chosen.map((c) => c.iso3));
  const options = countries
    .filter((c) => !taken.has(c.iso3))
    .map((c) => ({ iso3: c.iso3, name: localize(c.names, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const isFull = chosen.length >= max;
  return (
    <div>
      <form
        className={filterStyles.filters}
        onSubmit={(event) => {
          event.preventDefault();
          if (candidate && !isFull) {
            onChange([...chosen.map((c) => c.iso3), candidate]);
            setCandidate('');
          }
        }}
      >
        <FormField label={t('public.compare.add')} className={filterStyles.field}>
          {(control) => (
            <select {...control} name="country" value={candidate} disabled={isFull} onChange={(event) => setCandidate(event.target.value)}>
              <option value="">{t('public.compare.choose')}</option>
              {options.map((o) => (
                <option key={o.iso3} value={o.iso3}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button type="submit" disabled={isFull || !candidate}>
          {t('public.compare.addButton')}
        </Button>
      </form>
      <p className={styles.status} role="status">
        {isFull ? t('public.compare.full', { max }) : t('public.compare.chosen', { count: chosen.length, max })}
      </p>
      {chosen.length > 0 && (
        <ul className={styles.chips} aria-label={t('public.compare.chosenLabel')}>
          {chosen.map((c) => (
            <li key={c.iso3} className={styles.chip}>
              <span>{localize(c.names, locale)}</span>
              <button
                type="button"
                className={styles.remove}
                aria-label={t('public.compare.remove', { name: localize(c.names, locale) })}
                onClick={() => onChange(chosen.filter((x) => x.iso3 !== c.iso3).map((x) => x.iso3))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
