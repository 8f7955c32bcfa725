import type { CompiledMethodology } from './compile.ts';

/**
 * Scores one country under one set of weights: the hot loop of what-if and Monte Carlo runs.
 * Fills `values` (one slot per node; NaN = no score) bottom-up and returns the overall score,
 * 0–100 (0 when nothing is scored).
 *
 * It repeats {@link weightedMean}'s operations in the same order, so it returns exactly what
 * scoreAssessment returns for the same weights; tests hold the two to bit equality.
 *
 * @param weights raw weight per node index (need not be normalised)
 * @param scores normalised score per question from prepareAnswers (NaN = left out)
 * @param values scratch of length entries.length, overwritten
 */
export function evaluateTree(c: CompiledMethodology, weights: Float64Array, scores: Float64Array, values: Float64Array): number {
  const { questionNode, groupNode, childStart, childEnd, childList, geometric } = c;
  // Typed-array reads below are in range by construction; `!` keeps the hot loop free of checks.
  for (let q = 0; q < questionNode.length; q++) values[questionNode[q]!] = scores[q]!;
  for (let g = groupNode.length - 1; g >= 0; g--) {
    values[groupNode[g]!] = meanOf(childList, childStart[g]!, childEnd[g]!, weights, values, geometric[g] === 1);
  }
  const root = meanOf(c.pillarNode, 0, c.pillarNode.length, weights, values, c.rootGeometric);
  return root === root ? 100 * root : 0;
}

function meanOf(list: Int32Array, from: number, to: number, weights: Float64Array, values: Float64Array, geometric: boolean): number {
  let num = 0;
  let den = 0;
  let hasZero = false;
  for (let e = from; e < to; e++) {
    const child = list[e]!;
    const v = values[child]!;
    const w = weights[child]!;
    // v !== v is a NaN test: the child has no score
    if (v !== v || !(w > 0)) continue;
    den += w;
    if (!geometric) num += w * v;
    else if (v <= 0) hasZero = true;
    else num += w * Math.log(v);
  }
  if (!(den > 0)) return NaN;
  const mean = geometric ? (hasZero ? 0 : Math.exp(num / den)) : num / den;
  return mean < 0 ? 0 : mean > 1 ? 1 : mean;
}
