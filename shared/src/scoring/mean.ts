/**
 * The weighted mean that every score of the index is made of, and its rules, in one place:
 *
 * - An entry takes part when it has a score and a weight above 0 ({@link takesPart}). The others
 *   (hidden, excluded, nothing scored below, weight 0 or NaN) are left out and the remaining
 *   weights renormalised, Σ w·v / Σ w, so scaling every weight of a level by one constant changes
 *   nothing.
 * - Geometric: Π v^(w/Σw), computed as exp(Σ w·ln v / Σ w). A 0 adds ln 0 = −∞, so any 0 makes the
 *   mean exp(−∞) = 0: a strong area does not make up for an absent one. (Scores are never negative.)
 * - The mean is clamped to [0, 1]: sums of normalised terms can overshoot 1 by an ulp.
 * - When nothing takes part there is no mean (NaN here; null or "left out" for callers).
 *
 * Every engine aggregates through this file, with the same operations in the same order, so they
 * give bit-identical scores (mean.test.ts, engines.test.ts): {@link meanOfChildren} for one country
 * (scoreAssessment, what-if, distance to the next tier) and {@link meanRow} for every country at
 * once (Monte Carlo). batch-plan.ts re-associates the arithmetic sums of a draw and ends as they do.
 *
 * The two loops write the rules out rather than call small helpers: they run deep inside what-if
 * and Monte Carlo calls, where V8 stops inlining, and a helper that is called returns its double
 * boxed on the heap, once per child (measured: draws 8–13 % slower).
 */

/** Whether an entry takes part in its parent's mean: a score (NaN: none) and a weight above 0. */
export function takesPart(value: number, weight: number): boolean {
  return value === value && weight > 0;
}

/**
 * The mean of the children `list[from..to)` of one node for one country; values and weights are
 * by node index, NaN = no score. Returns NaN when no child takes part.
 */
export function meanOfChildren(list: Int32Array, from: number, to: number, weights: Float64Array, values: Float64Array, geometric: boolean): number {
  let num = 0;
  let den = 0;
  // Typed-array reads are in range by construction; `!` keeps the hot loop free of checks.
  for (let e = from; e < to; e++) {
    const child = list[e]!;
    const v = values[child]!;
    const w = weights[child]!;
    if (v !== v || !(w > 0)) continue; // takesPart
    den += w;
    num += !geometric ? w * v : v > 0 ? w * Math.log(v) : -Infinity;
  }
  if (!(den > 0)) return NaN;
  const mean = geometric ? Math.exp(num / den) : num / den;
  return mean < 0 ? 0 : mean > 1 ? 1 : mean;
}

/**
 * Rows of node values for many countries side by side (`values[node * countries + k]`): a left-out
 * node has value 0 and included 0, so that re-associated sums (batch-plan.ts) can add absent rows
 * as zeros without a test.
 */
export interface Rows {
  readonly countries: number;
  /** normalised score per node and country; 0 when left out */
  readonly values: Float64Array;
  /** 1 when the node has a score for that country, 0 when it is left out (the Σ weights while a row is summed) */
  readonly included: Float64Array;
}

/**
 * {@link meanOfChildren} for every country at once: aggregates the children `list[from..to)` into
 * the row starting at `out`, each country with its own denominator (the weights of the children
 * it has). Children are added in the same order, so each country's mean is bit-identical (a
 * property test holds the two together).
 */
export function meanRow(rows: Rows, list: Int32Array, from: number, to: number, out: number, weights: Float64Array, geometric: boolean): void {
  const { values: v, included: inc, countries: k } = rows;
  const end = out + k;
  v.fill(0, out, end);
  inc.fill(0, out, end);
  for (let e = from; e < to; e++) {
    const child = list[e]!;
    const w = weights[child]!;
    if (!(w > 0)) continue;
    const src = child * k;
    if (geometric) {
      for (let i = 0; i < k; i++) {
        if (inc[src + i]! === 0) continue; // the child has no score for this country
        inc[out + i]! += w;
        const x = v[src + i]!;
        v[out + i]! += x > 0 ? w * Math.log(x) : -Infinity;
      }
    } else {
      // a child with no score has value 0 and included 0: it adds exactly +0 to both sums
      for (let i = 0; i < k; i++) {
        v[out + i]! += w * v[src + i]!;
        inc[out + i]! += w * inc[src + i]!;
      }
    }
  }
  for (let i = out; i < end; i++) {
    // left out when no child took part, else the clamped mean
    const den = inc[i]!;
    const x = den > 0 ? (geometric ? Math.exp(v[i]! / den) : v[i]! / den) : 0;
    v[i] = x < 0 ? 0 : x > 1 ? 1 : x;
    inc[i] = den > 0 ? 1 : 0;
  }
}
