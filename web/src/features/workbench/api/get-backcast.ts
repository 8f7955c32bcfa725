import { z } from 'zod';
import type { Backcast } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

// Declared in the server's route file, not in shared/; held to the shared `Backcast` type here.
const Score = z.object({ overall: z.number(), tier: z.number() });
const BackcastSchema: z.ZodType<Backcast> = z.object({
  unmatchedNew: z.array(z.string()),
  unmatchedOld: z.array(z.string()),
  comparison: z.object({
    tiers: z.array(z.number()),
    matrix: z.array(z.array(z.number())),
    changes: z.array(z.object({ country: z.string(), before: Score, after: Score })),
    onlyBefore: z.array(z.string()),
    onlyAfter: z.array(z.string()),
  }),
});

/** An earlier cycle's answers rescored under another version where question keys match. */
export function getBackcast(year: number, versionId: string, signal?: AbortSignal): Promise<Backcast> {
  return apiGet(`/api/workbench/cycles/${year}/backcast?version=${encodeURIComponent(versionId)}`, BackcastSchema, { signal });
}
