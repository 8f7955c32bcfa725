import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/database.ts';
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
