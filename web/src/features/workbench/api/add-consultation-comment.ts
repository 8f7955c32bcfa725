import { methodologyApi, type ClientInput } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type NewConsultationComment = ClientInput<typeof methodologyApi.comment>['body'];

/** A focal point's comment on a node (or on the whole version when `nodeKey` is null). */
export async function addConsultationComment(versionId: string, input: NewConsultationComment): Promise<string> {
  return (await callApi(methodologyApi.comment, { params: { versionId }, body: input })).id;
}
