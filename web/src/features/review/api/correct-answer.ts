import { answersApi, type ClientInput, type SaveAnswerResponse } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type CorrectionBody = ClientInput<typeof answersApi.correct>['body'];

/**
 * A reviewer's attributed correction of an answer, with its reason (shown to the country team).
 * A stale `baseVersion` is a 409 `version_conflict`; outside review it is a 409 `illegal_transition`.
 */
export const correctAnswer = (assessmentId: string, questionKey: string, input: CorrectionBody): Promise<SaveAnswerResponse> =>
  callApi(answersApi.correct, { params: { assessmentId, questionKey }, body: input });
