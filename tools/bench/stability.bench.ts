import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  compileMethodology,
  createStabilityRun,
  DRAW_BLOCK,
  prepareAnswers,
  type AnswersByCountry,
  type Methodology,
  type StabilityOptions,
} from '@gci/shared';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { stabilityOverThreads } from '../../server/src/modules/public/stability-threads.ts';
import type { SnapshotJob } from '../../server/src/modules/public/snapshot-jobs.ts';
import { syntheticAnswers, syntheticMethodology } from './scoring.bench.ts';

/**
 * Tier stability at scale: 1,000 entities × 400 questions, 10,000 draws, the weights times a normal
 * factor of SD 13 %. Pillar weights only (the published practice; target < 200 ms) and every level
 * (target < 2 s), in one thread and over worker threads, beside a numpy reference measured in the
 * same run (tools/bench/stability_reference.py; skipped when python3 with numpy is missing).
 *   node --conditions=@gci/source --import tsx tools/bench/stability.bench.ts
 */

const DRAWS = 10_000;
const SD = 0.13;
/**
 * Draws of the every-level runs that are measured and scaled to DRAWS (the cost is linear in draws):
 * fewer in a short run (GCI_BENCH_SECONDS under 10, as in CI), where numpy's every-level loop would
 * otherwise take minutes on a busy machine.
 */
const SHORT = Number(process.env.GCI_BENCH_SECONDS ?? 18) < 10;
const ALL_SAMPLE = SHORT ? 256 : 1024;
const NUMPY_ALL_SAMPLE = SHORT ? 40 : 200;

