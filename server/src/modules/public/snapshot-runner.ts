import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SnapshotJob, SnapshotJobResult } from './snapshot-jobs.ts';

/**
 * Where the worker's code is. Run from TypeScript (tsx in `npm run dev`, the CLIs, the tests and
 * the benchmarks), this module is snapshot-runner.ts and the worker is snapshot-worker.ts beside it,
 * loaded through tsx with the workspace's source condition. Bundled (server/dist/main.js), this
 * module's URL is main.js's and the worker is the snapshot-worker.js esbuild writes beside it.
 */
function workerOptions(): { entry: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./snapshot-worker.js', import.meta.url), eval: false };
  // tsx's ES module API (the package's `import` export; its CommonJS twin cannot register from a worker)
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./snapshot-worker.ts', import.meta.url).href;
  // an ES module in an eval'd worker: register tsx's loader, then load the TypeScript entry
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return { entry: boot, eval: true };
}

/**
 * Runs one snapshot job in a worker thread of its own, so building, hashing, deriving and the
 * stability draws never hold the event loop; the thread ends with the job, so an idle server holds
 * none of its memory.
 */
export function runSnapshotJob<J extends SnapshotJob>(job: J): Promise<SnapshotJobResult<J>> {
  const { entry, eval: isEval } = workerOptions();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { eval: isEval, execArgv: ['--conditions=@gci/source'] });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: { ok: true; value: SnapshotJobResult<J> } | { ok: false; message: string }) =>
      settle(() => (reply.ok ? resolve(reply.value) : reject(new Error(`snapshot job ${job.kind} failed: ${reply.message}`)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`snapshot worker exited with code ${code} before answering`))));
    worker.postMessage(job);
  });
}
