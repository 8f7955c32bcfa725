import type { CompiledMethodology } from './compile.ts';

/**
 * Every country's node values side by side, for the Monte Carlo loop. Rows are nodes and columns
 * countries (`values[node * countries + k]`), plus one last row for the whole index, so each
 * step of the aggregation is a tight loop over a contiguous row (a multiply-add per country),
 * where scoring countries one by one pays a branch and an indirect read per child.
 */
export interface ScoreBatch {
  readonly countries: number;
  /** normalised score per node and country; 0 when left out */
  readonly values: Float64Array;
  /** 1 when the node has a score for that country, 0 when it is left out */
  readonly included: Float64Array;
  /** overall score (0–100) per country after {@link evaluateBatch} */
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
  c.questionNode.forEach((node, q) => {
    scores.forEach((s, ci) => {
      const v = s[q]!;
      batch.values[node * k + ci] = v === v ? v : 0;
      batch.included[node * k + ci] = v === v ? 1 : 0;
    });
  });
  evaluateBatchGeneral(c, c.baseWeights, batch);
  return batch;
}

/**
 * Scores every country of a batch under one set of weights, group by group; returns
 * `batch.overall` (0–100 per country). Bit-identical to evaluateTree country by country:
 * children are added in the same order, and a left-out child adds exactly +0 to a sum.
 * The Monte Carlo loop uses the faster plan in batch-plan.ts and falls back to this.
 */
export function evaluateBatchGeneral(c: CompiledMethodology, weights: Float64Array, batch: ScoreBatch): Float64Array {
  const k = batch.countries;
  for (let g = c.groupNode.length - 1; g >= 0; g--) {
    aggregateRow(batch, c.childList, c.childStart[g]!, c.childEnd[g]!, c.groupNode[g]! * k, weights, c.geometric[g] === 1);
  }
  const root = c.entries.length * k;
  aggregateRow(batch, c.pillarNode, 0, c.pillarNode.length, root, weights, c.rootGeometric);
  return overallFromRoot(batch, root);
}

/** Copies the root row into `overall` as 0–100 scores (0 when nothing is scored). */
export function overallFromRoot(batch: ScoreBatch, root: number): Float64Array {
  for (let i = 0; i < batch.countries; i++) batch.overall[i] = batch.included[root + i]! > 0 ? 100 * batch.values[root + i]! : 0;
  return batch.overall;
}

/**
 * Aggregates the children list[from..to) into the row starting at `out` with per-country
 * denominators (the sum of the weights of the children each country has).
 */
// Row reads below are in range by construction; `!` keeps the hot loops free of checks.
export function aggregateRow(b: ScoreBatch, list: Int32Array, from: number, to: number, out: number, weights: Float64Array, geometric: boolean): void {
  const { values: v, included: inc, countries: k } = b;
  v.fill(0, out, out + k);
  inc.fill(0, out, out + k);
  for (let e = from; e < to; e++) {
    const child = list[e]!;
    const w = weights[child]!;
    if (!(w > 0)) continue;
    const src = child * k;
    if (geometric) {
      for (let i = 0; i < k; i++) {
        if (inc[src + i]! === 0) continue;
        inc[out + i]! += w;
        const x = v[src + i]!;
        // a zero child makes the sum −∞ and the mean exp(−∞) = 0, as in weightedMean
        v[out + i]! += x > 0 ? w * Math.log(x) : -Infinity;
      }
    } else {
      for (let i = 0; i < k; i++) {
        v[out + i]! += w * v[src + i]!;
        inc[out + i]! += w * inc[src + i]!;
      }
    }
  }
  for (let i = out; i < out + k; i++) finish(v, inc, i, inc[i]!, geometric);
}

/** Turns a row's sums into the mean (clamped to [0, 1]) and marks it included, or left out. */
function finish(v: Float64Array, inc: Float64Array, i: number, den: number, geometric: boolean): void {
  if (!(den > 0)) {
    v[i] = 0;
    inc[i] = 0;
    return;
  }
  const mean = geometric ? Math.exp(v[i]! / den) : v[i]! / den;
  v[i] = mean < 0 ? 0 : mean > 1 ? 1 : mean;
  inc[i] = 1;
}
