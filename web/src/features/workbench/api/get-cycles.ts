import { z } from 'zod';
import { CycleSummarySchema, type CycleSummary } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ cycles: z.array(CycleSummarySchema) });

/** Every cycle, newest first, with its publications (oldest first; the last one is current). */
export async function getCycles(signal?: AbortSignal): Promise<CycleSummary[]> {
  return (await apiGet('/api/cycles', ResponseSchema, { signal })).cycles;
}
