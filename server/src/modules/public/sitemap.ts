import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/database.ts';
import { PUBLIC_ROWS, setRowScope } from '../../db/row-scope.ts';
import { sha256Hex } from '../../lib/hash.ts';
import { etagOf, sendCached, type CachedBody } from './http-cache.ts';
import { createCurrentPublications } from './public-cache.ts';
import * as repo from './public.repository.ts';

// Where people and search engines may go: the public pages. The API (the public part included, which
// is data, not pages), the sign-in and everything behind it are not for crawlers.
const DISALLOWED = [
  '/api/',
  '/docs',
  '/login',
  '/forgot-password',
  '/welcome',
  '/reset-password',
  '/setup',
  '/assessments',
  '/review',
  '/admin',
  '/team',
  '/workbench',
];

/** robots.txt: the public pages are open to crawlers, the API and the signed-in app are not. */
export function robotsTxt(publicUrl: string): string {
  return ['User-agent: *', 'Allow: /', ...DISALLOWED.map((p) => `Disallow: ${p}`), '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n');
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export interface SitemapCycle {
  year: number;
  publishedAt: Date;
  countries: readonly string[];
}

/** The sitemap of the public pages of every published cycle (sitemaps.org 0.9), newest cycle first. */
export function sitemapXml(publicUrl: string, cycles: readonly SitemapCycle[]): string {
  const url = (pagePath: string, lastmod: Date | undefined) =>
    `  <url><loc>${escapeXml(`${publicUrl}${pagePath}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  const newest = cycles.reduce<Date | undefined>((a, c) => (a && a > c.publishedAt ? a : c.publishedAt), undefined);
  const lines = [url('/', newest)];
  for (const { year, publishedAt, countries } of cycles) {
    const base = `/cycles/${year}`;
    lines.push(url(base, publishedAt), url(`${base}/compare`, publishedAt), url(`${base}/methodology`, publishedAt), url(`${base}/gaps`, publishedAt));
    for (const iso3 of countries) lines.push(url(`${base}/countries/${iso3}`, publishedAt));
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...lines, '</urlset>', ''].join('\n');
}

export interface SitemapOptions {
  db: Db;
  /** the platform's address as people reach it: every URL of the sitemap starts with it */
  publicUrl: string;
  /** how long the list of current publications is trusted before it is re-read (default 2 s) */
  publicationsTtlMs?: number;
}

/** robots.txt and sitemap.xml as cached bodies; the sitemap is rebuilt when a cycle is published. */
export function createSitemapService({ db, publicUrl, publicationsTtlMs = 2000 }: SitemapOptions) {
  const current = createCurrentPublications(db, publicationsTtlMs);
  const robots = Buffer.from(robotsTxt(publicUrl));
  const robotsBody: CachedBody = { body: robots, etag: `"${sha256Hex(robots.toString()).slice(0, 32)}"`, contentType: 'text/plain; charset=utf-8' };
  let sitemap: { fingerprint: string; body: Promise<CachedBody> } | undefined;

  const build = async (rows: Awaited<ReturnType<typeof current>>['rows'], hashes: string[]): Promise<CachedBody> => {
    const cycles = await Promise.all(
      rows.map(async (r) => ({ year: r.year, publishedAt: r.publishedAt, countries: await repo.listPublishedCountryCodes(db, r.publicationId) })),
    );
    return {
      body: Buffer.from(sitemapXml(publicUrl, cycles)),
      etag: etagOf(hashes, '/sitemap.xml', publicUrl),
      contentType: 'application/xml; charset=utf-8',
    };
  };

  return {
    robots: (): CachedBody => robotsBody,
    async sitemap(): Promise<CachedBody> {
      const cur = await current();
      if (sitemap?.fingerprint !== cur.fingerprint) {
        const entry = { fingerprint: cur.fingerprint, body: build(cur.rows, cur.hashes) };
        sitemap = entry;
        entry.body.catch(() => {
          if (sitemap === entry) sitemap = undefined;
        });
      }
      return sitemap.body;
    },
  };
}
export type SitemapService = ReturnType<typeof createSitemapService>;

/**
 * `/robots.txt` and `/sitemap.xml`: files for crawlers at the site's root, outside the API (so no
 * contract), declared as routes so the web app's fallback to index.html never answers them.
 */
export const sitemapRoutes: FastifyPluginAsync<{ sitemap: SitemapService }> = (app, { sitemap }) => {
  app.get('/robots.txt', (request, reply) => sendCached(request, reply, sitemap.robots()));
  app.get('/sitemap.xml', async (request, reply) => {
    // what anyone may read: only published cycles' rows, as on the public API
    setRowScope(PUBLIC_ROWS);
    return sendCached(request, reply, await sitemap.sitemap());
  });
  return Promise.resolve();
};
