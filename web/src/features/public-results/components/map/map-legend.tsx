import { useTranslation } from 'react-i18next';
import { localize, type CountryResult, type Locale, type TierInfo } from '@gci/shared';
import styles from './map-legend.module.css';

/** Colour, tier number and name, and the number of countries of each tier: colour is never the only cue. */
export function MapLegend({ tiers, countries, locale }: { tiers: TierInfo[]; countries: CountryResult[]; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.legend} aria-label={t('public.map.legend')} data-testid="map-legend">
      {tiers
        .toSorted((a, b) => a.tier - b.tier)
        .map((tier) => (
          <li key={tier.tier} data-tier={tier.tier}>
            <span className={styles.swatch} aria-hidden="true" />
            <span className={styles.tier}>{t('results.tier', { tier: tier.tier })}</span>
            <span>{localize(tier.name, locale)}</span>
            <span className={styles.count}>{t('results.countries', { count: countries.filter((c) => c.tier === tier.tier).length })}</span>
          </li>
        ))}
      <li>
        <span className={`${styles.swatch} ${styles.blank}`} aria-hidden="true" />
        <span>{t('public.map.noData')}</span>
      </li>
    </ul>
  );
}
