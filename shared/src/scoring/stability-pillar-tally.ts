import type { TierThreshold } from '../schemas/methodology.ts';
import type { PillarScores } from './pillar-scores.ts';
import { countryStability, type StabilityTally } from './stability-tally.ts';
import type { CountryStability, StabilityPart } from './stability-types.ts';
import { tierCutoffs } from './tiers.ts';

/** A tally for runs that draw the pillar weights only: it keeps the draws' weights, not their scores. */
export interface PillarTally extends StabilityTally {
  /** Keeps draw `draw`'s pillar weights, read from the weights of every node. */
  record(draw: number, weights: Float64Array): void;
}

/**
 * Pillar weights only: every country's pillar scores stay as the base weights give them
 * (pillarScoresOf), so a draw is just five weights. The tally keeps those (draw-major, a few
 * hundred kilobytes for 10,000 draws) and scores the countries when summarising, country by
 * country over every draw, each country's scores in one reused buffer: no countries × draws
 * array (80 MB for 1,000 countries) is filled, which was most of the time of a run.
 *
 * @param countries country codes, already in output order (the pillar scores')
 * @param thresholds sorted from the highest min (sortThresholds)
 */
export function createPillarTally(
  countries: readonly string[],
  thresholds: readonly TierThreshold[],
  pillarNode: Int32Array,
  { value, included }: PillarScores,
  from: number,
  to: number,
): PillarTally {
  const np = pillarNode.length;
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
    const denominators = denominatorsByScoredPillars(drawn, np, done);
    const scores = new Float64Array(done);
    const scratch = new Float64Array(2 * done);
    const counts = new Int32Array(thresholds.length);
    return countries.map((country, ci) => {
      counts.fill(0);
      scoreCountry(value, ci * np, np, drawn, denominators(included.subarray(ci * np, ci * np + np)), done, cutoffs, counts, scores);
      return countryStability(country, nominal[ci], thresholds, counts, done, scores, scratch);
    });
  };
  return { record, absorb, part: () => ({ kind: 'pillarWeights', from, to, weights }), summarise };
}

/**
 * The denominators of the root's weighted mean in each draw over the pillars a country is scored
 * in (`scored`: 1 or 0 per pillar), Σ w in pillar order as meanRow adds them (a pillar left out
 * adds +0 there, which changes nothing). Most countries are scored in every pillar, so a run
 * computes one or a few of these.
 */
function denominatorsByScoredPillars(drawn: Float64Array, np: number, n: number): (scored: Float64Array) => Float64Array {
  const known = new Map<string, Float64Array>();
  return (scored) => {
    const key = scored.join();
    let sums = known.get(key);
    if (sums) return sums;
    sums = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      let sum = 0;
      for (let p = 0; p < np; p++) if (scored[p] === 1) sum += drawn[d * np + p]!;
      sums[d] = sum;
    }
    known.set(key, sums);
    return sums;
  };
}

/**
 * The hot loop: one country's overall score in each of `n` draws, into `out`, its tiers counted.
 * Each draw is the root's weighted mean with meanRow's operations in its order (so the same bits
 * as evaluateBatchGeneral): the numerators are summed up to four pillars at a time over every
 * draw (addPillars), then one pass divides and clamps. A pillar the country is not scored in has
 * value 0 and adds +0, as its weight × 0 does in meanRow (drawn weights are never negative or
 * NaN, perturb.ts).
 */
