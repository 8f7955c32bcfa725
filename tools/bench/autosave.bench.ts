/**
 * Autosave under load: 200 simulated focal points (20 countries × 10, sharing questions so they
 * collide), signed in first, each editing about once a second, save answers for a fixed time
 * against the real server on PostgreSQL. Prints
 * throughput and p50/p99 latency of acknowledged saves (target p99 < 100 ms), and checks nothing
 * acknowledged was lost. Runs with one server process, then two taking saves in turn (as behind a
 * load balancer). Uses a PostgreSQL cluster of its own (Debian's binaries).
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { checkStorm, createStormWorld, percentile, runStorm, signInAll } from '../../server/test/reliability/autosave-storm.ts';
import { findPgBin, PgCluster } from '../../server/test/reliability/pg-cluster.ts';
import { ServerProcess } from '../../server/test/reliability/server-process.ts';

/** Statements of one acknowledged save: session, begin with the row scope, idempotency claim, locked read, write with history, the batched last writes with the audit row, commit. */
const SAVE_STATEMENTS = 7;
const WARM_UP_SECONDS = 3;

/** Median time of a trivial parameterised query on one connection, without load. */
async function roundTripFloor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      await client.query('select $1::int', [i]);
      times.push(performance.now() - started);
    }
    return percentile(times.slice(50), 50);
  } finally {
    await client.end();
  }
}

export async function runAutosaveBench({ seconds = Number(process.env.GCI_BENCH_SECONDS ?? 18) } = {}): Promise<void> {
  if (!findPgBin()) {
    console.log('autosave: skipped (no PostgreSQL binaries under /usr/lib/postgresql)');
    return;
  }
  // one process, then two sharing the load as a load balancer would: the server is stateless, so
  // a session signed in on one is used on both
  // a short run (CI) still measures 3 s past the warm-up, or its latency figures would cover no save
  for (const processes of [1, 2]) await measure(processes, Math.max(seconds, WARM_UP_SECONDS + 3));
}

async function measure(processes: number, seconds: number): Promise<void> {
  const cluster = await PgCluster.create();
  const handle = openPostgres(cluster.url, { poolMax: 2, statementTimeoutMs: 60_000, connectTimeoutMs: 5_000 }, 'gci-bench');
  const servers: ServerProcess[] = [];
  try {
    await migrateToLatest(handle.db);
    const world = await createStormWorld(handle.db, { countries: 20, perCountry: 10 });
    const floor = await roundTripFloor(cluster.url);
    // the pool is split so that both runs open the same number of database connections
    for (let i = 0; i < processes; i++) servers.push(await ServerProcess.start({ DATABASE_URL: cluster.url, DB_POOL_MAX: String(20 / processes) }));
    let turn = 0;
    const nextUrl = () => servers[turn++ % servers.length]!.url;
    // sign-ins first (argon2id, about 15 ms of CPU each): they are not saves, and 200 at once would
    // queue the first seconds of saves behind them
    const signInStarted = performance.now();
    const sessions = await signInAll(nextUrl, world);
    const signInSeconds = (performance.now() - signInStarted) / 1000;
    let stop = false;
    const started = performance.now();
    // each focal point edits about once a second, as people filling a form do
    const storm = runStorm(nextUrl, world, () => stop, { seed: 3, pauseMs: 1000, sessions });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    stop = true;
    const stats = await storm;
    const elapsed = (performance.now() - started) / 1000;
    const check = await checkStorm(handle.db, stats.acks);
    const answered = stats.acks.length + stats.conflicts;
    const where = processes === 1 ? 'one server process' : `${processes} server processes taking saves in turn`;
    console.log(
      `autosave, 200 clients editing about once a second each, ${where}, ${elapsed.toFixed(1)} s on PostgreSQL (after ${world.clients.length} sign-ins in ${signInSeconds.toFixed(1)} s):`,
    );
    console.log(
      `  saves answered      ${answered} (${(answered / elapsed).toFixed(0)}/s): acknowledged ${stats.acks.length}, conflicts (409, the same question edited by another) ${stats.conflicts}, errors ${stats.serverErrors}`,
    );
    // the first seconds of saves warm the server's JIT and open the pool's connections
    const steady = stats.latenciesMs.filter((_, i) => stats.latencyAt[i]! - started > WARM_UP_SECONDS * 1000);
    console.log(
      `  latency of acknowledged saves after a ${WARM_UP_SECONDS} s warm-up (${steady.length}): p50 ${percentile(steady, 50).toFixed(1)} ms, p99 ${percentile(steady, 99).toFixed(1)} ms (target p99 < 100 ms)`,
    );
    console.log(
      `  latency of every acknowledged save: p50 ${percentile(stats.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(stats.latenciesMs, 99).toFixed(1)} ms`,
    );
    console.log(`  lost ${check.lost}, duplicated ${check.duplicated} (must be 0)`);
    // the baseline of this machine, measured in the same run: what the statements of a save cost with no load at all
    console.log(
      `  baseline: one database round trip ${floor.toFixed(2)} ms unloaded; a save makes ${SAVE_STATEMENTS} (${(floor * SAVE_STATEMENTS).toFixed(1)} ms); p50 after the warm-up is ${(percentile(steady, 50) / (floor * SAVE_STATEMENTS)).toFixed(1)}× that`,
    );
  } finally {
    for (const server of servers) await server.stop();
    await handle.close();
    cluster.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAutosaveBench();
