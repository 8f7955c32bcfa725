import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileInPlace } from './percentile.ts';

/** Type-7 quantile on a sorted copy: the definition the quickselect version must match. */
function reference(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - s[lo]!);
}

describe(quantileInPlace.name, () => {
  it('matches the sorted-sample definition (type 7) for any sample and p', () => {
    const sample = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        expect(quantileInPlace(Float64Array.from(xs), p)).toBeCloseTo(reference(xs, p), 6);
      }),
    );
  });

  it('handles the 5th and 95th percentiles of 1..101 and a constant sample', () => {
    const xs = Float64Array.from({ length: 101 }, (_, i) => i + 1);
    expect(quantileInPlace(xs, 0.05)).toBe(6);
    expect(quantileInPlace(xs, 0.95)).toBe(96);
    expect(quantileInPlace(new Float64Array(1000).fill(7), 0.05)).toBe(7);
    expect(quantileInPlace(new Float64Array(0), 0.5)).toBeNaN();
  });
});
