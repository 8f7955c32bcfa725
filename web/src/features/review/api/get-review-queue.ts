import { reviewApi, type ClientInput, type ReviewQueue } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type QueueQuery = ClientInput<typeof reviewApi.queue>['query'];

/** A page of the review queue: a page size the screen shows comfortably, the rest with "Load more". */
export const QUEUE_PAGE_SIZE = 100;

/**
 * Assessments for reviewers, by deadline, with completion (0–1) and open comment threads, a page
 * at a time (`after`: the previous page's `next`), and the countries the filter can offer.
 */
export function getReviewQueue(query: QueueQuery, signal?: AbortSignal): Promise<ReviewQueue> {
  return callApi(reviewApi.queue, { query: { limit: QUEUE_PAGE_SIZE, ...query } }, { signal });
}
