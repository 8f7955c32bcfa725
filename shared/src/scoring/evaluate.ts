import type { CompiledMethodology } from './compile.ts';
import { aggregateTree } from './tree-shape.ts';

/**
 * Scores one country under one set of weights: the hot loop of what-if and the distance to the
 * next tier. Fills `values` (one slot per node; NaN = no score) bottom-up and returns the overall
 * score, 0–100 (0 when nothing is scored). It aggregates through the same kernel (mean.ts) as
 * scoreAssessment, so it returns exactly what scoreAssessment returns for the same weights.
 *
 * @param weights raw weight per node index (need not be normalised)
 * @param scores normalised score per question from prepareAnswers (NaN = left out)
 * @param values scratch of length entries.length, overwritten
 */
export function evaluateTree(c: CompiledMethodology, weights: Float64Array, scores: Float64Array, values: Float64Array): number {
  const { questionNode } = c;
  for (let q = 0; q < questionNode.length; q++) values[questionNode[q]!] = scores[q]!;
  const root = aggregateTree(c, weights, values);
  return root === root ? 100 * root : 0;
}
