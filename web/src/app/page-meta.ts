import type { TFunction } from 'i18next';
import { localize, type CountryProfile, type Locale, type PageMeta, type PublishedCycle } from '@gci/shared';
import { createFormatters } from '../lib/formatters.ts';

/** What a shared link previews: the page's title and a sentence on what it holds. */
export type { PageMeta };

type MetaOf<D> = (data: D, t: TFunction, locale: Locale) => PageMeta;

/**
 * A route's `handle`: how the server titles and describes the page it renders (`<title>`, the
 * description and the Open Graph tags, see entry-server.tsx) from the page's loader data.
 */
export const metaHandle = <D>(meta: MetaOf<D>) => ({ meta });

export interface MetaHandle {
  meta: MetaOf<unknown>;
}

export const isMetaHandle = (handle: unknown): handle is MetaHandle =>
  typeof handle === 'object' && handle !== null && typeof (handle as { meta?: unknown }).meta === 'function';

export const resultsMeta = (cycle: PublishedCycle, t: TFunction): PageMeta => ({
  title: t('meta.resultsTitle', { cycle: cycle.name }),
  description: t('meta.resultsDescription', { cycle: cycle.name }),
});

export function countryMeta(profile: Pick<CountryProfile, 'cycle' | 'country' | 'overall' | 'tier' | 'tiers'>, t: TFunction, locale: Locale): PageMeta {
  const country = localize(profile.country.names, locale);
  const tierInfo = profile.tiers.find((tier) => tier.tier === profile.tier);
  const tier = tierInfo ? t('ui.tierNamed', { tier: profile.tier, name: localize(tierInfo.name, locale) }) : t('ui.tier', { tier: profile.tier });
  return {
    title: t('meta.countryTitle', { country, tier, cycle: profile.cycle.name }),
    description: t('meta.countryDescription', { country, tier, cycle: profile.cycle.name, score: createFormatters(locale).score(profile.overall) }),
  };
}

export const sectionMeta = (section: 'compare' | 'methodology' | 'gaps', cycle: PublishedCycle, t: TFunction): PageMeta => ({
  title: t(`meta.${section}Title`, { cycle: cycle.name }),
  description: t(`meta.${section}Description`, { cycle: cycle.name }),
});
