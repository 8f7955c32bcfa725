import type { Scenario, ScenarioOverrides, TierThreshold } from '@gci/shared';

/** The overrides the what-if page holds: raw weights by node key, tier minimums by tier number. */
export interface Overrides {
  weights: Readonly<Record<string, number>>;
  thresholds: Readonly<Record<number, number>>;
}

export const NO_OVERRIDES: Overrides = { weights: {}, thresholds: {} };

/** Sets one node's weight; back at the version's own weight the override is dropped. */
export function withWeight(o: Overrides, key: string, weight: number, base: number): Overrides {
  const { [key]: _, ...rest } = o.weights;
  return { ...o, weights: weight === base ? rest : { ...rest, [key]: weight } };
}

/** Sets one tier's minimum; back at the version's own minimum the override is dropped. */
export function withThreshold(o: Overrides, tier: number, min: number, base: number): Overrides {
  const { [tier]: _, ...rest } = o.thresholds;
  return { ...o, thresholds: min === base ? rest : { ...rest, [tier]: min } };
}

/** The body's form of the overrides (`POST /api/scenarios`): tier numbers become string keys. */
export function toScenarioBody(o: Overrides): Scenario['overrides'] {
  return { weights: { ...o.weights }, thresholds: Object.fromEntries(Object.entries(o.thresholds).map(([tier, min]) => [String(tier), min])) };
}

/** A saved scenario's overrides in the page's form. */
export function fromScenario(s: Pick<Scenario, 'overrides'>): Overrides {
  return {
    weights: { ...s.overrides.weights },
    thresholds: Object.fromEntries(Object.entries(s.overrides.thresholds).map(([tier, min]) => [Number(tier), min])),
  };
}

/** The engine's form (createWhatIf().rescore). */
export function toEngine(o: Overrides): ScenarioOverrides {
  return { weights: o.weights, thresholds: o.thresholds };
}

/** How many values the scenario changes. */
export const overrideCount = (o: Overrides): number => Object.keys(o.weights).length + Object.keys(o.thresholds).length;

/**
 * Tier minimums that do not fall strictly from tier 1 down, or a lowest tier not at 0: the
 * engine would still sort them, but the tiers would no longer mean what their names say.
 */
export function thresholdProblems(thresholds: readonly TierThreshold[], o: Overrides): number[] {
  const mins = thresholds.map((t) => o.thresholds[t.tier] ?? t.min);
  const last = thresholds.length - 1;
  const isBad = (i: number) => (i > 0 && !(mins[i]! < mins[i - 1]!)) || !(mins[i]! >= 0 && mins[i]! <= 100) || (i === last && mins[i] !== 0);
  return thresholds.filter((_, i) => isBad(i)).map((t) => t.tier);
}
