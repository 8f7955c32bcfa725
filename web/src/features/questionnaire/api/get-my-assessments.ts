import { assessmentsApi, type AssessmentSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The caller's assessments: a focal point's own country's, every country's for staff; newest cycle first. */
export async function getMyAssessments(signal?: AbortSignal): Promise<AssessmentSummary[]> {
  const { assessments } = await callApi(assessmentsApi.list, { query: {} }, { signal });
  return assessments;
}
