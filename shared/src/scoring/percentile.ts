/**
 * The p-quantile (p in [0, 1]) of a sample by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy): h = (n − 1)·p, then
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on the sorted sample.
 *
 * Uses quickselect instead of a full sort (O(n) on average; a Monte Carlo run needs two
 * quantiles of 10,000 values for each of 194 countries). It REORDERS `values` in place; calling
 * it again on the same array is fine. Returns NaN for an empty sample.
 */
export function quantileInPlace(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const low = selectInPlace(values, lo);
  if (h === lo) return low;
  // after selection everything right of `lo` is ≥ low; its minimum is the next order statistic
  let high = Infinity;
  for (let i = lo + 1; i < n; i++) if (values[i]! < high) high = values[i]!;
  return low + (h - lo) * (high - low);
}

/** Moves the k-th smallest value (0-based) to index k, smaller ones left of it, and returns it. */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = median3(a[lo]!, a[(lo + hi) >>> 1]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // now a[lo..j] ≤ pivot ≤ a[i..hi], and anything between equals the pivot
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function median3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
