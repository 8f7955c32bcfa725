import { z } from 'zod';
import { AssessmentStatusSchema, TransitionBodySchema, type AssessmentStatus, type TransitionBody } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/**
 * Moves the assessment through the shared state machine (start review, return, resubmit, validate,
 * accept, dispute, finalize). An illegal move is a 409 with the current state; validating with open
 * threads is a 409 with `details.openThreads`; resubmitting with gaps is a 400 with the missing items.
 */
export async function applyTransition(assessmentId: string, input: TransitionBody): Promise<AssessmentStatus> {
  const body = TransitionBodySchema.parse(input);
  const { status } = await apiSend('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/transitions`, body, z.object({ status: AssessmentStatusSchema }));
  return status;
}
