import { practiceApi, PracticeQuerySchema, type PracticePage, type PracticeQuery } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The library's query from a page address: unknown or malformed filters are dropped rather than refused. */
export function practiceQueryOf(params: URLSearchParams): PracticeQuery {
  const query: Record<string, string> = {};
  const shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> = PracticeQuerySchema.shape;
  for (const [key, value] of params) {
    if (value && shape[key]?.safeParse(value).success) query[key] = value;
  }
  return query;
}

/** Published practice matching the query, by relevance or date (never by score). */
export const searchPractice = (query: PracticeQuery, signal?: AbortSignal): Promise<PracticePage> => callApi(practiceApi.search, { query }, { signal });
