import type { TierThreshold } from '../schemas/methodology.ts';
import { quantileInPlace } from './percentile.ts';
import type { CountryStability } from './stability-types.ts';
import { tierIndex } from './tiers.ts';

/** Collects the overall score of every country in every draw; shared by the fast and baseline runs. */
export interface StabilityTally {
  add(country: number, draw: number, overall: number): void;
  /** Probabilities and percentiles over the first `done` draws; may be called more than once. */
  summarise(nominal: readonly { overall: number; tier: number }[], done: number): CountryStability[];
}

/**
 * @param countries country codes, already in output order
 * @param thresholds sorted from the highest min (sortThresholds)
 */
export function createTally(countries: readonly string[], thresholds: readonly TierThreshold[], draws: number): StabilityTally {
  const mins = Float64Array.from(thresholds, (t) => t.min);
  const nTiers = thresholds.length;
  const counts = new Int32Array(countries.length * nTiers);
  // country-major, so each country's draws are one contiguous block for the percentiles
  const overalls = new Float64Array(countries.length * draws);
  const add = (country: number, draw: number, overall: number): void => {
    counts[country * nTiers + tierIndex(overall, mins)]!++;
    overalls[country * draws + draw] = overall;
  };
  const summarise = (nominal: readonly { overall: number; tier: number }[], done: number): CountryStability[] =>
    countries.map((country, ci) => {
      const sample = overalls.slice(ci * draws, ci * draws + done);
      const tiers = thresholds.map((t, ti) => ({ tier: t.tier, probability: done ? counts[ci * nTiers + ti]! / done : 0 }));
      tiers.sort((x, y) => x.tier - y.tier);
      const n = nominal[ci] ?? { overall: 0, tier: 0 };
      return { country, nominalOverall: n.overall, nominalTier: n.tier, tiers, p5: quantileInPlace(sample, 0.05), p95: quantileInPlace(sample, 0.95) };
    });
  return { add, summarise };
}
