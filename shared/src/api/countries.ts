import { z } from 'zod';
import { CountryNamesSchema, CountrySchema, Iso3Schema } from '../schemas/country.ts';
import { RegionSchema } from '../schemas/region.ts';
import { routeGroup, type RouteDocs, type AnyRoute } from './route.ts';

/** A cycle a country took part in: it has an assessment in it. */
export const CountryCycleSchema = z.object({ cycleId: z.uuid(), year: z.number().int(), name: z.string() });
export type CountryCycle = z.infer<typeof CountryCycleSchema>;

/** A country as administrators see it: its names in all six languages, who changed it last, the cycles it took part in. */
export const AdminCountrySchema = CountrySchema.extend({
  names: CountryNamesSchema,
  /** name it when editing: an edit from an older version is refused (409) */
  version: z.number().int().positive(),
  /** the last change made on the platform; null while the country is as the reference list loaded it */
  updatedAt: z.string().nullable(),
  /** the cycles the country has an assessment in, oldest first */
  cycles: z.array(CountryCycleSchema),
});
export type AdminCountry = z.infer<typeof AdminCountrySchema>;

export const CountryListSchema = z.object({ countries: z.array(AdminCountrySchema) });
export const CountryResponseSchema = z.object({ country: AdminCountrySchema });

export const UpdateCountryBodySchema = z
  .object({
    /** the version the edit started from */
    version: z.number().int().positive(),
    names: CountryNamesSchema.optional(),
    region: RegionSchema.optional(),
  })
  .refine((b) => b.names !== undefined || b.region !== undefined, { message: 'Change the names, the region or both', path: ['names'] });
export type UpdateCountryBody = z.infer<typeof UpdateCountryBodySchema>;

export const CreateCountryBodySchema = z.object({
  iso3: Iso3Schema,
  iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals'),
  numeric: z.string().regex(/^\d{3}$/, 'the M49 (ISO 3166-1 numeric) code, three digits'),
  region: RegionSchema,
  names: CountryNamesSchema,
});
export type CreateCountryBody = z.infer<typeof CreateCountryBodySchema>;

const EXAMPLE_NAMES = {
  en: 'United Republic of Tanzania',
  fr: 'République-Unie de Tanzanie',
  es: 'República Unida de Tanzanía',
  ar: 'جمهورية تنزانيا المتحدة',
  zh: '坦桑尼亚联合共和国',
  ru: 'Объединенная Республика Танзания',
};

const docs = {
  listCountries: { summary: 'Every country on the platform, by ISO code, with the cycles each took part in' },
  getCountry: { summary: 'One country, with the cycles it took part in' },
  updateCountry: {
    summary: "Correct a country's names (all six languages) or move it to another ITU region; audited",
    description: 'Send the `version` you read: 409 `version_conflict` when someone changed the country since (the body names the current version). Codes never change.',
    examples: { names: { version: 1, names: EXAMPLE_NAMES }, region: { version: 2, region: 'africa' } },
  },
  createCountry: {
    summary: 'Add a country (a new member state); audited',
    description: '409 when a country has the ISO 3166 alpha-3, alpha-2 or numeric code already (`field` names it). Countries are never deleted.',
    examples: { tanzania: { iso3: 'TZA', iso2: 'TZ', numeric: '834', region: 'africa', names: EXAMPLE_NAMES } },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'countries', access: ['admin'], docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const countriesApi = {
  list: route.get('/api/countries', { id: 'listCountries', responses: { 200: CountryListSchema } }),
  get: route.get('/api/countries/:iso3', { id: 'getCountry', responses: { 200: CountryResponseSchema } }),
  update: route.patch('/api/countries/:iso3', { id: 'updateCountry', body: UpdateCountryBodySchema, responses: { 200: CountryResponseSchema }, errors: [409] }),
  create: route.post('/api/countries', { id: 'createCountry', body: CreateCountryBodySchema, responses: { 201: CountryResponseSchema }, errors: [409] }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const countriesComponents: Readonly<Record<string, z.ZodType>> = {
  AdminCountry: AdminCountrySchema,
  CountryNames: CountryNamesSchema,
  CountryResponse: CountryResponseSchema,
};
