import { z } from 'zod';
import {
  NewCommentBodySchema,
  NewThreadBodySchema,
  ProvisionalResultSchema,
  QueueItemSchema,
  QueueQuerySchema,
  ResubmissionDiffSchema,
  RevisionRequestSchema,
  ThreadSchema,
} from '../schemas/review.ts';
import { ROLES } from '../schemas/roles.ts';
import { AssessmentParamsSchema } from './assessments.ts';
import { defineRoute, noContent } from './route.ts';

export const ThreadParamsSchema = z.object({ threadId: z.uuid() });

export const ReviewQueueSchema = z.object({ items: z.array(QueueItemSchema) });
export const ThreadListSchema = z.object({ threads: z.array(ThreadSchema) });
export const OpenedThreadSchema = z.object({ id: z.uuid() });
export const LatestRevisionRequestSchema = z.object({ request: RevisionRequestSchema.nullable() });

// A focal point reaches only their own country's assessments and threads (404 for any other).
export const reviewApi = {
  queue: defineRoute({
    id: 'getReviewQueue',
    method: 'GET',
    path: '/api/review/queue',
    tag: 'review',
    access: ['admin', 'analyst', 'reviewer'],
    summary: 'Assessments to review, by deadline, with completion and open threads',
    query: QueueQuerySchema,
    responses: { 200: ReviewQueueSchema },
  }),
  threads: defineRoute({
    id: 'listThreads',
    method: 'GET',
    path: '/api/assessments/:assessmentId/threads',
    tag: 'review',
    access: ROLES,
    summary: 'Comment threads of an assessment, oldest first, each with its comments',
    params: AssessmentParamsSchema,
    responses: { 200: ThreadListSchema },
    errors: [404],
  }),
  openThread: defineRoute({
    id: 'openThread',
    method: 'POST',
    path: '/api/assessments/:assessmentId/threads',
    tag: 'review',
    access: ['focal_point', 'reviewer', 'admin'],
    summary: 'Open a thread on a question (or, with questionKey null, on the whole assessment)',
    params: AssessmentParamsSchema,
    body: NewThreadBodySchema,
    examples: {
      question: { questionKey: 'legal.law', body: 'Which act is this? Please link it.' },
      assessment: { questionKey: null, body: 'Several answers lack evidence.' },
    },
    responses: { 201: OpenedThreadSchema },
    errors: [404],
  }),
  reply: defineRoute({
    id: 'replyToThread',
    method: 'POST',
    path: '/api/threads/:threadId/comments',
    tag: 'review',
    access: ['focal_point', 'reviewer', 'admin'],
    summary: 'Reply in a thread (409 once it is resolved)',
    params: ThreadParamsSchema,
    body: NewCommentBodySchema,
    examples: { reply: { body: 'It is Act No. 5 of 2021; the link is now attached.' } },
    responses: { 204: noContent('The comment is added') },
    errors: [404, 409],
  }),
  resolve: defineRoute({
    id: 'resolveThread',
    method: 'POST',
    path: '/api/threads/:threadId/resolve',
    tag: 'review',
    access: ['reviewer', 'admin'],
    summary: 'Resolve a thread (reviewers); open threads block validation',
    params: ThreadParamsSchema,
    responses: { 204: noContent('Resolved (or it already was)') },
    errors: [404],
  }),
  provisionalResult: defineRoute({
    id: 'getProvisionalResult',
    method: 'GET',
    path: '/api/assessments/:assessmentId/provisional-result',
    tag: 'review',
    access: ROLES,
    summary: 'Provisional scores, tiers and trace (for the country once validated)',
    params: AssessmentParamsSchema,
    responses: { 200: ProvisionalResultSchema },
    errors: [404],
  }),
  resubmissionDiff: defineRoute({
    id: 'getResubmissionDiff',
    method: 'GET',
    path: '/api/assessments/:assessmentId/resubmission-diff',
    tag: 'review',
    access: ROLES,
    summary: 'Per question, what changed since the previous submission',
    params: AssessmentParamsSchema,
    responses: { 200: ResubmissionDiffSchema },
    errors: [404],
  }),
  revisionRequest: defineRoute({
    id: 'getRevisionRequest',
    method: 'GET',
    path: '/api/assessments/:assessmentId/revision-request',
    tag: 'review',
    access: ROLES,
    summary: 'The latest return for revision: flagged questions and comment (null if never returned)',
    params: AssessmentParamsSchema,
    responses: { 200: LatestRevisionRequestSchema },
    errors: [404],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const reviewComponents: Readonly<Record<string, z.ZodType>> = {};
