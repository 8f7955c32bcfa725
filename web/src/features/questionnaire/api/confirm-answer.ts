import { ConfirmAnswerBodySchema, SaveAnswerResponseSchema, type SaveAnswerResponse } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** "Unchanged, evidence re-checked": clears the carried-over mark of the answer at `baseVersion`. */
export function confirmAnswer(assessmentId: string, questionKey: string, baseVersion: number): Promise<SaveAnswerResponse> {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(questionKey)}/confirm`;
  return apiSend('POST', path, ConfirmAnswerBodySchema.parse({ baseVersion }), SaveAnswerResponseSchema);
}
