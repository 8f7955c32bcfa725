import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { TierGroup } from '../lib/group-by-tier.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { publicPaths } from '../lib/paths.ts';
import { TierBadge } from '../../../components/tier-badge/index.tsx';

export function TierSection({ year, group, isTopBand }: { year: number; group: TierGroup; isTopBand: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  const { tier, countries } = group;
  const headingId = `tier-${tier.tier}-heading`;
  const band = { min: format.bound(tier.min), max: format.bound(tier.max) };

  return (
    <section className="tier" id={`tier-${tier.tier}`} data-tier={tier.tier} aria-labelledby={headingId}>
      <div className="tier__header">
        <h2 id={headingId}>
          <TierBadge tier={tier.tier} />
          <span className="visually-hidden">: </span>
          <span className="tier__name">{localize(tier.name, locale)}</span>
        </h2>
        <p className="tier__meta">
          <span>{isTopBand ? t('results.bandTop', band) : t('results.band', band)}</span>
          <span aria-hidden="true"> · </span>
          <span className="tier__count">{t('results.countries', { count: countries.length })}</span>
        </p>
      </div>
      {countries.length > 0 ? (
        <ul className="country-list">
          {countries.map((country) => (
            <li key={country.iso3} className="country" data-iso3={country.iso3}>
              <Link className="country__name" to={publicPaths.country(year, country.iso3)}>
                {localize(country.names, locale)}
              </Link>
              <span className="country__score">
                <span className="visually-hidden">{t('results.overallScore')}: </span>
                {format.score(country.overall)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="tier__empty">{t('results.emptyTier')}</p>
      )}
    </section>
  );
}
