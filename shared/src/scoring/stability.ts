import type { Methodology } from '../schemas/methodology.ts';
import { createBatch, overallFromRoot } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { meanRow } from './mean.ts';
import { assertDrawOptions, perturbPillarWeights, perturbWeights } from './perturb.ts';
import { createPrng } from './prng.ts';
import { createTally } from './stability-tally.ts';
import { DEFAULT_SPREAD, type StabilityOptions, type StabilityProgress, type StabilityResult } from './stability-types.ts';
import { tierIndex } from './tiers.ts';
import type { AnswersByCountry } from './what-if.ts';

/** A Monte Carlo run that advances in chunks, so a Web Worker can report progress and stop between chunks. */
export interface StabilityRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to `maxDraws` more draws (at least 1) and returns the progress. */
  step(maxDraws: number): StabilityProgress;
  /** The result over the draws done so far (all of them once `done === total`). */
  result(): StabilityResult;
}

/**
 * Prepares a tier-stability run: for each country, how often it lands in each tier when every
 * weight (pillars down to questions; or the pillar weights only, `vary: 'pillars'`) is drawn
 * uniformly within ±spread of its value, and the 5th–95th percentile of its overall score.
 *
 * What does not depend on weights (skip logic, question scores) is computed once here; each
 * draw then re-aggregates every country at once over typed arrays (batch.ts, batch-plan.ts).
 * Nominal scores come from evaluateTree and equal scoreAssessment's exactly; drawn scores agree
 * with scoreAssessment on the drawn weights to a few ulps, and tiers are compared after rounding
 * to 1e-9 (tiers.ts), so the baseline gives the same tiers. The stream of random numbers does
 * not depend on chunk sizes: one run of 10,000 or a hundred chunks of 100 give the same result.
 * Throws a RangeError for draws < 1, a spread outside [0, 1] or a non-finite seed.
 */
export function createStabilityRun(methodology: Methodology, answersByCountry: AnswersByCountry, options: StabilityOptions): StabilityRun {
  const spread = options.spread ?? DEFAULT_SPREAD;
  const { draws, seed } = options;
  assertDrawOptions(draws, spread, seed);
  const c = compileMethodology(methodology, options);
  const countries = Object.keys(answersByCountry).sort();
  const prepared = countries.map((code) => prepareAnswers(c, answersByCountry[code] ?? {}).scores);
  const values = new Float64Array(c.entries.length);
  const nominal = prepared.map((scores) => {
    const overall = evaluateTree(c, c.baseWeights, scores, values);
    return { overall, tier: c.thresholds[tierIndex(overall, c.tierMins)]!.tier };
  });
  const batch = createBatch(c, prepared);
  const plan = planBatch(c, batch);
  const tally = createTally(countries, c.thresholds, draws);
  const rng = createPrng(seed);
  const weights = new Float64Array(c.baseWeights.length);
  let done = 0;
  const root = c.entries.length * batch.countries;
  // Pillar weights only: every country's pillar scores stay as createBatch left them (base weights
  // below the pillars), and a draw is the root's mean over them, as evaluateBatchGeneral ends.
  const drawPillars = (): Float64Array => {
    perturbPillarWeights(c.baseWeights, c.pillarNode, spread, rng, weights);
    meanRow(batch, c.pillarNode, 0, c.pillarNode.length, root, weights, c.rootGeometric);
    return overallFromRoot(batch, root);
  };
  const drawAll = (): Float64Array => evaluateBatchPlanned(c, plan, perturbWeights(c.baseWeights, spread, rng, weights), batch);
  const draw = options.vary === 'pillars' ? drawPillars : drawAll;
  const step = (maxDraws: number): StabilityProgress => {
    const end = Math.min(draws, done + Math.max(1, Math.floor(maxDraws)));
    for (; done < end; done++) {
      const overall = draw();
      for (let ci = 0; ci < overall.length; ci++) tally.add(ci, done, overall[ci]!);
    }
    return { done, total: draws };
  };
  return {
    total: draws,
    get done() {
      return done;
    },
    step,
    result: () => ({ draws: done, seed, spread, countries: tally.summarise(nominal, done) }),
  };
}

/**
 * Runs a whole tier-stability computation, calling `onProgress` after every chunk
 * (default 500 draws). Same result as stepping {@link createStabilityRun} by hand.
 */
export function tierStability(
  methodology: Methodology,
  answersByCountry: AnswersByCountry,
  options: StabilityOptions & { chunkSize?: number; onProgress?: (p: StabilityProgress) => void },
): StabilityResult {
  const run = createStabilityRun(methodology, answersByCountry, options);
  while (run.done < run.total) {
    const progress = run.step(options.chunkSize ?? 500);
    options.onProgress?.(progress);
  }
  return run.result();
}
