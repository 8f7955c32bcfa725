import type { StabilityVary, WeightDistribution } from '../schemas/methodology.ts';
import { createPrng, type Prng } from './prng.ts';

/**
 * Draws of weights for tier stability. Each draw belongs to a block of DRAW_BLOCK draws with its
 * own random stream (createPrng(seed, block)), so any partition of the draws into whole blocks (chunks
 * of a Web Worker, worker threads) gives the same weights for every draw as one run from 0.
 */
export const DRAW_BLOCK = 256;

/** Gives the weights of draw `draw` in `out` (by node index). Draws are taken in order within a block. */
export type WeightSampler = (draw: number, out: Float64Array) => Float64Array;

/** Standard normal from two uniforms (Box–Muller; 1 − u keeps the logarithm finite). */
function normal(rng: Prng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000), with the u^(1/shape) boost below shape 1; 0 for shape 0. */
function gamma(shape: number, rng: Prng): number {
  if (!(shape > 0)) return 0;
  if (shape < 1) return gamma(shape + 1, rng) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Each node's share of its siblings' weights (pillars among pillars), for the Dirichlet. */
function siblingShares(base: Float64Array, parent: Int32Array): Float64Array {
  const sums = new Map<number, number>();
  parent.forEach((p, i) => sums.set(p, (sums.get(p) ?? 0) + base[i]!));
  return Float64Array.from(base, (w, i) => {
    const sum = sums.get(parent[i]!)!;
    return sum > 0 ? w / sum : 0;
  });
}

/**
 * @param base configured weight of every node, by pre-order index
 * @param parent parent index of every node, −1 for a pillar
 * @param vary 'pillars': only the pillar weights are drawn, the rest stay as configured; 'all': every node's
 *
 * uniform: w·(1 + spread·(2u − 1)); normal: w·max(0, 1 + sd·z); Dirichlet: a Gamma(concentration · share)
 * per drawn node, so each level's weights, once renormalised by the means, are Dirichlet with mean the
 * configured shares. Nodes are drawn in index order; the baseline consumes the streams identically.
 */
export function createWeightSampler(
  base: Float64Array,
  parent: Int32Array,
  vary: StabilityVary,
  distribution: WeightDistribution,
  seed: number,
): WeightSampler {
  const drawn = Int32Array.from(Array.from(parent.keys()).filter((i) => vary === 'all' || parent[i]! < 0));
  const shares = distribution.kind === 'dirichlet' ? siblingShares(base, parent) : base;
  let rng: Prng | null = null;
  let next = -1;
  return (draw, out) => {
    if (draw % DRAW_BLOCK === 0) rng = createPrng(seed, draw / DRAW_BLOCK);
    else if (draw !== next || !rng) throw new RangeError(`draw ${draw} taken out of order: a run starts at a multiple of ${DRAW_BLOCK}`);
    const r = rng;
    next = draw + 1;
    out.set(base);
    for (let k = 0; k < drawn.length; k++) {
      const i = drawn[k]!;
      switch (distribution.kind) {
        case 'uniform':
          out[i] = base[i]! * (1 + distribution.spread * (2 * r() - 1));
          break;
        case 'normal':
          out[i] = base[i]! * Math.max(0, 1 + distribution.sd * normal(r));
          break;
        case 'dirichlet':
          out[i] = gamma(distribution.concentration * shares[i]!, r);
          break;
      }
    }
    return out;
  };
}

/** Checks Monte Carlo options early, with messages an analyst can act on. */
export function assertDrawOptions(draws: number, distribution: WeightDistribution, seed: number): void {
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError('draws must be a positive integer');
  if (distribution.kind === 'uniform' && !(distribution.spread >= 0 && distribution.spread <= 1))
    throw new RangeError('spread must be between 0 and 1 (±0 % to ±100 %)');
  if (distribution.kind === 'normal' && !(distribution.sd >= 0 && distribution.sd <= 1)) throw new RangeError('sd must be between 0 and 1 (0 % to 100 %)');
  if (distribution.kind === 'dirichlet' && !(distribution.concentration > 0 && Number.isFinite(distribution.concentration)))
    throw new RangeError('concentration must be a positive number');
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
}
