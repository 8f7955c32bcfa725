import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileInPlace, quantilePairBySampling } from './percentile.ts';

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

describe(quantilePairBySampling.name, () => {
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

  it("gives quickselect's values to the bit for any two p's, and leaves the sample as it was", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(shapes)),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer(),
        (shape, n, p1, p2, seed) => {
          let state = seed >>> 0;
          const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
          const values = Float64Array.from({ length: n }, (_, i) => shapes[shape]!(i, n, random));
          const before = Float64Array.from(values);
          const expected = [quantileInPlace(Float64Array.from(values), p1), quantileInPlace(Float64Array.from(values), p2)];
          expect(quantilePairBySampling(values, p1, p2, new Float64Array(2 * n))).toEqual(expected);
          expect(values).toEqual(before);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('gives the 5th and 95th percentiles, and the median, of a shuffled 1..10,001', () => {
    const values = Float64Array.from({ length: 10_001 }, (_, i) => ((i * 7919) % 10_001) + 1);
    const scratch = new Float64Array(2 * values.length);
    expect(quantilePairBySampling(values, 0.05, 0.95, scratch)).toEqual([501, 9501]);
    expect(quantilePairBySampling(values, 0.95, 0.5, scratch)).toEqual([9501, 5001]);
  });

  it('falls back to a full selection when a bracket misses or a value is NaN', () => {
    const n = 10_000;
    const values = new Float64Array(n).fill(100);
    // the strided sample (every n/256th value) sees only zeros: it brackets the median at 0, and misses it
    for (let j = 0; j < 256; j++) values[Math.floor((j * n) / 256)] = 0;
    const scratch = new Float64Array(2 * n);
    expect(quantilePairBySampling(values, 0.01, 0.5, scratch)).toEqual([0, 100]);
    expect(quantilePairBySampling(values, 0.5, 0.01, scratch)).toEqual([100, 0]);
    // a NaN is in no bracket; quickselect gives whatever it gives, and so must the pair
    const shuffled = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) + 1);
    shuffled[7] = NaN;
    const expected = [quantileInPlace(Float64Array.from(shuffled), 0.05), quantileInPlace(Float64Array.from(shuffled), 0.95)];
    expect(quantilePairBySampling(shuffled, 0.05, 0.95, scratch)).toEqual(expected);
  });
});
