import { describe, expect, it } from 'vitest';
import { toyMethodology } from '../../../test/factories.ts';
import { methodologyRows } from './methodology-page.ts';

describe(methodologyRows.name, () => {
  const rows = methodologyRows(toyMethodology());
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it('normalises weights among scored siblings: free text takes no share', () => {
    expect(byKey.get('legal')?.share).toBe(0.5);
    expect(byKey.get('legal.law')?.share).toBe(0.5);
    expect(byKey.get('legal.spam')?.share).toBe(0.5);
    expect(byKey.get('legal.spam_detail')?.share).toBe(0);
    expect(byKey.get('technical.cirt')?.share).toBeCloseTo(1 / 3, 12);
  });

  it('gives each question its share of the overall score, summing to one', () => {
    expect(byKey.get('legal.law')?.overallShare).toBe(0.25);
    const total = rows.filter((r) => r.kind === 'question').reduce((sum, r) => sum + r.overallShare, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('lists parents before children, with their depth and how each question is scored', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'legal',
      'legal.law',
      'legal.spam',
      'legal.spam_detail',
      'technical',
      'technical.cirt',
      'technical.staff',
      'technical.tools',
    ]);
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 1, 1, 0, 1, 1, 1]);
    expect(byKey.get('legal.spam')?.question).toMatchObject({ type: 'status', scored: true, partialCredit: 0.5 });
    expect(byKey.get('legal.spam_detail')?.question).toMatchObject({ type: 'text', scored: false, conditional: true });
    expect(byKey.get('technical.staff')?.question?.goalposts).toEqual({ lower: 0, upper: 50 });
    expect(byKey.get('technical.cirt')?.question?.options.map((o) => o.points)).toEqual([0, 2]);
  });
});
