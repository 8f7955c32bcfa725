import { describe, expect, it } from 'vitest';
import type { Answers, Methodology } from '../schemas/methodology.ts';
import { createBatch, evaluateBatchGeneral } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { scoreAssessment } from './score-assessment.ts';
import { tierStability } from './stability.ts';
import { group, methodology, q, yesNo } from './test-toy.ts';

/**
 * Five pillars of two yes/no questions (weights 1, 1), except E whose questions weigh 3 and 1, and
 * F whose two indicators (weights 1, 1) hold two questions each. Every answer given is "yes".
 */
const pillar = (key: string, w1 = 1, w2 = 1) => group('pillar', key, [q(`${key}.1`, yesNo(), w1), q(`${key}.2`, yesNo(), w2)]);
const five = (extra: Partial<Methodology> = {}) =>
  methodology(
    [
      pillar('a'),
      pillar('b'),
      pillar('c'),
      pillar('d'),
      pillar('e', 3, 1),
      group('pillar', 'f', [
        group('indicator', 'f1', [q('f1.1', yesNo()), q('f1.2', yesNo())]),
        group('indicator', 'f2', [q('f2.1', yesNo()), q('f2.2', yesNo())]),
      ]),
    ],
    { missingPolicy: 'exclude', ...extra },
  );
const yes = (...keys: string[]): Answers => Object.fromEntries(keys.map((k) => [k, true]));
/** strong everywhere it answered, pillars d and e not answered at all; f fully answered */
const STRONG = yes('a.1', 'a.2', 'b.1', 'b.2', 'c.1', 'c.2', 'f1.1', 'f1.2', 'f2.1', 'f2.2');

/** the overall score by every engine: scoreAssessment, evaluateTree, both batches and the stability run's nominal score */
function everyEngine(m: Methodology, answers: Answers): number[] {
  const c = compileMethodology(m);
  const scores = prepareAnswers(c, answers).scores;
  const batch = createBatch(c, [scores]);
  const planned = evaluateBatchPlanned(c, planBatch(c, batch), c.baseWeights, batch)[0]!;
  const general = evaluateBatchGeneral(c, c.baseWeights, batch)[0]!;
  const stability = tierStability(m, { XXX: answers }, { draws: 100, seed: 1 }).countries[0]!.nominalOverall;
  return [scoreAssessment(m, answers).overall, evaluateTree(c, c.baseWeights, scores, new Float64Array(c.entries.length)), general, planned, stability];
}

const expectEvery = (m: Methodology, answers: Answers, expected: number) => everyEngine(m, answers).forEach((x) => expect(x).toBeCloseTo(expected, 10));

describe('minimum coverage under the exclude policy', () => {
  it('without it (0 disables), a strong country that drops two pillars scores 100', () => {
    expectEvery(five({ minCoverage: 0 }), STRONG, 100);
    expectEvery(five(), STRONG, 100); // a version that sets none: off
  });

  it('with 50 %, the two unanswered pillars score 0: 4 of 6 pillars at 1 → 66.67', () => {
    const m = five({ minCoverage: 0.5 });
    expectEvery(m, STRONG, (100 * 4) / 6);
    const s = scoreAssessment(m, STRONG);
    expect(s.minCoverage).toBe(0.5);
    expect(s.pillars.map((p) => [p.key, p.normalized, p.empty])).toEqual([
      ['a', 1, false],
      ['b', 1, false],
      ['c', 1, false],
      ['d', 0, false],
      ['e', 0, false],
      ['f', 1, false],
    ]);
    // the trace says why: the pillar is short of coverage, its questions scored 0 because of it
    expect(s.nodes.d).toMatchObject({ answeredShare: 0, belowMinCoverage: true });
    expect(s.nodes.a).toMatchObject({ answeredShare: 1, belowMinCoverage: false });
    expect(s.questions.find((x) => x.key === 'd.1')).toMatchObject({ status: 'missing', points: 0, normalized: 0, zeroedByCoverage: 'd' });
    expect(prepareAnswers(compileMethodology(m), STRONG).shortGroups).toEqual(['d', 'e']);
  });

  it('coverage exactly at the minimum counts: half of a pillar answered is rescaled at 50 %, not at 60 %', () => {
    const half = { ...STRONG, ...yes('d.1', 'e.1', 'e.2') }; // d: 1 of 2 answered (share 0.5); e complete
    expectEvery(five({ minCoverage: 0.5 }), half, 100);
    // at 60 % d is short: its missing question scores 0, d = 0.5 → (5 + 0.5) / 6
    expectEvery(five({ minCoverage: 0.6 }), half, (100 * 5.5) / 6);
  });

  it('measures the share of weight, not of questions: e.1 (weight 3) answered covers 75 % of e', () => {
    const heavy = { ...STRONG, ...yes('d.1', 'd.2', 'e.1') };
    expectEvery(five({ minCoverage: 0.75 }), heavy, 100);
    expect(scoreAssessment(five({ minCoverage: 0.75 }), heavy).nodes.e).toMatchObject({ answeredShare: 0.75, belowMinCoverage: false });
    // at 80 % e is short: e = (3 · 1 + 1 · 0) / 4 = 0.75 → (5 + 0.75) / 6
    expectEvery(five({ minCoverage: 0.8 }), heavy, (100 * 5.75) / 6);
  });

  it('applies to any group: an unanswered indicator in a half-answered pillar scores 0', () => {
    const answers = { ...STRONG, ...yes('d.1', 'd.2', 'e.1', 'e.2') };
    delete answers['f2.1'];
    delete answers['f2.2'];
    // f: f1 answered, f2 not: the pillar covers 0.5 (enough), but f2 covers 0 → f2 = 0, f = 0.5
    expectEvery(five({ minCoverage: 0.5 }), answers, (100 * 5.5) / 6);
    const s = scoreAssessment(five({ minCoverage: 0.5 }), answers);
    expect(s.nodes.f).toMatchObject({ answeredShare: 0.5, belowMinCoverage: false });
    expect(s.nodes.f2).toMatchObject({ answeredShare: 0, belowMinCoverage: true });
    expect(s.questions.find((x) => x.key === 'f2.1')?.zeroedByCoverage).toBe('f2');
  });

  it('does nothing under the zero policy (missing answers already score 0)', () => {
    const m = five({ missingPolicy: 'zero', minCoverage: 0.5 });
    expectEvery(m, STRONG, (100 * 4) / 6);
    expect(scoreAssessment(m, STRONG).minCoverage).toBe(0);
    expect(scoreAssessment(m, STRONG).questions.some((x) => x.zeroedByCoverage)).toBe(false);
  });
});
