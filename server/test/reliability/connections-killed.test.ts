import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { checkStorm, createStormWorld, runStorm } from './autosave-storm.ts';
import { findPgBin, type PgCluster } from './pg-cluster.ts';
import { openMigratedCluster } from './migrated-cluster.ts';
import { ServerProcess } from './server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The database cuts the server's connections again and again under load (a failover, an admin,
 * a network fault). The process must survive — pg crashes Node when a checked-out client loses its
 * socket and nobody listens — answer 503 rather than 500, and lose nothing acknowledged.
 */
describe.skipIf(!findPgBin())('database connections cut under load', () => {
  let cluster: PgCluster;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    ({ cluster, handle } = await openMigratedCluster('gci-killer'));
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    cluster?.destroy();
  });

  it('keeps the process alive, answers 503 instead of 500, recovers and loses nothing', async () => {
    const world = await createStormWorld(handle.db, { countries: 5, perCountry: 10 });
    const server = await ServerProcess.start({ DATABASE_URL: cluster.url, DB_POOL_MAX: '10' });
    let stop = false;
    const storm = runStorm(
      () => server.url,
      world,
      () => stop,
      { seed: 5 },
    );
    await sleep(1_500);
    let terminated = 0;
    for (let i = 0; i < 10; i++) {
      const { rows } = await sql<{
        n: number;
      }>`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = 'gci-api'`.execute(handle.db);
      terminated += rows[0]!.n;
      await sleep(400);
    }
    await sleep(2_000);
    const health = await fetch(`${server.url}/api/health`);
    stop = true;
    const stats = await storm;
    expect(server.alive).toBe(true);
    expect(health.status).toBe(200);
    await server.stop();
    const check = await checkStorm(handle.db, stats.acks);
    console.log(
      `connections cut: ${terminated} connections terminated, ${check.acknowledged} acknowledged saves, ${check.lost} lost, ${stats.serverErrors} 503s, ${stats.internalErrors} 500s`,
    );
    expect(terminated).toBeGreaterThan(0);
    expect(stats.internalErrors).toBe(0);
    expect(check).toMatchObject({ lost: 0, duplicated: 0, historyMismatches: 0 });
  }, 120_000);
});
