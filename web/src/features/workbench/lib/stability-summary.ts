import { flattenTree, type CountryStability, type Methodology, type MethodologyNode } from '@gci/shared';

/** The probability of a country's nominal tier (the tier it has under the unperturbed weights), 0–1. */
export function nominalProbability(c: CountryStability): number {
  return c.tiers.find((t) => t.tier === c.nominalTier)?.probability ?? 0;
}

/** Countries whose nominal tier is less likely than `level` (0–1). */
export function flaggedCountries(countries: readonly CountryStability[], level: number): CountryStability[] {
  return countries.filter((c) => nominalProbability(c) < level);
}

/** How many weights of each kind a run varies: every node of the tree has one. */
export function weightsByKind(m: Methodology): Record<MethodologyNode['kind'], number> {
  const counts = { pillar: 0, indicator: 0, sub_indicator: 0, question: 0 };
  for (const e of flattenTree(m)) counts[e.node.kind]++;
  return counts;
}
