import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CycleResultsSchema, ErrorBodySchema, PublishedCycleSchema } from '@gci/shared';
import type { PublicResultsService } from './public-results.service.ts';

const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
// Public data may sit in a CDN for a minute and be served stale while it revalidates.
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600';

export const publicRoutes: FastifyPluginAsyncZod<{ publicResults: PublicResultsService }> = async (app, { publicResults }) => {
  app.get(
    '/api/public/cycles',
    {
      schema: {
        tags: ['public'],
        summary: 'Published cycles, newest first',
        response: { 200: z.object({ cycles: z.array(PublishedCycleSchema) }) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', PUBLIC_CACHE);
      return { cycles: await publicResults.listCycles() };
    },
  );

  app.get(
    '/api/public/cycles/:year/results',
    {
      schema: {
        tags: ['public'],
        summary: "A published cycle's results: every country's tier and pillar scores, ordered by country code (never ranked)",
        params: YearParams,
        response: { 200: CycleResultsSchema, 304: z.null(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { results, etag } = await publicResults.cycleResults(request.params.year);
      void reply.header('etag', etag).header('cache-control', PUBLIC_CACHE);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return results;
    },
  );
};
