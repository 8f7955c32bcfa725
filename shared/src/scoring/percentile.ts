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
/** The sample, reused from call to call: a typed array of this size is an allocation outside the heap each time. */
const SAMPLE = new Float64Array(SAMPLE_SIZE);

/** Where the order statistics of a p-quantile lie, as read from a strided sample: [low, high] and their ranks. */
interface Bracket {
  /** h = (n − 1)·p, and its floor: the ranks wanted are lo and, when interpolating, lo + 1 */
  h: number;
  lo: number;
  low: number;
  high: number;
}

/**
 * The {@link quantileInPlace} of one sample at two p's (the 5th and 95th percentiles of a Monte
 * Carlo run, say), the same values to the bit, without reordering `values` and in about one pass
 * over them (Floyd & Rivest's idea): a strided sample of 256 values brackets each quantile's order
 * statistics, one pass counts the values below each bracket and copies those within it to its half
 * of `scratch`, and each selection runs on its copy — about a tenth of the values. If a bracket
 * missed (an unlucky sample, about one call in a thousand), that quantile falls back to a
 * quickselect on a copy. `scratch` must hold 2 × values.length numbers.
 */
export function quantilePairBySampling(values: Float64Array, p1: number, p2: number, scratch: Float64Array): [number, number] {
  const n = values.length;
  const bySelection = (p: number) => {
    const copy = scratch.subarray(0, n);
    copy.set(values);
    return quantileInPlace(copy, p);
  };
  if (n < SAMPLED_FROM) return [bySelection(p1), bySelection(p2)];
  const sample = SAMPLE;
  for (let j = 0; j < SAMPLE_SIZE; j++) sample[j] = values[Math.floor((j * n) / SAMPLE_SIZE)]!;
  const a = bracketOf(sample, n, p1);
  const b = bracketOf(sample, n, p2);
  const copyA = scratch.subarray(0, n);
  const copyB = scratch.subarray(n, 2 * n);
  let belowA = 0;
  let belowB = 0;
  let inA = 0;
  let inB = 0;
  let nan = 0;
  // without branches: where a value falls is a coin toss for the CPU (in a micro-benchmark the
  // branching loop was three times slower). Every value is written to both copies; only those
  // within a bracket advance its copy (inA ≤ i, so the write stays in bounds). A comparison adds
  // as 0 or 1; NaN is in no bracket and below none, and counted apart.
  const { low: lowA, high: highA } = a;
  const { low: lowB, high: highB } = b;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    copyA[inA] = x;
    copyB[inB] = x;
    inA += +(x >= lowA) & +(x <= highA);
    inB += +(x >= lowB) & +(x <= highB);
    belowA += +(x < lowA);
    belowB += +(x < lowB);
    nan += +(x !== x);
  }
  const fromCopy = (br: Bracket, copy: Float64Array, below: number, m: number, p: number): number => {
    // the wanted ranks lo and lo + 1 (when interpolating) lie in the copy
    const need = br.h === br.lo ? br.lo : br.lo + 1;
    if (nan > 0 || below > br.lo || need >= below + m) return bySelection(p);
    const within = copy.subarray(0, m);
    const k = br.lo - below;
    const value = selectInPlace(within, k);
    if (br.h === br.lo) return value;
    let next = Infinity;
    for (let i = k + 1; i < m; i++) if (within[i]! < next) next = within[i]!;
    return value + (br.h - br.lo) * (next - value);
  };
  // the first copy is read first: a fallback reuses the first half of scratch
  const first = fromCopy(a, copyA, belowA, inA, p1);
  return [first, fromCopy(b, copyB, belowB, inB, p2)];
}

/**
 * The bracket of a p-quantile of `n` values from a strided `sample` of them (reordered by the
 * selections): the wanted ranks' place in the sample, give or take 3.5 standard deviations of a
 * sample rank.
 */
function bracketOf(sample: Float64Array, n: number, p: number): Bracket {
  const q = Math.min(1, Math.max(0, p));
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const slack = Math.ceil(3.5 * Math.sqrt(SAMPLE_SIZE * q * (1 - q))) + 2;
  const from = Math.floor((lo * SAMPLE_SIZE) / n) - slack;
  const to = Math.ceil(((lo + 1) * SAMPLE_SIZE) / n) + slack;
  const low = from < 0 ? -Infinity : selectInPlace(sample, from);
  const high = to >= SAMPLE_SIZE ? Infinity : from < 0 ? selectInPlace(sample, to) : selectInPlace(sample.subarray(from + 1), to - from - 1);
  return { h, lo, low, high };
}
