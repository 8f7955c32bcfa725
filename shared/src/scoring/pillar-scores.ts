import type { Answers } from '../schemas/methodology.ts';
import { scoreBatch, type ScoreBatch } from './batch.ts';
import { createAnswerPreparer, type CompiledMethodology } from './compile.ts';

/** Every country's pillar scores under the base weights, and its overall score. */
export interface PillarScores {
  /** each pillar's value (0 when the country has none) and whether it is scored (1 or 0), country-major: pillars.length numbers a country */
  readonly value: Float64Array;
  readonly included: Float64Array;
  /** 0–100, as the batch's `overall` */
  readonly overall: Float64Array;
}

const BLOCK = 64;

/**
 * What a run that draws the pillar weights only needs of each country: createBatch's pillar rows
 * and overall scores, the same bits, computed a block of countries at a time in arrays reused from
 * block to block. A batch of every country (11 MB for 1,000 countries × 700 nodes) took most of
 * such a run's set-up, in touching fresh pages, for five numbers a country kept.
 */
export function pillarScoresOf(c: CompiledMethodology, answers: readonly Answers[]): PillarScores {
  const k = answers.length;
  const np = c.pillarNode.length;
  const rows = c.entries.length + 1;
  const block = Math.min(BLOCK, k);
  const out = { value: new Float64Array(k * np), included: new Float64Array(k * np), overall: new Float64Array(k) };
  const prepare = createAnswerPreparer(c);
  const scores = Array.from({ length: block }, () => new Float64Array(c.questions.length));
  const values = new Float64Array(rows * block);
  const included = new Float64Array(rows * block);
  const overall = new Float64Array(block);
  for (let from = 0; from < k; from += block) {
    const size = Math.min(block, k - from);
    for (let i = 0; i < size; i++) prepare(answers[from + i]!, scores[i]);
    const batch: ScoreBatch = {
      countries: size,
      values: values.subarray(0, rows * size),
      included: included.subarray(0, rows * size),
      overall: overall.subarray(0, size),
    };
    scoreBatch(c, scores, batch);
    for (let p = 0; p < np; p++) {
      const row = c.pillarNode[p]! * size;
      for (let i = 0; i < size; i++) {
        out.value[(from + i) * np + p] = batch.values[row + i]!;
        out.included[(from + i) * np + p] = batch.included[row + i]!;
      }
    }
    out.overall.set(batch.overall, from);
  }
  return out;
}
