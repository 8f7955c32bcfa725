import type { Methodology } from '../schemas/methodology.ts';
import type { StabilityOptions, StabilityResult } from './stability-types.ts';
import type { AnswersByCountry } from './what-if.ts';

/** Messages between the web app and its tier-stability Web Worker (all structured-clonable). */

export interface StabilityJob {
  methodology: Methodology;
  answersByCountry: AnswersByCountry;
  options: StabilityOptions;
}

/** Draws per chunk when none is given: about 20–50 ms of work for 194 countries, so progress stays fluid. */
export const DEFAULT_CHUNK_DRAWS = 250;

/** Page → worker. `id` ties the replies to a run; a cancel for an unknown or finished id is ignored. */
export type StabilityRequest = { type: 'start'; id: string; job: StabilityJob; chunkSize?: number } | { type: 'cancel'; id: string };

/** Worker → page. Every run ends with exactly one of result, cancelled or error. */
export type StabilityResponse =
  | { type: 'progress'; id: string; done: number; total: number }
  | { type: 'result'; id: string; result: StabilityResult }
  | { type: 'cancelled'; id: string }
  | { type: 'error'; id: string; message: string };
