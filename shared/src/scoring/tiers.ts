import type { TierThreshold } from '../schemas/methodology.ts';

/**
 * Scores are rounded to this step before they are compared with a threshold, so float noise
 * (94.99999999999999 from summing contributions) cannot drop a country out of its tier.
 * A score within 5e-10 of a threshold counts as exactly on it. Scores are never shown with
 * more than a few decimals, so no real difference is lost.
 */
export const TIER_ROUNDING = 1e-9;
// Multiply then divide by an exact power of ten, so 95 ± noise comes back as exactly 95.
const SCALE = 1e9;

/** Rounds a 0–100 score to {@link TIER_ROUNDING} (what every tier comparison sees). */
export function roundForTier(score: number): number {
  return Math.round(score * SCALE) / SCALE;
}

/** Thresholds from the highest min to the lowest (tier 1 first when they are consistent). */
export function sortThresholds(thresholds: readonly TierThreshold[]): TierThreshold[] {
  return [...thresholds].sort((x, y) => y.min - x.min || x.tier - y.tier);
}

/**
 * The tier of an overall score (0–100). A score exactly on a threshold belongs to the higher
 * tier: with the GCI 2024 bands, 95 → tier 1, 94.9999 → tier 2, 0 → tier 5. Scores are rounded
 * first (see {@link TIER_ROUNDING}). A score below every threshold (negative) gets the lowest
 * tier. Throws on an empty list.
 */
export function assignTier(score: number, thresholds: readonly TierThreshold[]): number {
  return thresholdFor(score, sortThresholds(thresholds)).tier;
}

/** Like {@link assignTier} on thresholds already sorted by {@link sortThresholds}; returns the entry. */
export function thresholdFor(score: number, sorted: readonly TierThreshold[]): TierThreshold {
  const last = sorted[sorted.length - 1];
  if (!last) throw new RangeError('a methodology needs at least one tier threshold');
  const rounded = roundForTier(score);
  return sorted.find((t) => rounded >= t.min) ?? last;
}

/**
 * Index into `mins` (sorted high to low) of a score's tier; the hot-loop form of
 * {@link assignTier} used by the Monte Carlo engine.
 */
export function tierIndex(score: number, mins: Float64Array): number {
  const rounded = roundForTier(score);
  const last = mins.length - 1;
  for (let i = 0; i < last; i++) if (rounded >= (mins[i] as number)) return i;
  return last;
}

/**
 * The lowest score each min admits once rounded: the smallest double x with roundForTier(x) ≥ min
 * (rounding is monotone, so a score reaches the min exactly when it is ≥ x). With these cutoffs,
 * {@link tierIndexByCutoff} gives tierIndex's answer for every score without rounding each one,
 * which is most of the cost of classifying ten million Monte Carlo draws.
 */
export function tierCutoffs(mins: Float64Array): Float64Array {
  return mins.map((min) => {
    const reaches = (x: number) => roundForTier(x) >= min;
    const margin = 1e-6 * Math.max(1, Math.abs(min));
    let below = min - margin;
    let at = min + margin;
    if (!Number.isFinite(min) || reaches(below) || !reaches(at)) throw new RangeError(`tier min ${min} is not a finite score`);
    // bisect until `below` and `at` are neighbouring doubles: `at` is then the smallest that reaches
    for (;;) {
      const mid = below + (at - below) / 2;
      if (mid === below || mid === at) return at;
      if (reaches(mid)) at = mid;
      else below = mid;
    }
  });
}

/** tierIndex over cutoffs from {@link tierCutoffs}: the same index for every score, NaN included. */
export function tierIndexByCutoff(score: number, cutoffs: Float64Array): number {
  const last = cutoffs.length - 1;
  for (let i = 0; i < last; i++) if (score >= (cutoffs[i] as number)) return i;
  return last;
}

/** The tier above `tier` (a smaller number), or null for the best tier. */
export function nextTierUp(tier: number, thresholds: readonly TierThreshold[]): TierThreshold | null {
  const sorted = sortThresholds(thresholds);
  const i = sorted.findIndex((t) => t.tier === tier);
  return i > 0 ? (sorted[i - 1] ?? null) : null;
}