function scoreCountry(
  value: Float64Array,
  row: number,
  np: number,
  drawn: Float64Array,
  den: Float64Array,
  n: number,
  cutoffs: Float64Array,
  counts: Int32Array,
  out: Float64Array,
): void {
  let lowest = Infinity;
  let highest = -Infinity;
  if (np === 5) {
    // the GCI's five pillars: numerator, division and clamp in one pass
    const v0 = value[row]!;
    const v1 = value[row + 1]!;
    const v2 = value[row + 2]!;
    const v3 = value[row + 3]!;
    const v4 = value[row + 4]!;
    for (let d = 0, at = 0; d < n; d++, at += 5) {
      const sum = den[d]!;
      const x = sum > 0 ? (drawn[at]! * v0 + drawn[at + 1]! * v1 + drawn[at + 2]! * v2 + drawn[at + 3]! * v3 + drawn[at + 4]! * v4) / sum : 0;
      const overall = sum > 0 ? 100 * (x < 0 ? 0 : x > 1 ? 1 : x) : 0;
      out[d] = overall;
      lowest = Math.min(lowest, overall);
      highest = Math.max(highest, overall);
    }
  } else {
    out.fill(0, 0, n);
    for (let p = 0; p < np; p += 4) addPillars(out, n, drawn, np, p, Math.min(4, np - p), value, row);
    for (let d = 0; d < n; d++) {
      const sum = den[d]!;
      const x = sum > 0 ? out[d]! / sum : 0;
      const overall = sum > 0 ? 100 * (x < 0 ? 0 : x > 1 ? 1 : x) : 0;
      out[d] = overall;
      lowest = Math.min(lowest, overall);
      highest = Math.max(highest, overall);
    }
  }
  countTiers(out, n, lowest, highest, cutoffs, counts);
}

/**
 * Counts the draws in each tier (tierIndexByCutoff: the first tier whose cutoff a score reaches,
 * NaN in the last) as differences of the draws reaching each cutoff. A country's scores seldom
 * straddle a cutoff, so most cutoffs are settled by the scores' range; only one that lies within
 * it takes a pass. (A search per draw took about as long as computing the scores: for a country
 * near a cutoff its branches are a coin toss.)
 */
function countTiers(scores: Float64Array, n: number, lowest: number, highest: number, cutoffs: Float64Array, counts: Int32Array): void {
  const last = cutoffs.length - 1;
  let reachedAbove = 0;
  for (let t = 0; t < last; t++) {
    const cutoff = cutoffs[t]!;
    let reached = 0;
    // a NaN among the scores makes the range NaN: every cutoff is then counted
    if (lowest >= cutoff) reached = n;
    else if (!(highest < cutoff)) for (let d = 0; d < n; d++) reached += +(scores[d]! >= cutoff);
    counts[t] = reached - reachedAbove;
    reachedAbove = reached;
  }
  counts[last] = n - reachedAbove;
}

/**
 * out[d] += w[d][p]·v[p] for `count` (1–4) pillars from `from`, added left to right as meanRow
 * adds them, in one pass over the draws. Written out per count, so that no loop over the pillars
 * sits inside the loop over the draws (in a micro-benchmark of 10 million draws × 5 pillars, 20–30
 * ms instead of about 100).
 */
function addPillars(out: Float64Array, n: number, drawn: Float64Array, np: number, from: number, count: number, value: Float64Array, row: number): void {
  const v0 = value[row + from]!;
  const v1 = count > 1 ? value[row + from + 1]! : 0;
  const v2 = count > 2 ? value[row + from + 2]! : 0;
  const v3 = count > 3 ? value[row + from + 3]! : 0;
  if (count === 4)
    for (let d = 0, at = from; d < n; d++, at += np) out[d] = out[d]! + drawn[at]! * v0 + drawn[at + 1]! * v1 + drawn[at + 2]! * v2 + drawn[at + 3]! * v3;
  else if (count === 3) for (let d = 0, at = from; d < n; d++, at += np) out[d] = out[d]! + drawn[at]! * v0 + drawn[at + 1]! * v1 + drawn[at + 2]! * v2;
  else if (count === 2) for (let d = 0, at = from; d < n; d++, at += np) out[d] = out[d]! + drawn[at]! * v0 + drawn[at + 1]! * v1;
  else for (let d = 0, at = from; d < n; d++, at += np) out[d] = out[d]! + drawn[at]! * v0;
}
