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
  // plain loops: scoreAssessment builds a shape per call, and TypedArray.from with a map function is slow
  const groupOf = new Int32Array(entries.length);
  let groups = 0;
  let pillars = 0;
  for (const e of entries) {
    groupOf[e.index] = e.node.kind === 'question' ? -1 : groups++;
    if (e.parent < 0) pillars++;
  }
  const groupNode = new Int32Array(groups);
  const geometric = new Uint8Array(groups);
  const childStart = new Int32Array(groups);
  const childEnd = new Int32Array(groups);
  const pillarNode = new Int32Array(pillars);
  pillars = 0;
  for (const e of entries) {
    if (e.parent < 0) pillarNode[pillars++] = e.index;
    else childEnd[groupOf[e.parent]!]!++; // a count for now
    if (e.node.kind === 'question') continue;
    const g = groupOf[e.index]!;
    groupNode[g] = e.index;
    geometric[g] = (e.node.aggregation ?? aggregation) === 'geometric' ? 1 : 0;
  }
  for (let g = 0, at = 0; g < groups; g++) {
    childStart[g] = at;
    at += childEnd[g]!;
    childEnd[g] = childStart[g]!;
  }
  const childList = new Int32Array(entries.length - pillars);
  for (const e of entries) if (e.parent >= 0) childList[childEnd[groupOf[e.parent]!]!++] = e.index;
  return { groupNode, childStart, childEnd, childList, geometric, pillarNode, rootGeometric: aggregation === 'geometric' };
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
