import { workbenchApi, type Scenario } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A saved scenario, as shared by its link. */
export function getScenario(id: string, signal?: AbortSignal): Promise<Scenario> {
  return callApi(workbenchApi.getScenario, { params: { scenarioId: id } }, { signal });
}
