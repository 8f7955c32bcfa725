import type { GroupKind, Methodology } from '../schemas/methodology.ts';
import { flattenTree } from './tree.ts';

/**
 * The minimum the cross-country functions need from each country's result: its tier and the
 * normalised score of its nodes. AssessmentScore fits as it is.
 */
export interface CountryNodeScores {
  tier: number;
  nodes: Record<string, { normalized: number | null } | undefined>;
}

/** Country code → its result. */
export type ScoresByCountry = Record<string, CountryNodeScores>;
/** Country code → its region (any label, e.g. an ITU region key). */
export type RegionByCountry = Record<string, string>;

/** The groups of the given kinds, in tree order, with their pillar's key. */
export function groupsOfKinds(methodology: Methodology, kinds: readonly GroupKind[]): { key: string; kind: GroupKind; pillarKey: string }[] {
  const entries = flattenTree(methodology);
  return entries.flatMap((e) =>
    e.node.kind !== 'question' && kinds.includes(e.node.kind)
      ? [{ key: e.node.key, kind: e.node.kind, pillarKey: entries[e.pillar]?.node.key ?? e.node.key }]
      : [],
  );
}

/** Sums and counts of a node's normalised score per group label (region, tier …). */
export interface PeerSums {
  sum: Map<string, number>;
  count: Map<string, number>;
}

/** Adds every country's score of one node to the sums of its group (countries without a score are skipped). */
export function peerSums(scores: ScoresByCountry, key: string, groupOf: (country: string) => string | undefined): PeerSums {
  const sums: PeerSums = { sum: new Map(), count: new Map() };
  for (const [country, s] of Object.entries(scores)) {
    const v = s.nodes[key]?.normalized;
    const group = groupOf(country);
    if (v === null || v === undefined || group === undefined) continue;
    sums.sum.set(group, (sums.sum.get(group) ?? 0) + v);
    sums.count.set(group, (sums.count.get(group) ?? 0) + 1);
  }
  return sums;
}

/** Mean of a group's scores leaving one country's own value out; null when it has no peer. */
export function peerMean(sums: PeerSums, group: string | undefined, own: number): number | null {
  if (group === undefined) return null;
  const count = (sums.count.get(group) ?? 0) - 1;
  return count > 0 ? ((sums.sum.get(group) ?? 0) - own) / count : null;
}
