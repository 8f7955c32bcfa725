import { reviewApi, type Thread } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The comment threads of an assessment, oldest first, each with its comments. */
export async function getThreads(assessmentId: string, signal?: AbortSignal): Promise<Thread[]> {
  const { threads } = await callApi(reviewApi.threads, { params: { assessmentId } }, { signal });
  return threads;
}
