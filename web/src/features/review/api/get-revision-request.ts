import { reviewApi, type RevisionRequest } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type { RevisionRequest };

/** The latest return for revision (flagged questions and the reviewer's comment), or null. */
export async function getRevisionRequest(assessmentId: string, signal?: AbortSignal): Promise<RevisionRequest | null> {
  const { request } = await callApi(reviewApi.revisionRequest, { params: { assessmentId } }, { signal });
  return request;
}
