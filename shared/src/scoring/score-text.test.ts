import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { scoreText, truncateScore } from './score-text.ts';
import { assignTier } from './tiers.ts';

describe(truncateScore.name, () => {
  it('cuts to two decimals instead of rounding', () => {
    expect(truncateScore(94.9875)).toBe(94.98);
    expect(truncateScore(94.999999)).toBe(94.99);
    expect(truncateScore(95)).toBe(95);
    expect(truncateScore(19.996)).toBe(19.99);
    expect(truncateScore(0.000_000_1)).toBe(0);
    // within the tier comparison's rounding of 95: in Tier 1, shown as 95
    expect(truncateScore(94.9999999999)).toBe(95);
  });

  it('cuts the decimal a score reads as, not its binary expansion', () => {
    // 0.29 and 1.15 are stored a hair below: their exact values would cut to 0.28 and 1.14
    expect(truncateScore(0.29)).toBe(0.29);
    expect(truncateScore(1.15)).toBe(1.15);
    expect(scoreText(0.29)).toBe('0.29');
  });

  it('writes exactly two decimals', () => {
    expect([94.9875, 95, 100, 0, 12.5, 84.999].map(scoreText)).toEqual(['94.98', '95.00', '100.00', '0.00', '12.50', '84.99']);
  });

  it('never shows a score in a tier other than its own', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        expect(assignTier(truncateScore(score), GCI_2024_TIERS)).toBe(assignTier(score, GCI_2024_TIERS));
        expect(assignTier(Number(scoreText(score)), GCI_2024_TIERS)).toBe(assignTier(score, GCI_2024_TIERS));
      }),
    );
    // around each band limit: float noise, the tier rounding's edge, and a real shortfall
    for (const limit of [20, 55, 85, 95]) {
      for (const score of [limit - Number.EPSILON * limit, limit - 4e-10, limit - 6e-10, limit - 1e-6, limit + 1e-12]) {
        expect(assignTier(truncateScore(score), GCI_2024_TIERS), String(score)).toBe(assignTier(score, GCI_2024_TIERS));
      }
    }
  });
});
