import { reviewApi, type ResubmissionDiff } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Per question, what changed between the last two submissions, and which questions were flagged. */
export const getResubmissionDiff = (assessmentId: string, signal?: AbortSignal): Promise<ResubmissionDiff> =>
  callApi(reviewApi.resubmissionDiff, { params: { assessmentId } }, { signal });
