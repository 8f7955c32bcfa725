import { z } from 'zod';
import { MethodologyVersionSummarySchema, type MethodologyVersionSummary } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ versions: z.array(MethodologyVersionSummarySchema) });

/** Every methodology version the caller may see (focal points: in consultation or published), newest edition first. */
export async function getMethodologyVersions(signal?: AbortSignal): Promise<MethodologyVersionSummary[]> {
  return (await apiGet('/api/methodologies', ResponseSchema, { signal })).versions;
}
