import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createDemoTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { COMPRESSION_THRESHOLD } from '../../http/compression.ts';

// The first file to ask for the demo seeds it (194 countries × 2 cycles: seconds, much longer on a busy machine).
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 120_000;
const PUBLIC_URL = 'https://gci.example.org';

const decode = (encoding: string | undefined, body: Buffer): Buffer =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

describe('compressed public responses, robots.txt and the sitemap', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await createDemoTestDb();
    app = await buildTestApp(handle, { publicUrl: PUBLIC_URL });
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it.each([
    ['/api/public/cycles/2024/results', 'application/json; charset=utf-8'],
    ['/api/public/cycles/2024/countries/KEN', 'application/json; charset=utf-8'],
    ['/api/public/cycles/2024/downloads/results.csv?lang=fr', 'text/csv; charset=utf-8'],
  ])('sends %s as brotli, gzip or identity as Accept-Encoding asks, each decoding to the same bytes', async (url, type) => {
    const identity = await get(url);
    expect(identity.statusCode).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toBe('accept-encoding');
    expect(identity.rawPayload.length).toBeGreaterThanOrEqual(COMPRESSION_THRESHOLD);

    const br = await get(url, { 'accept-encoding': 'br, gzip' });
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    const gzipPreferred = await get(url, { 'accept-encoding': 'br;q=0.5, gzip' });
    expect([br, gzip, gzipPreferred].map((r) => r.headers['content-encoding'])).toEqual(['br', 'gzip', 'gzip']);
    for (const res of [br, gzip]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers.vary).toBe('accept-encoding');
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
      expect(res.rawPayload.length).toBeLessThan(identity.rawPayload.length / 2);
      expect(decode(res.headers['content-encoding'] as string, res.rawPayload).equals(identity.rawPayload)).toBe(true);
      // the open-data headers stay
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['content-disposition']).toBe(identity.headers['content-disposition']);
    }
    // an encoding nobody accepts, or refused with q=0, leaves the body as it is
    for (const accept of ['deflate', 'identity', 'br;q=0, gzip;q=0', '*;q=0']) {
      const res = await get(url, { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBeUndefined();
      expect(res.rawPayload.equals(identity.rawPayload), accept).toBe(true);
    }
  });

  it('gives each encoding its own ETag and answers If-None-Match with 304 for the one the client holds', async () => {
    const url = '/api/public/cycles/2024/countries/FRA';
    const tags = {
      identity: (await get(url)).headers.etag as string,
      br: (await get(url, { 'accept-encoding': 'br' })).headers.etag as string,
      gzip: (await get(url, { 'accept-encoding': 'gzip' })).headers.etag as string,
    };
    expect(new Set(Object.values(tags)).size).toBe(3);
    expect(tags.br).toBe(`${tags.identity.slice(0, -1)}-br"`);
    for (const [encoding, tag] of Object.entries(tags)) {
      const headers: Record<string, string> = encoding === 'identity' ? {} : { 'accept-encoding': encoding };
      const notModified = await get(url, { ...headers, 'if-none-match': tag });
      expect(notModified.statusCode, encoding).toBe(304);
      expect(notModified.rawPayload.length, encoding).toBe(0);
      expect(notModified.headers.etag, encoding).toBe(tag);
      expect(notModified.headers.vary, encoding).toBe('accept-encoding');
      expect((await get(url, { ...headers, 'if-none-match': `W/${tag}` })).statusCode, encoding).toBe(304);
    }
    // holding the brotli bytes is no reason to answer 304 to a request that gets gzip
    const other = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': tags.br });
    expect(other.statusCode).toBe(200);
    expect(other.headers['content-encoding']).toBe('gzip');
  });

  it('sends XLSX as it is, whatever the client accepts', async () => {
    const url = '/api/public/cycles/2024/downloads/results.xlsx';
    const identity = await get(url);
    const res = await get(url, { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.headers.etag).toBe(identity.headers.etag);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="gci-2024-results-DEMO-en\.xlsx"$/);
    expect(res.rawPayload.equals(identity.rawPayload)).toBe(true);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('leaves a body under the threshold alone', async () => {
    const res = await get('/robots.txt', { 'accept-encoding': 'br, gzip' });
    expect(res.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('compresses other JSON responses on the fly above the threshold, and not below it', async () => {
    const docs = await get('/docs/json', { 'accept-encoding': 'gzip' });
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(docs.headers.vary).toMatch(/accept-encoding/);
    expect(JSON.parse(gunzipSync(docs.rawPayload).toString())).toHaveProperty('openapi');
    const health = await get('/api/health', { 'accept-encoding': 'br, gzip' });
    expect(health.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('answers /robots.txt with a robots file pointing to the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    for (const path of ['/api/', '/admin', '/workbench', '/review', '/assessments', '/team', '/login']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    expect((await get('/robots.txt', { 'if-none-match': res.headers.etag as string })).statusCode).toBe(304);
  });

  it('lists the public pages of every published cycle in /sitemap.xml, and nothing unpublished', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
    expect(res.body.trimEnd().endsWith('</urlset>')).toBe(true);
    // well formed: one <url> per line, each with one absolute <loc> and a W3C datetime
    const entries = res.body.split('\n').filter((l) => l.includes('<url>'));
    for (const entry of entries)
      expect(entry).toMatch(/^ {2}<url><loc>https:\/\/gci\.example\.org\/[^<&]*<\/loc><lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod><\/url>$/);
    const locs = entries.map((l) => /<loc>([^<]+)<\/loc>/.exec(l)![1]!.slice(PUBLIC_URL.length));
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('/');
    for (const year of [2020, 2024]) {
      for (const page of ['', '/compare', '/methodology', '/gaps', '/countries/KEN', '/countries/FRA']) expect(locs).toContain(`/cycles/${year}${page}`);
    }
    const results = (await get('/api/public/cycles/2024/results')).json<{ countries: { iso3: string }[] }>();
    const profiles = locs.filter((l) => l.startsWith('/cycles/2024/countries/')).map((l) => l.slice('/cycles/2024/countries/'.length));
    expect(profiles).toEqual(results.countries.map((c) => c.iso3).toSorted());
    // 2026 is open for answers, not published
    expect(locs.filter((l) => l.includes('2026'))).toEqual([]);

    const br = await get('/sitemap.xml', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(res.body);
    expect((await get('/sitemap.xml', { 'if-none-match': res.headers.etag as string })).statusCode).toBe(304);
  });
});
