import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/database.ts';
import { seedDemo } from '../src/modules/seed/seed.service.ts';
import { adminUrl, databaseUrl } from './pg-urls.ts';

const DB_OPTIONS = { poolMax: 5, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 };

export const testDbKind = (): 'pglite' | 'postgres' => (process.env.GCI_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/**
 * A fresh, migrated database for one test file, on the engine the project runs on
 * (PGlite in memory, or a new PostgreSQL database copied from the migrated template).
 * `close()` disposes of it.
 */
export async function createTestDb(): Promise<DatabaseHandle> {
  if (testDbKind() === 'postgres') {
    const name = `gci_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    return createPostgresDb(name, `template ${inject('postgresTemplate')}`);
  }
  const dump = fs.readFileSync(inject('pgliteDumpPath'));
  return openPglite({ loadDataDir: new Blob([new Uint8Array(dump)]) });
}

/**
 * A fresh copy of a migrated database holding the demo data (seedDemo: 194 countries, two published
 * cycles), for tests that read the demo as it is. The first file to ask seeds a copy once for the run,
 * under a lock (a directory beside the migrated dump, or a PostgreSQL advisory lock); every other file
 * then starts from a copy of it, instead of seeding again (seconds each, minutes on a busy machine).
 */
export async function createDemoTestDb(): Promise<DatabaseHandle> {
  if (testDbKind() === 'postgres') {
    const template = await demoTemplate();
    return createPostgresDb(`gci_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`, `template ${template}`);
  }
  const dump = await demoDump();
  return openPglite({ loadDataDir: new Blob([new Uint8Array(fs.readFileSync(dump))]) });
}

/** The PostgreSQL template holding the demo (`<migrated template>_demo`, dropped by the global setup's teardown). */
async function demoTemplate(): Promise<string> {
  const migrated = inject('postgresTemplate');
  const template = `${migrated}_demo`;
  const url = process.env.TEST_DATABASE_URL!;
  const admin = openPostgres(adminUrl(url), { ...DB_OPTIONS, poolMax: 1, statementTimeoutMs: 600_000 }, 'gci-test-admin');
  try {
    // one connection holds the lock while it checks and, if need be, builds: the others wait on it
    await admin.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtext(${template}))`.execute(conn);
      try {
        const exists = await sql<{ n: number }>`select count(*)::int as n from pg_database where datname = ${template}`.execute(conn);
        if (exists.rows[0]!.n > 0) return;
        await sql.raw(`create database ${template}_building template ${migrated}`).execute(conn);
        const building = openPostgres(databaseUrl(url, `${template}_building`), { ...DB_OPTIONS, statementTimeoutMs: 600_000 }, 'gci-test-setup');
        try {
          await seedDemo(building.db);
        } finally {
          await building.close();
        }
        // renamed once complete, so a template that exists is a whole one
        await sql.raw(`alter database ${template}_building rename to ${template}`).execute(conn);
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${template}))`.execute(conn);
      }
    });
  } finally {
    await admin.close();
  }
  return template;
}

/** The PGlite dump holding the demo, beside the migrated one (removed with it by the global setup's teardown). */
async function demoDump(): Promise<string> {
  const dir = path.dirname(inject('pgliteDumpPath'));
  const dump = path.join(dir, 'demo.tar');
  const lock = path.join(dir, 'demo.lock');
  for (;;) {
    if (fs.existsSync(dump)) return dump;
    try {
      fs.mkdirSync(lock);
    } catch {
      // another file is seeding it: wait for the dump to appear
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    const handle = await openPglite({ loadDataDir: new Blob([new Uint8Array(fs.readFileSync(inject('pgliteDumpPath')))]) });
    try {
      await seedDemo(handle.db);
      const data = await handle.pglite!.dumpDataDir('none');
      // written whole, then renamed: a dump that exists is a complete one
      fs.writeFileSync(`${dump}.partial`, new Uint8Array(await data.arrayBuffer()));
      fs.renameSync(`${dump}.partial`, dump);
    } finally {
      await handle.close();
    }
  }
}

/** An empty database with no migrations applied (for migration tests). */
export async function createBlankTestDb(): Promise<DatabaseHandle> {
  if (testDbKind() === 'postgres') return createPostgresDb(`gci_blank_${randomUUID().replaceAll('-', '').slice(0, 16)}`, '');
  return openPglite();
}

async function createPostgresDb(name: string, template: string): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL!;
  const admin = openPostgres(adminUrl(url), { ...DB_OPTIONS, poolMax: 1 }, 'gci-test-admin');
  try {
    await sql.raw(`create database ${name} ${template}`).execute(admin.db);
  } finally {
    await admin.close();
  }
  const handle = openPostgres(databaseUrl(url, name), DB_OPTIONS, 'gci-test');
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = openPostgres(adminUrl(url), { ...DB_OPTIONS, poolMax: 1 }, 'gci-test-admin');
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      await cleanup.close();
    },
  };
}
