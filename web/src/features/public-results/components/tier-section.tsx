import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { TierBadge } from '../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { TierGroup } from '../lib/group-by-tier.ts';
import { CountryList } from './country-list.tsx';
import styles from './tier-section.module.css';

export function TierSection({ year, group, isTopBand }: { year: number; group: TierGroup; isTopBand: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { tier, countries } = group;
  const headingId = `tier-${tier.tier}-heading`;
  const band = { min: format.bound(tier.min), max: format.bound(tier.max) };

  return (
    <section className={styles.tier} id={`tier-${tier.tier}`} data-tier={tier.tier} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId}>
          <TierBadge tier={tier.tier} />
          <span className="visually-hidden">: </span>
          <span>{format.text(tier.name)}</span>
        </h2>
        <p className={styles.meta}>
          <span>{isTopBand ? t('results.bandTop', band) : t('results.band', band)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('results.countries', { count: countries.length })}</span>
        </p>
      </div>
      {countries.length > 0 ? (
        <CountryList year={year} countries={countries.map((c) => ({ iso3: c.iso3, name: localize(c.names, format.locale), overall: c.overall }))} />
      ) : (
        <EmptyState>{t('results.emptyTier')}</EmptyState>
      )}
    </section>
  );
}
