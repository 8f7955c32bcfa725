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
import { NextCursorSchema } from '../schemas/paging.ts';
import { CountryRefSchema } from '../schemas/country.ts';
import { routeGroup, type RouteDocs, noContent } from './route.ts';

export const ReviewQueueSchema = z.object({
  items: z.array(QueueItemSchema),
  /** the cursor of the next page (`?after=`), null on the last */
  next: NextCursorSchema,
  /** the countries with an assessment in the cycle asked for (every cycle without one), to filter by */
  countries: z.array(CountryRefSchema),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;
export const ThreadListSchema = z.object({ threads: z.array(ThreadSchema) });
export const OpenedThreadSchema = z.object({ id: z.uuid() });
export const LatestRevisionRequestSchema = z.object({ request: RevisionRequestSchema.nullable() });

// A focal point reaches only their own country's assessments and threads (404 for any other).

const docs = {
  getReviewQueue: { summary: 'Assessments to review: those awaiting review first, then by deadline and country, with completion and open threads; a page at a time (`next` → `?after=`)' },
  listThreads: { summary: 'Comment threads of an assessment, oldest first, each with its comments' },
  openThread: {
    summary: 'Open a thread on a question (or, with questionKey null, on the whole assessment)',
    examples: {
      question: { questionKey: 'legal.law', body: 'Which act is this? Please link it.' },
      assessment: { questionKey: null, body: 'Several answers lack evidence.' },
    },
  },
  replyToThread: {
    summary: 'Reply in a thread (409 once it is resolved)',
    examples: { reply: { body: 'It is Act No. 5 of 2021; the link is now attached.' } },
  },
  resolveThread: { summary: 'Resolve a thread (reviewers); open threads block validation' },
  getProvisionalResult: { summary: 'Provisional scores, tiers and trace (for the country once validated)' },
  getResubmissionDiff: { summary: 'Per question, what changed since the previous submission' },
  getRevisionRequest: { summary: 'The latest return for revision: flagged questions and comment (null if never returned)' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'review', access: ROLES, docs });

export const reviewApi = {
  queue: route.get('/api/review/queue', { id: 'getReviewQueue', access: ['admin', 'analyst', 'reviewer'], query: QueueQuerySchema, responses: { 200: ReviewQueueSchema } }),
  threads: route.get('/api/assessments/:assessmentId/threads', { id: 'listThreads', responses: { 200: ThreadListSchema } }),
  openThread: route.post('/api/assessments/:assessmentId/threads', {
    id: 'openThread',
    access: ['focal_point', 'reviewer', 'admin'],
    body: NewThreadBodySchema,
    responses: { 201: OpenedThreadSchema },
  }),
  reply: route.post('/api/threads/:threadId/comments', {
    id: 'replyToThread',
    access: ['focal_point', 'reviewer', 'admin'],
    body: NewCommentBodySchema,
    responses: { 204: noContent('The comment is added') },
    errors: [409],
  }),
  resolve: route.post('/api/threads/:threadId/resolve', { id: 'resolveThread', access: ['reviewer', 'admin'], responses: { 204: noContent('Resolved (or it already was)') } }),
  provisionalResult: route.get('/api/assessments/:assessmentId/provisional-result', { id: 'getProvisionalResult', responses: { 200: ProvisionalResultSchema } }),
  resubmissionDiff: route.get('/api/assessments/:assessmentId/resubmission-diff', { id: 'getResubmissionDiff', responses: { 200: ResubmissionDiffSchema } }),
  revisionRequest: route.get('/api/assessments/:assessmentId/revision-request', { id: 'getRevisionRequest', responses: { 200: LatestRevisionRequestSchema } }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const reviewComponents: Readonly<Record<string, z.ZodType>> = {};
