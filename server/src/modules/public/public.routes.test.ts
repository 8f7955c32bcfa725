import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CycleResultsSchema } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createDemoTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { createPublicResultsService } from './public-results.service.ts';
import { countryListsDeep, keysDeep, PUBLIC_ROUTES, urlOf } from './public-test-support.ts';

// The first file to ask for the demo seeds it (194 countries × 2 cycles: seconds, much longer on a busy machine).
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 120_000;

const PUBLISHED = { year: 2024, iso3: 'FRA' };
// The seed opens 2026 for data collection: it has assessments but no publication.
const UNPUBLISHED = { year: 2026, iso3: 'FRA' };

describe('public routes', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await createDemoTestDb();
    app = await buildTestApp(handle);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('has a public route for everything the public pages and open data need', () => {
    expect(PUBLIC_ROUTES.toSorted()).toEqual(
      [
        '/api/public/cycles',
        '/api/public/cycles/:year/results',
        '/api/public/cycles/:year/countries/:iso3',
        '/api/public/cycles/:year/methodology',
        '/api/public/cycles/:year/stability',
        '/api/public/cycles/:year/gaps',
        '/api/public/cycles/:year/downloads/results.json',
        '/api/public/cycles/:year/downloads/results.csv',
        '/api/public/cycles/:year/downloads/results.xlsx',
        '/api/public/cycles/:year/downloads/bundle.json',
      ].toSorted(),
    );
  });

  it('answers every public route of a published cycle with an ETag and a public Cache-Control', async () => {
    for (const route of PUBLIC_ROUTES) {
      const res = await get(urlOf(route, PUBLISHED));
      expect(res.statusCode, route).toBe(200);
      expect(res.headers.etag, route).toMatch(/^"[0-9a-f]{32}"$/);
      expect(res.headers['cache-control'], route).toBe('public, max-age=60, stale-while-revalidate=600');
    }
  });

  it('never sends a key named rank, in any public JSON response', async () => {
    for (const year of [2020, 2024]) {
      for (const route of PUBLIC_ROUTES.filter((r) => !/\.(csv|xlsx)$/.test(r))) {
        for (const iso3 of ['FRA', 'KEN']) {
          const res = await get(urlOf(route, { year, iso3 }));
          expect(res.statusCode, route).toBe(200);
          const keys = [...keysDeep(res.json())];
          expect(
            keys.filter((k) => /rank/i.test(k)),
            `${route} ${year}`,
          ).toEqual([]);
        }
      }
    }
    const csv = await get(urlOf('/api/public/cycles/:year/downloads/results.csv', PUBLISHED));
    expect(csv.body.split('\r\n')[0]).not.toMatch(/rank/i);
  });

  it('orders every list of countries by code, never by score', async () => {
    for (const route of PUBLIC_ROUTES.filter((r) => !/\.(csv|xlsx)$/.test(r))) {
      const lists = countryListsDeep((await get(urlOf(route, PUBLISHED))).json());
      for (const list of lists) expect(list, route).toEqual(list.toSorted());
    }
    const results = CycleResultsSchema.parse((await get('/api/public/cycles/2024/results')).json());
    const byScore = results.countries.toSorted((a, b) => b.overall - a.overall).map((c) => c.iso3);
    expect(results.countries.map((c) => c.iso3)).not.toEqual(byScore);
    const csvCodes = (await get('/api/public/cycles/2024/downloads/results.csv')).body
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.slice(0, 3));
    expect(csvCodes).toEqual(csvCodes.toSorted());
  });

  it('lists the areas of a profile and the indicators of the gap analysis in methodology order', async () => {
    const methodology = (await get('/api/public/cycles/2024/methodology')).json<{ rows: { key: string }[] }>();
    const position = new Map(methodology.rows.map((r, i) => [r.key, i]));
    const inOrder = (keys: string[]) => expect(keys.map((k) => position.get(k))).toEqual(keys.map((k) => position.get(k)).toSorted((a, b) => a! - b!));
    for (const iso3 of ['FRA', 'KEN', 'BRA', 'IND']) {
      const profile = (await get(`/api/public/cycles/2024/countries/${iso3}`)).json<{ strengths: { key: string }[]; growth: { key: string }[] }>();
      inOrder(profile.strengths.map((s) => s.key));
      inOrder(profile.growth.map((s) => s.key));
    }
    const gaps = (await get('/api/public/cycles/2024/gaps')).json<{ indicators: { key: string }[] }>();
    inOrder(gaps.indicators.map((g) => g.key));
  });

  it('answers 304 without a body when If-None-Match holds the current ETag', async () => {
    for (const route of PUBLIC_ROUTES) {
      const url = urlOf(route, PUBLISHED);
      const { etag } = (await get(url)).headers as { etag: string };
      const cached = await get(url, { 'if-none-match': etag });
      expect(cached.statusCode, route).toBe(304);
      expect(cached.body, route).toBe('');
      expect(cached.headers.etag, route).toBe(etag);
      expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode, route).toBe(304);
      expect((await get(url, { 'if-none-match': '"something-else"' })).statusCode, route).toBe(200);
    }
  });

  it('derives the ETag from the publication, the route and the query', async () => {
    const tag = async (url: string) => (await get(url)).headers.etag;
    expect(await tag('/api/public/cycles/2024/results')).not.toBe(await tag('/api/public/cycles/2020/results'));
    expect(await tag('/api/public/cycles/2024/countries/FRA')).not.toBe(await tag('/api/public/cycles/2024/countries/KEN'));
    expect(await tag('/api/public/cycles/2024/downloads/results.csv?lang=fr')).not.toBe(await tag('/api/public/cycles/2024/downloads/results.csv?lang=en'));
    expect(await tag('/api/public/cycles/2024/downloads/results.csv')).toBe(await tag('/api/public/cycles/2024/downloads/results.csv?lang=en'));
    // a new server process computes the same tag for the same bytes
    const other = await buildTestApp(handle);
    try {
      const again = await other.inject('/api/public/cycles/2024/countries/FRA');
      expect(again.headers.etag).toBe(await tag('/api/public/cycles/2024/countries/FRA'));
      expect(again.body).toBe((await get('/api/public/cycles/2024/countries/FRA')).body);
    } finally {
      await other.close();
    }
  });

  it('answers 404 on every public route for a cycle that is not published, and never lists it', async () => {
    for (const route of PUBLIC_ROUTES.filter((r) => r.includes(':year'))) {
      const res = await get(urlOf(route, UNPUBLISHED));
      expect(res.statusCode, route).toBe(404);
      expect(res.json().code, route).toBe('not_found');
      expect(res.body, route).not.toContain('FRA');
    }
    const { cycles } = (await get('/api/public/cycles')).json<{ cycles: { year: number }[] }>();
    expect(cycles.map((c) => c.year)).toEqual([2024, 2020]);
  });

  it('answers 404 for a country that is not in the publication and 400 for a malformed code', async () => {
    expect((await get('/api/public/cycles/2024/countries/XYZ')).statusCode).toBe(404);
    expect((await get('/api/public/cycles/2024/countries/FRANCE')).statusCode).toBe(400);
    expect((await get('/api/public/cycles/2024/countries/fra')).json().country.iso3).toBe('FRA');
    expect((await get('/api/public/cycles/2024/downloads/results.csv?lang=de')).statusCode).toBe(400);
  });

  it('documents every public route in the OpenAPI document under the public tag', async () => {
    const doc = (await get('/docs/json')).json<{ paths: Record<string, { get?: { tags?: string[] } }> }>();
    for (const route of PUBLIC_ROUTES) {
      const path = route.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.get?.tags, route).toEqual(['public']);
    }
  });

  it('computes and serialises each response once per publication', async () => {
    const service = createPublicResultsService({ db: handle.db });
    const first = await service.results(2024, '/api/public/cycles/2024/results');
    const profile = await service.profile(2024, 'KEN', '/api/public/cycles/2024/countries/KEN');
    expect(await service.results(2024, '/api/public/cycles/2024/results')).toBe(first);
    expect(await service.profile(2024, 'KEN', '/api/public/cycles/2024/countries/KEN')).toBe(profile);
  });
});
