import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { assignTier, nextTierUp, roundForTier, tierIndex } from './tiers.ts';

describe(assignTier.name, () => {
  it('puts a score exactly on a GCI 2024 boundary in the higher tier', () => {
    expect([100, 95, 85, 55, 20, 0].map((s) => assignTier(s, GCI_2024_TIERS))).toEqual([1, 1, 2, 3, 4, 5]);
    expect([94.99, 84.99, 54.99, 19.99].map((s) => assignTier(s, GCI_2024_TIERS))).toEqual([2, 3, 4, 5]);
  });

  it('absorbs float error within 5e-10 of a threshold, and only that', () => {
    expect(assignTier(94.99999999999999, GCI_2024_TIERS)).toBe(1);
    expect(assignTier(0.55 * 100, GCI_2024_TIERS)).toBe(3);
    expect(assignTier(95 - 4e-10, GCI_2024_TIERS)).toBe(1);
    expect(assignTier(95 - 6e-10, GCI_2024_TIERS)).toBe(2);
    expect(roundForTier(94.99999999999999)).toBe(95);
  });

  it('gives a negative score the lowest tier and does not depend on the order of the list', () => {
    expect(assignTier(-3, GCI_2024_TIERS)).toBe(5);
    expect(assignTier(90, [...GCI_2024_TIERS].reverse())).toBe(2);
  });

  it('throws on an empty threshold list', () => {
    expect(() => assignTier(50, [])).toThrow(RangeError);
  });

  it('agrees with the hot-loop tierIndex', () => {
    const mins = Float64Array.from(GCI_2024_TIERS, (t) => t.min);
    for (let s = -1; s <= 101; s += 0.25) expect(GCI_2024_TIERS[tierIndex(s, mins)]!.tier).toBe(assignTier(s, GCI_2024_TIERS));
  });
});

describe(nextTierUp.name, () => {
  it('returns the next better tier, none above tier 1', () => {
    expect(nextTierUp(3, GCI_2024_TIERS)?.min).toBe(85);
    expect(nextTierUp(1, GCI_2024_TIERS)).toBeNull();
  });
});
