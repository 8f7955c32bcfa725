import type { TierThreshold } from '../schemas/methodology.ts';

/** The minimum a comparison needs from each country's result (CountrySummary and AssessmentScore fit). */
export interface CountryTierScore {
  country: string;
  /** 0–100 */
  overall: number;
  tier: number;
}

export interface TierChange {
  country: string;
  before: { overall: number; tier: number };
  after: { overall: number; tier: number };
}

export interface ScenarioComparison {
  /** tier numbers labelling the matrix rows and columns, best first */
  tiers: number[];
  /** matrix[i][j]: countries in tiers[i] before and tiers[j] after (N × N) */
  matrix: number[][];
  /** countries whose tier changed, ordered by country code */
  changes: TierChange[];
  /** countries present on one side only, ordered by country code; not in the matrix */
  onlyBefore: string[];
  onlyAfter: string[];
}

/**
 * Compares two scorings of the same countries (two methodology versions, or a version and a
 * what-if scenario): the tier transition matrix and the countries that change tier, with their
 * scores on both sides. The matrix covers the tiers of both threshold lists (they may differ
 * between versions); a tier missing from both lists is added so no country is dropped.
 * Nothing is ranked: lists are ordered by country code.
 */
export function compareScenarios(
  before: readonly CountryTierScore[],
  after: readonly CountryTierScore[],
  thresholds: { before: readonly TierThreshold[]; after?: readonly TierThreshold[] },
): ScenarioComparison {
  const byCountry = (rows: readonly CountryTierScore[]) => new Map(rows.map((r) => [r.country, r]));
  const a = byCountry(before);
  const b = byCountry(after);
  const tierSet = new Set([...thresholds.before, ...(thresholds.after ?? [])].map((t) => t.tier));
  for (const r of [...before, ...after]) tierSet.add(r.tier);
  const tiers = [...tierSet].sort((x, y) => x - y);
  const matrix = tiers.map(() => tiers.map(() => 0));
  const changes: TierChange[] = [];
  const codes = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const country of codes) {
    const x = a.get(country);
    const y = b.get(country);
    if (!x || !y) continue;
    matrix[tiers.indexOf(x.tier)]![tiers.indexOf(y.tier)]!++;
    if (x.tier !== y.tier) {
      changes.push({ country, before: { overall: x.overall, tier: x.tier }, after: { overall: y.overall, tier: y.tier } });
    }
  }
  return {
    tiers,
    matrix,
    changes,
    onlyBefore: codes.filter((c) => a.has(c) && !b.has(c)),
    onlyAfter: codes.filter((c) => b.has(c) && !a.has(c)),
  };
}
