import { describe, expect, it } from 'vitest';
import { blocksSaving, countWithin, methodologyIssues } from './methodology-issues.ts';
import { toy } from './toy-methodology.fixture.ts';
import { setAt } from './tree-edit.ts';

describe(methodologyIssues.name, () => {
  it('puts the schema and the validator issues beside their paths, and tells which the server refuses', () => {
    let m = setAt(toy(), 'pillars[1].weight', -1);
    m = setAt(m, 'pillars[0].texts.title.en', '');
    m = setAt(m, 'thresholds[1].min', 99);
    const issues = methodologyIssues(m);
    const at = (path: string) => issues.filter((i) => i.path === path);
    expect(at('pillars[1].weight').map((i) => i.code)).toContain('invalid_weight');
    expect(at('pillars[0].texts.title.en')[0]?.source).toBe('shape');
    expect(at('thresholds[1].min').map((i) => i.code)).toEqual(['thresholds_not_increasing']);
    expect(
      issues
        .filter(blocksSaving)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['pillars[0].texts.title.en', 'pillars[1].weight']);
    expect(countWithin(issues, 'pillars[1]')).toBe(1);
    expect(methodologyIssues(toy())).toEqual([]);
  });
});
