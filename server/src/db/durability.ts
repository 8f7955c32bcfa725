import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** Refusal to start on a database that may forget what it reported committed. */
export class DurabilityError extends Error {
  override name = 'DurabilityError';
}

/**
 * A save is acknowledged only after its COMMIT, and a COMMIT promises nothing when PostgreSQL runs
 * with `fsync` or `synchronous_commit` off: a crash then loses transactions already reported
 * committed. (PGlite keeps fsync off by design and is not checked: it is the single-machine demo.)
 */
export async function durabilityProblems(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings where name in ('fsync', 'synchronous_commit') order by name`.execute(db);
  return rows.filter((row) => row.setting === 'off').map((row) => `${row.name} is off, so a crash can lose saves already acknowledged`);
}

export async function assertDurable(db: Kysely<Database>): Promise<void> {
  const problems = await durabilityProblems(db);
  if (problems.length > 0) {
    throw new DurabilityError(`Refusing to start: ${problems.join('; ')}. Turn it on in postgresql.conf (or ALTER SYSTEM / ALTER DATABASE … SET …).`);
  }
}
