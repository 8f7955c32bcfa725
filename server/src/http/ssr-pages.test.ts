import fs from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountryProfileSchema, CycleResultsSchema, RESULT_PILLARS } from '@gci/shared';
import { buildTestApp } from '../../test/build-test-app.ts';
import { createUser, signIn, type Session } from '../../test/factories.ts';
import { multipartFile } from '../../test/files.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { syncCountries } from '../modules/countries/countries-sync.ts';
import { pageLocale } from './ssr-pages.ts';

const SLOW_TEST_MS = 120_000;
const PUBLIC_URL = 'https://gci.example.org';
const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

// Three countries, pillar scores out of 20; Kenya's overall sits a hair under a tier bound (85):
// shown cut to two decimals, it must read 84.99, never 85.00.
const ROWS = [
  { iso3: 'KEN', pillars: [17, 17, 17, 17, 16.999] },
  { iso3: 'FRA', pillars: [19.5, 19.5, 19.5, 19.5, 19.5] },
  { iso3: 'BRA', pillars: [10.25, 11, 12, 13, 14] },
];
const csvOf = (rows: typeof ROWS) =>
  [
    'ISO3,Legal,Technical,Organizational,Capacity,Cooperation,Overall',
    ...rows.map((r) => [r.iso3, ...r.pillars, r.pillars.reduce((a, b) => a + b, 0).toFixed(3)].join(',')),
  ].join('\r\n');

/** What the page's hydration block holds: the loaders' data by route id. */
function hydrationOf(html: string): { loaderData: Record<string, unknown> } {
  const json = /<script type="application\/json" id="hydration-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(json, 'the page carries its hydration data').toBeDefined();
  return JSON.parse(json!) as { loaderData: Record<string, unknown> };
}

