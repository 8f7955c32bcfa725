import type { ScoreOptions } from './score-types.ts';

export interface StabilityOptions extends ScoreOptions {
  /** number of weight draws, a positive integer (10,000 gives probabilities to about ±1 %) */
  draws: number;
  /** PRNG seed, used as an unsigned 32-bit integer; the same seed gives the same result everywhere */
  seed: number;
  /** half-width of the uniform perturbation relative to each weight, 0–1; default 0.25 (±25 %) */
  spread?: number;
  /**
   * Which weights are drawn: 'all' (default), every node's from the pillars down to the questions;
   * 'pillars', the pillar weights only (the practice of the published index), so each draw re-weights
   * every country's fixed pillar scores instead of re-evaluating the tree.
   */
  vary?: StabilityVary;
}

export type StabilityVary = 'all' | 'pillars';

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
  spread: number;
  /** ordered by country code */
  countries: CountryStability[];
}

export interface StabilityProgress {
  /** draws completed so far */
  done: number;
  total: number;
}
