import { SubmissionCheckSchema, type SubmissionCheck } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** What is missing before submission, in questionnaire order (from the answers the server has). */
export function getSubmissionCheck(assessmentId: string, signal?: AbortSignal): Promise<SubmissionCheck> {
  return apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}/submission-check`, SubmissionCheckSchema, { signal });
}
