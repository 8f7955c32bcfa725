import {
  PublicationContentSchema,
  type CycleResults,
  type LocalizedString,
  type Methodology,
  type PublishedCycle,
  type TierInfo,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import * as repo from './public.repository.ts';

export interface CachedResults {
  results: CycleResults;
  /** strong validator: the publication is immutable, so its content hash names the bytes */
  etag: string;
}

function tierBands(methodology: Methodology): TierInfo[] {
  const sorted = [...methodology.thresholds].sort((a, b) => a.tier - b.tier);
  return sorted.map((t, i) => ({ tier: t.tier, key: t.key, name: t.name, min: t.min, max: i === 0 ? 100 : sorted[i - 1]!.min }));
}

function toPublishedCycle(row: Awaited<ReturnType<typeof repo.listCurrentPublications>>[number]): PublishedCycle {
  return {
    id: row.cycleId,
    year: row.year,
    name: row.name,
    publicationId: row.publicationId,
    publishedAt: new Date(row.publishedAt).toISOString(),
    methodologyKey: row.methodologyKey,
    isDemo: row.isDemo,
  };
}

/**
 * Public results come only from publications (immutable snapshots), so nothing unpublished can leak.
 * A publication never changes, so its derived public view is cached per publication id in memory:
 * safe across several server processes, computed once per process.
 */
export function createPublicResultsService({ db }: { db: Db }) {
  const cache = new Map<string, Promise<CachedResults>>();

  async function build(cycle: PublishedCycle): Promise<CachedResults> {
    const [row, countries] = await Promise.all([repo.findPublicationContent(db, cycle.publicationId), repo.listCountries(db)]);
    if (!row) throw notFound(`Results of ${cycle.year}`);
    const content = PublicationContentSchema.parse(row.content);
    const methodology = content.methodology as Methodology;
    const pillarNames = new Map<string, LocalizedString>(methodology.pillars.map((p) => [p.key, p.texts.title]));
    const byIso = new Map(countries.map((c) => [c.iso3, c]));
    const results: CycleResults = {
      cycle,
      tiers: tierBands(methodology),
      countries: content.countries
        .map((c) => {
          const country = byIso.get(c.iso3);
          if (!country) throw new Error(`publication ${cycle.publicationId} names unknown country ${c.iso3}`);
          return {
            iso3: c.iso3,
            iso2: country.iso2,
            numeric: country.numeric,
            region: c.region,
            names: country.names as CycleResults['countries'][number]['names'],
            overall: c.overall,
            tier: c.tier,
            coverage: c.coverage,
            pillars: c.pillars.map((p) => ({ key: p.key, name: pillarNames.get(p.key) ?? { en: p.key }, score: p.score, max: p.max, tier: p.tier })),
          };
        })
        .sort((a, b) => a.iso3.localeCompare(b.iso3)),
    };
    return { results, etag: `"${row.contentHash.slice(0, 32)}"` };
  }

  return {
    async listCycles(): Promise<PublishedCycle[]> {
      return (await repo.listCurrentPublications(db)).map(toPublishedCycle);
    },
    async cycleResults(year: number): Promise<CachedResults> {
      const row = await repo.findCurrentPublicationByYear(db, year);
      if (!row) throw notFound(`Published results of cycle ${year}`);
      const cycle = toPublishedCycle(row);
      let entry = cache.get(cycle.publicationId);
      if (!entry) {
        entry = build(cycle);
        entry.catch(() => cache.delete(cycle.publicationId));
        cache.set(cycle.publicationId, entry);
      }
      return entry;
    },
  };
}
export type PublicResultsService = ReturnType<typeof createPublicResultsService>;
