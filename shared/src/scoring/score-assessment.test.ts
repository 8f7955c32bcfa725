import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.ts';
import { group, methodology, num, q, toyMethodology, yesNo } from './test-toy.ts';

const answers = { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o1', 'a2.q4': 4, 'b.q1': ['y'], 'b.q2': 'notes' };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe(scoreAssessment.name, () => {
  it('scores the two-pillar toy as worked by hand', () => {
    const s = scoreAssessment(toyMethodology(), answers);
    // A1 = (1 + 0.5) / 2; A2 = (2·0.5 + 1·0.4) / 3; A = (3·A1 + A2) / 4; B = b1 = 2/3 (b2 text, b3 hidden)
    const a1 = 0.75;
    const a2 = 1.4 / 3;
    const a = (3 * a1 + a2) / 4;
    const b = 2 / 3;
    expect(s.nodes['a1']?.normalized).toBeCloseTo(a1, 12);
    expect(s.nodes['a2']?.normalized).toBeCloseTo(a2, 12);
    expect(s.pillars.map((p) => p.normalized)).toEqual([expect.closeTo(a, 12), expect.closeTo(b, 12)]);
    expect(s.overall).toBeCloseTo(100 * ((a + b) / 2), 10);
    expect(s.pillars.map((p) => p.score)).toEqual([expect.closeTo(50 * a, 10), expect.closeTo(50 * b, 10)]);
    expect(s.overall).toBeCloseTo(sum(s.pillars.map((p) => p.score)), 10);
    expect(s.tier).toBe(3);
    expect(s.coverage).toBe(1);
  });

  it('traces every question: points, effective weight and a contribution that adds up', () => {
    const s = scoreAssessment(toyMethodology(), answers);
    const trace = Object.fromEntries(s.questions.map((t) => [t.key, t]));
    expect(trace['a1.q1']).toMatchObject({ status: 'answered', points: 1, maxPoints: 1, normalized: 1 });
    expect(trace['a1.q1']?.effectiveWeight).toBeCloseTo(0.5 * 0.75 * 0.5, 12);
    expect(trace['a1.q1']?.contribution).toBeCloseTo(18.75, 10);
    expect(trace['a2.q3']).toMatchObject({ points: 1, maxPoints: 2, normalized: 0.5 });
    expect(trace['a2.q3']?.contribution).toBeCloseTo(100 * 0.5 * 0.25 * (2 / 3) * 0.5, 10);
    expect(trace['b.q1']?.contribution).toBeCloseTo(100 / 3, 10);
    expect(trace['b.q2']).toMatchObject({ status: 'unscored', points: null, effectiveWeight: 0, contribution: 0 });
    expect(trace['b.q3']).toMatchObject({ status: 'hidden', points: null, effectiveWeight: 0, contribution: 0 });
    expect(sum(s.questions.map((t) => t.contribution))).toBeCloseTo(s.overall, 10);
  });

  it('scores each question type', () => {
    const m = toyMethodology();
    const one = (key: string, value: unknown) => scoreAssessment(m, { ...answers, [key]: value }).questions.find((t) => t.key === key);
    expect(one('a1.q1', false)?.points).toBe(0);
    expect(one('a1.q2', 'in_place')?.points).toBe(1);
    expect(one('a1.q2', 'absent')?.points).toBe(0);
    expect(one('a2.q3', 'o2')?.normalized).toBe(1);
    expect(one('a2.q4', 15)?.normalized).toBe(1); // clamped above the upper goalpost
    expect(one('a2.q4', -3)?.normalized).toBe(0);
    expect(one('b.q1', ['y', 'z'])?.points).toBe(3); // 2 + 2 capped at maxPoints 3
    expect(one('b.q1', [])?.points).toBe(0); // "none of these" is an answer
    expect(one('a1.q1', 'yes')?.status).toBe('missing'); // a wrong type is no answer
  });

  it('shows a follow-up question only while its condition holds, and then counts it', () => {
    const m = toyMethodology();
    const shown = scoreAssessment(m, { ...answers, 'b.q1': ['x'], 'b.q3': true });
    expect(shown.nodes['b']?.normalized).toBeCloseTo((1 / 3 + 1) / 2, 12);
    const hiddenAgain = scoreAssessment(m, { ...answers, 'b.q1': ['y'], 'b.q3': true });
    expect(hiddenAgain.questions.find((t) => t.key === 'b.q3')?.status).toBe('hidden');
    expect(hiddenAgain.nodes['b']?.normalized).toBeCloseTo(2 / 3, 12);
  });

  it("scores a missing answer 0 under 'zero' and leaves it out under 'exclude'", () => {
    const m = toyMethodology();
    const partial = { ...answers, 'b.q1': ['x'] }; // b.q3 becomes visible and stays unanswered
    const zero = scoreAssessment(m, partial, { missingPolicy: 'zero' });
    const exclude = scoreAssessment(m, partial, { missingPolicy: 'exclude' });
    expect(zero.nodes['b']?.normalized).toBeCloseTo(1 / 6, 12);
    expect(exclude.nodes['b']?.normalized).toBeCloseTo(1 / 3, 12);
    expect(zero.questions.find((t) => t.key === 'b.q3')).toMatchObject({ status: 'missing', points: 0 });
    expect(exclude.questions.find((t) => t.key === 'b.q3')).toMatchObject({ status: 'missing', points: null, effectiveWeight: 0 });
    expect(zero.coverage).toBeCloseTo(5 / 6, 12);
    expect(exclude.coverage).toBeCloseTo(5 / 6, 12);
    expect(exclude.pillars[1]?.coverage).toBeCloseTo(1 / 2, 12);
  });

  it("under 'exclude', reports an unanswered pillar as empty and leaves it out of the overall score", () => {
    const s = scoreAssessment(toyMethodology(), { 'a1.q1': true }, { missingPolicy: 'exclude' });
    expect(s.pillars[1]).toMatchObject({ empty: true, normalized: 0, score: 0 });
    expect(s.overall).toBeCloseTo(100, 10);
    expect(s.coverage).toBeCloseTo(1 / 5, 12);
    expect(scoreAssessment(toyMethodology(), {}, { missingPolicy: 'exclude' })).toMatchObject({ overall: 0, tier: 5, coverage: 0 });
  });

  it('aggregates geometrically methodology-wide and per node, with contributions that still add up', () => {
    const geo = scoreAssessment(toyMethodology({ aggregation: 'geometric' }), answers);
    const a1 = Math.sqrt(0.5);
    const a2 = 0.5 ** (2 / 3) * 0.4 ** (1 / 3);
    const a = a1 ** 0.75 * a2 ** 0.25;
    expect(geo.nodes['a2']?.normalized).toBeCloseTo(a2, 12);
    expect(geo.overall).toBeCloseTo(100 * Math.sqrt(a * (2 / 3)), 10);
    expect(sum(geo.questions.map((t) => t.contribution))).toBeCloseTo(geo.overall, 10);
    // each child gets its parent's contribution in proportion to weight × score
    expect(geo.nodes['a1']!.contribution / geo.nodes['a2']!.contribution).toBeCloseTo((3 * a1) / a2, 10);

    const m = toyMethodology();
    const perNode = { ...m, pillars: m.pillars.map((p) => (p.key === 'a' ? { ...p, aggregation: 'geometric' as const } : p)) };
    const s = scoreAssessment(perNode, answers);
    expect(s.nodes['a']?.normalized).toBeCloseTo(0.75 ** 0.75 * (1.4 / 3) ** 0.25, 12);
    expect(s.nodes['a1']?.normalized).toBeCloseTo(0.75, 12); // children keep the arithmetic mean
  });

  it('makes a geometric mean 0 when one weighted child scores 0', () => {
    const s = scoreAssessment(toyMethodology({ aggregation: 'geometric' }), { ...answers, 'a1.q1': false });
    expect(s.nodes['a1']?.normalized).toBe(0);
    expect(s.questions.find((t) => t.key === 'a1.q2')?.contribution).toBe(0);
    expect(sum(s.questions.map((t) => t.contribution))).toBeCloseTo(s.overall, 10);
  });

  it('gives five equal pillars worth 20 each an overall equal to the sum of pillar scores', () => {
    const pillars = [0, 1, 2, 3, 4].map((i) => group('pillar', `p${i}`, [q(`p${i}.q`, num(0, 4))]));
    const s = scoreAssessment(methodology(pillars), { 'p0.q': 4, 'p1.q': 3, 'p2.q': 2, 'p3.q': 1, 'p4.q': 0 });
    expect(s.pillars.map((p) => p.score)).toEqual([20, 15, 10, 5, 0]);
    expect(s.overall).toBeCloseTo(50, 12);
    // pillar tiers use 100 × normalised: 100, 75, 50, 25, 0
    expect(s.pillars.map((p) => p.tier)).toEqual([1, 3, 4, 4, 5]);
  });

  it('puts a score exactly on a threshold in the higher tier, despite float error', () => {
    // goalposts 0→100 make the overall score equal the answer; 0.55 · 100 is 55.000000000000007 in floats
    const m = methodology([group('pillar', 'p', [q('p.q', num(0, 100))])]);
    const tierAt = (v: number) => scoreAssessment(m, { 'p.q': v }).tier;
    expect([95, 85, 55, 20, 0].map(tierAt)).toEqual([1, 2, 3, 4, 5]);
    expect([94.999, 84.999, 54.999, 19.999].map(tierAt)).toEqual([2, 3, 4, 5]);
    expect(tierAt(100)).toBe(1);
  });

  it('ignores zero-weight children and treats a group with nothing scored as absent', () => {
    const m = methodology([
      group('pillar', 'p', [q('p.q1', yesNo()), q('p.q2', yesNo(), 0)]),
      group('pillar', 'r', [q('r.q1', yesNo({ op: 'equals', question: 'p.q1', value: false }))]),
    ]);
    const s = scoreAssessment(m, { 'p.q1': true, 'p.q2': false });
    expect(s.nodes['p']?.normalized).toBe(1);
    expect(s.nodes['r']?.normalized).toBeNull();
    expect(s.overall).toBe(100);
  });
});
