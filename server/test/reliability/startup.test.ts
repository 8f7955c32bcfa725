import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { findPgBin, PgCluster } from './pg-cluster.ts';
import { ServerProcess } from './server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starting the real server against PostgreSQL: a database that is late, and one that would not keep its commits. */
describe.skipIf(!findPgBin())('server start-up (PostgreSQL cluster of its own)', () => {
  let cluster: PgCluster;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    cluster = await PgCluster.create();
    const handle = openPostgres(cluster.url, { poolMax: 1, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 }, 'gci-late-test');
    await migrateToLatest(handle.db);
    await handle.close();
    cluster.crash();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  // After a reboot or in a compose file the server can start before PostgreSQL accepts connections.
  // It must wait and come up by itself, not exit into a restart loop.
  it('waits for the database, says so, and serves once it is up', async () => {
    server = await ServerProcess.create({ DATABASE_URL: cluster.url });
    const started = server.start();
    started.catch(() => undefined); // awaited below; a start that fails before then is reported by the assertions
    const output = () => server!.output.join('');
    const deadline = Date.now() + 20_000;
    while ((output().match(/Waiting for the database/g) ?? []).length < 2 && Date.now() < deadline) await sleep(100);
    expect(output(), 'the server logs that it waits, and tries more than once').toMatch(
      /Waiting for the database \(ECONNREFUSED\)[\s\S]*Waiting for the database/,
    );

    const downFor = performance.now();
    cluster.start();
    await started;
    console.log(
      `late database: the server waited (${(output().match(/Waiting for the database/g) ?? []).length} tries), answered /api/health 200 ${(performance.now() - downFor).toFixed(0)} ms after PostgreSQL started`,
    );
    expect(output()).toContain('The database answers now; starting.');
    expect(server.alive).toBe(true);
    const health = await fetch(`${server.url}/api/health`).then((res) => res.json() as Promise<{ database: { ok: boolean } }>);
    expect(health.database.ok).toBe(true);

    // an empty database, without the demo, holds the participating states once the server is up
    expect(output()).toContain('Countries: 194 added, 0 corrected from the UN list.');
    const check = openPostgres(cluster.url, { poolMax: 1, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 }, 'gci-startup-check');
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from countries`.execute(check.db);
      expect(rows[0]!.n).toBe(194);
    } finally {
      await check.close();
    }
  });

  it('refuses to start, saying why, when PostgreSQL runs with synchronous_commit off', async () => {
    await server?.stop();
    const admin = openPostgres(cluster.url, { poolMax: 1, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 }, 'gci-startup-admin');
    try {
      await sql`alter system set synchronous_commit = off`.execute(admin.db);
      await sql`select pg_reload_conf()`.execute(admin.db);
      const refused = await ServerProcess.start({ DATABASE_URL: cluster.url }).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(refused).toMatch(/server exited: Refusing to start: synchronous_commit is off, so a crash can lose saves already acknowledged/);
    } finally {
      await sql`alter system reset synchronous_commit`.execute(admin.db);
      await sql`select pg_reload_conf()`.execute(admin.db);
      await admin.close();
    }
  });
});
