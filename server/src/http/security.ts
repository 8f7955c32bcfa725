import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { AppError } from '../errors.ts';

/**
 * Security headers on every response (ASVS V3.4): a Content-Security-Policy the built web app runs
 * under (scripts only from this origin, no framing, no plugins), nosniff, a strict referrer policy,
 * and HSTS when served over TLS.
 */
export async function registerSecurityHeaders(app: FastifyInstance, { tls }: { tls: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and Recharts set style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    // CSP frame-ancestors 'none' forbids framing; SAMEORIGIN here would say the opposite to old browsers
    xFrameOptions: false,
  });
}

/**
 * Open data others can use: the public routes (published results, profiles, downloads) may be
 * fetched by any website or notebook from a browser. Only those: the authenticated API keeps the
 * same-origin policy, and nothing public carries a cookie-based answer. Simple GETs need no
 * preflight, so no OPTIONS route is needed.
 */
export function registerOpenDataCors(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.routeOptions.config.contract?.tag !== 'public') return;
    void reply.header('access-control-allow-origin', '*');
    void reply.header('access-control-expose-headers', 'ETag, Content-Disposition');
    // helmet's same-origin default would stop a page elsewhere from embedding or reading them
    void reply.header('cross-origin-resource-policy', 'cross-origin');
  });
}

/**
 * A per-user (or per-address) budget on state-changing requests, generous enough for autosave
 * (ASVS V2.4.1). Counts are per process: with several processes each gets its own budget; login
 * attempts are limited in the database instead, across processes.
 */
export async function registerWriteRateLimit(app: FastifyInstance, { max = 1200 }: { max?: number } = {}): Promise<void> {
  // Mark the write routes before the plugin's own onRoute hook reads their config.
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!route.url.startsWith('/api/') || methods.every((m) => m === 'GET' || m === 'HEAD')) return;
    route.config = { ...(route.config as object), rateLimit: { max, timeWindow: 60_000 } };
  });
  await app.register(rateLimit, {
    global: false,
    max,
    timeWindow: 60_000,
    keyGenerator: (request) => request.auth?.user.id ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'rate_limited', `Too many changes in a short time; retry in ${Math.ceil(context.ttl / 1000)} s`, {
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  });
}
