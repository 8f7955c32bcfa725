import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntrySchema, AuditQuerySchema, ErrorBodySchema, reviewApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { AuditQueryService } from '../audit/audit-query.service.ts';
import type { ReviewService } from './review.service.ts';
import type { ThreadsService } from './threads.service.ts';

export const reviewRoutes = contractRoutes<{ review: ReviewService; threads: ThreadsService }>((route, { review, threads }) => {
  route(reviewApi.queue, async ({ query }) => ({ items: await review.queue(query) }));
  route(reviewApi.threads, async ({ auth, params }) => ({ threads: await threads.list(auth, params.assessmentId) }));
  route(reviewApi.openThread, ({ auth, params, body, ip }) => threads.open(auth, params.assessmentId, body, ip));
  route(reviewApi.reply, ({ auth, params, body, ip }) => threads.reply(auth, params.threadId, body.body, ip));
  route(reviewApi.resolve, ({ auth, params, ip }) => threads.resolve(auth, params.threadId, ip));
  route(reviewApi.provisionalResult, ({ auth, params }) => review.provisionalResult(auth, params.assessmentId));
  route(reviewApi.resubmissionDiff, ({ auth, params }) => review.resubmissionDiff(auth, params.assessmentId));
  route(reviewApi.revisionRequest, async ({ auth, params }) => ({ request: await review.latestRevisionRequest(auth, params.assessmentId) }));
});

// The audit routes, not part of the review room: they move to a room of their own (modules/audit), in another branch.
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditQueryService }> = async (app, { audit }) => {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'The audit log, filtered (admins)', querystring: AuditQuerySchema, response: { 200: z.object({ entries: z.array(AuditEntrySchema) }), ...errors } } },
    async (request) => ({ entries: await audit.find(request.query) }),
  );

  app.get(
    '/api/audit/export.csv',
    { schema: { tags: ['audit'], summary: 'The filtered audit log as CSV (admins)', querystring: AuditQuerySchema, response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const csv = await audit.csv(request.query);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="gci-audit-log.csv"').send(csv);
    },
  );
};
