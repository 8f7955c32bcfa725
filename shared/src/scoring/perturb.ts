import type { Prng } from './prng.ts';

/**
 * One Monte Carlo draw of weights: every node's weight times (1 + spread·(2u − 1)), u uniform
 * in [0, 1), so each weight lies uniformly within ±spread of its value (spread 0.25 = ±25 %).
 * Nodes are drawn in index order (pre-order), one number each, so the fast engine and the
 * baseline consume the generator identically. Renormalisation per level happens in the means.
 *
 * @param spread 0–1; 0 reproduces the base weights exactly
 */
export function perturbWeights(base: Float64Array, spread: number, rng: Prng, out: Float64Array): Float64Array {
  for (let i = 0; i < base.length; i++) out[i] = base[i]! * (1 + spread * (2 * rng() - 1));
  return out;
}

/**
 * One draw of the pillar weights only: `out` holds the base weights, except each pillar's (node
 * indices `pillarNode`, in pillar order, one number each) drawn as in {@link perturbWeights}.
 */
export function perturbPillarWeights(base: Float64Array, pillarNode: Int32Array, spread: number, rng: Prng, out: Float64Array): Float64Array {
  out.set(base);
  for (let p = 0; p < pillarNode.length; p++) {
    const i = pillarNode[p]!;
    out[i] = base[i]! * (1 + spread * (2 * rng() - 1));
  }
  return out;
}

/** Checks Monte Carlo options early, with messages an analyst can act on. */
export function assertDrawOptions(draws: number, spread: number, seed: number): void {
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError('draws must be a positive integer');
  if (!(spread >= 0 && spread <= 1)) throw new RangeError('spread must be between 0 and 1 (±0 % to ±100 %)');
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
}
