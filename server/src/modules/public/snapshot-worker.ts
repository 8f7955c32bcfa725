/**
 * The snapshot worker thread's entry: runs one job (snapshot-jobs.ts) posted by runSnapshotJob and
 * posts back its result. Bundled as server/dist/snapshot-worker.js beside main.js (tools/build-server.ts);
 * from TypeScript sources it is loaded through tsx (see snapshot-runner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type SnapshotJob } from './snapshot-jobs.ts';

parentPort?.once('message', (job: SnapshotJob) => {
  try {
    parentPort!.postMessage({ ok: true, value: runJob(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
