import type { Answers, Methodology } from '../schemas/methodology.ts';
import { createBatch } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, createAnswerPreparer } from './compile.ts';
import { pillarScoresOf } from './pillar-scores.ts';
import { assertDrawOptions, createWeightSampler, DRAW_BLOCK } from './perturb.ts';
import { createPillarTally } from './stability-pillar-tally.ts';
import { createTally, type ScoreTally, type StabilityTally } from './stability-tally.ts';
import { distributionOf, type StabilityOptions, type StabilityPart, type StabilityProgress, type StabilityResult } from './stability-types.ts';
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
  /** The counts and scores of this run's range of draws, once done (draws run on other threads). */
  part(): StabilityPart;
  /** The result over this run's draws and the parts run elsewhere, which together must cover every draw. */
  resultWith(others: readonly StabilityPart[]): StabilityResult;
}

/** Draws [from, to) of a run; `from` a multiple of DRAW_BLOCK. Default: every draw. */
export interface DrawRange {
  from: number;
  to: number;
}

/**
 * Splits `draws` into at most `parts` ranges of whole blocks (DRAW_BLOCK draws), in order. Each
 * block has its own random stream, so the ranges run anywhere give the result of one run.
 */
export function partitionDraws(draws: number, parts: number): DrawRange[] {
  const blocks = Math.ceil(draws / DRAW_BLOCK);
  const n = Math.max(1, Math.min(Math.floor(parts), blocks));
  return Array.from({ length: n }, (_, i) => ({
    from: Math.floor((blocks * i) / n) * DRAW_BLOCK,
    to: Math.min(draws, Math.floor((blocks * (i + 1)) / n) * DRAW_BLOCK),
  }));
}

/**
 * Prepares a tier-stability run: for each country, how often it lands in each tier when weights
 * are drawn (every weight from the pillars down to the questions, or the pillar weights only,
 * `vary: 'pillars'`; uniform, normal or Dirichlet, perturb.ts), and the 5th–95th percentile of
 * its overall score.
 *
 * What does not depend on weights (skip logic, question scores) is computed once here. Varying
 * every level, each draw re-aggregates every country at once over typed arrays (batch.ts,
 * batch-plan.ts); varying the pillar weights only, each country's five pillar scores are fixed,
 * a draw keeps just its pillar weights, and the scores (weighted means of the pillar scores) are
 * computed country by country over every draw when summarising (stability-pillar-tally.ts).
 * Nominal scores come from the batch scored with the base weights (bit for bit evaluateTree's)
 * and equal scoreAssessment's exactly; drawn scores agree with scoreAssessment on the drawn
 * weights to a few ulps, and tiers are compared after rounding to 1e-9 (tiers.ts), so the
 * baseline gives the same tiers. Chunk sizes and the partition of the draws over threads never
 * change the result (one random stream per block of draws).
 * Throws a RangeError for draws < 1, a distribution out of range, a non-finite seed, or a range
 * that does not start at a block.
 */
export function createStabilityRun(
  methodology: Methodology,
  answersByCountry: AnswersByCountry,
  options: StabilityOptions,
  range: DrawRange = { from: 0, to: options.draws },
): StabilityRun {
  const distribution = distributionOf(options);
  const vary = options.vary ?? 'all';
  const { draws, seed } = options;
  assertDrawOptions(draws, distribution, seed);
  if (range.from % DRAW_BLOCK !== 0 || !(range.from >= 0 && range.to <= draws && range.from <= range.to))
    throw new RangeError(`a range of draws starts at a multiple of ${DRAW_BLOCK} and lies within the draws`);
  const c = compileMethodology(methodology, options);
  const countries = Object.keys(answersByCountry).sort();
  const answers = countries.map((code) => answersByCountry[code] ?? {});
  const parent = Int32Array.from(c.entries, (e) => e.parent);
  const sample = createWeightSampler(c.baseWeights, parent, vary, distribution, seed);
  const weights = new Float64Array(c.baseWeights.length);
  const tierOf = (overall: number) => ({ overall, tier: c.thresholds[tierIndex(overall, c.tierMins)]!.tier });
  // Every country scored with the base weights, bit for bit as evaluateTree does (nominal, read
  // before any draw reuses the batch): for draws of the pillars' weights only the pillar scores,
  // for draws of every weight the whole tree in one batch.
  let nominal: { overall: number; tier: number }[];
  let newTally: (from: number, to: number) => StabilityTally;
  let chunk: (from: number, to: number) => void;
  let tally: StabilityTally;
  if (vary === 'pillars' && !c.rootGeometric) {
    const pillarScores = pillarScoresOf(c, answers);
    nominal = Array.from(pillarScores.overall, tierOf);
    newTally = (from, to) => createPillarTally(countries, c.thresholds, c.pillarNode, pillarScores, from, to);
    const pillars = createPillarTally(countries, c.thresholds, c.pillarNode, pillarScores, range.from, range.to);
    chunk = (from, to) => {
      for (let d = from; d < to; d++) pillars.record(d, sample(d, weights));
    };
    tally = pillars;
  } else {
    const batch = batchOf(c, answers);
    nominal = Array.from(batch.overall, tierOf);
    newTally = (from, to) => createTally(countries, c.thresholds, from, to);
    const scores = createTally(countries, c.thresholds, range.from, range.to);
    const tree = treeChunk(c, batch, scores);
    chunk = (from, to) => tree(from, to, (d) => sample(d, weights));
    tally = scores;
  }
  let done = range.from;
  const step = (maxDraws: number): StabilityProgress => {
    const end = Math.min(range.to, done + Math.max(1, Math.floor(maxDraws)));
    chunk(done, end);
    done = end;
    return { done: done - range.from, total: range.to - range.from };
  };
  const part = (): StabilityPart => {
    if (done < range.to) throw new Error('the run has draws left to do');
    return tally.part();
  };
  const resultWith = (others: readonly StabilityPart[]): StabilityResult => {
    const parts = [part(), ...others].sort((a, b) => a.from - b.from);
    if (parts.some((p, i) => p.from !== (i === 0 ? 0 : parts[i - 1]!.to)) || parts.at(-1)!.to !== draws)
      throw new RangeError('the parts of a stability run must cover every draw once');
    const all = newTally(0, draws);
    for (const p of parts) all.absorb(p);
    return { draws, seed, vary, distribution, countries: all.summarise(nominal, draws) };
  };
  return {
    total: range.to - range.from,
    get done() {
      return done - range.from;
    },
    step,
    result: () => ({ draws: done - range.from, seed, vary, distribution, countries: tally.summarise(nominal, done - range.from) }),
    part,
    resultWith,
  };
}

/** Every country's question scores laid out and scored with the base weights (batch.ts). */
function batchOf(c: ReturnType<typeof compileMethodology>, answers: readonly Answers[]) {
  const prepare = createAnswerPreparer(c);
  const scores = answers.map((a) => prepare(a).scores);
  return createBatch(c, scores);
}

/** Every weight drawn: the whole tree re-aggregated for every country at once, draw by draw. */
function treeChunk(c: ReturnType<typeof compileMethodology>, batch: ReturnType<typeof createBatch>, tally: ScoreTally) {
  const plan = planBatch(c, batch);
  return (from: number, to: number, weightsOf: (draw: number) => Float64Array): void => {
    for (let d = from; d < to; d++) {
      const overall = evaluateBatchPlanned(c, plan, weightsOf(d), batch);
      for (let ci = 0; ci < overall.length; ci++) tally.add(ci, d, overall[ci]!);
    }
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
