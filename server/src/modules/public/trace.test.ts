import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '@gci/shared';
import { toyMethodology } from '../../../test/factories.ts';
import { buildTrace } from './trace.ts';

describe(buildTrace.name, () => {
  it('marks a group short of the minimum coverage, with its answered share; other versions keep the shape they had', () => {
    const answers = { 'legal.law': true, 'legal.spam': 'in_place' };
    const covered = { ...toyMethodology(), missingPolicy: 'exclude' as const, minCoverage: 0.5 };
    const rows = buildTrace(covered, scoreAssessment(covered, answers), answers);
    expect(rows.find((r) => r.key === 'technical')).toMatchObject({ normalized: 0, answeredShare: 0, belowMinCoverage: true });
    expect(rows.find((r) => r.key === 'legal')).toMatchObject({ normalized: 1, answeredShare: 1, belowMinCoverage: false });
    expect(rows.find((r) => r.key === 'technical.cirt')?.question).toMatchObject({ status: 'missing', points: 0 });

    const plain = toyMethodology();
    for (const row of buildTrace(plain, scoreAssessment(plain, answers), answers)) {
      expect(row).not.toHaveProperty('answeredShare');
      expect(row).not.toHaveProperty('belowMinCoverage');
    }
  });
});
