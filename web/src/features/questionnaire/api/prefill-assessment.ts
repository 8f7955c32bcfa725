import { assessmentsApi, type PrefillResult } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Starts from the previous cycle's answers and evidence, each marked carried over. */
export const prefillAssessment = (assessmentId: string): Promise<PrefillResult> => callApi(assessmentsApi.prefill, { params: { assessmentId } });
