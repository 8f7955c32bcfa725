import { methodologyApi, type ClientInput } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type CreateDraftInput = ClientInput<typeof methodologyApi.createDraft>['body'];

/** Clones any version into a new draft; resolves with the draft's id. */
export async function createDraft(input: CreateDraftInput): Promise<string> {
  return (await callApi(methodologyApi.createDraft, { body: input })).id;
}
