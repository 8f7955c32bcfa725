import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.ts';
import { createStabilityRun, tierStability } from './stability.ts';
import { tierStabilityBaseline } from './stability-baseline.ts';
import { driveStabilityRun } from './stability-driver.ts';
import { answersArb, methodologyArb } from './test-arbitraries.ts';
import { toyMethodology } from './test-toy.ts';

const countries = {
  FUL: { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o2', 'a2.q4': 10, 'b.q1': ['y', 'z'] },
  MID: { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o1', 'a2.q4': 4, 'b.q1': ['y'] },
  LOW: { 'a1.q1': false, 'b.q1': ['x'], 'b.q3': true },
  EDG: { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o1', 'a2.q4': 7, 'b.q1': ['y', 'z'] },
};
const m = toyMethodology();

describe(tierStability.name, () => {
  it('gives the same result for the same seed, whatever the chunk size', () => {
    const a = tierStability(m, countries, { draws: 400, seed: 99 });
    const b = tierStability(m, countries, { draws: 400, seed: 99, chunkSize: 7 });
    expect(b).toEqual(a);
    expect(tierStability(m, countries, { draws: 400, seed: 100 })).not.toEqual(a);
    expect(a.countries.map((c) => c.country)).toEqual(['EDG', 'FUL', 'LOW', 'MID']);
  });

  it('same seed, same result, on any methodology (property)', () => {
    const arb = methodologyArb({ skipLogic: true }).chain((mm) => fc.tuple(fc.constant(mm), fc.array(answersArb(mm), { minLength: 1, maxLength: 4 })));
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), ([mm, list], seed) => {
        const byCountry = Object.fromEntries(list.map((a, i) => [`C${i}`, a]));
        expect(tierStability(mm, byCountry, { draws: 20, seed })).toEqual(tierStability(mm, byCountry, { draws: 20, seed, chunkSize: 3 }));
      }),
      { numRuns: 40 },
    );
  });

  it('with zero spread gives every country probability 1 for its nominal tier', () => {
    const arb = methodologyArb({ skipLogic: true }).chain((mm) => fc.tuple(fc.constant(mm), fc.array(answersArb(mm), { minLength: 1, maxLength: 4 })));
    fc.assert(
      fc.property(arb, ([mm, list]) => {
        const byCountry = Object.fromEntries(list.map((a, i) => [`C${i}`, a]));
        const r = tierStability(mm, byCountry, { draws: 5, seed: 1, spread: 0 });
        r.countries.forEach((c, i) => {
          const s = scoreAssessment(mm, list[i]!);
          expect(c.nominalTier).toBe(s.tier);
          expect(c.nominalOverall).toBe(s.overall);
          expect(c.tiers.find((t) => t.tier === s.tier)?.probability).toBe(1);
          expect(Math.abs(c.p5 - s.overall)).toBeLessThan(1e-9);
          expect(Math.abs(c.p95 - s.overall)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('reports probabilities that sum to 1 and a 5–95 % band around the nominal score', () => {
    const r = tierStability(m, countries, { draws: 2000, seed: 5, spread: 0.5 });
    for (const c of r.countries) {
      expect(c.tiers.reduce((a, t) => a + t.probability, 0)).toBeCloseTo(1, 12);
      expect(c.p5).toBeLessThanOrEqual(c.p95);
    }
    expect(r.countries.find((c) => c.country === 'FUL')?.tiers[0]).toEqual({ tier: 1, probability: 1 });
    const edge = r.countries.find((c) => c.country === 'EDG')!;
    expect(edge.p5).toBeLessThan(edge.nominalOverall);
    expect(edge.p95).toBeGreaterThan(edge.nominalOverall);
  });

  it('matches the straightforward baseline for the same seed', () => {
    const arb = methodologyArb({ skipLogic: true }).chain((mm) => fc.tuple(fc.constant(mm), fc.array(answersArb(mm), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 1000 }), ([mm, list], seed) => {
        const byCountry = Object.fromEntries(list.map((a, i) => [`C${i}`, a]));
        const fast = tierStability(mm, byCountry, { draws: 25, seed, spread: 0.3 });
        const base = tierStabilityBaseline(mm, byCountry, { draws: 25, seed, spread: 0.3 });
        fast.countries.forEach((c, i) => {
          const b = base.countries[i]!;
          expect(c.tiers).toEqual(b.tiers);
          expect([c.nominalOverall, c.nominalTier]).toEqual([b.nominalOverall, b.nominalTier]);
          expect(Math.abs(c.p5 - b.p5) + Math.abs(c.p95 - b.p95)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('rejects impossible options', () => {
    expect(() => createStabilityRun(m, countries, { draws: 0, seed: 1 })).toThrow(RangeError);
    expect(() => createStabilityRun(m, countries, { draws: 10, seed: 1, spread: 1.5 })).toThrow(/spread/);
    expect(() => createStabilityRun(m, countries, { draws: 10, seed: NaN })).toThrow(/seed/);
  });
});

describe(driveStabilityRun.name, () => {
  it('reports progress chunk by chunk and returns the same result as a direct run', async () => {
    const progress: number[] = [];
    const result = await driveStabilityRun(createStabilityRun(m, countries, { draws: 100, seed: 3 }), {
      chunkSize: 30,
      onProgress: (p) => progress.push(p.done),
      pause: () => Promise.resolve(),
    });
    expect(progress).toEqual([30, 60, 90, 100]);
    expect(result).toEqual(tierStability(m, countries, { draws: 100, seed: 3 }));
  });

  it('stops at the next chunk when cancelled and returns null', async () => {
    let cancelled = false;
    const run = createStabilityRun(m, countries, { draws: 100, seed: 3 });
    const result = await driveStabilityRun(run, { chunkSize: 10, onProgress: () => (cancelled = true), isCancelled: () => cancelled });
    expect(result).toBeNull();
    expect(run.done).toBe(10);
  });
});
