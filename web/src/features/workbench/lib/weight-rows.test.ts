import { describe, expect, it } from 'vitest';
import { toy } from './toy-methodology.fixture.ts';
import { shareOf, weightRows } from './weight-rows.ts';

describe(weightRows.name, () => {
  it('lists every weight with its share of its level', () => {
    const rows = weightRows(toy());
    expect(rows.map((r) => [r.key, r.depth, r.parent])).toEqual([
      ['a', 0, null],
      ['a.q1', 1, 'a'],
      ['a.q2', 1, 'a'],
      ['b', 0, null],
      ['b.q1', 1, 'b'],
    ]);
    const base = new Map(rows.map((r) => [r.key, r.base]));
    expect(shareOf(rows[3]!, (k) => base.get(k)!)).toBeCloseTo(2 / 3);
  });
});
