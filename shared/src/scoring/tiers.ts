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

/** The tier above `tier` (a smaller number), or null for the best tier. */
export function nextTierUp(tier: number, thresholds: readonly TierThreshold[]): TierThreshold | null {
  const sorted = sortThresholds(thresholds);
  const i = sorted.findIndex((t) => t.tier === tier);
  return i > 0 ? (sorted[i - 1] ?? null) : null;
}
