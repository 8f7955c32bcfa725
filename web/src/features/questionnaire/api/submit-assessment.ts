import { assessmentsApi, type AssessmentSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Submits (or resubmits after a return); the answers are then locked for the country team. */
export const submitAssessment = (assessmentId: string): Promise<AssessmentSummary> => callApi(assessmentsApi.submit, { params: { assessmentId } });
