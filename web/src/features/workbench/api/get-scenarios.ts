import { z } from 'zod';
import { ScenarioSchema, type Scenario } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ scenarios: z.array(ScenarioSchema) });

/** Every saved scenario, newest first. */
export async function getScenarios(signal?: AbortSignal): Promise<Scenario[]> {
  return (await apiGet('/api/scenarios', ResponseSchema, { signal })).scenarios;
}
