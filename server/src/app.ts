import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db, DbKind } from './db/database.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerSwagger } from './http/swagger.ts';
import { registerStaticWeb } from './http/static-web.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { publicRoutes } from './modules/public/public.routes.ts';
import { createPublicResultsService } from './modules/public/public-results.service.ts';

export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  config: Pick<Config, 'logLevel' | 'serveWeb' | 'webDist' | 'trustProxy' | 'cookieSecure' | 'requestTimeoutMs'>;
  /** injectable clock for tests (sessions, deadlines) */
  now?: () => Date;
}

/** Builds the whole HTTP application; never listens (server.ts does), so tests use `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { db, dbKind, config } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
    trustProxy: config.trustProxy,
    requestTimeout: config.requestTimeoutMs,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSwagger(app);

  const publicResults = createPublicResultsService({ db });
  await app.register(healthRoutes, { db, dbKind });
  await app.register(publicRoutes, { publicResults });

  await registerStaticWeb(app, config.serveWeb ? config.webDist : undefined);
  return app;
}
