/**
 * The weighted mean that every score of the index is made of, and its rules, once:
 *
 * - An entry takes part when it has a score and a weight above 0 ({@link takesPart}). The others
 *   (hidden, excluded, nothing scored below, weight 0) are left out and the remaining weights are
 *   renormalised, Σ w·v / Σ w, so scaling every weight of a level by one constant changes nothing.
 * - Geometric: Π v^(w/Σw), computed as exp(Σ w·ln v / Σ w). A 0 adds ln 0 = −∞, so any 0 makes the
 *   mean exp(−∞) = 0: a strong area does not make up for an absent one. (Scores are never negative.)
 * - The mean is clamped to [0, 1]: sums of normalised terms can overshoot 1 by an ulp.
 * - When nothing takes part there is no mean (NaN here; null or "left out" for callers).
 *
 * Every engine aggregates through this file, with the same operations in the same order, so they
 * give bit-identical scores (mean.test.ts, engines.test.ts): {@link meanOfChildren} for one country
 * (scoreAssessment, what-if, distance to the next tier), {@link meanRow} for every country at once
 * (Monte Carlo); batch-plan.ts re-associates arithmetic sums and divides as {@link meanFrom} does.
 */

// Each helper below is under V8's small-function size (27 bytes of bytecode), so it is inlined
// into the loops even where the caller's inlining budget is spent: a helper that is called, not
// inlined, returns its double boxed on the heap, and the Monte Carlo loop gets half as fast again.

/** Clamps to [0, 1]; NaN stays NaN. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** A weight counts only above 0 (a NaN weight does not count either). */
export function hasWeight(weight: number): boolean {
  return weight > 0;
}

/** Whether an entry takes part in its parent's mean: a score (NaN: none) and a weight that counts. */
export function takesPart(value: number, weight: number): boolean {
  return value === value && hasWeight(weight);
}

/** What an entry that takes part adds to its mean's numerator: w·v, or w·ln v when geometric (ln 0 = −∞). */
export function termOf(value: number, weight: number, geometric: boolean): number {
  return weight * logIf(value, geometric);
}

/**
 * The mean from its sums (num: Σ terms, den: Σ weights of the entries that took part), clamped to
 * [0, 1]. With nothing taking part both sums are 0 and the mean is 0/0 = NaN: no mean.
 */
export function meanFrom(num: number, den: number, geometric: boolean): number {
  return clamp01(expIf(num / den, geometric));
}

function logIf(x: number, geometric: boolean): number {
  return geometric ? Math.log(x) : x;
}

function expIf(x: number, geometric: boolean): number {
  return geometric ? Math.exp(x) : x;
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
    if (!takesPart(v, w)) continue;
    den += w;
    num += termOf(v, w, geometric);
  }
  return meanFrom(num, den, geometric);
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
 *
 * The rules are written out here rather than called: this loop runs deep inside the Monte Carlo
 * draw, where V8 no longer inlines the helpers above, and a helper that is called returns its double
 * boxed on the heap, once per country (measured: 8–13 % slower draws).
 */
export function meanRow(rows: Rows, list: Int32Array, from: number, to: number, out: number, weights: Float64Array, geometric: boolean): void {
  const { values: v, included: inc, countries: k } = rows;
  const end = out + k;
  v.fill(0, out, end);
  inc.fill(0, out, end);
  for (let e = from; e < to; e++) {
    const child = list[e]!;
    const w = weights[child]!;
    if (!(w > 0)) continue; // hasWeight
    const src = child * k;
    if (geometric) {
      for (let i = 0; i < k; i++) {
        if (inc[src + i]! === 0) continue; // the child has no score for this country
        inc[out + i]! += w;
        const x = v[src + i]!;
        v[out + i]! += x > 0 ? w * Math.log(x) : -Infinity; // termOf
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
    // meanFrom: NaN (left out) when no child took part, else the clamped mean
    const den = inc[i]!;
    const x = den > 0 ? (geometric ? Math.exp(v[i]! / den) : v[i]! / den) : 0;
    v[i] = x < 0 ? 0 : x > 1 ? 1 : x;
    inc[i] = den > 0 ? 1 : 0;
  }
}
