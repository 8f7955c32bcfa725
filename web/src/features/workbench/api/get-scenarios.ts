import { workbenchApi, type Scenario } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Every saved scenario, newest first. */
export async function getScenarios(signal?: AbortSignal): Promise<Scenario[]> {
  return (await callApi(workbenchApi.listScenarios, {}, { signal })).scenarios;
}
