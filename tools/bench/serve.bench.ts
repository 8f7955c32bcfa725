/**
 * The platform as a visitor and an operator meet it: `npm start` on an existing clone (time to
 * healthy), the running server's resident memory idle and after load, and Lighthouse (mobile preset,
 * simulated throttling, Debian's Chromium) on the landing page and a country profile.
 * The server runs as `npm start` runs it, in its own process, on a throwaway data directory: on the
 * embedded database as a fresh clone does, then (in a full run) on PostgreSQL as production does,
 * where the database's memory is its own processes' and not the server's.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findPgBin, PgCluster } from '../../server/test/reliability/pg-cluster.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AUTOCANNON = path.join(root, 'node_modules/autocannon/autocannon.js');
const PORT = 3190;
const BASE = `http://127.0.0.1:${PORT}`;

interface Server {
  child: ChildProcess;
  /** milliseconds from spawn to the first healthy answer */
  readyMs: number;
}

// Servers still running when this process ends (an error thrown outside a promise, a kill): their
// process groups are ended too, so a failed run never leaves a server holding the port.
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running)
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(128 + os.constants.signals[signal]));

/**
 * `npm start` (build if changed, then the compiled server with the demo data) until /api/health answers:
 * on the embedded database, as on a fresh clone, or on the PostgreSQL at `databaseUrl`.
 */
async function start(dataDir: string, { databaseUrl, timeoutMs = 600_000 }: { databaseUrl?: string; timeoutMs?: number } = {}): Promise<Server> {
  const started = performance.now();
  // whatever this shell points at is ignored: the database is the one asked for
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  running.add(child.pid!);
  child.once('exit', () => running.delete(child.pid!));
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, readyMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not become healthy in time');
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  const group = -server.child.pid!;
  process.kill(group, 'SIGTERM'); // the group: npm and the node it started
  await exited;
  // npm may exit before the server it started has closed its database (a last checkpoint writes
  // pg_wal): wait until no process of the group is left (at most 30 s: an unreaped process counts),
  // or the data directory cannot be removed
  for (const until = performance.now() + 30_000; performance.now() < until;) {
    try {
      process.kill(group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resident memory of the server: the node process serving (the child of npm), from /proc. */
function serverRssMb(server: Server): number {
  const pids = [server.child.pid!, ...childrenOf(server.child.pid!)];
  const rss = pids.map((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  });
  return Math.max(...rss);
}

/**
 * Memory of a PostgreSQL cluster's processes (the postmaster and its children): the sum of their
 * proportional set sizes, so the shared buffers every backend maps count once.
 */
function clusterPssMb(cluster: PgCluster): number {
  const postmaster = Number(readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pss = [postmaster, ...childrenOf(postmaster)].map((pid) => {
    try {
      return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0; // ended meanwhile
    }
  });
  return pss.reduce((a, b) => a + b, 0);
}

function childrenOf(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return direct.flatMap((child) => [child, ...childrenOf(child)]);
  } catch {
    return [];
  }
}

interface Audit {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function audit(url: string, runs: number): Promise<Audit> {
  const results: Audit[] = [];
  for (let i = 0; i < runs; i++) {
    // a loaded machine starts Chromium slowly: wait up to a minute for its debugging port (default 25 s)
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
      maxConnectionRetries: 120,
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (key: keyof Audit) => median(results.map((r) => r[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
  };
}

const PUBLIC_PAGES = ['/', '/cycles/2024/countries/KEN', '/api/public/cycles/2024/results'];

/** Loads the public pages in turn (autocannon in a child process, 10 connections, brotli asked for). */
async function loadPublicPages(seconds: number): Promise<void> {
  for (const page of PUBLIC_PAGES) {
    await promisify(execFile)(process.execPath, [AUTOCANNON, '-c', '10', '-d', String(seconds), '-H', 'accept-encoding=br', '-j', `${BASE}${page}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  }
}

/** Starts the platform once to seed it, then again as an existing clone; `measure` runs on the second. */
async function onExistingClone(what: string, databaseUrl: string | undefined, measure: (server: Server) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gci-bench-serve-'));
  try {
    const first = await start(dataDir, { databaseUrl });
    console.log(`${what}: npm start, first time (builds if needed, seeds the demo): healthy in ${(first.readyMs / 1000).toFixed(1)} s`);
    await stop(first);
    const server = await start(dataDir, { databaseUrl });
    console.log(`${what}: npm start on an existing clone: healthy in ${(server.readyMs / 1000).toFixed(1)} s (target < 10 s)`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      console.log(`${what}: server resident memory, idle with the demo data: ${serverRssMb(server).toFixed(0)} MB (target < 250 MB)`);
      await measure(server);
    } finally {
      await stop(server);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

export async function runServeBench({
  runs = Number(process.env.GCI_BENCH_LIGHTHOUSE_RUNS ?? 3),
  seconds = Number(process.env.GCI_BENCH_SECONDS ?? 5),
} = {}): Promise<void> {
  const afterLoad = async (what: string, server: Server) => {
    await loadPublicPages(seconds);
    console.log(`${what}: server resident memory after ${seconds} s of load on each of ${PUBLIC_PAGES.join(', ')}: ${serverRssMb(server).toFixed(0)} MB`);
  };
  // As a fresh clone runs: the embedded database, in the server's own process.
  await onExistingClone('embedded PGlite', undefined, async (server) => {
    const profile = `${BASE}/cycles/2024/countries/KEN`;
    for (const [name, url] of [
      ['landing page', `${BASE}/`],
      ['country profile', profile],
    ] as const) {
      const a = await audit(url, runs);
      console.log(
        `Lighthouse ${name} (mobile, median of ${runs}): performance ${a.performance} (target ≥ 90), accessibility ${a.accessibility} (100), ` +
          `best practices ${a.bestPractices}, SEO ${a.seo} (100), LCP ${(a.lcpMs / 1000).toFixed(2)} s (< 2.5 s), TBT ${a.tbtMs.toFixed(0)} ms (< 200 ms)`,
      );
    }
    console.log(`embedded PGlite: server resident memory after the audits: ${serverRssMb(server).toFixed(0)} MB`);
    await afterLoad('embedded PGlite', server);
  });
  // As production runs: PostgreSQL in its own processes (a throwaway cluster), the server holding only its pool.
  if (seconds < 3) console.log('PostgreSQL: skipped in a short run (GCI_BENCH_SECONDS under 3)');
  else if (!findPgBin()) console.log('PostgreSQL: skipped (no PostgreSQL binaries under /usr/lib/postgresql)');
  else {
    const cluster = await PgCluster.create();
    try {
      await onExistingClone('PostgreSQL', cluster.url, async (server) => {
        await afterLoad('PostgreSQL', server);
        console.log(`PostgreSQL: its own processes meanwhile (proportional set size, shared buffers counted once): ${clusterPssMb(cluster).toFixed(0)} MB`);
      });
    } finally {
      cluster.destroy();
    }
  }
}
