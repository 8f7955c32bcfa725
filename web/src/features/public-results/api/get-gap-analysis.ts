import { GapAnalysisSchema, type GapAnalysis } from '@gci/shared/schemas/public-api';
import { apiGet } from '../../../lib/api-client.ts';

/** Indicators × ITU regions: the share of countries not meeting each indicator. */
export function getGapAnalysis(year: number, signal?: AbortSignal): Promise<GapAnalysis> {
  return apiGet(`/api/public/cycles/${year}/gaps`, GapAnalysisSchema, { signal });
}
