import { reviewApi, type ClientInput, type QueueItem } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type QueueQuery = ClientInput<typeof reviewApi.queue>['query'];

/** Assessments for reviewers, by deadline, with completion (0–1) and open comment threads. */
export async function getReviewQueue(query: QueueQuery, signal?: AbortSignal): Promise<QueueItem[]> {
  const { items } = await callApi(reviewApi.queue, { query }, { signal });
  return items;
}
