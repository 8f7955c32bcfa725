import { IDEMPOTENCY_HEADER, SaveAnswerBodySchema, SaveAnswerResponseSchema, type SaveAnswerResponse } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';
import type { QueuedEdit } from '../lib/queue-logic.ts';

const TIMEOUT_MS = 20_000;

/**
 * Saves one queued edit. The Idempotency-Key is the edit's own, so a retry after a lost answer
 * gets the first result; a stale `baseVersion` is a 409 `version_conflict` with the stored answer.
 */
export function saveAnswer(edit: QueuedEdit): Promise<SaveAnswerResponse> {
  const body = SaveAnswerBodySchema.parse({ value: edit.value, baseVersion: edit.baseVersion });
  const path = `/api/assessments/${encodeURIComponent(edit.assessmentId)}/answers/${encodeURIComponent(edit.questionKey)}`;
  return apiSend('PUT', path, body, SaveAnswerResponseSchema, {
    headers: { [IDEMPOTENCY_HEADER]: edit.idempotencyKey },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}
