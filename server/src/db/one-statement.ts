import { sql, type Compilable, type Transaction } from 'kysely';
import type { Database } from './tables.ts';

/**
 * Runs several independent writes as one statement (`with q0 as (…), q1 as (…) select 1`): one
 * round trip instead of one each, on the hot path. They see the same snapshot and must not
 * touch the same rows; like any statement, they all apply or none does.
 */
export async function executeTogether(trx: Transaction<Database>, queries: readonly Compilable[]): Promise<void> {
  if (queries.length === 0) return;
  const parts = queries.map((query, i) => sql`${sql.id(`q${i}`)} as (${query})`);
  await sql`with ${sql.join(parts)} select 1`.execute(trx);
}
