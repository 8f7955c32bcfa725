import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, testCountryNames, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { runWithRowScope } from '../../db/row-scope.ts';

const TANZANIA = {
  iso3: 'TZA',
  iso2: 'TZ',
  numeric: '834',
  region: 'africa',
  names: {
    en: 'United Republic of Tanzania',
    fr: 'République-Unie de Tanzanie',
    es: 'República Unida de Tanzanía',
    ar: 'جمهورية تنزانيا المتحدة',
    zh: '坦桑尼亚联合共和国',
    ru: 'Объединенная Республика Танзания',
  },
};

describe('countries as data', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: Session;
  let adminId: string;
  let analyst: Session;
  let focal: Session;
  let cycles: { year: number }[];

  const get = (url: string, session: Session | null = admin) => app.inject({ method: 'GET', url, headers: session?.headers ?? {} });
  const patch = (iso3: string, payload: object, session: Session = admin) =>
    app.inject({ method: 'PATCH', url: `/api/countries/${iso3}`, headers: session.headers, payload });
  const post = (payload: object, session: Session = admin) => app.inject({ method: 'POST', url: '/api/countries', headers: session.headers, payload });
  const row = (iso3: string) => handle.db.selectFrom('countries').selectAll().where('iso3', '=', iso3).executeTakeFirstOrThrow();
  const auditOf = (iso3: string) =>
    handle.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'country').where('entityId', '=', iso3).orderBy('id').execute();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    for (const iso3 of ['KEN', 'FRA', 'EGY'] as const) await createCountry(handle.db, iso3);
    const { id: methodologyVersionId } = await createPublishedMethodology(handle.db);
    cycles = [
      await createCycle(handle.db, { methodologyVersionId, countries: ['KEN'] }),
      await createCycle(handle.db, { methodologyVersionId, countries: ['KEN', 'FRA'] }),
    ];
    const adminUser = await createUser(handle.db, 'admin');
    adminId = adminUser.id;
    admin = await signIn(app, adminUser);
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));
    focal = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  describe('reading', () => {
    it('lists every country with its six names and the cycles it has an assessment in', async () => {
      const res = await get('/api/countries');
      expect(res.statusCode, res.body).toBe(200);
      const { countries } = res.json<{ countries: { iso3: string; names: object; version: number; cycles: { year: number }[] }[] }>();
      expect(countries.map((c) => c.iso3)).toEqual(['EGY', 'FRA', 'KEN']);
      const byIso3 = Object.fromEntries(countries.map((c) => [c.iso3, c]));
      expect(byIso3.KEN).toMatchObject({ region: 'africa', names: testCountryNames('KEN'), version: 1, updatedAt: null });
      expect(byIso3.KEN!.cycles.map((c) => c.year)).toEqual(cycles.map((c) => c.year));
      expect(byIso3.FRA!.cycles.map((c) => c.year)).toEqual([cycles[1]!.year]);
      expect(byIso3.EGY!.cycles).toEqual([]);
    });

    it('gives one country, 404 for an unknown code and 400 for a malformed one', async () => {
      const res = await get('/api/countries/FRA');
      expect(res.statusCode).toBe(200);
      expect(res.json().country).toMatchObject({ iso3: 'FRA', iso2: 'FR', numeric: '250', region: 'europe' });
      expect((await get('/api/countries/XYZ')).statusCode).toBe(404);
      const malformed = await get('/api/countries/fr');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ code: 'validation_failed', field: 'params.iso3' });
    });

    it('is for administrators only', async () => {
      expect((await get('/api/countries', analyst)).statusCode).toBe(403);
      expect((await get('/api/countries/KEN', focal)).statusCode).toBe(403);
      expect((await get('/api/countries', null)).statusCode).toBe(401);
    });
  });

  describe('editing', () => {
    it('corrects the names and moves the version on, with an audit entry of before and after', async () => {
      const names = { ...testCountryNames('KEN'), en: 'Kenya', ar: 'كينيا' };
      const res = await patch('KEN', { version: 1, names });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().country).toMatchObject({ iso3: 'KEN', names, region: 'africa', version: 2 });
      expect(res.json().country.updatedAt).toEqual(expect.any(String));
      expect(res.json().country.cycles).toHaveLength(2);
      expect(await row('KEN')).toMatchObject({ names, version: 2, updatedBy: adminId });
      const [entry] = await auditOf('KEN');
      expect(entry).toMatchObject({ action: 'country.updated', actorId: adminId, countryIso3: 'KEN' });
      expect(entry!.before).toMatchObject({ names: testCountryNames('KEN'), version: 1 });
      expect(entry!.after).toMatchObject({ names, version: 2 });
    });

    it('moves a country to another region', async () => {
      const res = await patch('EGY', { version: 1, region: 'africa' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().country).toMatchObject({ region: 'africa', names: testCountryNames('EGY'), version: 2 });
      expect((await auditOf('EGY')).map((e) => e.action)).toEqual(['country.updated']);
    });

    it('refuses an edit made from an older version (409), changing nothing', async () => {
      const before = await dbDigest(handle.db);
      const res = await patch('KEN', { version: 1, region: 'europe' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'version_conflict', field: 'body.version', details: { version: 2 } });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it.each([
      ['a missing language', { names: { ...testCountryNames('FRA'), ar: undefined } }, 'body.names.ar'],
      ['a blank name', { names: { ...testCountryNames('FRA'), zh: '   ' } }, 'body.names.zh'],
      ['a region outside the six ITU regions', { region: 'oceania' }, 'body.region'],
      ['nothing to change', {}, 'body.names'],
      ['no version', { version: undefined, region: 'africa' }, 'body.version'],
    ])('refuses %s with 400 naming the field, changing nothing', async (_name, fields, field) => {
      const before = await dbDigest(handle.db);
      const res = await patch('FRA', { version: 1, ...fields });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('answers 404 for an unknown country', async () => {
      expect((await patch('XYZ', { version: 1, region: 'africa' })).statusCode).toBe(404);
    });

    it('refuses non-administrators (403), changing nothing', async () => {
      const before = await dbDigest(handle.db);
      expect((await patch('FRA', { version: 1, region: 'africa' }, analyst)).statusCode).toBe(403);
      expect((await patch('KEN', { version: 2, region: 'europe' }, focal)).statusCode).toBe(403);
      expect((await post(TANZANIA, analyst)).statusCode).toBe(403);
      expect(await dbDigest(handle.db)).toEqual(before);
    });
  });

  describe('adding', () => {
    it('adds a country, audited, that has taken part in no cycle yet', async () => {
      const res = await post(TANZANIA);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().country).toMatchObject({ ...TANZANIA, version: 1, cycles: [] });
      expect(await row('TZA')).toMatchObject({ updatedBy: adminId });
      expect((await auditOf('TZA')).map((e) => [e.action, e.countryIso3])).toEqual([['country.created', 'TZA']]);
    });

    it.each([
      ['alpha-3', { iso3: 'KEN' }, 'body.iso3'],
      ['alpha-2', { iso3: 'ZZA', iso2: 'KE' }, 'body.iso2'],
      ['numeric', { iso3: 'ZZA', iso2: 'ZA', numeric: '404' }, 'body.numeric'],
    ])('refuses a code (%s) another country has (409 naming it)', async (_name, codes, field) => {
      const res = await post({ ...TANZANIA, ...codes });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict', field, details: { iso3: 'KEN' } });
    });

    it('requires the names in the six languages', async () => {
      const res = await post({ ...TANZANIA, iso3: 'ZZB', iso2: 'ZB', numeric: '998', names: { en: 'Zedland', fr: 'Zédie' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.names.es' });
    });
  });

  describe('the database, behind the service', () => {
    it('lets only an administrator’s transactions write countries, and nobody delete one', async () => {
      const analystRow = await createUser(handle.db, 'analyst');
      const asAnalyst = { kind: 'all', userId: analystRow.id, role: 'analyst' } as const;
      const asAdmin = { kind: 'all', userId: adminId, role: 'admin' } as const;
      const appDb = handle.appDb;
      const changed = await runWithRowScope(asAnalyst, () =>
        appDb.updateTable('countries').set({ region: 'cis' }).where('iso3', '=', 'FRA').returning('iso3').execute(),
      );
      expect(changed).toEqual([]);
      await expect(
        runWithRowScope(asAnalyst, () =>
          appDb
            .insertInto('countries')
            .values({ iso3: 'ZZC', iso2: 'ZC', numeric: '997', region: 'europe', names: JSON.stringify(testCountryNames('ZZC')) })
            .execute(),
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(runWithRowScope(asAdmin, () => appDb.deleteFrom('countries').where('iso3', '=', 'EGY').execute())).rejects.toThrow(/permission denied/);
      expect((await row('FRA')).region).toBe('europe');
    });
  });
});
