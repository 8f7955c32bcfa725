import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { UN_COUNTRIES } from '../../../../fixtures/un-countries.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createUser, signIn, testCountryNames } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { syncCountries } from './countries-sync.ts';

const UN_KOREA = UN_COUNTRIES.find((c) => c.iso3 === 'KOR')!.names;

describe(syncCountries.name, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const names = async (iso3: string) => (await handle.db.selectFrom('countries').select('names').where('iso3', '=', iso3).executeTakeFirstOrThrow()).names;
  const count = async () => (await handle.db.selectFrom('countries').select('iso3').execute()).length;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('gives an empty database, without the demo, the 194 states GCI 2024 assessed, in UN terms', async () => {
    expect(await count()).toBe(0);
    const report = await syncCountries(handle.db);
    expect(report.inserted).toHaveLength(194);
    expect(report).toMatchObject({ refreshed: [], skipped: [] });
    expect(await count()).toBe(194);
    expect(await names('KOR')).toEqual(UN_KOREA);
    const regions = await handle.db.selectFrom('countries').select(['iso3', 'region']).where('iso3', 'in', ['PSE', 'VAT', 'PLW']).orderBy('iso3').execute();
    expect(regions).toEqual([
      { iso3: 'PSE', region: 'arab_states' },
      { iso3: 'VAT', region: 'europe' },
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await dbDigest(handle.db);
    expect(await syncCountries(handle.db)).toEqual({ inserted: [], refreshed: [], skipped: [] });
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it('never overwrites an administrator’s edit, and corrects only rows nobody edited', async () => {
    const admin = await signIn(app, await createUser(handle.db, 'admin'));
    const edited = { ...UN_KOREA, en: 'Korea (Republic of)' };
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/countries/KOR',
      headers: admin.headers,
      payload: { version: 1, names: edited, region: 'europe' },
    });
    expect(res.statusCode, res.body).toBe(200);
    // a name left over from an older list, on a row nobody edited on the platform
    await handle.db
      .updateTable('countries')
      .set({ names: JSON.stringify(testCountryNames('VNM')) })
      .where('iso3', '=', 'VNM')
      .execute();

    const report = await syncCountries(handle.db);
    expect(report).toEqual({ inserted: [], refreshed: ['VNM'], skipped: [] });
    expect(await handle.db.selectFrom('countries').select(['names', 'region', 'version']).where('iso3', '=', 'KOR').executeTakeFirstOrThrow()).toEqual({
      names: edited,
      region: 'europe',
      version: 2,
    });
    expect((await names('VNM')).en).toBe('Viet Nam');
  });

  it('keeps countries an administrator added, and skips a listed one whose codes another country holds', async () => {
    const other = await createTestDb();
    try {
      await other.db
        .insertInto('countries')
        .values({ iso3: 'ZZP', iso2: 'PS', numeric: '999', region: 'europe', names: JSON.stringify(testCountryNames('ZZP')) })
        .execute();
      const report = await syncCountries(other.db);
      expect(report.inserted).toHaveLength(193);
      expect(report.skipped).toEqual(['PSE']);
      expect((await other.db.selectFrom('countries').select('iso3').execute()).length).toBe(194);
      expect(await syncCountries(other.db)).toEqual({ inserted: [], refreshed: [], skipped: ['PSE'] });
    } finally {
      await other.close();
    }
  });
});
