import type { CompiledMethodology } from './compile.ts';
import { meanRow, type Rows } from './mean.ts';

/**
 * Every country's node values side by side, for the Monte Carlo loop: {@link Rows} with one row per
 * node plus one last row for the whole index, so each step of the aggregation is a tight loop over
 * a contiguous row, where scoring countries one by one pays a branch and an indirect read per child.
 */
export interface ScoreBatch extends Rows {
  /** overall score (0–100) per country after {@link evaluateBatchGeneral} or evaluateBatchPlanned */
  readonly overall: Float64Array;
}

/**
 * Lays out prepared question scores (NaN = left out, from prepareAnswers) for a batch run and
 * evaluates it once with the base weights, so `included` shows which nodes each country has.
 */
export function createBatch(c: CompiledMethodology, scores: readonly Float64Array[]): ScoreBatch {
  const k = scores.length;
  const rows = c.entries.length + 1;
  const batch = {
    countries: k,
    values: new Float64Array(rows * k),
    included: new Float64Array(rows * k),
    overall: new Float64Array(k),
  };
  scoreBatch(c, scores, batch);
  return batch;
}

/**
 * {@link createBatch} into a batch already there (of `batch.countries` countries, the first of
 * `scores`): every row is overwritten, so its arrays may be reused from one set of countries to
 * the next.
 */
export function scoreBatch(c: CompiledMethodology, scores: readonly Float64Array[], batch: ScoreBatch): void {
  const k = batch.countries;
  for (let q = 0; q < c.questionNode.length; q++) {
    const row = c.questionNode[q]! * k;
    for (let ci = 0; ci < k; ci++) {
      const v = scores[ci]![q]!;
      batch.values[row + ci] = v === v ? v : 0;
      batch.included[row + ci] = v === v ? 1 : 0;
    }
  }
  evaluateBatchGeneral(c, c.baseWeights, batch);
}

/**
 * Scores every country of a batch under one set of weights, group by group; returns
 * `batch.overall` (0–100 per country). Bit-identical to evaluateTree country by country (the
 * same kernel, children in the same order).
 * The Monte Carlo loop uses the faster plan in batch-plan.ts and falls back to this.
 */
export function evaluateBatchGeneral(c: CompiledMethodology, weights: Float64Array, batch: ScoreBatch): Float64Array {
  const k = batch.countries;
  for (let g = c.groupNode.length - 1; g >= 0; g--) {
    meanRow(batch, c.childList, c.childStart[g]!, c.childEnd[g]!, c.groupNode[g]! * k, weights, c.geometric[g] === 1);
  }
  const root = c.entries.length * k;
  meanRow(batch, c.pillarNode, 0, c.pillarNode.length, root, weights, c.rootGeometric);
  return overallFromRoot(batch, root);
}

/** Copies the root row into `overall` as 0–100 scores (0 when nothing is scored). */
export function overallFromRoot(batch: ScoreBatch, root: number): Float64Array {
  for (let i = 0; i < batch.countries; i++) batch.overall[i] = batch.included[root + i]! > 0 ? 100 * batch.values[root + i]! : 0;
  return batch.overall;
}
