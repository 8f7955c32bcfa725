import { localize, type CountryResult, type CycleResults, type Locale, type Region, type TierInfo } from '@gci/shared';

export interface TierGroup {
  tier: TierInfo;
  /** alphabetical by the name in `locale`, never by score */
  countries: CountryResult[];
}

/**
 * Puts every country under its tier, tier 1 first, and sorts each tier by localized name.
 * Tiers stay in the list when the region filter empties them, so the five bands are always shown.
 */
export function groupByTier(results: CycleResults, locale: Locale, region: Region | null): TierGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const countries = results.countries
    .filter((country) => region === null || country.region === region)
    .map((country) => ({ country, name: localize(country.names, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.country.iso3.localeCompare(b.country.iso3));

  return results.tiers
    .toSorted((a, b) => a.tier - b.tier)
    .map((tier) => ({
      tier,
      countries: countries.filter(({ country }) => country.tier === tier.tier).map(({ country }) => country),
    }));
}

/** The highest band includes its upper bound (100); every other band excludes it. */
export const isTopBand = (tier: TierInfo, tiers: readonly TierInfo[]): boolean => tiers.every((other) => other.max <= tier.max);
