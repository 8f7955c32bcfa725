import type { StabilityVary, WeightDistribution } from '../schemas/methodology.ts';
import type { ScoreOptions } from './score-types.ts';

export interface StabilityOptions extends ScoreOptions {
  /** number of weight draws, a positive integer (10,000 gives probabilities to about ±1 %) */
  draws: number;
  /** PRNG seed, used as an unsigned 32-bit integer; the same seed gives the same result everywhere */
  seed: number;
  /** how each drawn weight varies; default uniform within ±spread */
  distribution?: WeightDistribution;
  /** half-width of the uniform perturbation relative to each weight, 0–1, when no distribution is given; default 0.25 (±25 %) */
  spread?: number;
  /**
   * Which weights are drawn: 'all' (default), every node's from the pillars down to the questions;
   * 'pillars', the pillar weights only (the practice of the published index), so each draw re-weights
   * every country's fixed pillar scores instead of re-evaluating the tree.
   */
  vary?: StabilityVary;
}

export const DEFAULT_SPREAD = 0.25;

export interface TierProbability {
  tier: number;
  /** share of draws in which the country lands in this tier, 0–1 */
  probability: number;
}

export interface CountryStability {
  country: string;
  /** overall score and tier under the unperturbed weights */
  nominalOverall: number;
  nominalTier: number;
  /** every tier of the methodology, best first; probabilities sum to 1 */
  tiers: TierProbability[];
  /** 5th and 95th percentiles of the overall score over the draws (linear interpolation, type 7) */
  p5: number;
  p95: number;
}

export interface StabilityResult {
  draws: number;
  seed: number;
  vary: StabilityVary;
  distribution: WeightDistribution;
  /** ordered by country code */
  countries: CountryStability[];
}

export interface StabilityProgress {
  /** draws completed so far */
  done: number;
  total: number;
}

/** The distribution a run uses: the given one, else uniform within ±spread (default ±25 %). */
export function distributionOf(options: Pick<StabilityOptions, 'distribution' | 'spread'>): WeightDistribution {
  return options.distribution ?? { kind: 'uniform', spread: options.spread ?? DEFAULT_SPREAD };
}

/**
 * The draws [from, to) of a run, computed apart (another thread) and combined by the run's
 * resultWith: every draw's overall score per country when the tree is re-evaluated, or only the
 * drawn pillar weights when pillar weights alone vary (the scores follow from them in the combining
 * run, far cheaper than carrying countries × draws numbers).
 */
export type StabilityPart =
  | {
      kind: 'scores';
      from: number;
      to: number;
      /** draws per tier, country-major (countries in code order × tiers from the highest min) */
      counts: Int32Array;
      /** overall score per draw, country-major (countries × (to − from)) */
      overalls: Float64Array;
    }
  | {
      kind: 'pillarWeights';
      from: number;
      to: number;
      /** the drawn weight of every pillar, draw-major ((to − from) × pillars, in methodology order) */
      weights: Float64Array;
    };
