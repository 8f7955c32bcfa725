import type { TierThreshold } from '../schemas/methodology.ts';
import { quantilePairBySampling } from './percentile.ts';
import type { CountryStability, StabilityPart } from './stability-types.ts';
import { tierCutoffs, tierIndexByCutoff } from './tiers.ts';

/** What a run keeps of its draws [from, to): combined with parts run elsewhere, then summarised. */
export interface StabilityTally {
  /** Adds a part computed elsewhere (its draws must lie within this tally's range, of the same kind). */
  absorb(part: StabilityPart): void;
  /** This tally's draws, to be absorbed by another. */
  part(): StabilityPart;
  /** Probabilities and percentiles over the first `done` draws of the range; may be called more than once. */
  summarise(nominal: readonly { overall: number; tier: number }[], done: number): CountryStability[];
}

/** Collects the overall score of every country in the draws [from, to); shared by the tree and baseline runs. */
export interface ScoreTally extends StabilityTally {
  add(country: number, draw: number, overall: number): void;
}

/**
 * One country's line of a result: its tier probabilities from `counts` (its tiers, in thresholds'
 * order, over `done` draws) and the percentiles of its scores in `sample` (left as it was;
 * `scratch` holds twice its length).
 */
export function countryStability(
  country: string,
  nominal: { overall: number; tier: number } | undefined,
  thresholds: readonly TierThreshold[],
  counts: ArrayLike<number>,
  done: number,
  sample: Float64Array,
  scratch: Float64Array,
): CountryStability {
  const tiers = thresholds.map((t, ti) => ({ tier: t.tier, probability: done ? counts[ti]! / done : 0 }));
  tiers.sort((x, y) => x.tier - y.tier);
  const n = nominal ?? { overall: 0, tier: 0 };
  const [p5, p95] = quantilePairBySampling(sample, 0.05, 0.95, scratch);
  return { country, nominalOverall: n.overall, nominalTier: n.tier, tiers, p5, p95 };
}

/**
 * @param countries country codes, already in output order
 * @param thresholds sorted from the highest min (sortThresholds)
 */
export function createTally(countries: readonly string[], thresholds: readonly TierThreshold[], from: number, to: number): ScoreTally {
  const cutoffs = tierCutoffs(Float64Array.from(thresholds, (t) => t.min));
  const nTiers = thresholds.length;
  const counts = new Int32Array(countries.length * nTiers);
  const width = to - from;
  // country-major, so each country's draws are one contiguous block for the percentiles
  const overalls = new Float64Array(countries.length * width);
  const add = (country: number, draw: number, overall: number): void => {
    counts[country * nTiers + tierIndexByCutoff(overall, cutoffs)]!++;
    overalls[country * width + draw - from] = overall;
  };
  const absorb = (p: StabilityPart): void => {
    if (p.kind !== 'scores') throw new TypeError('a part of drawn pillar weights cannot join a run that re-evaluates the tree');
    const n = p.to - p.from;
    for (let i = 0; i < counts.length; i++) counts[i]! += p.counts[i]!;
    for (let ci = 0; ci < countries.length; ci++) overalls.set(p.overalls.subarray(ci * n, ci * n + n), ci * width + p.from - from);
  };
  const summarise = (nominal: readonly { overall: number; tier: number }[], done: number): CountryStability[] => {
    const scratch = new Float64Array(2 * done);
    return countries.map((country, ci) =>
      countryStability(
        country,
        nominal[ci],
        thresholds,
        counts.subarray(ci * nTiers, ci * nTiers + nTiers),
        done,
        overalls.subarray(ci * width, ci * width + done),
        scratch,
      ),
    );
  };
  return { add, absorb, part: () => ({ kind: 'scores', from, to, counts, overalls }), summarise };
}
