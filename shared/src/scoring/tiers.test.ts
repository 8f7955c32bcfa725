import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { assignTier, nextTierUp, roundForTier, tierCutoffs, tierIndex, tierIndexByCutoff } from './tiers.ts';

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

/** The double next to x towards −∞ or +∞ (x finite, non-zero). */
function neighbour(x: number, direction: -1 | 1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(direction * Math.sign(x)));
  return view.getFloat64(0);
}

describe(tierCutoffs.name, () => {
  const mins = Float64Array.from([100, 95, 0.1 + 0.2, 55.555555555, 33.3, 20, 1e-12, 0]);
  const cutoffs = tierCutoffs(mins);

  it('gives for each min the smallest score that reaches it once rounded', () => {
    mins.forEach((min, i) => {
      const cut = cutoffs[i]!;
      expect(roundForTier(cut)).toBeGreaterThanOrEqual(min);
      expect(roundForTier(neighbour(cut, -1))).toBeLessThan(min);
      expect(Math.abs(cut - min)).toBeLessThanOrEqual(5e-10 + 1e-15 * Math.abs(min));
    });
  });

  it('classifies every score as tierIndex does, near every threshold and far from them', () => {
    const sorted = Float64Array.from([...mins].sort((a, b) => b - a));
    const sortedCuts = tierCutoffs(sorted);
    const scores = [NaN, -1, 101, ...Array.from({ length: 400 }, (_, i) => i / 4 - 0.5)];
    for (const min of sorted)
      for (const offset of [-6e-10, -5e-10, -4e-10, 0, 4e-10, 5e-10, 6e-10]) {
        let x = min + offset;
        scores.push(x);
        for (let k = 0; k < 3; k++) scores.push((x = neighbour(x || Number.MIN_VALUE, 1)));
      }
    for (const c of sortedCuts) scores.push(c, c === 0 ? -Number.MIN_VALUE : neighbour(c, -1));
    for (const s of scores) expect(tierIndexByCutoff(s, sortedCuts), `score ${s}`).toBe(tierIndex(s, sorted));
  });

  it('refuses a min that is not a finite score', () => {
    expect(() => tierCutoffs(Float64Array.from([50, Infinity]))).toThrow(RangeError);
    expect(() => tierCutoffs(Float64Array.from([NaN]))).toThrow(RangeError);
  });
});

describe(nextTierUp.name, () => {
  it('returns the next better tier, none above tier 1', () => {
    expect(nextTierUp(3, GCI_2024_TIERS)?.min).toBe(85);
    expect(nextTierUp(1, GCI_2024_TIERS)).toBeNull();
  });
});
