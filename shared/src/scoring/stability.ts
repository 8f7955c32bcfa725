import type { Methodology } from '../schemas/methodology.ts';
import { createBatch } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { assertDrawOptions, createWeightSampler, DRAW_BLOCK } from './perturb.ts';
import { createTally } from './stability-tally.ts';
import { distributionOf, type StabilityOptions, type StabilityPart, type StabilityProgress, type StabilityResult } from './stability-types.ts';
import { tierCutoffs, tierIndex } from './tiers.ts';
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
 * batch-plan.ts); varying the pillar weights only, each country's five pillar scores are fixed
 * and a draw is a weighted mean of them, computed country by country over a chunk of draws.
 * Nominal scores come from evaluateTree and equal scoreAssessment's exactly; drawn scores agree
 * with scoreAssessment on the drawn weights to a few ulps, and tiers are compared after rounding
 * to 1e-9 (tiers.ts), so the baseline gives the same tiers. Chunk sizes and the partition of the
 * draws over threads never change the result (one random stream per block of draws).
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
  const prepared = countries.map((code) => prepareAnswers(c, answersByCountry[code] ?? {}).scores);
  const values = new Float64Array(c.entries.length);
  const nominal = prepared.map((scores) => {
    const overall = evaluateTree(c, c.baseWeights, scores, values);
    return { overall, tier: c.thresholds[tierIndex(overall, c.tierMins)]!.tier };
  });
  const batch = createBatch(c, prepared);
  const tally = createTally(countries, c.thresholds, range.from, range.to);
  const parent = Int32Array.from(c.entries, (e) => e.parent);
  const sample = createWeightSampler(c.baseWeights, parent, vary, distribution, seed);
  const weights = new Float64Array(c.baseWeights.length);
  const chunk = vary === 'pillars' && !c.rootGeometric ? pillarChunk(c.pillarNode, batch, tierCutoffs(c.tierMins)) : allChunk(c, batch);
  let done = range.from;
  const step = (maxDraws: number): StabilityProgress => {
    const end = Math.min(range.to, done + Math.max(1, Math.floor(maxDraws)));
    chunk(done, end, (d) => sample(d, weights), tally);
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
    const all = createTally(countries, c.thresholds, 0, draws);
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

type Chunk = (from: number, to: number, weightsOf: (draw: number) => Float64Array, tally: ReturnType<typeof createTally>) => void;

/** Every weight drawn: the whole tree re-aggregated for every country at once, draw by draw. */
function allChunk(c: ReturnType<typeof compileMethodology>, batch: ReturnType<typeof createBatch>): Chunk {
  const plan = planBatch(c, batch);
  return (from, to, weightsOf, tally) => {
    for (let d = from; d < to; d++) {
      const overall = evaluateBatchPlanned(c, plan, weightsOf(d), batch);
      for (let ci = 0; ci < overall.length; ci++) tally.add(ci, d, overall[ci]!);
    }
  };
}

/**
 * Pillar weights only: every country's pillar scores stay as createBatch left them (base weights
 * below the pillars). The chunk's pillar weights are drawn first; then, country by country, each
 * draw is the root's weighted mean with meanRow's operations in its order (so the same bits as
 * evaluateBatchGeneral), its tier counted and its score stored contiguously.
 */
function pillarChunk(pillarNode: Int32Array, batch: ReturnType<typeof createBatch>, cutoffs: Float64Array): Chunk {
  const k = batch.countries;
  const np = pillarNode.length;
  const value = new Float64Array(k * np);
  const included = new Float64Array(k * np);
  for (let p = 0; p < np; p++)
    for (let ci = 0; ci < k; ci++) {
      value[ci * np + p] = batch.values[pillarNode[p]! * k + ci]!;
      included[ci * np + p] = batch.included[pillarNode[p]! * k + ci]!;
    }
  let buffer = new Float64Array(0);
  return (from, to, weightsOf, tally) => {
    const n = to - from;
    if (buffer.length < n * np) buffer = new Float64Array(n * np);
    const drawn = buffer;
    for (let d = 0; d < n; d++) {
      const w = weightsOf(from + d);
      for (let p = 0; p < np; p++) drawn[d * np + p] = w[pillarNode[p]!]!;
    }
    const { counts, overalls, width, offset, tiers } = tally.raw();
    countPillarDraws(value, included, np, k, drawn, n, cutoffs, counts, tiers, overalls, width, from - offset);
  };
}

/**
 * The hot loop of pillarChunk, with everything in locals (no closure slots). Drawn weights are
 * never negative or NaN (perturb.ts), so a weight of 0 may be added as +0 instead of skipped, as
 * meanRow does, with the same bits; and a country with every pillar scored (most) shares the
 * draw's denominator Σ w, summed once per draw in the same order.
 */
function countPillarDraws(
  value: Float64Array,
  included: Float64Array,
  np: number,
  k: number,
  drawn: Float64Array,
  n: number,
  cutoffs: Float64Array,
  counts: Int32Array,
  tiers: number,
  overalls: Float64Array,
  width: number,
  start: number,
): void {
  const lastTier = cutoffs.length - 1;
  const sums = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    let den = 0;
    for (let p = 0; p < np; p++) den += drawn[d * np + p]!;
    sums[d] = den;
  }
  for (let ci = 0; ci < k; ci++) {
    const row = ci * np;
    const out = ci * width + start;
    const countRow = ci * tiers;
    let complete = true;
    for (let p = 0; p < np; p++) if (included[row + p] !== 1) complete = false;
    for (let d = 0; d < n; d++) {
      let num = 0;
      let den = 0;
      const at = d * np;
      for (let p = 0; p < np; p++) num += drawn[at + p]! * value[row + p]!;
      if (complete) den = sums[d]!;
      else for (let p = 0; p < np; p++) den += drawn[at + p]! * included[row + p]!;
      const x = den > 0 ? num / den : 0;
      const overall = den > 0 ? 100 * (x < 0 ? 0 : x > 1 ? 1 : x) : 0;
      overalls[out + d] = overall;
      // tierIndexByCutoff written out (NaN too goes to the last tier): the call was not inlined
      let tier = 0;
      while (tier < lastTier && !(overall >= cutoffs[tier]!)) tier++;
      counts[countRow + tier]!++;
    }
  }
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
