import { describe, expect, it } from 'vitest';
import { DEFAULT_STABILITY_SETTINGS, MethodologySchema, stabilitySettingsOf, type TierThreshold } from '../schemas/methodology.ts';
import { DRAW_BLOCK } from './perturb.ts';
import { createPrng } from './prng.ts';
import { createStabilityRun, partitionDraws, tierStability } from './stability.ts';
import { tierStabilityBaseline } from './stability-baseline.ts';
import { group, methodology, q, yesNo } from './test-toy.ts';

/**
 * Three countries on two pillars of one yes/no question each, weighted 2 and 3, and two tiers split
 * at 50. ALL (both yes) scores 100 and NONE 0 whatever the weights; ONE (yes on the first pillar
 * only) scores 100·w1/(w1 + w2), nominally 40 (tier 2), and reaches tier 1 exactly when w1 ≥ w2.
 */
const tiers: TierThreshold[] = [
  { tier: 1, key: 'high', name: { en: 'High' }, min: 50 },
  { tier: 2, key: 'low', name: { en: 'Low' }, min: 0 },
];
const m = methodology([group('pillar', 'p1', [q('p1.a', yesNo())], 2), group('pillar', 'p2', [q('p2.b', yesNo())], 3)], { thresholds: tiers });
const countries = { ALL: { 'p1.a': true, 'p2.b': true }, NONE: { 'p1.a': false, 'p2.b': false }, ONE: { 'p1.a': true, 'p2.b': false } };
const probabilityOf = (r: ReturnType<typeof tierStability>, iso: string, tier: number) =>
  r.countries.find((c) => c.country === iso)!.tiers.find((t) => t.tier === tier)!.probability;

describe('tier stability settings, hand-computed on three countries', () => {
  it('uniform ±50 % on the pillar weights: draw by draw as written out here, and P(w1 ≥ w2) = 0.1875', () => {
    const seed = 7;
    const draws = 2 * DRAW_BLOCK + 88; // three blocks, each with its own stream
    const r = tierStability(m, countries, { draws, seed, vary: 'pillars', distribution: { kind: 'uniform', spread: 0.5 } });
    // each block of draws: createPrng(seed, block); each draw takes one number per pillar, in pillar order
    let high = 0;
    let rng = createPrng(seed, 0);
    const scores: number[] = [];
    for (let d = 0; d < draws; d++) {
      if (d % DRAW_BLOCK === 0) rng = createPrng(seed, d / DRAW_BLOCK);
      const w1 = 2 * (1 + 0.5 * (2 * rng() - 1));
      const w2 = 3 * (1 + 0.5 * (2 * rng() - 1));
      const score = (100 * (w1 * 1 + w2 * 0)) / (w1 * 1 + w2 * 1);
      scores.push(score);
      if (score >= 50) high++;
    }
    expect(probabilityOf(r, 'ONE', 1)).toBe(high / draws);
    expect(probabilityOf(r, 'ALL', 1)).toBe(1);
    expect(probabilityOf(r, 'NONE', 2)).toBe(1);
    const one = r.countries.find((c) => c.country === 'ONE')!;
    expect([one.nominalOverall, one.nominalTier]).toEqual([40, 2]);
    // 5th percentile, type 7: sorted[h] with h = (n − 1)·0.05, interpolated
    const sorted = [...scores].sort((a, b) => a - b);
    const h = (draws - 1) * 0.05;
    const p5 = sorted[Math.floor(h)]! + (h - Math.floor(h)) * (sorted[Math.floor(h) + 1]! - sorted[Math.floor(h)]!);
    expect(Math.abs(one.p5 - p5)).toBeLessThan(1e-9);
    // w1 = 1 + 2u1, w2 = 1.5 + 3u2: P(2u1 − 3u2 ≥ 0.5) = ∫ from 0.25 to 1 of (2u − 0.5)/3 du = 0.1875
    const big = tierStability(m, countries, { draws: 20_000, seed, vary: 'pillars', distribution: { kind: 'uniform', spread: 0.5 } });
    expect(Math.abs(probabilityOf(big, 'ONE', 1) - 0.1875)).toBeLessThan(0.015);
  });

  it('normal with a 13 % SD (the default): P(w1 ≥ w2) = Φ(−1 / √(0.26² + 0.39²)) ≈ 0.0164', () => {
    const r = tierStability(m, countries, { draws: 20_000, seed: 3, vary: 'pillars', distribution: { kind: 'normal', sd: 0.13 } });
    expect(Math.abs(probabilityOf(r, 'ONE', 1) - 0.01644)).toBeLessThan(0.005);
    expect(probabilityOf(r, 'ALL', 1)).toBe(1);
  });

  it('Dirichlet with concentration 10: the first pillar’s share is Beta(4, 6), P(share ≥ ½) = P(Bin(9, ½) ≤ 3) = 130/512', () => {
    const r = tierStability(m, countries, { draws: 20_000, seed: 11, vary: 'pillars', distribution: { kind: 'dirichlet', concentration: 10 } });
    expect(Math.abs(probabilityOf(r, 'ONE', 1) - 130 / 512)).toBeLessThan(0.015);
    expect(probabilityOf(r, 'NONE', 2)).toBe(1);
  });

  it('every distribution and level agrees with the straightforward recomputation for the same seed', () => {
    for (const distribution of [
      { kind: 'normal', sd: 0.2 },
      { kind: 'dirichlet', concentration: 3 },
      { kind: 'uniform', spread: 0.3 },
    ] as const)
      for (const vary of ['pillars', 'all'] as const) {
        const options = { draws: 300, seed: 5, vary, distribution };
        const fast = tierStability(m, countries, options);
        const base = tierStabilityBaseline(m, countries, options);
        fast.countries.forEach((c, i) => {
          expect(c.tiers).toEqual(base.countries[i]!.tiers);
          expect(Math.abs(c.p5 - base.countries[i]!.p5) + Math.abs(c.p95 - base.countries[i]!.p95)).toBeLessThan(1e-9);
        });
      }
  });
});

