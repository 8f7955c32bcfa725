import type { TreeEntry } from './tree.ts';

/**
 * The minimum-coverage rule of the 'exclude' missing-answer policy, shared by every engine
 * (scoreAssessment, prepareAnswers → evaluateTree, the batches and the stability draws) so they
 * agree. Under 'exclude' a group is the weighted mean of what was answered; without a floor a
 * pillar answered in one question out of twenty counts as if complete. So each group's answered
 * share of weight is measured, and when it is below the minimum the missing answers of that group
 * (and of everything below it) score 0, as under 'zero', instead of being left out.
 *
 * - A question counts 1 when answered, 0 when missing; hidden and free-text questions do not
 *   count (they have no weight to cover). A group's share is the weighted mean of its counted
 *   children's shares, with the version's own weights (weight-0 children and groups with nothing
 *   counted are left out), so it is the answered part of the group's effective weight.
 * - A share equal to the minimum is enough (a tolerance of 1e-9 absorbs float error: three
 *   thirds are one). A minimum of 0 turns the rule off.
 * - The decision is made once per country against the version's weights: what-if sliders and
 *   Monte Carlo draws vary the weights of the aggregation, not which answers count as zero.
 */
export const COVERAGE_TOLERANCE = 1e-9;

/**
 * Answered share of weight per node (by pre-order index; NaN when nothing below it counts), from
 * `answered` per node: 1 answered, 0 missing, NaN not counted (only question slots are read).
 */
export function coverageByNode(entries: readonly TreeEntry[], weights: Float64Array, answered: Float64Array): Float64Array {
  const n = entries.length;
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const share = new Float64Array(n);
  // backwards over the pre-order: every child before its parent
  for (let i = n - 1; i >= 0; i--) {
    const e = entries[i]!;
    const s = e.node.kind === 'question' ? answered[i]! : den[i]! > 0 ? num[i]! / den[i]! : NaN;
    share[i] = s;
    const w = weights[i]!;
    if (e.parent >= 0 && s === s && w > 0) {
      num[e.parent]! += w * s;
      den[e.parent]! += w;
    }
  }
  return share;
}

/**
 * 1 for every node that lies in a group (itself included) whose share is below `minCoverage`,
 * else 0; all 0 when minCoverage ≤ 0. A question with a 1 here and no answer scores 0.
 */
export function shortOfCoverage(entries: readonly TreeEntry[], share: Float64Array, minCoverage: number): Uint8Array {
  const short = new Uint8Array(entries.length);
  if (!(minCoverage > 0)) return short;
  for (const e of entries) {
    const s = share[e.index]!;
    const own = e.node.kind !== 'question' && s === s && s < minCoverage - COVERAGE_TOLERANCE;
    short[e.index] = own || (e.parent >= 0 && short[e.parent] === 1) ? 1 : 0;
  }
  return short;
}
