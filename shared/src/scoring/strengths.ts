import { peerAreaRuleOf, type GroupKind, type Methodology, type PeerAreaRule } from '../schemas/methodology.ts';
import { groupsOfKinds, peerSums, type PeerSums, type RegionByCountry, type ScoresByCountry } from './peer-scores.ts';

export interface PeerComparison {
  key: string;
  kind: GroupKind;
  pillarKey: string;
  /** the country's normalised score, 0–1 */
  normalized: number;
  /** mean of the group the rule compares with (0–1) */
  average: number;
  /** means of its region's and its tier's countries (0–1), itself in or out as the rule says; null when there is none */
  regionAverage: number | null;
  tierAverage: number | null;
}

export interface StrengthsAndGrowth {
  country: string;
  /** "areas of relative strength", in methodology order */
  strengths: PeerComparison[];
  /** "areas of potential growth", in methodology order */
  growth: PeerComparison[];
}

export interface StrengthsOptions {
  /** levels compared; default pillars only, as in ITU's profiles */
  kinds?: GroupKind[];
}

/**
 * Scores within this distance of the margin count as on it: a mean of equal scores can land an ulp
 * above them, and a country equal to its group's average is a strength.
 */
const EPSILON = 1e-9;

/** The label of a country's group under each comparison; undefined when it has none (no region). */
function groupLabel(rule: PeerAreaRule, tier: string, region: string | undefined): string | undefined {
  switch (rule.group) {
    case 'tier':
      return tier;
    case 'region':
      return region;
    case 'all':
      return 'all';
    case 'region_tier':
      return region === undefined ? undefined : `${region}|${tier}`;
  }
}

/** A group's mean, with or without the country's own value; null when nothing is left to average. */
function meanOf(sums: PeerSums, group: string | undefined, own: number, includeSelf: boolean): number | null {
  if (group === undefined) return null;
  const sum = sums.sum.get(group) ?? 0;
  const count = sums.count.get(group) ?? 0;
  if (includeSelf) return count > 0 ? sum / count : null;
  return count > 1 ? (sum - own) / (count - 1) : null;
}

/**
 * Areas of relative strength and of potential growth of every country, under the methodology's
 * rule ({@link peerAreaRuleOf}; by default ITU 2024's): a pillar is a strength when its score is
 * at least `margin` points (of 0–pillarMax) above the average of that pillar in the country's
 * comparison group, and an area for growth when it is more than `margin` below it. With margin 0
 * every pillar with a score is one or the other. Nodes without a score are skipped, and so is a
 * node whose group has no average (alone in it, leaving itself out). Countries are ordered by code.
 */
export function strengthsAndGrowth(
  methodology: Methodology,
  scores: ScoresByCountry,
  regions: RegionByCountry,
  options: StrengthsOptions = {},
): StrengthsAndGrowth[] {
  const rule = peerAreaRuleOf(methodology);
  const margin = rule.margin / methodology.pillarMax;
  const groups = groupsOfKinds(methodology, options.kinds ?? ['pillar']);
  const tierOf = (c: string) => (scores[c] ? String(scores[c].tier) : undefined);
  const ruleGroupOf = (c: string) => {
    const tier = tierOf(c);
    return tier === undefined ? undefined : groupLabel(rule, tier, regions[c]);
  };
  const sums = groups.map((g) => ({
    g,
    compared: peerSums(scores, g.key, ruleGroupOf),
    region: peerSums(scores, g.key, (c) => regions[c]),
    tier: peerSums(scores, g.key, tierOf),
  }));
  return Object.keys(scores)
    .sort()
    .map((country) => {
      const result: StrengthsAndGrowth = { country, strengths: [], growth: [] };
      for (const { g, compared, region, tier } of sums) {
        const normalized = scores[country]?.nodes[g.key]?.normalized;
        if (normalized === null || normalized === undefined) continue;
        const average = meanOf(compared, ruleGroupOf(country), normalized, rule.includeSelf);
        if (average === null) continue;
        const area: PeerComparison = {
          ...g,
          normalized,
          average,
          regionAverage: meanOf(region, regions[country], normalized, rule.includeSelf),
          tierAverage: meanOf(tier, tierOf(country), normalized, rule.includeSelf),
        };
        const diff = normalized - average;
        if (diff >= margin - EPSILON) result.strengths.push(area);
        else if (diff < -margin - EPSILON) result.growth.push(area);
      }
      return result;
    });
}
