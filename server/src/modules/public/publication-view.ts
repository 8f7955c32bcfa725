import {
  PublicationContentSchema,
  strengthsAndGrowth,
  type Country,
  type CycleResults,
  type IndicatorGap,
  type LocalizedString,
  type Methodology,
  type PublishedCountry,
  type PublishedCycle,
  type Region,
  type StrengthsAndGrowth,
  type TierInfo,
} from '@gci/shared';
import type { PublicationRow } from './public.repository.ts';

/** One publication read once and indexed for the public pages; immutable, like the publication. */
export interface PublicationView {
  publicationId: string;
  cycleId: string;
  contentHash: string;
  methodologyHash: string;
  publishedAt: Date;
  cycle: PublishedCycle;
  methodology: Methodology;
  tiers: TierInfo[];
  /** by code, without their traces (read per country: findPublicationTrace) */
  countries: PublishedCountry[];
  byIso: Map<string, PublishedCountry>;
  /** the engine's gap analysis over every country, computed at publication */
  gaps: IndicatorGap[];
  /** strengths and areas for growth by country, under the published methodology's rule (its pillars' published scores) */
  peers: Map<string, StrengthsAndGrowth>;
  regions: Record<string, Region>;
  pillarNames: Map<string, LocalizedString>;
  /** region → pillar key → mean pillar score of the region's countries */
  regionPillarMeans: Map<string, Map<string, number>>;
  results: CycleResults;
  info: Map<string, Country>;
}

export function toPublishedCycle(row: PublicationRow): PublishedCycle {
  return {
    id: row.cycleId,
    year: row.year,
    name: row.name,
    publicationId: row.publicationId,
    publishedAt: new Date(row.publishedAt).toISOString(),
    methodologyKey: row.methodologyKey,
    isDemo: row.isDemo,
    importedFrom: row.importedFrom,
  };
}

export function tierBands(methodology: Methodology): TierInfo[] {
  const sorted = [...methodology.thresholds].sort((a, b) => a.tier - b.tier);
  return sorted.map((t, i) => ({ tier: t.tier, key: t.key, name: t.name, min: t.min, max: i === 0 ? 100 : sorted[i - 1]!.min }));
}

function regionPillarMeans(countries: readonly PublishedCountry[]): Map<string, Map<string, number>> {
  const sums = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const c of countries) {
    const region = sums.get(c.region) ?? new Map<string, { sum: number; n: number }>();
    sums.set(c.region, region);
    for (const p of c.pillars) {
      const s = region.get(p.key) ?? { sum: 0, n: 0 };
      region.set(p.key, { sum: s.sum + p.score, n: s.n + 1 });
    }
  }
  return new Map([...sums].map(([region, pillars]) => [region, new Map([...pillars].map(([key, s]) => [key, s.sum / s.n]))]));
}

/**
 * Strengths and areas for growth from the published pillar scores, under the methodology's rule.
 * Read from the pillars rather than from the stored parts' `peers`, so publications stored under an
 * earlier rule show the rule of their methodology (cheap: countries × pillars).
 */
function peersOf(methodology: Methodology, countries: readonly PublishedCountry[]): Map<string, StrengthsAndGrowth> {
  const scores = Object.fromEntries(
    countries.map((c) => [c.iso3, { tier: c.tier, nodes: Object.fromEntries(c.pillars.map((p) => [p.key, { normalized: p.normalized }])) }]),
  );
  const regions = Object.fromEntries(countries.map((c) => [c.iso3, c.region]));
  return new Map(strengthsAndGrowth(methodology, scores, regions).map((p) => [p.country, p]));
}

/** What a view is made of: the publication's content without traces, and what was derived from the traces at publication. */
export interface StoredParts {
  summary: unknown;
  gaps: unknown;
  peers: unknown;
}

/** Parses a publication's stored parts (kilobytes: no traces) and joins the country records (names, codes). */
export function buildPublicationView(row: PublicationRow, parts: StoredParts, countryRecords: readonly Country[]): PublicationView {
  const parsed = PublicationContentSchema.parse(parts.summary);
  const methodology = parsed.methodology as Methodology;
  const cycle = toPublishedCycle(row);
  const info = new Map(countryRecords.map((c) => [c.iso3, c]));
  const countries = [...parsed.countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const pillars = methodology.pillars.map((p) => ({ key: p.key, name: p.texts.title, max: methodology.pillarMax }));
  const pillarNames = new Map<string, LocalizedString>(pillars.map((p) => [p.key, p.name]));
  const tiers = tierBands(methodology);
  const results: CycleResults = {
    cycle,
    tiers,
    pillars,
    countries: countries.map((c) => {
      const country = info.get(c.iso3);
      if (!country) throw new Error(`publication ${row.publicationId} names unknown country ${c.iso3}`);
      return {
        ...country,
        region: c.region,
        overall: c.overall,
        tier: c.tier,
        coverage: c.coverage,
        pillars: c.pillars.map((p) => ({ key: p.key, score: p.score, max: p.max, tier: p.tier })),
      };
    }),
  };
  return {
    publicationId: row.publicationId,
    cycleId: row.cycleId,
    contentHash: row.contentHash,
    methodologyHash: row.methodologyHash,
    publishedAt: new Date(row.publishedAt),
    cycle,
    methodology,
    tiers,
    countries,
    byIso: new Map(countries.map((c) => [c.iso3, c])),
    gaps: parts.gaps as IndicatorGap[],
    peers: peersOf(methodology, countries),
    regions: Object.fromEntries(countries.map((c) => [c.iso3, c.region])),
    pillarNames,
    regionPillarMeans: regionPillarMeans(countries),
    results,
    info,
  };
}
