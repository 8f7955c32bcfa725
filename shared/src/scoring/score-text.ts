import { roundForTier } from './tiers.ts';

/**
 * How every score is shown (pages, downloads, workbench): two decimals, cut rather than rounded, so
 * a shown score never contradicts its tier. Rounding would show 94.9875 as "94.99" at two
 * decimals but as "95.0" at one, above Tier 2's "85 – <95"; cut, it shows 94.98. Band limits with
 * at most two decimals (the GCI's are whole) then always hold: a score at or above a limit shows at
 * or above it, a score below shows below.
 *
 * The digits cut are those of the shortest decimal that reads back as the same double (what
 * `String` prints), not of its exact binary value: 0.29 is stored as 0.28999999999999998…, and
 * is shown as 0.29, not 0.28. And the score is first rounded as the tier comparison rounds it
 * (roundForTier): 94.9999999999 is in Tier 1 and shows as 95.00.
 */

/** The decimals of a shown score. */
export const SCORE_DECIMALS = 2;

/** The score cut to SCORE_DECIMALS decimals (toward zero), as a number: 94.9875 → 94.98, 95 → 95, 94.9999999999 → 95. */
export function truncateScore(value: number): number {
  if (!Number.isFinite(value)) return value;
  const text = String(Math.abs(roundForTier(value)));
  // below 1e-6 String writes an exponent; such a score shows as 0
  if (text.includes('e')) return 0;
  const [whole, fraction = ''] = text.split('.');
  const cut = Number(`${whole}.${fraction.slice(0, SCORE_DECIMALS) || '0'}`);
  return value < 0 && cut !== 0 ? -cut : cut;
}

/** The score as text with exactly SCORE_DECIMALS decimals, cut, for files: "94.98", "95.00". */
export const scoreText = (value: number): string => truncateScore(value).toFixed(SCORE_DECIMALS);
