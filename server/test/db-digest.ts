import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';

/**
 * A fingerprint of every table: row count and an MD5 of all rows as text, per table. Comparing the
 * digest before and after a refused request proves it changed nothing, whichever table it might have touched.
 */
export async function dbDigest(db: Db): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number; hash: string | null }>`
      select count(*)::int as n, md5(string_agg(t::text, E'\n' order by t::text)) as hash from ${sql.table(name)} t`.execute(db);
    digest[name] = `${rows[0]!.n}:${rows[0]!.hash ?? ''}`;
  }
  return digest;
}
