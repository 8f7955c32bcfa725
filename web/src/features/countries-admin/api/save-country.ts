import { countriesApi, type AdminCountry, type CreateCountryBody, type UpdateCountryBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Corrects a country's names or region; 409 when it changed since `body.version`. */
export async function updateCountry(iso3: string, body: UpdateCountryBody): Promise<AdminCountry> {
  const { country } = await callApi(countriesApi.update, { params: { iso3 }, body });
  return country;
}

/** Adds a country; 409 when one of its codes is taken. */
export async function createCountry(body: CreateCountryBody): Promise<AdminCountry> {
  const { country } = await callApi(countriesApi.create, { body });
  return country;
}
