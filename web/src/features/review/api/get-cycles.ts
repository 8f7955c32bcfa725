import { z } from 'zod';
import { CycleSummarySchema, type CycleSummary } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** Every data-collection cycle (staff), for the queue's cycle filter. */
export async function getCycles(signal?: AbortSignal): Promise<CycleSummary[]> {
  const { cycles } = await apiGet('/api/cycles', z.object({ cycles: z.array(CycleSummarySchema) }), { signal });
  return cycles;
}
