import type { StabilityJob, StabilityProgress, StabilityResponse, StabilityResult } from '@gci/shared';

export interface RunStabilityOptions {
  onProgress?: (progress: StabilityProgress) => void;
  /** aborting cancels the run: the promise rejects with an AbortError */
  signal?: AbortSignal;
  /** draws per chunk (progress granularity) */
  chunkSize?: number;
}

let nextId = 0;

/**
 * Runs a tier-stability computation in a dedicated module worker and resolves with its result.
 * One worker per run, terminated when the run ends; on abort the worker is told to cancel and
 * terminated once it confirms, while the promise rejects at once.
 */
export function runStability(job: StabilityJob, options: RunStabilityOptions = {}): Promise<StabilityResult> {
  const { signal, onProgress, chunkSize } = options;
  const aborted = () => new DOMException('The stability run was cancelled', 'AbortError');
  if (signal?.aborted) return Promise.reject(aborted());
  const id = `stability-${++nextId}`;
  const worker = new Worker(new URL('./stability.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<StabilityResult>((resolve, reject) => {
    const onAbort = () => {
      worker.postMessage({ type: 'cancel', id });
      reject(aborted());
    };
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<StabilityResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return onProgress?.({ done: m.done, total: m.total });
      finish();
      // after an abort the promise is already rejected; these calls are then no-ops
      if (m.type === 'result') resolve(m.result);
      else if (m.type === 'cancelled') reject(aborted());
      else reject(new Error(m.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the stability worker failed'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ type: 'start', id, job, chunkSize });
  });
}
