import { methodologyApi, type ClientInput } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type ConsultationResponse = ClientInput<typeof methodologyApi.respond>['body'];

/** An analyst's answer to a comment: whether it was taken into account, and why. */
export async function respondToComment(commentId: string, input: ConsultationResponse): Promise<void> {
  await callApi(methodologyApi.respond, { params: { commentId }, body: input });
}
