import { reviewApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { ReviewService } from './review.service.ts';
import type { ThreadsService } from './threads.service.ts';

export const reviewRoutes = contractRoutes<{ review: ReviewService; threads: ThreadsService }>((route, { review, threads }) => {
  route(reviewApi.queue, ({ query }) => review.queue(query));
  route(reviewApi.threads, async ({ auth, params }) => ({ threads: await threads.list(auth, params.assessmentId) }));
  route(reviewApi.openThread, ({ auth, params, body, ip }) => threads.open(auth, params.assessmentId, body, ip));
  route(reviewApi.reply, ({ auth, params, body, ip }) => threads.reply(auth, params.threadId, body.body, ip));
  route(reviewApi.resolve, ({ auth, params, ip }) => threads.resolve(auth, params.threadId, ip));
  route(reviewApi.provisionalResult, ({ auth, params }) => review.provisionalResult(auth, params.assessmentId));
  route(reviewApi.resubmissionDiff, ({ auth, params }) => review.resubmissionDiff(auth, params.assessmentId));
  route(reviewApi.revisionRequest, async ({ auth, params }) => ({ request: await review.latestRevisionRequest(auth, params.assessmentId) }));
});
