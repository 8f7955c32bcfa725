import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { createCountry } from '../../test/factories.ts';
import type { DatabaseHandle } from './database.ts';
import { executeTogether } from './one-statement.ts';

describe(executeTogether.name, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
    await createCountry(handle.db, 'KEN');
  });
  afterAll(() => handle?.close());

  const user = (email: string, role: 'analyst' | 'focal_point' = 'analyst') => ({
    email,
    name: email,
    role,
    passwordHash: 'x',
    countryIso3: role === 'focal_point' ? 'KEN' : null,
  });

  it('applies several writes in one statement', async () => {
    await handle.db
      .transaction()
      .execute((trx) =>
        executeTogether(trx, [
          trx.insertInto('users').values(user('one@example.org')),
          trx.insertInto('users').values(user('two@example.org')),
          trx.updateTable('countries').set({ region: 'europe' }).where('iso3', '=', 'KEN'),
        ]),
      );
    expect(await handle.db.selectFrom('users').select('email').where('email', 'in', ['one@example.org', 'two@example.org']).orderBy('email').execute()).toEqual(
      [{ email: 'one@example.org' }, { email: 'two@example.org' }],
    );
    expect((await handle.db.selectFrom('countries').select('region').executeTakeFirstOrThrow()).region).toBe('europe');
  });

  it('applies none of them when one fails', async () => {
    await expect(
      handle.db.transaction().execute((trx) =>
        // a focal point without a country breaks a constraint
        executeTogether(trx, [
          trx.insertInto('users').values(user('three@example.org')),
          trx.insertInto('users').values({ ...user('four@example.org', 'focal_point'), countryIso3: null }),
        ]),
      ),
    ).rejects.toThrow(/users_country_scope/);
    expect(await handle.db.selectFrom('users').select('email').where('email', 'in', ['three@example.org', 'four@example.org']).execute()).toEqual([]);
  });
});
