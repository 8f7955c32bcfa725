import type { FastifyInstance } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { AppError } from '../errors.ts';

const METHODS: readonly HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Remembers every route as it is registered, so that a request for a known path with a method it
 * does not take can be answered 405 with `Allow` (RFC 9110 §15.5.6) rather than 404. Wildcard
 * routes (the web app's files) are left out: they would make every path "known".
 */
export function trackRouteMethods(app: FastifyInstance): (method: string, url: string) => AppError | null {
  const router = FindMyWay({ maxParamLength: 200 });
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    for (const method of [route.method].flat()) router.on(method as HTTPMethod, route.url, () => undefined);
  });
  return (method, url) => {
    const path = url.split('?')[0] ?? url;
    const allowed = METHODS.filter((m) => m !== method && router.find(m, path) !== null);
    if (allowed.length === 0) return null;
    return new AppError(405, 'method_not_allowed', `${method} is not allowed on ${path}; use ${allowed.join(', ')}`, {
      headers: { allow: allowed.join(', ') },
    });
  };
}
