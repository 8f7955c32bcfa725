import { answersApi, type SaveAnswerResponse } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** "Unchanged, evidence re-checked": clears the carried-over mark of the answer at `baseVersion`. */
export const confirmAnswer = (assessmentId: string, questionKey: string, baseVersion: number): Promise<SaveAnswerResponse> =>
  callApi(answersApi.confirm, { params: { assessmentId, questionKey }, body: { baseVersion } });
