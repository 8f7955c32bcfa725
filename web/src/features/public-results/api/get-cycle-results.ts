import { CycleResultsSchema, type CycleResults } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** The published results of one cycle; a year without a publication is an ApiError `not_found`. */
export function getCycleResults(year: number, signal?: AbortSignal): Promise<CycleResults> {
  return apiGet(`/api/public/cycles/${year}/results`, CycleResultsSchema, { signal });
}
