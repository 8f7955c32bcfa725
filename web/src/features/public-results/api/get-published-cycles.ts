import type { PublishedCycle } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { loadPublicApi } from './public-contracts.ts';

/** Published cycles, newest first. */
export async function getPublishedCycles(signal?: AbortSignal): Promise<PublishedCycle[]> {
  const { cycles } = await callApi((await loadPublicApi()).listCycles, {}, { signal });
  return cycles.toSorted((a, b) => b.year - a.year);
}
