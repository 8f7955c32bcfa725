import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';

/**
 * A fingerprint of every table: its row count and a sum of 64-bit hashes of its rows as text.
 * Comparing the digest before and after a refused request proves it changed nothing, whichever
 * table it might have touched. A sum needs no sort (the order of rows does not matter to it), and
 * every table is read in one statement: the fuzz test takes a digest after each of its requests.
 */
export async function dbDigest(db: Db): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const perTable = tables.map(
    ({ name }) =>
      sql`select ${name}::text as name, count(*)::int as n, coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text as hash from ${sql.table(name)} t`,
  );
  const { rows } = await sql<{ name: string; n: number; hash: string }>`${sql.join(perTable, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.hash}`]));
}
