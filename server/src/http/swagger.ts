import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { namedApiSchemas, type AnyRoute } from '@gci/shared';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.ts';

const INFO = {
  title: 'GCI platform API',
  version: '0.1.0',
  description:
    'Global Cybersecurity Index: questionnaire, review, methodology and tier-based results. ' +
    'Public routes live under /api/public and never expose ranks or unpublished data. Every error is ' +
    '`{ code, message, field? }`; state-changing requests need the session cookie and its CSRF token.',
};

/** Collects the contract of every route registered after it: the document describes exactly what is served. */
export function collectContracts(app: FastifyInstance): AnyRoute[] {
  const contracts: AnyRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (route.config?.contract && !methods.includes('HEAD')) contracts.push(route.config.contract);
  });
  return contracts;
}

// The document depends only on the contracts: build it once per process, not once per app.
let built: { key: string; doc: OpenApiDocument } | undefined;
function documentOf(contracts: readonly AnyRoute[]): OpenApiDocument {
  const key = contracts.map((c) => c.id).join(',');
  if (built?.key !== key) built = { key, doc: buildOpenApiDocument(contracts, { ...INFO, named: namedApiSchemas() }) };
  return built.doc;
}

/** The OpenAPI document generated from the route contracts; UI at /docs, JSON at /docs/json. */
export async function registerApiDocs(app: FastifyInstance, contracts: readonly AnyRoute[]): Promise<void> {
  await app.register(swagger, { mode: 'static', specification: { document: documentOf(contracts) as never } });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}
