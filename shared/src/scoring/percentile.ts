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

/** Below this many values a plain quickselect is as quick as sampling. */
const SAMPLED_FROM = 2048;
const SAMPLE_SIZE = 256;

/**
 * {@link quantileInPlace} of one sample at one p, the same value to the bit, without reordering
 * `values` and in about one pass over them (Floyd & Rivest's idea): a strided sample of 256
 * values brackets the wanted order statistics, one pass counts the values below the bracket and
 * copies those within it to `scratch`, and the selection runs on that copy — about a tenth of
 * the values. If the bracket missed (an unlucky sample, about one call in a thousand), it falls
 * back to a quickselect on a copy. `scratch` must hold values.length numbers.
 */
export function quantileBySampling(values: Float64Array, p: number, scratch: Float64Array): number {
  const n = values.length;
  const q = Math.min(1, Math.max(0, p));
  const bySelection = () => {
    scratch.set(values);
    return quantileInPlace(scratch.subarray(0, n), q);
  };
  if (n < SAMPLED_FROM) return bySelection();
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  // the wanted ranks' place in the sample, give or take 3.5 standard deviations of a sample rank
  const slack = Math.ceil(3.5 * Math.sqrt(SAMPLE_SIZE * q * (1 - q))) + 2;
  const from = Math.floor((lo * SAMPLE_SIZE) / n) - slack;
  const to = Math.ceil(((lo + 1) * SAMPLE_SIZE) / n) + slack;
  const sample = new Float64Array(SAMPLE_SIZE);
  for (let j = 0; j < SAMPLE_SIZE; j++) sample[j] = values[Math.floor((j * n) / SAMPLE_SIZE)]!;
  const low = from < 0 ? -Infinity : selectInPlace(sample, from);
  const high = to >= SAMPLE_SIZE ? Infinity : from < 0 ? selectInPlace(sample, to) : selectInPlace(sample.subarray(from + 1), to - from - 1);
  let below = 0;
  let above = 0;
  let m = 0;
  // without branches: where a value falls is a coin toss for the CPU (in a micro-benchmark the
  // branching loop was three times slower). Every value is written; only those within the bracket
  // advance the copy (m ≤ i, so the write stays in bounds). A comparison adds as 0 or 1; NaN falls
  // in none of the three.
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    scratch[m] = x;
    m += +(x >= low) & +(x <= high);
    below += +(x < low);
    above += +(x > high);
  }
  // the wanted ranks lo and lo + 1 (when interpolating) lie in the copy, and nothing was uncounted (NaN)
  const need = h === lo ? lo : lo + 1;
  if (below + m + above === n && below <= lo && need < below + m) {
    const within = scratch.subarray(0, m);
    const k = lo - below;
    const value = selectInPlace(within, k);
    if (h === lo) return value;
    let next = Infinity;
    for (let i = k + 1; i < m; i++) if (within[i]! < next) next = within[i]!;
    return value + (h - lo) * (next - value);
  }
  return bySelection();
}
