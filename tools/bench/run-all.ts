/**
 * `npm run bench`: every benchmark in one run, each printing its figures beside a target and, where
 * it has one, a baseline measured in the same run. `npm run bench -- scoring public` runs some.
 * Figures depend on the machine: the README records them with the machine they came from.
 */
import os from 'node:os';

type Bench = { name: string; run: () => Promise<void> };

const BENCHES: Bench[] = [
  { name: 'scoring', run: async () => (await import('./scoring.bench.ts')).runScoringBench() },
  { name: 'stability', run: async () => (await import('./stability.bench.ts')).runStabilityBench() },
  { name: 'public', run: async () => (await import('./public.bench.ts')).runPublicBench() },
  { name: 'workbench', run: async () => (await import('./workbench.bench.ts')).runWorkbenchBench() },
  { name: 'autosave', run: async () => (await import('./autosave.bench.ts')).runAutosaveBench() },
  { name: 'serve', run: async () => (await import('./serve.bench.ts')).runServeBench() },
];

const wanted = process.argv.slice(2);
const chosen = wanted.length ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
console.log(`GCI benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
let failed = 0;
for (const bench of chosen) {
  console.log(`== ${bench.name}`);
  const started = performance.now();
  try {
    await bench.run();
  } catch (error) {
    failed++;
    console.error(`${bench.name} failed:`, error instanceof Error ? error.message : error);
  }
  console.log(`(${bench.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
process.exit(failed ? 1 : 0);
