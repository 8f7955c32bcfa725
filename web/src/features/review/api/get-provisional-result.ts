import { reviewApi, type ProvisionalResult } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Scores, tiers and the trace to each question, computed by the shared engine from the stored answers. */
export const getProvisionalResult = (assessmentId: string, signal?: AbortSignal): Promise<ProvisionalResult> =>
  callApi(reviewApi.provisionalResult, { params: { assessmentId } }, { signal });
