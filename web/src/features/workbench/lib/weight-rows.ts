import { flattenTree, type Methodology, type MethodologyNode } from '@gci/shared';

/** One weight of the what-if panel: a node of the tree with its place and its siblings. */
export interface WeightRow {
  key: string;
  kind: MethodologyNode['kind'];
  title: MethodologyNode['texts']['title'];
  /** 0 for pillars */
  depth: number;
  /** the version's own raw weight */
  base: number;
  /** key of the parent, null for a pillar */
  parent: string | null;
  /** keys of the siblings, itself included, in tree order */
  siblings: string[];
  /** key of the pillar the node belongs to */
  pillar: string;
}

/** Every node of the version in tree order, as rows of the weights panel. */
export function weightRows(m: Methodology): WeightRow[] {
  const entries = flattenTree(m);
  const childrenOf = (parent: number) => entries.filter((e) => e.parent === parent).map((e) => e.node.key);
  const depthOf = (i: number): number => (entries[i]!.parent < 0 ? 0 : 1 + depthOf(entries[i]!.parent));
  return entries.map((e) => ({
    key: e.node.key,
    kind: e.node.kind,
    title: e.node.texts.title,
    depth: depthOf(e.index),
    base: e.node.weight,
    parent: e.parent < 0 ? null : entries[e.parent]!.node.key,
    siblings: childrenOf(e.parent),
    pillar: entries[e.pillar]!.node.key,
  }));
}

/** A node's share of its level (its weight over the sum of its siblings'), 0–1; 0 when the level sums to 0. */
export function shareOf(row: WeightRow, weightOf: (key: string) => number): number {
  const sum = row.siblings.reduce((s, k) => s + weightOf(k), 0);
  return sum > 0 ? weightOf(row.key) / sum : 0;
}

/** Upper end of a weight slider: room to triple the version's weight, at least 1 (nodes may start at 0). */
export function sliderMax(base: number): number {
  const max = Math.max(1, base * 3);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}
