import type { Aggregation } from '../schemas/methodology.ts';

/** Clamps to [0, 1]; sums of normalised terms can overshoot 1 by an ulp. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Weighted mean of normalised scores (each 0–1), the aggregation at every level of the tree.
 * Entries whose value is null (hidden, excluded, or empty below) or whose weight is not > 0
 * are left out, and the remaining weights are renormalised, so scaling every weight by the
 * same positive constant changes nothing. Returns null when nothing is left.
 *
 * - arithmetic: Σ w·v / Σ w
 * - geometric: Π v^(w/Σw), computed as exp(Σ w·ln v / Σ w); any included 0 makes it 0
 *   (a geometric mean does not let a strong area make up for an absent one).
 *
 * The compiled engine (evaluate.ts) repeats exactly these operations in the same order so that
 * both give bit-identical scores.
 */
export function weightedMean(
  values: readonly (number | null)[],
  weights: readonly number[],
  aggregation: Aggregation,
): number | null {
  let num = 0;
  let den = 0;
  let hasZero = false;
  const geometric = aggregation === 'geometric';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const w = weights[i] ?? 0;
    if (v === null || v === undefined || !(w > 0)) continue;
    den += w;
    if (!geometric) num += w * v;
    else if (v <= 0) hasZero = true;
    else num += w * Math.log(v);
  }
  if (!(den > 0)) return null;
  if (!geometric) return clamp01(num / den);
  return hasZero ? 0 : clamp01(Math.exp(num / den));
}
