import { describe, expect, it } from 'vitest';
import { gapAnalysis } from './gap-analysis.ts';
import { scoreAssessment } from './score-assessment.ts';
import { group, methodology, q, status, yesNo } from './test-toy.ts';

const m = methodology([
  group('pillar', 'legal', [
    group('indicator', 'legal.law', [q('legal.law.q1', status()), q('legal.law.q2', status())]),
    group('indicator', 'legal.spam', [q('legal.spam.q', yesNo())]),
  ]),
  group('pillar', 'tech', [group('indicator', 'tech.cirt', [q('tech.cirt.q', yesNo({ op: 'equals', question: 'legal.spam.q', value: true }))])]),
]);
const answers = {
  AGO: { 'legal.law.q1': 'partial', 'legal.law.q2': 'partial', 'legal.spam.q': false },
  BRA: { 'legal.law.q1': 'in_place', 'legal.law.q2': 'absent', 'legal.spam.q': true, 'tech.cirt.q': true },
  FRA: { 'legal.law.q1': 'absent', 'legal.law.q2': 'partial', 'legal.spam.q': true, 'tech.cirt.q': false },
  EGY: { 'legal.law.q1': 'in_place', 'legal.law.q2': 'in_place', 'legal.spam.q': true, 'tech.cirt.q': false },
};
const scores = Object.fromEntries(Object.entries(answers).map(([c, a]) => [c, scoreAssessment(m, a)]));
const regions = { AGO: 'africa', BRA: 'americas', FRA: 'europe', EGY: 'africa' };

describe(gapAnalysis.name, () => {
  it('counts, per indicator, the countries below the threshold, overall and per region', () => {
    const gaps = gapAnalysis(m, scores, regions);
    expect(gaps.map((g) => g.key)).toEqual(['legal.law', 'legal.spam', 'tech.cirt']);
    const law = gaps[0]!;
    // law = mean of two statuses: AGO 0.5 (meets, exactly on 0.5), BRA 0.5, FRA 0.25, EGY 1
    expect(law).toMatchObject({ assessed: 4, notMeeting: 1, share: 0.25, countries: ['FRA'], pillarKey: 'legal' });
    expect(law.byRegion['europe']).toEqual({ assessed: 1, notMeeting: 1, share: 1, countries: ['FRA'] });
    expect(Object.keys(law.byRegion)).toEqual(['africa', 'americas', 'europe']);
    expect(gaps[1]).toMatchObject({ notMeeting: 1, countries: ['AGO'] });
  });

  it('leaves out countries that have no score for the indicator (all of it hidden)', () => {
    const cirt = gapAnalysis(m, scores, regions)[2]!;
    expect(cirt).toMatchObject({ assessed: 3, notMeeting: 2, countries: ['EGY', 'FRA'] });
    expect(cirt.byRegion['africa']).toEqual({ assessed: 1, notMeeting: 1, share: 1, countries: ['EGY'] });
  });

  it('takes another threshold and level', () => {
    const strict = gapAnalysis(m, scores, regions, { threshold: 1, kind: 'pillar' });
    expect(strict.map((g) => [g.key, g.countries])).toEqual([
      ['legal', ['AGO', 'BRA', 'FRA']],
      ['tech', ['EGY', 'FRA']],
    ]);
  });
});
