import { z } from 'zod';
import { PublishedCycleSchema, type PublishedCycle } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

// The envelope of GET /api/public/cycles; its items are the shared PublishedCycleSchema.
const PublishedCyclesResponseSchema = z.object({ cycles: z.array(PublishedCycleSchema) });

/** Published cycles, newest first. */
export async function getPublishedCycles(signal?: AbortSignal): Promise<PublishedCycle[]> {
  const { cycles } = await apiGet('/api/public/cycles', PublishedCyclesResponseSchema, { signal });
  return cycles.toSorted((a, b) => b.year - a.year);
}
