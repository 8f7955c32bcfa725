import type { TierThreshold } from '../schemas/methodology.ts';
import type { ScoreBatch } from './batch.ts';
import { countryStability, type StabilityTally } from './stability-tally.ts';
import type { CountryStability, StabilityPart } from './stability-types.ts';
import { tierCutoffs } from './tiers.ts';

/** A tally for runs that draw the pillar weights only: it keeps the draws' weights, not their scores. */
export interface PillarTally extends StabilityTally {
  /** Keeps draw `draw`'s pillar weights, read from the weights of every node. */
  record(draw: number, weights: Float64Array): void;
}

/**
 * Pillar weights only: every country's pillar scores stay as createBatch left them (base weights
 * below the pillars), so a draw is just five weights. The tally keeps those (draw-major, a few
 * hundred kilobytes for 10,000 draws) and scores the countries when summarising, country by
 * country over every draw, each country's scores in one reused buffer: no countries × draws
 * array (80 MB for 1,000 countries) is filled, which was most of the time of a run.
 *
 * @param countries country codes, already in output order (the batch's)
 * @param thresholds sorted from the highest min (sortThresholds)
 */
export function createPillarTally(
  countries: readonly string[],
  thresholds: readonly TierThreshold[],
  pillarNode: Int32Array,
  batch: ScoreBatch,
  from: number,
  to: number,
): PillarTally {
  const k = batch.countries;
  const np = pillarNode.length;
  const value = new Float64Array(k * np);
  const included = new Float64Array(k * np);
  for (let p = 0; p < np; p++)
    for (let ci = 0; ci < k; ci++) {
      value[ci * np + p] = batch.values[pillarNode[p]! * k + ci]!;
      included[ci * np + p] = batch.included[pillarNode[p]! * k + ci]!;
    }
  const cutoffs = tierCutoffs(Float64Array.from(thresholds, (t) => t.min));
  const weights = new Float64Array((to - from) * np);

  const record = (draw: number, nodeWeights: Float64Array): void => {
    const at = (draw - from) * np;
    for (let p = 0; p < np; p++) weights[at + p] = nodeWeights[pillarNode[p]!]!;
  };
  const absorb = (part: StabilityPart): void => {
    if (part.kind !== 'pillarWeights') throw new TypeError('a part of scores cannot join a run that draws the pillar weights only');
    weights.set(part.weights, (part.from - from) * np);
  };
  const summarise = (nominal: readonly { overall: number; tier: number }[], done: number): CountryStability[] => {
    const drawn = weights.subarray(0, done * np);
    const sums = new Float64Array(done);
    for (let d = 0; d < done; d++) {
      let den = 0;
      for (let p = 0; p < np; p++) den += drawn[d * np + p]!;
      sums[d] = den;
    }
    const scores = new Float64Array(done);
    const scratch = new Float64Array(done);
    const counts = new Int32Array(thresholds.length);
    return countries.map((country, ci) => {
      counts.fill(0);
      scoreCountry(value, included, ci * np, np, drawn, sums, done, cutoffs, counts, scores);
      return countryStability(country, nominal[ci], thresholds, counts, done, scores, scratch);
    });
  };
  return { record, absorb, part: () => ({ kind: 'pillarWeights', from, to, weights }), summarise };
}

/**
 * The hot loop: one country's overall score in each of `n` draws, into `out`, its tiers counted.
 * Each draw is the root's weighted mean with meanRow's operations in its order (so the same bits
 * as evaluateBatchGeneral). Drawn weights are never negative or NaN (perturb.ts), so a weight of
 * 0 may be added as +0 instead of skipped, as meanRow does, with the same bits; and a country with
 * every pillar scored (most) shares the draw's denominator Σ w, summed once per draw in the same
 * order. Everything is in locals and the tier search is written out (the call was not inlined).
 */
function scoreCountry(
  value: Float64Array,
  included: Float64Array,
  row: number,
  np: number,
  drawn: Float64Array,
  sums: Float64Array,
  n: number,
  cutoffs: Float64Array,
  counts: Int32Array,
  out: Float64Array,
): void {
  const lastTier = cutoffs.length - 1;
  let complete = true;
  for (let p = 0; p < np; p++) if (included[row + p] !== 1) complete = false;
  for (let d = 0; d < n; d++) {
    let num = 0;
    let den = 0;
    const at = d * np;
    for (let p = 0; p < np; p++) num += drawn[at + p]! * value[row + p]!;
    if (complete) den = sums[d]!;
    else for (let p = 0; p < np; p++) den += drawn[at + p]! * included[row + p]!;
    const x = den > 0 ? num / den : 0;
    const overall = den > 0 ? 100 * (x < 0 ? 0 : x > 1 ? 1 : x) : 0;
    out[d] = overall;
    // tierIndexByCutoff: the first tier whose cutoff the score reaches; NaN goes to the last
    let tier = 0;
    while (tier < lastTier && !(overall >= cutoffs[tier]!)) tier++;
    counts[tier]!++;
  }
}
