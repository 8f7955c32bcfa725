import { assessmentsApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { countriesOf, type CountryOption } from '../lib/country-options.ts';

let loaded: { userId: string; countries: Promise<CountryOption[]> } | null = null;

/**
 * The countries to give an account: those with an assessment in some cycle (every country's for an
 * admin, their own for a focal point). The API has no country list of its own yet; when it does, ask
 * it instead. Asked once per user and page load: filtering the list must not fetch every assessment again.
 */
export function getCountries(userId: string): Promise<CountryOption[]> {
  if (loaded?.userId !== userId) {
    const countries = callApi(assessmentsApi.list, { query: {} }).then(({ assessments }) => countriesOf(assessments));
    countries.catch(() => {
      if (loaded?.countries === countries) loaded = null; // ask again next time
    });
    loaded = { userId, countries };
  }
  return loaded.countries;
}
