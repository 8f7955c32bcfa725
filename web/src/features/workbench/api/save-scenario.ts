import { z } from 'zod';
import { NewScenarioBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type NewScenario = z.input<typeof NewScenarioBodySchema>;

/** Saves weight and threshold overrides with a name and a note; resolves with the scenario's id. */
export async function saveScenario(input: NewScenario): Promise<string> {
  return (await apiSend('POST', '/api/scenarios', NewScenarioBodySchema.parse(input), z.object({ id: z.string() }))).id;
}
