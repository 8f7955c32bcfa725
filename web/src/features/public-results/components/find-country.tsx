import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CountryResult } from '@gci/shared';
import { Combobox } from '../../../components/combobox/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { countryOptions } from '../../../lib/match-country.ts';
import { publicPaths } from '../lib/paths.ts';
import styles from './find-country.module.css';

/** "Find a country": type part of its name (in the reader's language), choose, and its profile opens. */
export function FindCountry({ year, countries }: { year: number; countries: readonly CountryResult[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const options = useMemo(() => countryOptions(countries, locale), [countries, locale]);
  return (
    <div role="search" className={styles.find}>
      <Combobox
        label={t('public.find.label')}
        placeholder={t('public.find.placeholder')}
        options={options}
        name="country"
        testId="find-country"
        onSelect={(option) => {
          if (option) void navigate(publicPaths.country(year, option.value));
        }}
      />
    </div>
  );
}
