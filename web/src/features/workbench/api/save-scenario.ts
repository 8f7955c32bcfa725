import { workbenchApi, type ClientInput } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type NewScenario = ClientInput<typeof workbenchApi.saveScenario>['body'];

/** Saves weight and threshold overrides with a name and a note; resolves with the scenario's id. */
export async function saveScenario(input: NewScenario): Promise<string> {
  return (await callApi(workbenchApi.saveScenario, { body: input })).id;
}
