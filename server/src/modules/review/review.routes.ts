import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssessmentStatusSchema,
  CorrectionBodySchema,
  DeadlineBodySchema,
  ErrorBodySchema,
  NewCommentBodySchema,
  NewThreadBodySchema,
  NodeKeySchema,
  ProvisionalResultSchema,
  QueueItemSchema,
  QueueQuerySchema,
  ResubmissionDiffSchema,
  RevisionRequestSchema,
  SaveAnswerResponseSchema,
  ThreadSchema,
  TransitionBodySchema,
} from '@gci/shared';
import { requireAuth } from '../../http/authenticate.ts';
import type { ReviewService } from './review.service.ts';
import type { ThreadsService } from './threads.service.ts';
import type { TransitionsService } from './transitions.service.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const AssessmentParams = z.object({ assessmentId: z.uuid() });
const ThreadParams = z.object({ threadId: z.uuid() });

export const reviewRoutes: FastifyPluginAsyncZod<{
  review: ReviewService;
  transitions: TransitionsService;
  threads: ThreadsService;
}> = async (app, { review, transitions, threads }) => {
  const tags = ['review'];

  app.get(
    '/api/review/queue',
    { schema: { tags, summary: 'Assessments to review, by deadline, with completion and open threads', querystring: QueueQuerySchema, response: { 200: z.object({ items: z.array(QueueItemSchema) }), ...errors } } },
    async (request) => ({ items: await review.queue(request.query) }),
  );

  app.post(
    '/api/assessments/:assessmentId/transitions',
    {
      schema: {
        tags,
        summary: 'Move an assessment through its states (submit, start review, return, resubmit, validate, accept, dispute, finalize); illegal moves get 409 with the current state',
        params: AssessmentParams,
        body: TransitionBodySchema,
        response: { 200: z.object({ status: AssessmentStatusSchema }), ...errors },
      },
    },
    async (request) => ({ status: await transitions.apply(requireAuth(request), request.params.assessmentId, request.body, request.ip) }),
  );

  app.put(
    '/api/assessments/:assessmentId/deadline',
    { schema: { tags, summary: "Extend (or reset) one country's deadline", params: AssessmentParams, body: DeadlineBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await transitions.setDeadline(requireAuth(request), request.params.assessmentId, request.body.deadline, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/assessments/:assessmentId/threads',
    { schema: { tags, summary: 'Comment threads of an assessment', params: AssessmentParams, response: { 200: z.object({ threads: z.array(ThreadSchema) }), ...errors } } },
    async (request) => ({ threads: await threads.list(requireAuth(request), request.params.assessmentId) }),
  );

  app.post(
    '/api/assessments/:assessmentId/threads',
    { schema: { tags, summary: 'Open a thread on a question (or, with questionKey null, on the whole assessment)', params: AssessmentParams, body: NewThreadBodySchema, response: { 201: z.object({ id: z.string() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await threads.open(requireAuth(request), request.params.assessmentId, request.body, request.ip)),
  );

  app.post(
    '/api/threads/:threadId/comments',
    { schema: { tags, summary: 'Reply in a thread', params: ThreadParams, body: NewCommentBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await threads.reply(requireAuth(request), request.params.threadId, request.body.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/threads/:threadId/resolve',
    { schema: { tags, summary: 'Resolve a thread (reviewers); open threads block validation', params: ThreadParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await threads.resolve(requireAuth(request), request.params.threadId, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/assessments/:assessmentId/provisional-result',
    { schema: { tags, summary: 'Provisional scores, tiers and trace (for the country once validated)', params: AssessmentParams, response: { 200: ProvisionalResultSchema, ...errors } } },
    async (request) => review.provisionalResult(requireAuth(request), request.params.assessmentId),
  );

  app.get(
    '/api/assessments/:assessmentId/resubmission-diff',
    { schema: { tags, summary: 'Per question, what changed since the previous submission', params: AssessmentParams, response: { 200: ResubmissionDiffSchema, ...errors } } },
    async (request) => review.resubmissionDiff(requireAuth(request), request.params.assessmentId),
  );

  app.get(
    '/api/assessments/:assessmentId/revision-request',
    { schema: { tags, summary: 'The latest return for revision: flagged questions and comment', params: AssessmentParams, response: { 200: z.object({ request: RevisionRequestSchema.nullable() }), ...errors } } },
    async (request) => ({ request: await review.latestRevisionRequest(requireAuth(request), request.params.assessmentId) }),
  );

  app.put(
    '/api/assessments/:assessmentId/answers/:questionKey/correction',
    {
      schema: {
        tags,
        summary: "A reviewer's attributed correction of an answer, with its reason (shown to the country)",
        params: AssessmentParams.extend({ questionKey: NodeKeySchema }),
        body: CorrectionBodySchema,
        response: { 200: SaveAnswerResponseSchema, ...errors },
      },
    },
    async (request) => review.correct(requireAuth(request), request.params, request.body, request.ip),
  );
};
