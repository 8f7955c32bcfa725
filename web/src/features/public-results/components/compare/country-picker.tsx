import { useTranslation } from 'react-i18next';
import { localize, type CountryResult, type Locale } from '@gci/shared';
import { Combobox } from '../../../../components/combobox/index.tsx';
import { countryOptions } from '../../../../lib/match-country.ts';
import filterStyles from '../results-filters.module.css';
import styles from './country-picker.module.css';

interface Props {
  countries: CountryResult[];
  chosen: CountryResult[];
  max: number;
  locale: Locale;
  onChange: (codes: string[]) => void;
}

/** Choose up to `max` countries by typing part of a name (accents and case ignored). */
export function CountryPicker({ countries, chosen, max, locale, onChange }: Props) {
  const { t } = useTranslation();
  const taken = new Set(chosen.map((c) => c.iso3));
  const options = countryOptions(
    countries.filter((c) => !taken.has(c.iso3)),
    locale,
  );
  const isFull = chosen.length >= max;
  return (
    <div>
      <div className={filterStyles.filters}>
        <Combobox
          label={t('public.compare.add')}
          placeholder={t('public.find.placeholder')}
          options={options}
          name="country"
          clearOnSelect
          disabled={isFull}
          testId="compare-add"
          onSelect={(option) => {
            if (option && !isFull) onChange([...chosen.map((c) => c.iso3), option.value]);
          }}
        />
      </div>
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
