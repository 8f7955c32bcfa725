import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS } from '@gci/shared';
import { fromScenario, thresholdProblems, toScenarioBody, withThreshold, withWeight, NO_OVERRIDES } from './scenario-overrides.ts';

describe('scenario overrides', () => {
  it('drop an override set back to the version value, and survive the round trip through the API form', () => {
    let o = withWeight(NO_OVERRIDES, 'a', 3, 1);
    o = withThreshold(o, 3, 60, 55);
    expect(o).toEqual({ weights: { a: 3 }, thresholds: { 3: 60 } });
    expect(fromScenario({ overrides: toScenarioBody(o) })).toEqual(o);
    expect(toScenarioBody(o).thresholds).toEqual({ '3': 60 });
    expect(withWeight(o, 'a', 1, 1).weights).toEqual({});
    expect(thresholdProblems(GCI_2024_TIERS, withThreshold(o, 2, 96, 85))).toEqual([2]);
  });
});
