import { REGIONS, type Region, type TierThreshold } from '@gci/shared';

/** The minimum of a scored country the summaries need (CountrySummary fits). */
export interface ScoredCountry {
  country: string;
  overall: number;
  tier: number;
}

/** Tier numbers best first: those of the thresholds, plus any a country has that the thresholds lack. */
export function tierNumbers(thresholds: readonly TierThreshold[], ...scored: readonly ScoredCountry[][]): number[] {
  const tiers = new Set(thresholds.map((t) => t.tier));
  for (const list of scored) for (const c of list) tiers.add(c.tier);
  return [...tiers].sort((a, b) => a - b);
}

/** Countries per tier, for each tier number given (0 when none). */
export function countByTier(countries: readonly ScoredCountry[], tiers: readonly number[]): Map<number, number> {
  const counts = new Map(tiers.map((t) => [t, 0]));
  for (const c of countries) counts.set(c.tier, (counts.get(c.tier) ?? 0) + 1);
  return counts;
}

export interface RegionRow {
  region: Region;
  /** countries per tier under the scenario, in the order of `tiers` */
  scenario: number[];
  /** the same under the baseline */
  baseline: number[];
  /** countries of the region whose tier changed */
  changed: number;
  total: number;
}

/** Per ITU region: the scenario's and the baseline's countries per tier, and how many changed tier. */
export function regionBreakdown(
  baseline: readonly ScoredCountry[],
  scenario: readonly ScoredCountry[],
  regionOf: ReadonlyMap<string, Region>,
  tiers: readonly number[],
): RegionRow[] {
  const rows = new Map<Region, RegionRow>(
    REGIONS.map((region) => [region, { region, scenario: tiers.map(() => 0), baseline: tiers.map(() => 0), changed: 0, total: 0 }]),
  );
  const before = new Map(baseline.map((c) => [c.country, c.tier]));
  for (const c of scenario) {
    const region = regionOf.get(c.country);
    const row = region && rows.get(region);
    if (!row) continue;
    row.total++;
    const i = tiers.indexOf(c.tier);
    if (i >= 0) row.scenario[i]!++;
    const b = before.get(c.country);
    const j = b === undefined ? -1 : tiers.indexOf(b);
    if (j >= 0) row.baseline[j]!++;
    if (b !== undefined && b !== c.tier) row.changed++;
  }
  return [...rows.values()].filter((r) => r.total > 0);
}
