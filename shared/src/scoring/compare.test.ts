import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { compareScenarios } from './compare.ts';

describe(compareScenarios.name, () => {
  it('counts tier transitions in an N × N matrix and lists changes by country code', () => {
    const before = [
      { country: 'FRA', overall: 96, tier: 1 },
      { country: 'BEL', overall: 86, tier: 2 },
      { country: 'AGO', overall: 40, tier: 4 },
      { country: 'CHL', overall: 60, tier: 3 },
      { country: 'OLD', overall: 10, tier: 5 },
    ];
    const after = [
      { country: 'CHL', overall: 57, tier: 3 },
      { country: 'FRA', overall: 94, tier: 2 },
      { country: 'AGO', overall: 56, tier: 3 },
      { country: 'BEL', overall: 95, tier: 1 },
      { country: 'NEW', overall: 30, tier: 4 },
    ];
    const c = compareScenarios(before, after, { before: GCI_2024_TIERS });
    expect(c.tiers).toEqual([1, 2, 3, 4, 5]);
    expect(c.matrix).toEqual([
      [0, 1, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(c.changes.map((x) => x.country)).toEqual(['AGO', 'BEL', 'FRA']);
    expect(c.changes[0]).toEqual({ country: 'AGO', before: { overall: 40, tier: 4 }, after: { overall: 56, tier: 3 } });
    expect(c.onlyBefore).toEqual(['OLD']);
    expect(c.onlyAfter).toEqual(['NEW']);
  });

  it('covers the tiers of both versions when their threshold lists differ', () => {
    const three = GCI_2024_TIERS.slice(0, 3).map((t, i) => ({ ...t, min: [90, 50, 0][i]! }));
    const c = compareScenarios([{ country: 'AAA', overall: 10, tier: 5 }], [{ country: 'AAA', overall: 10, tier: 3 }], {
      before: GCI_2024_TIERS,
      after: three,
    });
    expect(c.tiers).toEqual([1, 2, 3, 4, 5]);
    expect(c.matrix[4]?.[2]).toBe(1);
  });
});
