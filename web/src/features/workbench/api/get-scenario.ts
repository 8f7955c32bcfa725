import { ScenarioSchema, type Scenario } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** A saved scenario, as shared by its link. */
export function getScenario(id: string, signal?: AbortSignal): Promise<Scenario> {
  return apiGet(`/api/scenarios/${encodeURIComponent(id)}`, ScenarioSchema, { signal });
}
