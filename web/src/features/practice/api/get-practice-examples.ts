import type { PracticeExamples } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/**
 * "How others do it": per indicator, practice of countries of the same region that meet it. The
 * contract is loaded at the first call: a country profile asks once it has hydrated, and runs
 * without zod until then.
 */
export async function getPracticeExamples(year: number, iso3: string, indicators: string[], signal?: AbortSignal): Promise<PracticeExamples> {
  const { practiceApi } = await import('@gci/shared/api/practice');
  return callApi(practiceApi.examples, { params: { year, iso3 }, query: { indicators: indicators.join(',') } }, { signal });
}
