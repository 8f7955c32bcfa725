import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppDb, DbKind } from './db/database.ts';
import { registerGracefulClose } from './http/graceful-close.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { collectContracts, registerApiDocs } from './http/swagger.ts';
import { registerRooms } from './rooms.ts';
import { registerStaticWeb } from './http/static-web.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { trackRouteMethods } from './http/method-not-allowed.ts';
import { registerCompression } from './http/compression.ts';
import { registerOpenDataCors, registerSecurityHeaders, registerWriteRateLimit } from './http/security.ts';
import { registerAuthentication, sessionCookie } from './http/authenticate.ts';
import { createSitemapService, sitemapRoutes } from './modules/public/sitemap.ts';
import { createCurrentPublications } from './modules/public/public-cache.ts';
import { registerSsrPages } from './http/ssr-pages.ts';

export interface AppDeps {
  /** the application role's database (row-level security), never the owner's */
  db: AppDb;
  dbKind: DbKind;
  config: Pick<Config, 'logLevel' | 'serveWeb' | 'webDist' | 'trustProxy' | 'cookieSecure' | 'requestTimeoutMs'> &
    /** where links in mail point (tests may leave it out) */
    Partial<Pick<Config, 'publicUrl'>>;
  /** injectable clock for tests (sessions, deadlines) */
  now?: () => Date;
  /** state-changing requests per user per minute (per process) */
  writeRateLimit?: number;
  /** where log lines go (standard output by default; tests capture them) */
  logStream?: { write(line: string): void };
  /** called before any route is registered, so that hooks it adds apply to every route (tests check responses) */
  instrument?: (app: FastifyInstance) => void;
}

// Never in a log line: credentials in headers, and the parameters of a failed query (PGlite
// attaches them to its errors; they can hold a session's CSRF token or a country's answers).
const LOG_REDACT = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', 'err.params'];

/** Builds the whole HTTP application; never listens (server.ts does), so tests use `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { db, dbKind, config } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: LOG_REDACT, ...(deps.logStream ? { stream: deps.logStream } : {}) },
    // a number of hops: trust that many proxies nearest to this server (proxy-addr counts from 0)
    trustProxy: typeof config.trustProxy === 'number' ? (_address: string, hop: number) => hop < (config.trustProxy as number) : config.trustProxy,
    requestTimeout: config.requestTimeoutMs,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  deps.instrument?.(app);
  registerErrorHandler(app);
  registerGracefulClose(app);
  // before any route: compression hooks are attached to each route as it is declared
  await registerCompression(app);
  await registerSecurityHeaders(app, { tls: config.cookieSecure });
  registerOpenDataCors(app);
  registerInputGuard(app);
  const methodNotAllowed = trackRouteMethods(app);
  const contracts = collectContracts(app);

  await registerAuthentication(app, { db, now, cookie: sessionCookie(config.cookieSecure) });
  await registerWriteRateLimit(app, { max: deps.writeRateLimit });

  const publicUrl = config.publicUrl ?? 'http://localhost:3000';
  await registerRooms(app, { db, dbKind, now, cookie: sessionCookie(config.cookieSecure), publicUrl });
  // for crawlers, at the site's root: not API routes, so not in a room's contracts
  await app.register(sitemapRoutes, { sitemap: createSitemapService({ db, publicUrl }) });

  await registerApiDocs(app, contracts);
  if (config.serveWeb) {
    // the public pages as HTML with their content; everything else is the web app's (index.html)
    const current = createCurrentPublications(db, 2000);
    await registerSsrPages(app, {
      webDist: config.webDist,
      ssrDist: path.join(path.dirname(config.webDist), 'dist-ssr'),
      publicUrl,
      // a new publication, or a change to what evidence may be public (profiles list shared links)
      contentVersion: async () => (await current()).contentVersion,
    });
  }
  await registerStaticWeb(app, config.serveWeb ? config.webDist : undefined, methodNotAllowed);
  return app;
}
