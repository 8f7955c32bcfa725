import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../schemas/methodology.ts';
import { distanceToNextTier } from './distance-to-next-tier.ts';
import { scoreAssessment } from './score-assessment.ts';
import { scenarioArb } from './test-arbitraries.ts';
import { group, methodology, q, status, toyMethodology, yesNo } from './test-toy.ts';

const apply = (answers: Answers, steps: { questionKey: string; answer: unknown }[]): Answers =>
  steps.reduce<Answers>((a, s) => ({ ...a, [s.questionKey]: s.answer as Answers[string] }), answers);

describe(distanceToNextTier.name, () => {
  it('lists the questions with the largest gains until the next tier is reached', () => {
    const answers = { 'a1.q1': true, 'a1.q2': 'partial', 'a2.q3': 'o1', 'a2.q4': 4, 'b.q1': ['y'] };
    const d = distanceToNextTier(toyMethodology(), answers);
    expect(d).toMatchObject({ tier: 3, nextTier: 2, nextTierMin: 85, reachable: true });
    expect(d.gap).toBeCloseTo(85 - d.overall, 12);
    // b.q1 to {y, z} adds 100·½·⅓ = 16.67; a1.q2 to in place adds 100·½·¾·½·½ = 9.375
    expect(d.steps.map((s) => [s.questionKey, s.answer])).toEqual([
      ['b.q1', ['y', 'z']],
      ['a1.q2', 'in_place'],
    ]);
    expect(d.steps[0]?.gain).toBeCloseTo(50 / 3, 10);
    expect(d.steps[1]).toMatchObject({ pointsBefore: 0.5, maxPoints: 1 });
    expect(d.steps[1]?.gain).toBeCloseTo(9.375, 10);
    expect(scoreAssessment(toyMethodology(), apply(answers, d.steps)).tier).toBe(2);
  });

  it('answers a gate question together with the follow-up it reveals', () => {
    // q2 (weight 10) is asked only after "yes" to q1: "yes" alone lowers the score, both lift it
    const m = methodology([group('pillar', 'p', [q('q1', yesNo()), q('q2', yesNo({ op: 'equals', question: 'q1', value: true }), 10), q('q3', status())])]);
    const d = distanceToNextTier(m, { q1: false, q3: 'partial' });
    expect(d).toMatchObject({ overall: 25, tier: 4, nextTier: 3, reachable: true });
    expect(d.steps.map((s) => s.questionKey)).toEqual(['q1', 'q2']);
    expect(d.steps[0]?.gain).toBeCloseTo(-12.5, 10);
    expect(d.steps[1]?.revealedBy).toBe('q1');
  });

  it('has nothing to list for a country in the best tier', () => {
    const full = { 'a1.q1': true, 'a1.q2': 'in_place', 'a2.q3': 'o2', 'a2.q4': 10, 'b.q1': ['y', 'z'] };
    expect(distanceToNextTier(toyMethodology(), full)).toMatchObject({ tier: 1, nextTier: null, gap: 0, reachable: false, steps: [] });
  });

  it('lifts the country into the next tier, and no shorter prefix of the list does (property)', () => {
    fc.assert(
      fc.property(scenarioArb({ skipLogic: true }), fc.constantFrom('zero' as const, 'exclude' as const), ({ m, answers }, missingPolicy) => {
        const d = distanceToNextTier(m, answers, { missingPolicy });
        if (!d.reachable || d.nextTier === null) return;
        for (let n = 0; n <= d.steps.length; n++) {
          const s = scoreAssessment(m, apply(answers, d.steps.slice(0, n)), { missingPolicy });
          if (n > 0) expect(s.overall).toBe(d.steps[n - 1]!.overallAfter);
          expect(s.tier <= d.nextTier).toBe(n === d.steps.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
