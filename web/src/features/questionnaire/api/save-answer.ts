import { answersApi, IDEMPOTENCY_HEADER, type SaveAnswerResponse } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import type { QueuedEdit } from '../lib/queue-logic.ts';

const TIMEOUT_MS = 20_000;

/**
 * Saves one queued edit. The Idempotency-Key is the edit's own, so a retry after a lost answer
 * gets the first result; a stale `baseVersion` is a 409 `version_conflict` with the stored answer.
 */
export const saveAnswer = (edit: QueuedEdit): Promise<SaveAnswerResponse> =>
  callApi(
    answersApi.save,
    {
      params: { assessmentId: edit.assessmentId, questionKey: edit.questionKey },
      headers: { [IDEMPOTENCY_HEADER]: edit.idempotencyKey },
      body: { value: edit.value, baseVersion: edit.baseVersion },
    },
    { signal: AbortSignal.timeout(TIMEOUT_MS) },
  );
