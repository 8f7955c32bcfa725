import { cyclesApi, type CycleSetup } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The published methodology versions and the countries a new cycle can be made of. */
export function getCycleSetup(signal?: AbortSignal): Promise<CycleSetup> {
  return callApi(cyclesApi.setup, {}, { signal });
}
