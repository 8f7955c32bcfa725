import { countriesApi, type AdminCountry } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Every country on the platform (admins), with the cycles each took part in. */
export async function getCountries(signal?: AbortSignal): Promise<AdminCountry[]> {
  const { countries } = await callApi(countriesApi.list, {}, { signal });
  return countries;
}
