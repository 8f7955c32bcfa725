import { assessmentsApi, type PrefillDecision, type PrefillResult } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Starts from the previous cycle's answers and evidence, each marked carried over (only questions without an answer). */
export const prefillAssessment = (assessmentId: string): Promise<PrefillResult> => callApi(assessmentsApi.prefill, { params: { assessmentId } });

/** Declines the offer: the server remembers it, and it is not shown again. */
export const declinePrefill = (assessmentId: string): Promise<PrefillDecision> => callApi(assessmentsApi.declinePrefill, { params: { assessmentId } });
