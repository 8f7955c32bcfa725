import { publicApi, type CountryProfile } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** One country's profile in a published cycle; an unknown year or country is an ApiError `not_found`. */
export function getCountryProfile(year: number, iso3: string, signal?: AbortSignal): Promise<CountryProfile> {
  return callApi(publicApi.getCountryProfile, { params: { year, iso3 } }, { signal });
}
