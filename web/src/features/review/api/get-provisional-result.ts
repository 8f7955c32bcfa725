import { ProvisionalResultSchema, type ProvisionalResult } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** Scores, tiers and the trace to each question, computed by the shared engine from the stored answers. */
export function getProvisionalResult(assessmentId: string, signal?: AbortSignal): Promise<ProvisionalResult> {
  return apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}/provisional-result`, ProvisionalResultSchema, { signal });
}
