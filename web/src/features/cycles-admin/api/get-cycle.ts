import { cyclesApi, type CycleDetail } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A cycle with its methodology and its participants' assessments. */
export function getCycle(cycleId: string, signal?: AbortSignal): Promise<CycleDetail> {
  return callApi(cyclesApi.detail, { params: { cycleId } }, { signal });
}