describe('draws split into parts (threads)', () => {
  it.each(['all', 'pillars'] as const)('give the result of one run, whatever the number of parts (%s varying)', (vary) => {
    const options = { draws: 1000, seed: 21, vary, distribution: { kind: 'normal', sd: 0.3 } } as const;
    const whole = tierStability(m, countries, options);
    for (const n of [2, 3, 4]) {
      const ranges = partitionDraws(options.draws, n);
      expect(ranges[0]!.from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(options.draws);
      const runs = ranges.map((range) => createStabilityRun(m, countries, options, range));
      runs.forEach((run) => run.step(run.total));
      // parts absorbed in any order
      expect(
        runs[0]!.resultWith(
          runs
            .slice(1)
            .reverse()
            .map((run) => run.part()),
        ),
      ).toEqual(whole);
    }
  });

  it('refuses a range that does not start at a block, and parts that leave draws out', () => {
    expect(() => createStabilityRun(m, countries, { draws: 1000, seed: 1 }, { from: 10, to: 500 })).toThrow(RangeError);
    const first = createStabilityRun(m, countries, { draws: 1000, seed: 1 }, { from: 0, to: DRAW_BLOCK });
    first.step(DRAW_BLOCK);
    expect(() => first.resultWith([])).toThrow(/cover every draw/);
  });

  it('refuses a part of the other kind: scores for a pillar-weights run, and the reverse', () => {
    const parts = (vary: 'all' | 'pillars') =>
      partitionDraws(1000, 2).map((range) => {
        const run = createStabilityRun(m, countries, { draws: 1000, seed: 3, vary }, range);
        run.step(run.total);
        return run;
      });
    const [pillarFirst, pillarSecond] = parts('pillars');
    const [treeFirst, treeSecond] = parts('all');
    expect(pillarSecond!.part().kind).toBe('pillarWeights');
    expect(treeSecond!.part().kind).toBe('scores');
    expect(() => pillarFirst!.resultWith([treeSecond!.part()])).toThrow(TypeError);
    expect(() => treeFirst!.resultWith([pillarSecond!.part()])).toThrow(TypeError);
  });
});

describe(stabilitySettingsOf.name, () => {
  it('gives the published practice for a version saved without settings, and the version’s own otherwise', () => {
    const parsed = MethodologySchema.parse(m);
    expect(parsed.stability).toBeUndefined();
    expect(stabilitySettingsOf(parsed)).toEqual({ vary: 'pillars', distribution: { kind: 'normal', sd: 0.13 }, draws: 4000, seed: 45 });
    const own = { vary: 'all', distribution: { kind: 'dirichlet', concentration: 50 }, draws: 1000, seed: 9 } as const;
    expect(stabilitySettingsOf(MethodologySchema.parse({ ...m, stability: own }))).toEqual(own);
    expect(() => MethodologySchema.parse({ ...m, stability: { ...DEFAULT_STABILITY_SETTINGS, draws: 10 } })).toThrow();
  });
});
