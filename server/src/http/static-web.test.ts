import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { negotiateEncoding, isCompressible } from './compression.ts';

describe(negotiateEncoding.name, () => {
  it('prefers brotli, honours the weights and q=0, and knows * and x-gzip', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('br;q=0.8, gzip;q=0.9')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('x-gzip')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0')).toBeUndefined();
    expect(negotiateEncoding('deflate, identity')).toBeUndefined();
    expect(negotiateEncoding('')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe(isCompressible.name, () => {
  it('takes text, JSON, XML, JavaScript and SVG, not already-compressed media', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'text/csv',
      'application/json',
      'application/problem+json',
      'application/xml',
      'text/javascript',
      'image/svg+xml',
    ]) {
      expect(isCompressible(type), type).toBe(true);
    }
    for (const type of [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'image/png',
      'application/pdf',
      'application/zip',
      'application/octet-stream',
      'text/event-stream',
    ]) {
      expect(isCompressible(type), type).toBe(false);
    }
    expect(isCompressible(undefined)).toBe(false);
  });
});

describe('the built web app, served with its pre-compressed files', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dist: string;
  const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123xy.js"></script></head><body>${'<!-- padding -->'.repeat(100)}</body></html>`;
  const js = `export const words = ${JSON.stringify('lorem ipsum '.repeat(400))};\n`;
  // marked, so a test can tell the stored compressed file from one compressed on the fly
  const jsBr = brotliCompressSync(`${js}// stored br\n`);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(4000, 7)]);

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'gci-web-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), html);
    await writeFile(path.join(dist, 'index.html.br'), brotliCompressSync(html));
    await writeFile(path.join(dist, 'index.html.gz'), gzipSync(html));
    await writeFile(path.join(dist, 'assets', 'index-AbC123xy.js'), js);
    await writeFile(path.join(dist, 'assets', 'index-AbC123xy.js.br'), jsBr);
    await writeFile(path.join(dist, 'assets', 'index-AbC123xy.js.gz'), gzipSync(js));
    await writeFile(path.join(dist, 'assets', 'map-ZZ99zz00.png'), png);
    handle = await createTestDb();
    app = await buildTestApp(handle, { serveWeb: true, webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('sends the stored .br of a hashed asset as it is, cached for a year', async () => {
    const res = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/);
    expect(res.rawPayload.equals(jsBr)).toBe(true);

    const gzip = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.equals(gzipSync(js))).toBe(true);

    const plain = await get('/assets/index-AbC123xy.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(js);
  });

  it('sends an image as it is', async () => {
    const res = await get('/assets/map-ZZ99zz00.png', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(png)).toBe(true);
  });

  it('sends index.html, at / and for client routes, to be revalidated every time', async () => {
    for (const url of ['/', '/cycles/2024/countries/KEN']) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      const plain = await get(url);
      expect(plain.headers['cache-control'], url).toBe('no-cache');
      expect(plain.body, url).toBe(html);
    }
  });

  it('answers /robots.txt and /sitemap.xml itself instead of the app page', async () => {
    const robots = await get('/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body).toMatch(/^User-agent: \*\n/);
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(sitemap.body).toContain('<urlset');
    // an API path that does not exist is still a JSON 404, not the app
    expect((await get('/api/nothing-here')).statusCode).toBe(404);
  });
});
