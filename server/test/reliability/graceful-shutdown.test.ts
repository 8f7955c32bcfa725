import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createStormWorld, signInAll, type StormSession, type StormWorld } from './autosave-storm.ts';
import { findPgBin, type PgCluster } from './pg-cluster.ts';
import { openMigratedCluster } from './migrated-cluster.ts';
import { ServerProcess } from './server-process.ts';

const SAVES = 12;
const HOLD_MS = 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Saves in the server's hands waiting for a row lock: each has a pooled connection, a transaction and a statement waiting. */
async function waitingOnLocks(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where application_name = 'gci-api' and wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

/**
 * A deploy or a scale-down sends SIGTERM: saves already in the server's hands must still commit
 * and be answered, new requests are turned away, and the process exits by itself.
 */
describe.skipIf(!findPgBin())('graceful shutdown (PostgreSQL cluster of its own)', () => {
  let cluster: PgCluster;
  let handle: DatabaseHandle;
  let world: StormWorld;
  let server: ServerProcess;
  let sessions: StormSession[];

  beforeAll(async () => {
    ({ cluster, handle } = await openMigratedCluster('gci-shutdown-test'));
    // one focal point per country, so no two saves touch the same answer and each should succeed
    world = await createStormWorld(handle.db, { countries: SAVES, perCountry: 1 });
    server = await ServerProcess.start({ DATABASE_URL: cluster.url, DB_POOL_MAX: '20' });
    sessions = await signInAll(() => server.url, world);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await handle?.close();
    cluster?.destroy();
  });

  it('answers every save in flight at SIGTERM, refuses new requests meanwhile, and exits 0', async () => {
    // hold every assessment's row lock, so that the saves are provably inside the server when the signal comes
    const [locker, watcher] = [new pg.Client({ connectionString: cluster.url }), new pg.Client({ connectionString: cluster.url })];
    await Promise.all([locker.connect(), watcher.connect()]);
    try {
      await locker.query('begin');
      await locker.query('select id from assessments for update');
      const question = world.questions[0]!.key;
      const saves = world.clients.map((client, i) =>
        fetch(`${server.url}/api/assessments/${client.assessmentId}/answers/${question}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: sessions[i]!.cookie, 'x-csrf-token': sessions[i]!.csrf, 'idempotency-key': `shutdown-${i}` },
          body: JSON.stringify({ value: 'in_place', baseVersion: 0 }),
        }).then(async (res) => ({ status: res.status, body: await res.text() })),
      );
      // (outside the locking transaction: pg_stat_activity is a snapshot taken once per transaction)
      const deadline = Date.now() + 5_000;
      while ((await waitingOnLocks(watcher)) < SAVES && Date.now() < deadline) await sleep(50);
      expect(await waitingOnLocks(watcher)).toBe(SAVES);

      const exit = server.terminate();
      await sleep(HOLD_MS);
      expect(server.alive, 'the server waits for the saves in flight').toBe(true);
      const late = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
        (res) => String(res.status),
        () => 'refused',
      );
      expect(['refused', '503']).toContain(late);

      await locker.query('commit');
      const answered = await Promise.all(saves);
      expect(
        answered.map((a) => a.status),
        JSON.stringify(answered.find((a) => a.status !== 200)),
      ).toEqual(world.clients.map(() => 200));
      const { code, ms } = await exit;
      console.log(
        `graceful shutdown: ${SAVES} saves in flight at SIGTERM, ${answered.length} answered 200, a new request got ${late}, exit ${code} ${ms.toFixed(0)} ms after the signal (the saves were held back for ${HOLD_MS} ms of it)`,
      );
      expect(code, server.output.join('').slice(-2000)).toBe(0);
      expect(ms).toBeLessThan(10_000);
    } finally {
      await Promise.all([locker.end(), watcher.end()]);
    }
    const stored = await handle.db
      .selectFrom('answers')
      .select(['assessmentId', 'version', 'value'])
      .where('questionKey', '=', world.questions[0]!.key)
      .execute();
    expect(stored).toHaveLength(SAVES);
    expect(stored.every((row) => row.version === 1 && row.value === 'in_place')).toBe(true);
    const history = await handle.db
      .selectFrom('answerHistory')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(history.n)).toBe(SAVES);
  });
});
