import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.ts';
import { toyMethodology } from './test-toy.ts';
import { applyOverrides, createWhatIf, rescoreAll } from './what-if.ts';

const answersByCountry = {
  ZZZ: { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o2', 'a2.q4': 10, 'b.q1': ['y', 'z'] },
  AAA: { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o1', 'a2.q4': 4, 'b.q1': ['y'] },
  MMM: { 'a1.q1': false, 'b.q1': ['x'], 'b.q3': true },
};

describe(applyOverrides.name, () => {
  it('returns a new version with the weights and thresholds changed, leaving the input untouched', () => {
    const m = toyMethodology();
    const before = structuredClone(m);
    const next = applyOverrides(m, { weights: { a1: 1, 'b.q1': 5 }, thresholds: { 3: 60 } });
    expect(m).toEqual(before);
    expect(next.pillars[0]?.children[0]?.weight).toBe(1);
    expect(next.pillars[1]?.children[0]?.weight).toBe(5);
    expect(next.thresholds.find((t) => t.tier === 3)?.min).toBe(60);
  });

  it('rejects keys and tiers that do not exist', () => {
    expect(() => applyOverrides(toyMethodology(), { weights: { nope: 1 } })).toThrow(/unknown node key: nope/);
    expect(() => applyOverrides(toyMethodology(), { thresholds: { 9: 50 } })).toThrow(/unknown tier: 9/);
  });
});

describe(createWhatIf.name, () => {
  it('rescores every country, ordered by code, exactly as scoreAssessment does on the overridden version', () => {
    const m = toyMethodology();
    const whatIf = createWhatIf(m, answersByCountry);
    const overrides = { weights: { a: 3, a2: 0, 'a1.q2': 2 }, thresholds: { 2: 80 } };
    const rows = whatIf.rescore(overrides);
    expect(rows.map((r) => r.country)).toEqual(['AAA', 'MMM', 'ZZZ']);
    const version = applyOverrides(m, overrides);
    for (const row of rows) {
      const s = scoreAssessment(version, answersByCountry[row.country as keyof typeof answersByCountry]);
      expect(row.overall).toBe(s.overall);
      expect(row.tier).toBe(s.tier);
      expect(row.coverage).toBe(s.coverage);
      expect(row.pillars).toEqual(s.pillars.map((p) => ({ key: p.key, normalized: p.normalized, score: p.score, tier: p.tier })));
    }
  });

  it('moves countries between tiers when a threshold moves', () => {
    const base = rescoreAll(toyMethodology(), answersByCountry);
    expect(base.find((r) => r.country === 'ZZZ')).toMatchObject({ overall: 100, tier: 1 });
    const strict = rescoreAll(toyMethodology(), answersByCountry, { thresholds: { 1: 100 } });
    expect(strict.find((r) => r.country === 'ZZZ')?.tier).toBe(1); // exactly on the threshold
    const aaa = base.find((r) => r.country === 'AAA')!;
    const lower = rescoreAll(toyMethodology(), answersByCountry, { thresholds: { 2: aaa.overall } });
    expect(lower.find((r) => r.country === 'AAA')?.tier).toBe(2);
  });
});
