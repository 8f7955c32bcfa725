import { ResubmissionDiffSchema, type ResubmissionDiff } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** Per question, what changed between the last two submissions, and which questions were flagged. */
export function getResubmissionDiff(assessmentId: string, signal?: AbortSignal): Promise<ResubmissionDiff> {
  return apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}/resubmission-diff`, ResubmissionDiffSchema, { signal });
}
