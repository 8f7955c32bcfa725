import { CountryProfileSchema, type CountryProfile } from '@gci/shared/schemas/public-api';
import { apiGet } from '../../../lib/api-client.ts';

/** One country's profile in a published cycle; an unknown year or country is an ApiError `not_found`. */
export function getCountryProfile(year: number, iso3: string, signal?: AbortSignal): Promise<CountryProfile> {
  return apiGet(`/api/public/cycles/${year}/countries/${encodeURIComponent(iso3)}`, CountryProfileSchema, { signal });
}
