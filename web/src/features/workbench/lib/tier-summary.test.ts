import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '@gci/shared';
import { countByTier, regionBreakdown, tierNumbers } from './tier-summary.ts';

describe('tier summaries', () => {
  it('count per tier and per region, baseline against scenario', () => {
    const baseline = [
      { country: 'FRA', overall: 90, tier: 2 },
      { country: 'KEN', overall: 60, tier: 3 },
      { country: 'BRA', overall: 50, tier: 4 },
    ];
    const scenario = [
      { country: 'FRA', overall: 96, tier: 1 },
      { country: 'KEN', overall: 60, tier: 3 },
      { country: 'BRA', overall: 56, tier: 3 },
    ];
    const tiers = tierNumbers(GCI_2024_TIERS, baseline, scenario);
    expect(tiers).toEqual([1, 2, 3, 4, 5]);
    expect([...countByTier(scenario, tiers)]).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
      [4, 0],
      [5, 0],
    ]);
    const regions = regionBreakdown(
      baseline,
      scenario,
      new Map([
        ['FRA', 'europe'],
        ['KEN', 'africa'],
        ['BRA', 'americas'],
      ] as const),
      tiers,
    );
    expect(regions.map((r) => [r.region, r.changed, r.scenario.join('')])).toEqual([
      ['africa', 0, '00100'],
      ['americas', 1, '00100'],
      ['europe', 1, '10000'],
    ]);
  });
});
