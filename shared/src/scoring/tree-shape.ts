import type { Aggregation } from '../schemas/methodology.ts';
import { meanOfChildren } from './mean.ts';
import type { TreeEntry } from './tree.ts';

/**
 * The tree as index lists over {@link flattenTree}'s pre-order, and how each group aggregates:
 * what every engine walks. Groups are numbered in pre-order too, so walking them backwards
 * evaluates children before parents.
 */
export interface TreeShape {
  /** node index of every group (pillar, indicator, sub-indicator), pre-order */
  readonly groupNode: Int32Array;
  /** children of group g are childList[childStart[g] .. childEnd[g]), in array order */
  readonly childStart: Int32Array;
  readonly childEnd: Int32Array;
  readonly childList: Int32Array;
  /** 1 when group g aggregates its children geometrically */
  readonly geometric: Uint8Array;
  readonly pillarNode: Int32Array;
  readonly rootGeometric: boolean;
}

/** The shape of a flattened tree; a node's own `aggregation` wins over `aggregation`. Linear in the number of nodes. */
export function shapeOf(entries: readonly TreeEntry[], aggregation: Aggregation): TreeShape {
  const groups = entries.filter((e) => e.node.kind !== 'question');
  const pillars = entries.filter((e) => e.parent < 0);
  const groupOf = new Int32Array(entries.length).fill(-1);
  groups.forEach((g, gi) => (groupOf[g.index] = gi));
  const childStart = new Int32Array(groups.length);
  const childEnd = new Int32Array(groups.length);
  for (const e of entries) if (e.parent >= 0) childEnd[groupOf[e.parent]!]!++;
  for (let gi = 0, at = 0; gi < groups.length; gi++) {
    childStart[gi] = at;
    at += childEnd[gi]!;
    childEnd[gi] = childStart[gi]!;
  }
  const childList = new Int32Array(entries.length - pillars.length);
  for (const e of entries) if (e.parent >= 0) childList[childEnd[groupOf[e.parent]!]!++] = e.index;
  const own = (e: TreeEntry) => (e.node.kind === 'question' ? undefined : e.node.aggregation);
  return {
    groupNode: Int32Array.from(groups, (g) => g.index),
    childStart,
    childEnd,
    childList,
    geometric: Uint8Array.from(groups, (g) => ((own(g) ?? aggregation) === 'geometric' ? 1 : 0)),
    pillarNode: Int32Array.from(pillars, (e) => e.index),
    rootGeometric: aggregation === 'geometric',
  };
}

/**
 * Bottom-up aggregation of one country: fills every group's slot of `values` (by node index,
 * NaN = no score) from the question slots, which the caller has filled, and returns the mean of
 * the pillars, 0–1 (NaN when nothing is scored).
 */
export function aggregateTree(s: TreeShape, weights: Float64Array, values: Float64Array): number {
  const { groupNode, childStart, childEnd, childList, geometric } = s;
  for (let g = groupNode.length - 1; g >= 0; g--) {
    values[groupNode[g]!] = meanOfChildren(childList, childStart[g]!, childEnd[g]!, weights, values, geometric[g] === 1);
  }
  return meanOfChildren(s.pillarNode, 0, s.pillarNode.length, weights, values, s.rootGeometric);
}
