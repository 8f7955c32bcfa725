import { describe, expect, it } from 'vitest';
import type { PeerAreaRule } from '../schemas/methodology.ts';
import type { ScoresByCountry } from './peer-scores.ts';
import { strengthsAndGrowth } from './strengths.ts';
import { group, methodology, q, yesNo } from './test-toy.ts';

const pillars = [
  group('pillar', 'legal', [group('indicator', 'legal.law', [q('legal.law.q', yesNo())])]),
  group('pillar', 'tech', [group('indicator', 'tech.cirt', [q('tech.cirt.q', yesNo())])]),
];
const withRule = (peerAreas?: PeerAreaRule) => methodology(pillars, peerAreas ? { peerAreas } : {});
const country = (tier: number, legal: number, tech: number | null) => ({
  tier,
  nodes: { legal: { normalized: legal }, 'legal.law': { normalized: legal }, tech: { normalized: tech }, 'tech.cirt': { normalized: tech } },
});
// pillarMax 20: a normalised 0.05 is one point
const scores: ScoresByCountry = {
  // Tier 1: legal mean (1 + 0.95) / 2 = 0.975, tech mean (0.9 + 1) / 2 = 0.95
  AAA: country(1, 1, 0.9),
  BBB: country(1, 0.95, 1),
  // Tier 3: legal mean (0.25 + 0.75 + 0.5) / 3 = 0.5 exactly; tech mean (0.35 + 0.45 + 0.4) / 3, which is 0.4000000000000001 in floating point
  CCC: country(3, 0.25, 0.35),
  DDD: country(3, 0.75, 0.45),
  EEE: country(3, 0.5, 0.4),
};
const regions = { AAA: 'europe', BBB: 'africa', CCC: 'europe', DDD: 'africa', EEE: 'europe' };
const keys = (list: { key: string }[]) => list.map((a) => a.key);
const of = (result: ReturnType<typeof strengthsAndGrowth>, code: string) => result.find((r) => r.country === code)!;

describe(strengthsAndGrowth.name, () => {
  it('by default (ITU 2024) compares each pillar with its tier average, the country included, and lists every pillar once', () => {
    const result = strengthsAndGrowth(withRule(), scores, regions);
    expect(result.map((r) => r.country)).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    // a Tier 1 country has an area for growth: tech 0.9 < 0.95
    expect(keys(of(result, 'AAA').strengths)).toEqual(['legal']);
    expect(keys(of(result, 'AAA').growth)).toEqual(['tech']);
    expect(of(result, 'AAA').strengths[0]!.average).toBeCloseTo(0.975, 12);
    expect(keys(of(result, 'BBB').strengths)).toEqual(['tech']);
    expect(keys(of(result, 'BBB').growth)).toEqual(['legal']);
    for (const r of result) expect([...keys(r.strengths), ...keys(r.growth)].sort()).toEqual(['legal', 'tech']);
  });

  it('counts a pillar equal to its tier average as a strength, also when the mean lands an ulp above it', () => {
    const eee = of(strengthsAndGrowth(withRule(), scores, regions), 'EEE');
    expect(eee.strengths.map((a) => [a.key, a.average])).toEqual([
      ['legal', 0.5],
      ['tech', (0.35 + 0.45 + 0.4) / 3],
    ]);
    expect((0.35 + 0.45 + 0.4) / 3).toBeGreaterThan(0.4);
    expect(eee.growth).toEqual([]);
  });

  it('leaves the country out of the average when the rule says so', () => {
    const result = strengthsAndGrowth(withRule({ group: 'tier', margin: 0, includeSelf: false }), scores, regions);
    // EEE legal 0.5 vs (0.25 + 0.75) / 2 = 0.5: strength; AAA tech 0.9 vs BBB 1: growth
    expect(keys(of(result, 'EEE').strengths)).toEqual(['legal', 'tech']);
    expect(of(result, 'AAA').growth[0]!.average).toBeCloseTo(1, 12);
  });

  it('needs the margin in points of the pillar: a pillar within it is neither', () => {
    // margin 1 point = 0.05: AAA legal +0.025 and tech −0.05 (exactly one point below: not more than the margin)
    const result = strengthsAndGrowth(withRule({ group: 'tier', margin: 1, includeSelf: true }), scores, regions);
    expect(of(result, 'AAA')).toMatchObject({ strengths: [], growth: [] });
    // DDD legal 0.75 vs 0.5 (+5 points) and tech 0.45 vs 0.4 (+1 point, on the margin) strengths; CCC legal 0.25 (−5 points) growth
    expect(keys(of(result, 'DDD').strengths)).toEqual(['legal', 'tech']);
    expect(keys(of(result, 'CCC').growth)).toEqual(['legal']);
  });

  it('compares with the region, every country, or the region within the tier', () => {
    // europe: AAA, CCC, EEE — legal mean (1 + 0.25 + 0.5) / 3 = 0.5833…: EEE legal is growth
    const region = strengthsAndGrowth(withRule({ group: 'region', margin: 0, includeSelf: true }), scores, regions);
    // tech (0.9 + 0.35 + 0.4) / 3 = 0.55 is above EEE's 0.4 too
    expect(keys(of(region, 'EEE').growth)).toEqual(['legal', 'tech']);
    // all: legal mean 3.45 / 5 = 0.69: DDD legal 0.75 strength, EEE growth
    const all = strengthsAndGrowth(withRule({ group: 'all', margin: 0, includeSelf: true }), scores, regions);
    expect(keys(of(all, 'DDD').strengths)).toContain('legal');
    expect(of(all, 'DDD').strengths[0]!.average).toBeCloseTo(0.69, 12);
    // europe within Tier 3: CCC and EEE — legal mean 0.375: EEE strength
    const regionTier = strengthsAndGrowth(withRule({ group: 'region_tier', margin: 0, includeSelf: true }), scores, regions);
    expect(of(regionTier, 'EEE').strengths.find((a) => a.key === 'legal')!.average).toBe(0.375);
  });

  it('skips nodes a country has no score for, and a group with no one else when the country is left out', () => {
    const result = strengthsAndGrowth(
      withRule({ group: 'tier', margin: 0, includeSelf: false }),
      { ...scores, FFF: country(4, 0.1, null) },
      { ...regions, FFF: 'europe' },
    );
    expect(of(result, 'FFF')).toMatchObject({ strengths: [], growth: [] });
    const withSelf = strengthsAndGrowth(withRule(), { ...scores, FFF: country(4, 0.1, null) }, { ...regions, FFF: 'europe' });
    expect(keys(of(withSelf, 'FFF').strengths)).toEqual(['legal']);
  });

  it('compares indicators too when asked', () => {
    const result = strengthsAndGrowth(withRule(), scores, regions, { kinds: ['pillar', 'indicator'] });
    expect(keys(of(result, 'AAA').strengths)).toEqual(['legal', 'legal.law']);
  });
});
