import { reviewApi, type ClientInput } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type NewThread = ClientInput<typeof reviewApi.openThread>['body'];

/** Opens a thread on a question, or with `questionKey: null` on the whole assessment. */
export async function openThread(assessmentId: string, input: NewThread): Promise<string> {
  const { id } = await callApi(reviewApi.openThread, { params: { assessmentId }, body: input });
  return id;
}
