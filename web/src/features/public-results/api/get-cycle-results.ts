import { publicApi, type CycleResults } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The published results of one cycle; a year without a publication is an ApiError `not_found`. */
export function getCycleResults(year: number, signal?: AbortSignal): Promise<CycleResults> {
  return callApi(publicApi.getResults, { params: { year } }, { signal });
}
