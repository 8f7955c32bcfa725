import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { DatabaseHandle } from './database.ts';
import { prepareRepeatedQueries } from './prepared-statements.ts';

/** What the connection has prepared, as PostgreSQL sees it. */
const prepared = async (client: pg.PoolClient) =>
  (await client.query<{ statement: string }>('select statement from pg_prepared_statements order by statement')).rows.map((r) => r.statement);

describe.runIf(testDbKind() === 'postgres')('queries prepared once per connection', () => {
  let handle: DatabaseHandle;
  let pool: pg.Pool;

  beforeAll(async () => {
    handle = await createTestDb();
    pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
  });
  afterAll(async () => {
    await pool?.end();
    await handle?.close();
  });

  it('prepares a parameterised query on first use and reuses it, leaves queries without parameters alone, and stops at the limit', async () => {
    const client = await pool.connect();
    try {
      prepareRepeatedQueries(client, 2);
      for (let i = 0; i < 3; i++) expect((await client.query('select $1::int + 1 as n', [i])).rows).toEqual([{ n: i + 1 }]);
      await client.query('select 42');
      expect(await prepared(client)).toEqual(['select $1::int + 1 as n']);
      await client.query('select $1::text as t', ['a']);
      await client.query('select $1::text || $2 as t', ['a', 'b']); // a third text: over the limit of 2, sent unnamed
      expect(await prepared(client)).toEqual(['select $1::int + 1 as n', 'select $1::text as t']);
      expect((await client.query('select $1::text || $2 as t', ['c', 'd'])).rows).toEqual([{ t: 'cd' }]);
    } finally {
      client.release(true);
    }
  });

  it('is what the application connections do: a save-shaped query is prepared on the connection that ran it', async () => {
    const rows = await handle.appDb.connection().execute(async (connection) => {
      await sql`select ${1}::int as one`.execute(connection);
      return (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(connection)).rows;
    });
    expect(rows.map((r) => r.statement)).toContain('select $1::int as one');
  });
});
