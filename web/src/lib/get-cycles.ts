import { cyclesApi, type CycleSummary } from '@gci/shared';
import { callApi } from './api-client.ts';

/** Every cycle (staff), newest first, with its publications (oldest first; the last one is current). */
export async function getCycles(signal?: AbortSignal): Promise<CycleSummary[]> {
  return (await callApi(cyclesApi.list, {}, { signal })).cycles;
}
