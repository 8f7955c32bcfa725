import { publicApi, type GapAnalysis } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Indicators × ITU regions: the share of countries not meeting each indicator. */
export function getGapAnalysis(year: number, signal?: AbortSignal): Promise<GapAnalysis> {
  return callApi(publicApi.getGaps, { params: { year } }, { signal });
}
