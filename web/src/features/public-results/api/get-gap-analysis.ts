import type { GapAnalysis } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { loadPublicApi } from './public-contracts.ts';

/** Indicators × ITU regions: the share of countries not meeting each indicator. */
export async function getGapAnalysis(year: number, signal?: AbortSignal): Promise<GapAnalysis> {
  return callApi((await loadPublicApi()).getGaps, { params: { year } }, { signal });
}
