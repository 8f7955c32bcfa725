import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppDb, DbKind } from './db/database.ts';
import { registerGracefulClose } from './http/graceful-close.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerSwagger } from './http/swagger.ts';
import { registerStaticWeb } from './http/static-web.ts';
import { registerSecurityHeaders, registerWriteRateLimit } from './http/security.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { publicRoutes } from './modules/public/public.routes.ts';
import { createPublicResultsService } from './modules/public/public-results.service.ts';
import { registerAuthentication, sessionCookie } from './http/authenticate.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createUsersService } from './modules/auth/users.service.ts';
import { usersRoutes } from './modules/auth/users.routes.ts';
import { createMethodologyCache } from './modules/methodology/methodology-cache.ts';
import { createQuestionnaireService } from './modules/questionnaire/questionnaire.service.ts';
import { createAnswersService } from './modules/questionnaire/answers.service.ts';
import { createEvidenceService } from './modules/questionnaire/evidence.service.ts';
import { questionnaireRoutes } from './modules/questionnaire/questionnaire.routes.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { createTransitionsService } from './modules/review/transitions.service.ts';
import { createThreadsService } from './modules/review/threads.service.ts';
import { createNotificationsService } from './modules/review/notifications.service.ts';
import { createAuditQueryService } from './modules/audit/audit-query.service.ts';
import { createMethodologyService } from './modules/methodology/methodology.service.ts';
import { createWorkbenchService } from './modules/workbench/workbench.service.ts';
import { createConsultationService } from './modules/workbench/consultation.service.ts';
import { createCyclesService } from './modules/workbench/cycles.service.ts';
import { workbenchRoutes } from './modules/workbench/workbench.routes.ts';

export interface AppDeps {
  /** the application role's database (row-level security), never the owner's */
  db: AppDb;
  dbKind: DbKind;
  config: Pick<Config, 'logLevel' | 'serveWeb' | 'webDist' | 'trustProxy' | 'cookieSecure' | 'requestTimeoutMs'>;
  /** injectable clock for tests (sessions, deadlines) */
  now?: () => Date;
  /** state-changing requests per user per minute (per process) */
  writeRateLimit?: number;
  /** where log lines go (standard output by default; tests capture them) */
  logStream?: { write(line: string): void };
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
    trustProxy: config.trustProxy,
    requestTimeout: config.requestTimeoutMs,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerGracefulClose(app);
  await registerSecurityHeaders(app, { tls: config.cookieSecure });
  await registerSwagger(app);

  const cookie = sessionCookie(config.cookieSecure);
  await registerAuthentication(app, { db, now, cookie });
  await registerWriteRateLimit(app, { max: deps.writeRateLimit });

  const publicResults = createPublicResultsService({ db });
  await app.register(healthRoutes, { db, dbKind });
  await app.register(publicRoutes, { publicResults });
  await app.register(authRoutes, { auth: createAuthService({ db, now }), cookie });
  await app.register(usersRoutes, { users: createUsersService({ db, now }) });
  const methodologyOf = createMethodologyCache(db);
  const transitions = createTransitionsService({ db, now, methodologyOf });
  await app.register(questionnaireRoutes, {
    questionnaire: createQuestionnaireService({ db, now, methodologyOf }),
    answers: createAnswersService({ db, now, methodologyOf }),
    evidence: createEvidenceService({ db, now }),
    transitions,
  });
  await app.register(reviewRoutes, {
    review: createReviewService({ db, now, methodologyOf }),
    transitions,
    threads: createThreadsService({ db, now, methodologyOf }),
    notifications: createNotificationsService({ db, now }),
    audit: createAuditQueryService({ db }),
  });
  await app.register(workbenchRoutes, {
    methodologies: createMethodologyService({ db, now }),
    workbench: createWorkbenchService({ db, now, methodologyOf }),
    consultation: createConsultationService({ db, now }),
    cycles: createCyclesService({ db, now }),
  });

  await registerStaticWeb(app, config.serveWeb ? config.webDist : undefined);
  return app;
}
