import { assessmentsApi, type AssessmentStatus, type TransitionBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/**
 * Moves the assessment through the shared state machine (start review, return, resubmit, validate,
 * accept, dispute, finalize). An illegal move is a 409 with the current state; validating with open
 * threads is a 409 with `details.openThreads`; resubmitting with gaps is a 400 with the missing items.
 */
export async function applyTransition(assessmentId: string, input: TransitionBody): Promise<AssessmentStatus> {
  const { status } = await callApi(assessmentsApi.transition, { params: { assessmentId }, body: input });
  return status;
}
