import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createStormWorld, signInAll, type StormSession, type StormWorld } from './autosave-storm.ts';
import { findPgBin, type PgCluster } from './pg-cluster.ts';
import { openMigratedCluster } from './migrated-cluster.ts';
import { ServerProcess } from './server-process.ts';
import { TcpProxy } from './tcp-proxy.ts';

const STATEMENT_TIMEOUT_MS = 2_000; // the server's query timeout is this + 1 s, its idle-in-transaction timeout twice this
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The network to the database stops carrying packets (a switch, a firewall, a failover in
 * progress): nothing is refused, replies just never come. Without timeouts every request would
 * hang for ever and a transaction caught in the middle would keep its locks, blocking other
 * editors of that country until TCP gives up hours later.
 */
describe.skipIf(!findPgBin())('network black hole between the server and PostgreSQL', () => {
  let cluster: PgCluster;
  let proxy: TcpProxy;
  let handle: DatabaseHandle;
  let world: StormWorld;
  let server: ServerProcess;
  let sessions: StormSession[];

  beforeAll(async () => {
    ({ cluster, handle } = await openMigratedCluster('gci-blackhole-test'));
    world = await createStormWorld(handle.db, { countries: 4, perCountry: 1 });
    proxy = await TcpProxy.start(cluster.port);
    server = await ServerProcess.start({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/postgres`,
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DB_CONNECT_TIMEOUT_MS: '2000',
    });
    sessions = await signInAll(() => server.url, world);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await handle?.close();
    cluster?.destroy();
  });

  const save = (i: number, question: string, key: string, baseVersion = 0) => {
    const started = performance.now();
    return fetch(`${server.url}/api/assessments/${world.clients[i]!.assessmentId}/answers/${question}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: sessions[i]!.cookie, 'x-csrf-token': sessions[i]!.csrf, 'idempotency-key': `blackhole-${key}` },
      body: JSON.stringify({ value: 'in_place', baseVersion }),
    }).then(async (res) => ({
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { code?: string; answer?: { version: number } },
      ms: performance.now() - started,
    }));
  };

  it('fails requests fast with 503, frees the locks of a transaction cut in the middle, and recovers by itself', async () => {
    const [first, second] = [world.questions[0]!.key, world.questions[1]!.key];
    expect((await save(0, first, 'before')).status).toBe(200);

    // A save of country 1 waits on a row lock held by `locker`; the network goes while it waits.
    const [locker, watcher] = [new pg.Client({ connectionString: cluster.url }), new pg.Client({ connectionString: cluster.url })];
    await Promise.all([locker.connect(), watcher.connect()]);
    try {
      await locker.query('begin');
      await locker.query('select id from assessments where id = $1 for update', [world.clients[1]!.assessmentId]);
      const caught = save(1, first, 'caught');
      const deadline = Date.now() + 5_000;
      const waiting = async () =>
        (await watcher.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where application_name = 'gci-api' and wait_event_type = 'Lock'`))
          .rows[0]!.n;
      while ((await waiting()) < 1 && Date.now() < deadline) await sleep(50);
      expect(await waiting()).toBe(1);

      proxy.set('blackhole');
      await locker.query('commit'); // the caught save now takes the lock inside PostgreSQL, and its reply goes nowhere
      const blackholed = performance.now();

      // Another editor of the same country needs that lock: the database must free it on its own.
      await watcher.query('begin');
      await watcher.query(`set local lock_timeout = '20s'`); // without the server's timeouts the lock stays for hours: fail, do not hang
      await watcher.query('select id from assessments where id = $1 for update', [world.clients[1]!.assessmentId]);
      const lockFreedMs = performance.now() - blackholed;
      await watcher.query('rollback');

      const during = await Promise.all([caught, save(2, first, 'during'), save(3, first, 'during')]);
      const health = await fetch(`${server.url}/api/health`).then((res) => res.status);
      console.log(
        `network black hole: the cut transaction's lock was freed after ${lockFreedMs.toFixed(0)} ms; saves answered ${during.map((d) => `${d.status} in ${d.ms.toFixed(0)} ms`).join(', ')}; /api/health ${health}`,
      );
      expect(lockFreedMs, 'idle_in_transaction_session_timeout ends the cut transaction').toBeLessThan(STATEMENT_TIMEOUT_MS * 2 + 3_000);
      for (const d of during) {
        expect(d.status, JSON.stringify(d.body)).toBe(503);
        expect(d.body.code).toBe('service_unavailable');
        expect(Number(d.retryAfter)).toBeGreaterThan(0);
        // within the query timeout (statement timeout + 1 s), not never, and not a second timeout later for the rollback
        expect(d.ms, 'a request fails within the query timeout').toBeLessThan(STATEMENT_TIMEOUT_MS + 1_000 + 1_500);
      }
      expect(health).toBe(503);
      expect(server.alive).toBe(true);
    } finally {
      await Promise.all([locker.end(), watcher.end()]);
    }

    // The network heals: the server serves again without a restart, and the 503'd save can be retried.
    proxy.set('pass');
    const healed = performance.now();
    let recovered = await save(2, second, 'after');
    while (recovered.status !== 200 && performance.now() - healed < 20_000) {
      await sleep(250);
      recovered = await save(2, second, 'after');
    }
    const recoveryMs = performance.now() - healed;
    expect(recovered.status, JSON.stringify(recovered.body)).toBe(200);
    const retried = await save(1, first, 'caught');
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body.answer?.version).toBe(1);
    console.log(
      `network black hole: serving again ${recoveryMs.toFixed(0)} ms after the network healed; the cut save retried with its key → ${retried.status}, version ${retried.body.answer?.version}`,
    );

    const stored = await handle.db.selectFrom('answers').select(['assessmentId', 'version']).where('questionKey', '=', first).orderBy('assessmentId').execute();
    expect(stored.find((row) => row.assessmentId === world.clients[1]!.assessmentId)?.version, 'the cut transaction left nothing; the retry applied once').toBe(
      1,
    );
    expect(server.exits).toBe(0);
  }, 120_000);
});
