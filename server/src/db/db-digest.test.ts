import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '../../test/test-db.ts';
import { dbDigest } from '../../test/db-digest.ts';
import { createCountry } from '../../test/factories.ts';
import type { DatabaseHandle } from './database.ts';

// Many tests prove that a refused request "changed nothing" by comparing digests: a digest blind to
// some change would make every one of them pass vacuously.
describe('the database digest the tests compare', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
  });
  afterAll(() => handle.close());

  const region = (iso3: string, to: string) => sql`update countries set region = ${to} where iso3 = ${iso3}`.execute(handle.db);

  it('covers every table, and is the same when nothing changed, even after an update that rewrites a row as it was', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(handle.db);
    const before = await dbDigest(handle.db);
    expect(Object.keys(before)).toHaveLength(rows[0]!.n);
    expect(Object.keys(before)).toContain('countries');
    await sql`update countries set region = region`.execute(handle.db);
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it('changes with a row added, a value changed, two values swapped between rows, and changes back when they are undone', async () => {
    const start = await dbDigest(handle.db);
    const changed = async () => {
      const now = await dbDigest(handle.db);
      return Object.keys(now).filter((t) => now[t] !== start[t]);
    };

    await createCountry(handle.db, 'BRA');
    expect(await changed()).toEqual(['countries']);
    await handle.db.deleteFrom('countries').where('iso3', '=', 'BRA').execute();
    expect(await changed()).toEqual([]);

    await region('KEN', 'europe');
    expect(await changed()).toEqual(['countries']);
    // KEN and FRA now both say europe; FRA to africa swaps the two regions
    await region('FRA', 'africa');
    expect(await changed()).toEqual(['countries']);
    await region('KEN', 'africa');
    await region('FRA', 'europe');
    expect(await changed()).toEqual([]);
  });
});
