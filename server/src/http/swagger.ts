import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI document generated from the shared zod route schemas; UI at /docs, JSON at /docs/json. */
export async function registerSwagger(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'GCI platform API',
        version: '0.1.0',
        description:
          'Global Cybersecurity Index: questionnaire, review, methodology and tier-based results. ' +
          'Public routes live under /api/public and never expose ranks or unpublished data.',
      },
      tags: [
        { name: 'system', description: 'Health and metadata' },
        { name: 'public', description: 'Published results, open to everyone' },
      ],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gci_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}
