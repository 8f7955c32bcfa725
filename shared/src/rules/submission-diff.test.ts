import { describe, expect, it } from 'vitest';
import { diffSubmissions } from './submission-diff.ts';

const link = (ref: string) => ({ id: ref, title: ref, kind: 'link' as const, ref });

describe(diffSubmissions.name, () => {
  it('lists exactly the questions whose value or evidence changed', () => {
    const before = {
      a: { value: true, evidence: [] },
      b: { value: 'partial', evidence: [link('x')] },
      c: { value: 3, evidence: [] },
      d: { value: 'same', evidence: [link('y')] },
    };
    const after = {
      a: { value: true, evidence: [link('new')] },
      b: { value: 'in_place', evidence: [link('x')] },
      d: { value: 'same', evidence: [link('y')] },
      e: { value: false, evidence: [] },
    };
    const diff = diffSubmissions(before, after);
    expect(diff.map((d) => [d.questionKey, d.valueChanged, d.evidenceChanged])).toEqual([
      ['a', false, true],
      ['b', true, false],
      ['c', true, false],
      ['e', true, false],
    ]);
    expect(diff.find((d) => d.questionKey === 'c')?.after).toBeNull();
  });

  it('finds nothing between identical submissions, whatever the evidence order', () => {
    const s = { a: { value: ['x', 'y'], evidence: [link('1'), link('2')] } };
    expect(diffSubmissions(s, { a: { value: ['x', 'y'], evidence: [link('2'), link('1')] } })).toEqual([]);
  });
});
