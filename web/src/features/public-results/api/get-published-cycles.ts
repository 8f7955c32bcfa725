import { publicApi, type PublishedCycle } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Published cycles, newest first. */
export async function getPublishedCycles(signal?: AbortSignal): Promise<PublishedCycle[]> {
  const { cycles } = await callApi(publicApi.listCycles, {}, { signal });
  return cycles.toSorted((a, b) => b.year - a.year);
}
