import { createStabilityRun, driveStabilityRun } from '@gci/shared';
import type { StabilityRequest, StabilityResponse } from '@gci/shared';

/**
 * Runs tier-stability Monte Carlo jobs off the main thread: posts progress after every chunk,
 * and stops at the next chunk boundary when told to cancel.
 */
// The web program is typed with the DOM lib; this is the part of the worker scope used here
// (adding the WebWorker lib to the whole program would retype `self` for every file).
interface WorkerScope {
  onmessage: ((event: MessageEvent<StabilityRequest>) => void) | null;
  postMessage(message: StabilityResponse): void;
}
const scope = self as unknown as WorkerScope;
const cancelled = new Set<string>();
const post = (message: StabilityResponse): void => scope.postMessage(message);

/** Yields to the event loop without setTimeout's 4 ms clamp, so a cancel message is seen between chunks. */
const pause = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

async function start(id: string, request: Extract<StabilityRequest, { type: 'start' }>): Promise<void> {
  try {
    const { methodology, answersByCountry, options } = request.job;
    const run = createStabilityRun(methodology, answersByCountry, options);
    const result = await driveStabilityRun(run, {
      chunkSize: request.chunkSize,
      onProgress: (p) => post({ type: 'progress', id, ...p }),
      isCancelled: () => cancelled.has(id),
      pause,
    });
    post(result ? { type: 'result', id, result } : { type: 'cancelled', id });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    cancelled.delete(id);
  }
}

scope.onmessage = (event: MessageEvent<StabilityRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') cancelled.add(message.id);
  else void start(message.id, message);
};
