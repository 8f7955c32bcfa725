import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierStability } from './stability.ts';
import { tierStabilityBaseline } from './stability-baseline.ts';
import { answersArb, methodologyArb } from './test-arbitraries.ts';
import { toyMethodology } from './test-toy.ts';

const countries = {
  FUL: { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o2', 'a2.q4': 10, 'b.q1': ['y', 'z'] },
  MID: { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o1', 'a2.q4': 4, 'b.q1': ['y'] },
  LOW: { 'a1.q1': false, 'b.q1': ['x'], 'b.q3': true },
  EDG: { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o1', 'a2.q4': 7, 'b.q1': ['y', 'z'] },
};

describe('tier stability with pillar weights only', () => {
  it('equals the straightforward recomputation (scoreAssessment per draw) with the same seed, on the toy', () => {
    const m = toyMethodology();
    const options = { draws: 300, seed: 13, spread: 0.225, vary: 'pillars' } as const;
    const fast = tierStability(m, countries, options);
    const base = tierStabilityBaseline(m, countries, options);
    expect(fast.countries.map((c) => c.country)).toEqual(base.countries.map((c) => c.country));
    fast.countries.forEach((c, i) => {
      const b = base.countries[i]!;
      expect(c.tiers).toEqual(b.tiers);
      expect([c.nominalOverall, c.nominalTier]).toEqual([b.nominalOverall, b.nominalTier]);
      expect(Math.abs(c.p5 - b.p5) + Math.abs(c.p95 - b.p95)).toBeLessThan(1e-9);
    });
    // only five numbers drawn per draw: a different stream from varying every weight
    expect(tierStability(m, countries, { ...options, vary: 'all' })).not.toEqual(fast);
    expect(tierStability(m, countries, options)).toEqual(fast);
  });

  it('counts tiers by draw for countries near a cutoff and scores countries missing a pillar on the pillars they have', () => {
    // missing answers left out: ONA has no score in pillar b, NIL none at all
    const m = toyMethodology({ missingPolicy: 'exclude' });
    const some = { ...countries, ONA: { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o2' }, NIL: {} };
    const options = { draws: 2000, seed: 5, spread: 0.6, vary: 'pillars' } as const;
    const fast = tierStability(m, some, options);
    const base = tierStabilityBaseline(m, some, options);
    fast.countries.forEach((c, i) => {
      const b = base.countries[i]!;
      expect(c.tiers).toEqual(b.tiers);
      expect([c.nominalOverall, c.nominalTier]).toEqual([b.nominalOverall, b.nominalTier]);
      expect(Math.abs(c.p5 - b.p5) + Math.abs(c.p95 - b.p95)).toBeLessThan(1e-9);
    });
    const tiersOf = (code: string) => fast.countries.find((c) => c.country === code)!.tiers.filter((t) => t.probability > 0).length;
    // both ways of counting are exercised: scores across a cutoff, and scores within one tier
    expect(Math.max(...Object.keys(some).map(tiersOf))).toBeGreaterThan(1);
    expect(tiersOf('ONA')).toBe(1);
    expect(fast.countries.find((c) => c.country === 'NIL')).toMatchObject({ nominalOverall: 0, p5: 0, p95: 0 });
  });

  it('equals the straightforward recomputation on any methodology (property)', () => {
    const arb = methodologyArb({ skipLogic: true }).chain((mm) => fc.tuple(fc.constant(mm), fc.array(answersArb(mm), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 1000 }), ([mm, list], seed) => {
        const byCountry = Object.fromEntries(list.map((a, i) => [`C${i}`, a]));
        const options = { draws: 25, seed, spread: 0.3, vary: 'pillars' } as const;
        const fast = tierStability(mm, byCountry, options);
        const base = tierStabilityBaseline(mm, byCountry, options);
        fast.countries.forEach((c, i) => {
          const b = base.countries[i]!;
          expect(c.tiers).toEqual(b.tiers);
          expect(Math.abs(c.p5 - b.p5) + Math.abs(c.p95 - b.p95)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 30 },
    );
  });

  it("equals it with the GCI's five pillars and with six, for more countries than one block of the set-up (property)", () => {
    // five pillars take the one-pass kernel, six the passes of up to four; 64 countries make a block
    const arb = methodologyArb({ pillars: [5, 6] }).chain((mm) => fc.tuple(fc.constant(mm), fc.array(answersArb(mm), { minLength: 65, maxLength: 140 })));
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 1000 }), ([mm, list], seed) => {
        const byCountry = Object.fromEntries(list.map((a, i) => [`C${String(i).padStart(3, '0')}`, a]));
        const options = { draws: 12, seed, spread: 0.4, vary: 'pillars' } as const;
        const fast = tierStability(mm, byCountry, options);
        const base = tierStabilityBaseline(mm, byCountry, options);
        expect(fast.countries).toHaveLength(list.length);
        fast.countries.forEach((c, i) => {
          const b = base.countries[i]!;
          expect([c.country, c.nominalOverall, c.nominalTier]).toEqual([b.country, b.nominalOverall, b.nominalTier]);
          expect(c.tiers).toEqual(b.tiers);
          expect(Math.abs(c.p5 - b.p5) + Math.abs(c.p95 - b.p95)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 8 },
    );
  });
});
