import type { CycleResults } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { loadPublicApi } from './public-contracts.ts';

/** The published results of one cycle; a year without a publication is an ApiError `not_found`. */
export async function getCycleResults(year: number, signal?: AbortSignal): Promise<CycleResults> {
  return callApi((await loadPublicApi()).getResults, { params: { year } }, { signal });
}
