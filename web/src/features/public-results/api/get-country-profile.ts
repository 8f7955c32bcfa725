import type { CountryProfile } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { loadPublicApi } from './public-contracts.ts';

/** One country's profile in a published cycle; an unknown year or country is an ApiError `not_found`. */
export async function getCountryProfile(year: number, iso3: string, signal?: AbortSignal): Promise<CountryProfile> {
  return callApi((await loadPublicApi()).getCountryProfile, { params: { year, iso3 } }, { signal });
}
