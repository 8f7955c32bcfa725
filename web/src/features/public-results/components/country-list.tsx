import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScoreDisplay } from '../../../components/score-display/index.tsx';
import { publicPaths } from '../lib/paths.ts';
import styles from './country-list.module.css';

export interface ListedCountry {
  iso3: string;
  name: string;
  /** the overall score, when the list shows it */
  overall?: number;
}

/** Countries in columns, each linked to its profile (in the order given: alphabetical, never by score). */
export function CountryList({ year, countries }: { year: number; countries: readonly ListedCountry[] }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.list}>
      {countries.map((country) => (
        <li key={country.iso3} className={styles.country} data-iso3={country.iso3}>
          <Link to={publicPaths.country(year, country.iso3)}>{country.name}</Link>
          {country.overall !== undefined && (
            <ScoreDisplay value={country.overall} label={t('results.overallScore')} className={styles.score} testId="country-score" />
          )}
        </li>
      ))}
    </ul>
  );
}
