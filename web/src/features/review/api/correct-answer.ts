import type { z } from 'zod';
import { CorrectionBodySchema, SaveAnswerResponseSchema, type SaveAnswerResponse } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type CorrectionBody = z.input<typeof CorrectionBodySchema>;

/**
 * A reviewer's attributed correction of an answer, with its reason (shown to the country team).
 * A stale `baseVersion` is a 409 `version_conflict`; outside review it is a 409 `illegal_transition`.
 */
export function correctAnswer(assessmentId: string, questionKey: string, input: CorrectionBody): Promise<SaveAnswerResponse> {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(questionKey)}/correction`;
  return apiSend('PUT', path, CorrectionBodySchema.parse(input), SaveAnswerResponseSchema);
}
