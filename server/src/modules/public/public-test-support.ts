import { ROUTE_ACCESS } from '../../http/access-policy.ts';

/**
 * Every public GET route of published results in the access table, e.g. `/api/public/cycles/:year/results`.
 * The library of national practice (`…/practice`) has public routes too, with other rules (consent,
 * confirmation, no per-publication ETag): server/src/modules/practice tests them, and the walks of
 * unpublished cycles and planted secrets cover every public route.
 */
export const PUBLIC_ROUTES: string[] = Object.entries(ROUTE_ACCESS)
  .filter(([key, access]) => access === 'public' && key.startsWith('GET /api/public/') && !key.includes('/practice'))
  .map(([key]) => key.slice('GET '.length));

/** A route with its parameters filled in. */
export function urlOf(route: string, params: { year: number; iso3: string }): string {
  return route.replace(':year', String(params.year)).replace(':iso3', params.iso3);
}

/** Every object key anywhere in a JSON value. */
export function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

/** Every array of objects carrying `iso3` anywhere in a JSON value, and every array of bare country codes. */
export function countryListsDeep(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every((v) => v && typeof v === 'object' && typeof (v as { iso3?: unknown }).iso3 === 'string')) {
      out.push(value.map((v) => (v as { iso3: string }).iso3));
    } else if (value.length > 1 && value.every((v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v))) {
      out.push(value as string[]);
    }
    value.forEach((v) => countryListsDeep(v, out));
  } else if (value && typeof value === 'object') Object.values(value).forEach((v) => countryListsDeep(v, out));
  return out;
}
