import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { isRtl, LOCALES, LocaleSchema, type Locale, type PageRenderer } from '@gci/shared';
import { PUBLIC_ROWS, setRowScope } from '../db/row-scope.ts';
import { sha256Hex } from '../lib/hash.ts';
import { sendCached, type CachedBody } from '../modules/public/http-cache.ts';
import { pageHtml, type BuildManifest } from './page-html.ts';

/** The public pages the server renders (web/src/app/router.tsx names them by the same paths). */
export const RENDERED_PAGES = [
  '/',
  '/cycles/:year',
  '/cycles/:year/countries/:iso3',
  '/cycles/:year/compare',
  '/cycles/:year/methodology',
  '/cycles/:year/gaps',
] as const;

/** What web/src/entry-server.tsx exports (kept in step by hand: the two are built separately). */
export interface SsrOptions {
  /** the web app's build (index.html, assets, .vite/manifest.json) */
  webDist: string;
  /** the build of web/src/entry-server.tsx */
  ssrDist: string;
  /** the platform's address as people reach it: canonical and Open Graph URLs start with it */
  publicUrl: string;
  /** how many rendered pages are kept (by address and language); a new publication empties it */
  cacheSize?: number;
  /** changes whenever what public pages show may have changed (a publication): cached pages are dropped */
  contentVersion: () => Promise<string>;
}

/** The cookie the web app sets when a reader picks a language (web/src/i18n/i18n.ts). */
const LOCALE_COOKIE = 'gci.locale';

/** The reader's language: their choice on this site, else their browser's preference, else English. */
export function pageLocale(request: Pick<FastifyRequest, 'headers' | 'cookies'>): Locale {
  const chosen = LocaleSchema.safeParse(request.cookies?.[LOCALE_COOKIE]);
  if (chosen.success) return chosen.data;
  const preferred = new Negotiator({ headers: { 'accept-language': request.headers['accept-language'] ?? '' } }).language([...LOCALES]);
  return LocaleSchema.safeParse(preferred).data ?? 'en';
}

/** A response of the server's own API as the web app's client expects it from the network. */
function injectedFetch(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const res = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: input instanceof Request ? input.url : input.toString(),
      headers: { accept: 'application/json' },
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    const hasBody = ![204, 205, 304].includes(res.statusCode);
    return new Response(hasBody ? new Uint8Array(res.rawPayload) : null, { status: res.statusCode, headers });
  };
}

interface RenderedPage {
  version: string;
  /** the HTML, and its brotli and gzip forms once asked for (made once, as published bodies are) */
  page: CachedBody;
}

/**
 * Renders the public pages on the server with the web app's own routes, loaders and components
 * (web/src/entry-server.tsx): a reader gets the tiers, the profile or the methodology as HTML,
 * titled and described for link previews, before any script has run. The browser then hydrates
 * the same tree. Pages are shared by every reader of a language (no cookie reaches the API), so a
 * rendered page is kept until the next publication, with its brotli and gzip forms compressed once
 * (sendCached; quickly, as its first reader waits for it): compressing a 150 kB page on every
 * request held the server to a third of the requests it serves uncompressed. A page that is not
 * found, or fails, is left to the web app as before (`index.html`).
 */
export async function registerSsrPages(app: FastifyInstance, options: SsrOptions): Promise<boolean> {
  const entry = path.join(options.ssrDist, 'entry-server.js');
  const manifestFile = path.join(options.webDist, '.vite', 'manifest.json');
  const templateFile = path.join(options.webDist, 'index.html');
  if (![entry, manifestFile, templateFile].every((file) => fs.existsSync(file))) {
    app.log.warn(`public pages are not rendered on the server: build the web app ("npm run build")`);
    return false;
  }
  const renderer = (await import(pathToFileURL(entry).href)) as PageRenderer;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BuildManifest;
  const template = fs.readFileSync(templateFile, 'utf8');
  const api = injectedFetch(app);
  const cache = new Map<string, RenderedPage>();
  const cacheSize = options.cacheSize ?? 400;

  const renderPage = async (request: FastifyRequest, reply: FastifyReply) => {
    // what anyone may read: only published cycles' rows, as on the public API
    setRowScope(PUBLIC_ROWS);
    const locale = pageLocale(request);
    const key = `${locale} ${request.url}`;
    const version = await options.contentVersion();
    let rendered = cache.get(key);
    if (!rendered || rendered.version !== version) {
      const result = await renderer.render({ url: request.url, origin: options.publicUrl, locale, api });
      if (result.kind === 'redirect') return reply.redirect(result.location, result.status);
      if (result.kind === 'skip') return reply.code(result.status).header('cache-control', 'no-cache').sendFile('index.html');
      const pagePath = request.url.split('?')[0] ?? '/';
      const body = pageHtml(template, manifest, {
        locale,
        dir: isRtl(locale) ? 'rtl' : 'ltr',
        html: result.html,
        meta: result.meta,
        hydration: result.hydration,
        modules: result.modules,
        url: `${options.publicUrl}${pagePath}`,
      });
      const bytes = Buffer.from(body);
      rendered = { version, page: { body: bytes, etag: `"${sha256Hex(bytes).slice(0, 32)}"`, contentType: 'text/html; charset=utf-8', effort: 'quick' } };
      cache.delete(key);
      cache.set(key, rendered);
      // the oldest entry goes first (a Map keeps insertion order)
      while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    }
    // one page per language at one address: caches keep them apart by the language's sources, and
    // revalidate every time (a publication changes the page at once)
    return sendCached(request, reply, rendered.page, { cacheControl: 'no-cache', vary: ['accept-language', 'cookie'] });
  };

  for (const url of RENDERED_PAGES) app.get(url, { schema: { hide: true } }, renderPage);
  return true;
}
