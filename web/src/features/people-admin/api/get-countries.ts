import { assessmentsApi, countriesApi, type Role } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { countriesOf, type CountryOption } from '../lib/country-options.ts';

let loaded: { userId: string; countries: Promise<CountryOption[]> } | null = null;

/**
 * The countries to give an account: every country on the platform for an admin (the countries
 * room's list, so an empty edition can invite its first focal points); a lead focal point's own,
 * from their assessments. Asked once per user and page load: filtering the list must not ask again.
 */
export function getCountries(user: { id: string; role: Role }): Promise<CountryOption[]> {
  if (loaded?.userId !== user.id) {
    const countries =
      user.role === 'admin'
        ? callApi(countriesApi.list, {}).then((list) => list.countries.map(({ iso3, names }) => ({ iso3, names })))
        : callApi(assessmentsApi.list, { query: {} }).then(({ assessments }) => countriesOf(assessments));
    countries.catch(() => {
      if (loaded?.countries === countries) loaded = null; // ask again next time
    });
    loaded = { userId: user.id, countries };
  }
  return loaded.countries;
}