function cpuWall<T>(fn: () => T): { result: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

interface Reference {
  pillars_ms: number;
  pillars_cpu: number;
  all_sample_draws: number;
  all_sample_ms: number;
  all_sample_cpu: number;
}

/** The compiled server's worker (`npm run build`): plain JavaScript, as production's threads run. */
const BUNDLED_WORKER = fileURLToPath(new URL('../../server/dist/snapshot-worker.js', import.meta.url));

/** One job on a thread of the bundled worker (snapshot-worker.ts's protocol: one job, one reply). */
function onBundledThread<J extends SnapshotJob>(job: J): Promise<never> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BUNDLED_WORKER);
    worker.once('message', (reply: { ok: true; value: never } | { ok: false; message: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.value);
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function single(m: Methodology, answers: AnswersByCountry, options: StabilityOptions) {
  return cpuWall(() => {
    const run = createStabilityRun(m, answers, options);
    while (run.done < run.total) run.step(512);
    return run.result();
  });
}

/**
 * A run timed in two parts: its set-up (answers prepared and scored once with the base weights),
 * which does not grow with the draws, and the draws with their summary, which grow linearly.
 */
function twoParts(m: Methodology, answers: AnswersByCountry, options: StabilityOptions) {
  const setup = cpuWall(() => createStabilityRun(m, answers, options));
  const run = setup.result;
  const draws = cpuWall(() => {
    while (run.done < run.total) run.step(512);
    return run.result();
  });
  return { setup, draws };
}

/** The numpy reference's timings, or null when python3 with numpy is not there. */
async function numpyReference(m: Methodology, answers: AnswersByCountry): Promise<Reference | null> {
  const c = compileMethodology(m);
  const scores = Object.keys(answers)
    .sort()
    .map((code) => Array.from(prepareAnswers(c, answers[code] ?? {}).scores, (v) => (Number.isNaN(v) ? null : v)));
  const data = {
    parent: c.entries.map((e) => e.parent),
    weights: Array.from(c.baseWeights),
    questionNode: Array.from(c.questionNode),
    scores,
    mins: Array.from(c.tierMins),
    sd: SD,
    draws: DRAWS,
    allDraws: NUMPY_ALL_SAMPLE,
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gci-stability-bench-'));
  try {
    const file = path.join(dir, 'data.json');
    await writeFile(file, JSON.stringify(data));
    const script = fileURLToPath(new URL('./stability_reference.py', import.meta.url));
    const out = spawnSync('python3', [script, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) return null;
    return JSON.parse(out.stdout) as Reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the figures (called by tools/bench/run-all.ts, or run this file directly). */
export async function runStabilityBench(): Promise<void> {
  const m = syntheticMethodology(20);
  const answers = syntheticAnswers(m, 1000, 77);
  const questions = compileMethodology(m).questionNode.length;
  const normal = { kind: 'normal', sd: SD } as const;
  console.log(
    `tier stability, ${Object.keys(answers).length} entities × ${questions} questions, ${DRAWS.toLocaleString('en')} draws, normal SD ${SD * 100} %:`,
  );
  console.log(`  machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]?.toFixed(2)} (timings are wall-clock; CPU in brackets)`);

  // five runs, one seed each: the median is a run whose code the JIT has compiled (the first is printed apart)
  const pillars = [1, 2, 3, 4, 5].map((seed) => single(m, answers, { draws: DRAWS, seed, vary: 'pillars', distribution: normal }));
  const pillarWall = median(pillars.map((r) => r.wall));
  // extrapolated to DRAWS from a sample of draws; the set-up is paid once, not once per sample
  const all = twoParts(m, answers, { draws: ALL_SAMPLE, seed: 1, vary: 'all', distribution: normal });
  const allWall = all.setup.wall + (all.draws.wall * DRAWS) / ALL_SAMPLE;
  const threads = os.availableParallelism();
  // the compiled server's threads when built (plain JavaScript), else threads booting tsx to run the sources (seconds more)
  const bundled = existsSync(BUNDLED_WORKER);
  const overThreads = async (draws: number) => {
    const start = performance.now();
    const methodology = { ...m, stability: { vary: 'all', distribution: normal, draws, seed: 1 } } as const;
    await stabilityOverThreads(methodology, answers, threads, bundled ? onBundledThread : undefined);
    return performance.now() - start;
  };
  // Every draw, not a sample scaled up: each thread's start-up would be scaled with it. Measured
  // apart with one block of draws per thread. Too long for a short run.
  const threaded = SHORT ? null : { startup: await overThreads(threads * DRAW_BLOCK), wall: await overThreads(DRAWS) };
  const reference = await numpyReference(m, answers);

  // ours / numpy's, wall and CPU: on a loaded machine CPU time is the fairer comparison
  const vs = (ours: { wall: number; cpu: number }, theirs: { wall: number; cpu: number } | undefined) =>
    theirs === undefined
      ? ''
      : `; numpy ${theirs.wall.toFixed(0)} ms (CPU ${theirs.cpu.toFixed(0)}) → ${(theirs.wall / ours.wall).toFixed(1)}× faster (CPU ${(theirs.cpu / ours.cpu).toFixed(1)}×)`;
  const scale = DRAWS / (reference?.all_sample_draws ?? 1);
  const pillarCpu = median(pillars.map((r) => r.cpu));
  const allCpu = all.setup.cpu + (all.draws.cpu * DRAWS) / ALL_SAMPLE;
  console.log(
    `  pillar weights only, one thread: median ${pillarWall.toFixed(0)} ms of 5 runs (CPU ${pillarCpu.toFixed(0)} ms; the first ${pillars[0]!.wall.toFixed(0)} ms); target < 200 ms${vs({ wall: pillarWall, cpu: pillarCpu }, reference ? { wall: reference.pillars_ms, cpu: reference.pillars_cpu } : undefined)}`,
  );
  console.log(
    `  every level, one thread: set-up ${all.setup.wall.toFixed(0)} ms, then ${all.draws.wall.toFixed(0)} ms for ${ALL_SAMPLE} draws (CPU ${all.draws.cpu.toFixed(0)} ms) → ${(allWall / 1000).toFixed(1)} s for ${DRAWS.toLocaleString('en')} (CPU ${(allCpu / 1000).toFixed(1)} s); target < 2 s${vs({ wall: allWall, cpu: allCpu }, reference ? { wall: reference.all_sample_ms * scale, cpu: reference.all_sample_cpu * scale } : undefined)}`,
  );
  console.log(
    threaded
      ? `  every level, ${threads} worker threads (${bundled ? "the compiled server's worker" : 'through tsx: npm run build for the compiled worker'}): ${(threaded.wall / 1000).toFixed(1)} s for ${DRAWS.toLocaleString('en')} (${(allWall / threaded.wall).toFixed(1)}× one thread), of which start-up about ${(threaded.startup / 1000).toFixed(1)} s; target < 2 s`
      : `  every level, ${threads} worker threads: skipped in a short run (GCI_BENCH_SECONDS under 10)`,
  );
  if (!reference) console.log('  numpy reference skipped: python3 with numpy not found');
  else console.log(`  numpy reference (stability_reference.py): every level measured over ${reference.all_sample_draws} draws and scaled`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runStabilityBench();
