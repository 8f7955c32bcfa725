import { publicApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { sendCached } from './http-cache.ts';
import type { PublicResultsService } from './public-results.service.ts';

/**
 * Published results, open to everyone: tiers, never ranks. Every body is built once per
 * publication and sent as stored bytes (see PublicResultsService), with an ETag; the route's path
 * with its parameters is the cache key.
 */
export const publicRoutes = contractRoutes<{ publicResults: PublicResultsService }>((route, { publicResults: pub }) => {
  const base = (year: number) => `/api/public/cycles/${year}`;

  route(publicApi.listCycles, async ({ request, reply }) => sendCached(request, reply, await pub.cycles('/api/public/cycles')));
  route(publicApi.getResults, async ({ params: { year }, request, reply }) => sendCached(request, reply, await pub.results(year, `${base(year)}/results`)));
  route(publicApi.getCountryProfile, async ({ params: { year, iso3 }, request, reply }) =>
    sendCached(request, reply, await pub.profile(year, iso3, `${base(year)}/countries/${iso3}`)),
  );
  route(publicApi.getMethodology, async ({ params: { year }, request, reply }) =>
    sendCached(request, reply, await pub.methodology(year, `${base(year)}/methodology`)),
  );
  route(publicApi.getStability, async ({ params: { year }, request, reply }) =>
    sendCached(request, reply, await pub.stability(year, `${base(year)}/stability`)),
  );
  route(publicApi.getGaps, async ({ params: { year }, request, reply }) => sendCached(request, reply, await pub.gaps(year, `${base(year)}/gaps`)));
  route(publicApi.downloadResultsJson, async ({ params: { year }, query, request, reply }) =>
    sendCached(request, reply, await pub.openData(year, query.lang, 'json', `${base(year)}/downloads/results.json`)),
  );
  route(publicApi.downloadResultsCsv, async ({ params: { year }, query, request, reply }) =>
    sendCached(request, reply, await pub.openData(year, query.lang, 'csv', `${base(year)}/downloads/results.csv`)),
  );
  route(publicApi.downloadResultsXlsx, async ({ params: { year }, query, request, reply }) =>
    sendCached(request, reply, await pub.openData(year, query.lang, 'xlsx', `${base(year)}/downloads/results.xlsx`)),
  );
  route(publicApi.downloadBundle, async ({ params: { year }, request, reply }) =>
    sendCached(request, reply, await pub.bundle(year, `${base(year)}/downloads/bundle.json`)),
  );
});
