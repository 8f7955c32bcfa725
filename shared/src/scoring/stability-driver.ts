import type { StabilityRun } from './stability.ts';
import { DEFAULT_CHUNK_DRAWS } from './stability-protocol.ts';
import type { StabilityProgress, StabilityResult } from './stability-types.ts';

export interface DriveOptions {
  /** draws per chunk (default DEFAULT_CHUNK_DRAWS) */
  chunkSize?: number;
  /** called after every chunk */
  onProgress?: (progress: StabilityProgress) => void;
  /** checked before every chunk; true stops the run */
  isCancelled?: () => boolean;
  /** awaited between chunks so the host can handle messages (a cancel) meanwhile */
  pause?: () => Promise<void>;
}

/**
 * Steps a stability run chunk by chunk, reporting progress and yielding between chunks, as a
 * Web Worker needs. Resolves with the result, or null when cancelled. Chunking never changes
 * the result (see createStabilityRun).
 */
export async function driveStabilityRun(run: StabilityRun, options: DriveOptions = {}): Promise<StabilityResult | null> {
  const chunk = options.chunkSize ?? DEFAULT_CHUNK_DRAWS;
  while (run.done < run.total) {
    if (options.isCancelled?.()) return null;
    options.onProgress?.(run.step(chunk));
    if (options.pause) await options.pause();
  }
  return options.isCancelled?.() ? null : run.result();
}
