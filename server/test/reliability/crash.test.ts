import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { verifyAuditChain } from '../../src/modules/audit/audit.ts';
import { checkStorm, createStormWorld, emptyStormStats, percentile, runStorm, until, type Ack, type StormWorld } from './autosave-storm.ts';
import { findPgBin, PgCluster } from './pg-cluster.ts';
import { ServerProcess } from './server-process.ts';

const DB = { poolMax: 4, statementTimeoutMs: 10_000, connectTimeoutMs: 5_000 };
/** acknowledged saves to see before the failure and again after it */
const ACKS_EACH_SIDE = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every country's audit chain is whole, and it holds one 'answer.saved' row per save in the history. */
async function expectAuditMatchesHistory(handle: DatabaseHandle) {
  expect((await verifyAuditChain(handle.db)).brokenAt).toBeNull();
  const saved = await handle.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', 'answer.saved')
    .executeTakeFirstOrThrow();
  const history = await handle.db
    .selectFrom('answerHistory')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(saved.n)).toBe(Number(history.n));
}

/**
 * 200 focal points autosave while the server, then PostgreSQL itself, is killed mid-run. Every
 * acknowledged save must survive with its value and version, and none may be applied twice.
 */
describe.skipIf(!findPgBin())('autosave under crashes (PostgreSQL cluster of its own)', () => {
  let cluster: PgCluster;
  let handle: DatabaseHandle;
  let world: StormWorld;
  // the checker compares the whole history with every acknowledgement of every run
  const allAcks: Ack[] = [];

  beforeAll(async () => {
    cluster = await PgCluster.create();
    handle = openPostgres(cluster.url, DB, 'gci-crash-test');
    await migrateToLatest(handle.db);
    world = await createStormWorld(handle.db, { countries: 20, perCountry: 10 });
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    cluster?.destroy();
  });

  it('loses no acknowledged save when the server is killed with SIGKILL mid-run', async () => {
    const server = await ServerProcess.start({ DATABASE_URL: cluster.url, DB_POOL_MAX: '20' });
    let stop = false;
    const progress = emptyStormStats();
    const storm = runStorm(
      () => server.url,
      world,
      () => stop,
      { seed: 7, stats: progress },
    );
    // killed once saves are flowing, and stopped once saves flow again: counted, not timed, so a slow machine runs longer
    await until(() => progress.acks.length >= ACKS_EACH_SIDE, `${ACKS_EACH_SIDE} saves before the kill`);
    await server.kill9();
    const killedAt = Date.now();
    await sleep(500);
    await server.start();
    const downMs = Date.now() - killedAt;
    const beforeKill = progress.acks.length;
    await until(() => progress.acks.length >= beforeKill + ACKS_EACH_SIDE, `${ACKS_EACH_SIDE} saves after the restart`);
    stop = true;
    const stats = await storm;
    await server.stop();
    allAcks.push(...stats.acks);
    const check = await checkStorm(handle.db, allAcks);
    console.log(
      `server kill -9: ${check.acknowledged} acknowledged saves, ${check.lost} lost, ${check.duplicated} duplicated, ${stats.conflicts} conflicts (409), ${stats.retries} retries, ${stats.serverErrors} 5xx, down ${downMs} ms, p50 ${percentile(stats.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(stats.latenciesMs, 99).toFixed(1)} ms`,
    );
    expect(stats.acks.length).toBeGreaterThanOrEqual(2 * ACKS_EACH_SIDE);
    expect(check).toMatchObject({ lost: 0, duplicated: 0, historyMismatches: 0 });
    await expectAuditMatchesHistory(handle);
  }, 120_000);

  it('loses no acknowledged save when PostgreSQL crashes mid-run, and the server stays up answering 503', async () => {
    const server = await ServerProcess.start({ DATABASE_URL: cluster.url, DB_POOL_MAX: '20' });
    let stop = false;
    const progress = emptyStormStats();
    const storm = runStorm(
      () => server.url,
      world,
      () => stop,
      { seed: 11, stats: progress },
    );
    await until(() => progress.acks.length >= ACKS_EACH_SIDE, `${ACKS_EACH_SIDE} saves before the crash`);
    await handle.close();
    cluster.crash();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBeTruthy();
    await sleep(1_500);
    cluster.start();
    handle = openPostgres(cluster.url, DB, 'gci-crash-test');
    // the server recovers by itself
    let healthy = false;
    for (let i = 0; i < 300 && !healthy; i++) {
      healthy = (await fetch(`${server.url}/api/health`)).status === 200;
      if (!healthy) await sleep(200);
    }
    expect(healthy).toBe(true);
    const beforeRecovery = progress.acks.length;
    await until(() => progress.acks.length >= beforeRecovery + ACKS_EACH_SIDE, `${ACKS_EACH_SIDE} saves after the recovery`);
    stop = true;
    const stats = await storm;
    expect(server.alive).toBe(true);
    expect(server.exits).toBe(0);
    await server.stop();
    allAcks.push(...stats.acks);
    expect(stats.acks.length).toBeGreaterThanOrEqual(2 * ACKS_EACH_SIDE);
    const check = await checkStorm(handle.db, allAcks);
    console.log(
      `PostgreSQL crash: ${stats.acks.length} acknowledged saves in this run (${check.acknowledged} in all), ${check.lost} lost, ${check.duplicated} duplicated, ${stats.serverErrors} 5xx during the outage, ${stats.retries} retries`,
    );
    expect(check).toMatchObject({ lost: 0, duplicated: 0, historyMismatches: 0 });
    await expectAuditMatchesHistory(handle);
  }, 120_000);
});
