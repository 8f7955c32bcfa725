import { countriesApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { CountriesService } from './countries.service.ts';

export const countriesRoutes = contractRoutes<{ countries: CountriesService }>((route, { countries }) => {
  route(countriesApi.list, async () => ({ countries: await countries.list() }));
  route(countriesApi.get, async ({ params }) => ({ country: await countries.get(params.iso3) }));
  route(countriesApi.update, async ({ auth, params, body, ip }) => ({ country: await countries.update(auth, params.iso3, body, ip) }));
  route(countriesApi.create, async ({ auth, body, ip }) => ({ country: await countries.create(auth, body, ip) }));
});
