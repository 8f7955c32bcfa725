import { describe, expect, it } from 'vitest';
import type { ScoresByCountry } from './peer-scores.ts';
import { strengthsAndGrowth } from './strengths.ts';
import { group, methodology, q, yesNo } from './test-toy.ts';

const m = methodology([
  group('pillar', 'legal', [group('indicator', 'legal.law', [q('legal.law.q', yesNo())])]),
  group('pillar', 'tech', [group('indicator', 'tech.cirt', [q('tech.cirt.q', yesNo())])]),
]);
const country = (tier: number, legal: number, tech: number | null) => ({
  tier,
  nodes: { legal: { normalized: legal }, 'legal.law': { normalized: legal }, tech: { normalized: tech }, 'tech.cirt': { normalized: tech } },
});
const scores: ScoresByCountry = {
  AAA: country(3, 0.9, 0.2),
  BBB: country(3, 0.5, 0.6),
  CCC: country(3, 0.55, 0.5),
  DDD: country(2, 0.65, 0.7),
};
const regions = { AAA: 'europe', BBB: 'europe', CCC: 'africa', DDD: 'africa' };

describe(strengthsAndGrowth.name, () => {
  it('lists areas well above or below both the region and the tier averages of the other countries', () => {
    const result = strengthsAndGrowth(m, scores, regions);
    expect(result.map((r) => r.country)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    const aaa = result[0]!;
    // legal 0.9 vs region (BBB) 0.5 and tier (BBB, CCC) 0.525
    expect(aaa.strengths.map((s) => s.key)).toEqual(['legal', 'legal.law']);
    expect(aaa.strengths[0]?.regionAverage).toBeCloseTo(0.5, 12);
    expect(aaa.strengths[0]?.tierAverage).toBeCloseTo(0.525, 12);
    expect(aaa.strengths[0]?.vsRegion).toBeCloseTo(0.4, 12);
    expect(aaa.growth.map((s) => s.key)).toEqual(['tech', 'tech.cirt']);
  });

  it('needs the margin on both sides, and uses the only side there is', () => {
    const result = strengthsAndGrowth(m, scores, regions, { margin: 0.05, kinds: ['pillar'] });
    // BBB legal 0.5: 0.4 below its region (AAA 0.9) but only 0.225 below its tier (AAA, CCC): growth
    expect(result[1]?.growth.map((s) => s.key)).toEqual(['legal']);
    // DDD is alone in tier 2: its region (CCC) decides; tech +0.2 comes before legal +0.1
    expect(result[3]?.strengths.map((s) => s.key)).toEqual(['tech', 'legal']);
    expect(result[3]?.strengths[0]?.tierAverage).toBeNull();
  });

  it('skips nodes a country has no score for', () => {
    const result = strengthsAndGrowth(m, { ...scores, EEE: country(3, 0.1, null) }, { ...regions, EEE: 'europe' });
    const eee = result.find((r) => r.country === 'EEE')!;
    expect([...eee.strengths, ...eee.growth].map((s) => s.key)).toEqual(['legal', 'legal.law']);
  });
});
