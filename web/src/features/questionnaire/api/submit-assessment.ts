import { AssessmentSummarySchema, type AssessmentSummary } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** Submits (or resubmits after a return); the answers are then locked for the country team. */
export function submitAssessment(assessmentId: string): Promise<AssessmentSummary> {
  return apiSend('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/submit`, undefined, AssessmentSummarySchema);
}
