import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileBySampling, quantileInPlace } from './percentile.ts';

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

describe(quantileBySampling.name, () => {
  /** Samples of Monte Carlo size in shapes that trouble a strided sample: sorted, reversed, tied, clustered. */
  const shapes: Record<string, (i: number, n: number, r: () => number) => number> = {
    uniform: (_i, _n, r) => 100 * r(),
    sorted: (i, n) => (100 * i) / n,
    reversed: (i, n) => 100 - (100 * i) / n,
    'few values': (_i, _n, r) => Math.floor(r() * 3) * 10,
    'one value': () => 42,
    'a cluster and outliers': (i, _n, r) => (i % 97 === 0 ? 100 * r() : 50 + r() * 1e-9),
    'sawtooth at the stride': (i) => i % 256,
  };

  it("gives quickselect's value to the bit for any p, and leaves the sample as it was", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(shapes)),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer(),
        (shape, n, p, seed) => {
          let state = seed >>> 0;
          const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
          const values = Float64Array.from({ length: n }, (_, i) => shapes[shape]!(i, n, random));
          const before = Float64Array.from(values);
          expect(quantileBySampling(values, p, new Float64Array(n))).toBe(quantileInPlace(Float64Array.from(values), p));
          expect(values).toEqual(before);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('gives the 5th and 95th percentiles of a shuffled 1..10,001', () => {
    const values = Float64Array.from({ length: 10_001 }, (_, i) => ((i * 7919) % 10_001) + 1);
    const scratch = new Float64Array(values.length);
    expect(quantileBySampling(values, 0.05, scratch)).toBe(501);
    expect(quantileBySampling(values, 0.95, scratch)).toBe(9501);
    expect(quantileBySampling(values, 0.5, scratch)).toBe(5001);
  });
});
