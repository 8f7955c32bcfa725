import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrations } from '../../../migrations/index.ts';

/** Migrations run without the CamelCasePlugin: they are written in SQL's snake_case. */
function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db: db.withoutPlugins(), provider: { getMigrations: () => Promise.resolve(migrations) } });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const error = result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
    error.message = `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error.message}`;
    throw error;
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; throws (so callers exit non-zero) when one fails. Returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

/** Reverts every migration (used by tests that check each `down`). */
export async function migrateDownToZero(db: Kysely<Database>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely/migration');
  return check(await migrator(db).migrateTo(NO_MIGRATIONS));
}

/** Applies (or reverts) migrations up to and including `name` (used by tests of a migration's effect on older data). */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<string[]> {
  return check(await migrator(db).migrateTo(name));
}