const metaOf = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('public pages rendered on the server', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: Session;

  const importYear = async (year: number, rows = ROWS) => {
    const body = multipartFile(`gci-${year}.csv`, Buffer.from(csvOf(rows)), { year: String(year), name: `GCI ${year}` }, 'text/csv');
    const res = await app.inject({ method: 'POST', url: '/api/imports/results', payload: body.payload, headers: { ...admin.headers, ...body.headers } });
    expect(res.statusCode, res.body).toBe(201);
  };
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    // `npm test` builds the web app first; without it there is nothing to render with.
    expect(fs.existsSync(path.join(WEB_DIST, '..', 'dist-ssr', 'entry-server.js')), 'web/dist-ssr is built (npm run build)').toBe(true);
    handle = await createTestDb();
    await syncCountries(handle.db);
    app = await buildTestApp(handle, { serveWeb: true, webDist: WEB_DIST, publicUrl: PUBLIC_URL });
    admin = await signIn(app, await createUser(handle.db, 'admin'));
    await importYear(2024);
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('sends a profile as HTML with its content, title, description and link preview, in the reader’s language', async () => {
    const res = await get('/cycles/2024/countries/KEN', { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.vary).toContain('accept-language');
    const html = res.body;
    expect(html).toMatch(/<html lang="fr" dir="ltr">/);
    const profile = CountryProfileSchema.parse((hydrationOf(html).loaderData['public-country'] as { profile: unknown }).profile);
    expect(profile.country.iso3).toBe('KEN');
    // the content is in the markup, before any script runs
    expect(html).toMatch(/<h1[^>]*>Kenya<\/h1>/);
    expect(html).toContain(`Niveau ${profile.tier}`);
    expect((html.match(/<rect [^>]*data-bar="score"/g) ?? []).length).toBe(RESULT_PILLARS.length);
    // one title, the page's own, and a preview naming the country, its tier and its score cut to two decimals
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toMatch(/<title>Kenya · GCI 2024 · [^<]+<\/title>/);
    const tier = profile.tiers.find((t) => t.tier === profile.tier)!;
    expect(metaOf(html, 'og:title')).toBe(`Kenya : Niveau ${profile.tier} · ${tier.name.fr ?? tier.name.en} · GCI 2024`);
    expect(profile.overall).toBeCloseTo(84.999, 9);
    expect(metaOf(html, 'og:description')).toContain('84,99');
    expect(metaOf(html, 'og:description')).not.toContain('85,00');
    expect(metaOf(html, 'description')).toBe(metaOf(html, 'og:description'));
    expect(metaOf(html, 'og:url')).toBe(`${PUBLIC_URL}/cycles/2024/countries/KEN`);
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}/cycles/2024/countries/KEN" />`);
    // styled at first paint: the app's one stylesheet is linked, and it exists
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(stylesheets).toHaveLength(1);
    for (const file of stylesheets) expect(fs.existsSync(path.join(WEB_DIST, file)), file).toBe(true);
    // readable without JavaScript: no "needs JavaScript" notice
    expect(html).not.toContain('<noscript>');
  });

  it('uses the language the reader chose on the site over the browser’s, right to left for Arabic', async () => {
    const res = await get('/cycles/2024/countries/BRA', { 'accept-language': 'fr', cookie: 'gci.locale=ar' });
    expect(res.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(res.body).toContain('البرازيل');
  });

  it('lists every country of the landing page in its tier, never with a rank', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    const results = CycleResultsSchema.parse((hydrationOf(res.body).loaderData.home as { results: unknown }).results);
    expect(results.countries.map((c) => c.iso3).sort()).toEqual(['BRA', 'FRA', 'KEN']);
    for (const name of ['Kenya', 'France', 'Brazil']) expect(res.body).toContain(`>${name}<`);
    expect(res.body).not.toMatch(/\brank/i);
    expect(metaOf(res.body, 'og:title')).toBe('GCI 2024: countries by tier');
  });

  it('renders compare, methodology and gaps with their own titles', async () => {
    for (const [page, title] of [
      ['compare', 'Compare countries'],
      ['methodology', 'Methodology'],
      ['gaps', 'Gap analysis'],
    ] as const) {
      const res = await get(`/cycles/2024/${page}`);
      expect(res.statusCode, page).toBe(200);
      expect(metaOf(res.body, 'og:title'), page).toBe(`${title} · GCI 2024`);
      expect(res.body).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    }
  });

  it('leaves a page that does not exist to the web app, with a 404', async () => {
    for (const url of ['/cycles/1999', '/cycles/2024/countries/XXX', '/cycles/abc/compare']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('<div id="root"></div>');
      expect(res.body, url).not.toContain('hydration-data');
    }
  });

  it('answers a revalidation with 304, compresses once per page, and shows a new publication at once', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toBe('accept-language, cookie, accept-encoding');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const html = brotliDecompressSync(first.rawPayload).toString();
    expect(html).toContain('GCI 2024');
    expect((await get('/', { 'accept-encoding': 'br', 'if-none-match': etag })).statusCode).toBe(304);
    // the stored bytes again; each encoding its own strong tag, the same page inside
    const again = await get('/', { 'accept-encoding': 'br' });
    expect([again.headers.etag, Buffer.compare(again.rawPayload, first.rawPayload)]).toEqual([etag, 0]);
    const gzip = await get('/', { 'accept-encoding': 'gzip' });
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect([gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['gzip', undefined]);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(html);
    expect(plain.body).toBe(html);
    expect(new Set([etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
    expect((await get('/', { 'if-none-match': etag })).statusCode, 'the brotli tag does not validate the plain page').toBe(200);

    await importYear(2025, [...ROWS].reverse());
    const after = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(metaOf(brotliDecompressSync(after.rawPayload).toString(), 'og:title')).toBe('GCI 2025: countries by tier');
  });
});

describe('the language of a rendered page', () => {
  const request = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({ headers, cookies });
  it('is the site’s choice, else the best supported browser language, else English', () => {
    expect(pageLocale(request({ 'accept-language': 'de-DE,ru;q=0.8,fr;q=0.5' }))).toBe('ru');
    expect(pageLocale(request({ 'accept-language': 'zh-CN' }))).toBe('zh');
    expect(pageLocale(request({ 'accept-language': 'de, ja' }))).toBe('en');
    expect(pageLocale(request({}))).toBe('en');
    expect(pageLocale(request({ 'accept-language': 'fr' }, { 'gci.locale': 'es' }))).toBe('es');
    expect(pageLocale(request({ 'accept-language': 'fr' }, { 'gci.locale': 'xx' }))).toBe('fr');
  });
});
