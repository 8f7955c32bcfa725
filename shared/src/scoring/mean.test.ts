import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanOfChildren, meanRow } from './mean.ts';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const mean = (values: number[], weights: number[], geometric = false) =>
  meanOfChildren(all(values.length), 0, values.length, Float64Array.from(weights), Float64Array.from(values), geometric);

/** The rules written out plainly, as the documentation states them (a zero flag instead of −∞). */
function reference(values: readonly number[], weights: readonly number[], geometric: boolean): number {
  let num = 0;
  let den = 0;
  let hasZero = false;
  values.forEach((v, i) => {
    const w = weights[i]!;
    if (Number.isNaN(v) || !(w > 0)) return;
    den += w;
    if (!geometric) num += w * v;
    else if (v <= 0) hasZero = true;
    else num += w * Math.log(v);
  });
  if (!(den > 0)) return NaN;
  const m = geometric ? (hasZero ? 0 : Math.exp(num / den)) : num / den;
  return Math.min(1, Math.max(0, m));
}

const entryArb = fc.record({
  value: fc.oneof(fc.constant(NaN), fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  weight: fc.oneof(fc.constant(0), fc.constant(NaN), fc.constant(-1), fc.double({ min: 0.001, max: 50, noNaN: true })),
});

describe(meanOfChildren.name, () => {
  it('weighs, leaves out entries with no score or no weight, and renormalises', () => {
    expect(mean([0.5, 1], [1, 3])).toBe(0.875);
    expect(mean([0.5, NaN, 1, 0.2, 0.9], [1, 5, 3, 0, NaN])).toBe(0.875);
    expect(mean([0.5, 1], [10, 30])).toBe(0.875);
    expect(mean([NaN, 0.4], [1, 0])).toBeNaN();
    expect(mean([], [])).toBeNaN();
  });

  it('takes a geometric mean in which any 0 gives 0', () => {
    expect(mean([0.25, 1], [1, 1], true)).toBeCloseTo(0.5, 15);
    expect(mean([0.9, 0, 1], [1, 1, 1], true)).toBe(0);
    expect(mean([0.9, 0], [1, 0], true)).toBe(0.9);
  });

  it('is bit-identical to the rules written out plainly (property)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), fc.boolean(), (entries, geometric) => {
        const values = entries.map((e) => e.value);
        const weights = entries.map((e) => e.weight);
        expect(mean(values, weights, geometric)).toBe(reference(values, weights, geometric));
      }),
      { numRuns: 500 },
    );
  });
});

describe(meanRow.name, () => {
  it('gives every country exactly its own meanOfChildren (property)', () => {
    const arb = fc
      .record({
        children: fc.integer({ min: 0, max: 6 }),
        countries: fc.integer({ min: 1, max: 5 }),
        geometric: fc.boolean(),
      })
      .chain(({ children, countries, geometric }) =>
        fc.record({
          geometric: fc.constant(geometric),
          weights: fc.array(
            entryArb.map((e) => e.weight),
            { minLength: children, maxLength: children },
          ),
          lanes: fc.array(
            fc.array(
              entryArb.map((e) => e.value),
              { minLength: children, maxLength: children },
            ),
            { minLength: countries, maxLength: countries },
          ),
        }),
      );
    fc.assert(
      fc.property(arb, ({ geometric, weights, lanes }) => {
        const n = weights.length;
        const k = lanes.length;
        // rows 0..n-1 are the children, row n the mean
        const rows = { countries: k, values: new Float64Array((n + 1) * k), included: new Float64Array((n + 1) * k) };
        lanes.forEach((lane, i) =>
          lane.forEach((v, c) => {
            rows.values[c * k + i] = Number.isNaN(v) ? 0 : v;
            rows.included[c * k + i] = Number.isNaN(v) ? 0 : 1;
          }),
        );
        meanRow(rows, all(n), 0, n, n * k, Float64Array.from(weights), geometric);
        lanes.forEach((lane, i) => {
          const expected = mean(lane, weights, geometric);
          expect(rows.included[n * k + i]).toBe(Number.isNaN(expected) ? 0 : 1);
          expect(rows.values[n * k + i]).toBe(Number.isNaN(expected) ? 0 : expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});
