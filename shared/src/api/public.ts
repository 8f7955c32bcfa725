import { z } from 'zod';
import { LocaleSchema } from '../schemas/locale.ts';
import {
  CountryProfileSchema,
  GapAnalysisSchema,
  OpenDataSchema,
  PublicMethodologySchema,
  ReproducibilityBundleSchema,
  StabilitySummarySchema,
} from '../schemas/public-api.ts';
import { CycleResultsSchema, PublishedCycleSchema, TierInfoSchema } from '../schemas/public-results.ts';
import { defineRoute, noContent, text, type RouteSpec } from './route.ts';

export const PublishedCyclesSchema = z.object({ cycles: z.array(PublishedCycleSchema) });
export type PublishedCycles = z.infer<typeof PublishedCyclesSchema>;

const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const CountryParams = YearParams.extend({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code')
    .transform((s) => s.toUpperCase()),
});
const LangQuery = z.object({ lang: LocaleSchema.default('en').describe('language of the names (one of the six UN languages)') });

const CACHING = 'Every response has an ETag and Cache-Control: public, max-age=60, stale-while-revalidate=600; If-None-Match answers 304.';

/**
 * A public route: open to everyone, served from bytes built once per publication with an ETag,
 * so a request whose If-None-Match names that tag gets 304 and no body.
 */
const publicRoute = <const S extends Omit<RouteSpec, 'tag' | 'access' | 'method'>>(spec: S) =>
  defineRoute({
    ...spec,
    method: 'GET',
    tag: 'public',
    access: 'public',
    description: [CACHING, spec.description].filter(Boolean).join(' '),
    responses: { ...spec.responses, 304: noContent('Not modified: If-None-Match names the current ETag') },
  });

export const publicApi = {
  listCycles: publicRoute({
    id: 'listPublishedCycles',
    path: '/api/public/cycles',
    summary: 'Published cycles, newest first',
    responses: { 200: PublishedCyclesSchema },
  }),
  getResults: publicRoute({
    id: 'getCycleResults',
    path: '/api/public/cycles/:year/results',
    summary: "A published cycle's results: every country's tier and pillar scores, ordered by country code (never ranked)",
    params: YearParams,
    responses: { 200: CycleResultsSchema },
    errors: [404],
  }),
  getCountryProfile: publicRoute({
    id: 'getCountryProfile',
    path: '/api/public/cycles/:year/countries/:iso3',
    summary:
      "One country's profile: tier, pillars, strengths and areas for growth, distance to the next tier, answer-to-tier trace, evidence links, tier history",
    params: CountryParams,
    responses: { 200: CountryProfileSchema },
    errors: [404],
  }),
  getMethodology: publicRoute({
    id: 'getPublicMethodology',
    path: '/api/public/cycles/:year/methodology',
    summary:
      'The methodology of a published cycle: pillars, indicators, questions, normalised weights, tiers, changes since the previous edition, tier stability',
    params: YearParams,
    responses: { 200: PublicMethodologySchema },
    errors: [404],
  }),
  getStability: publicRoute({
    id: 'getTierStability',
    path: '/api/public/cycles/:year/stability',
    summary: 'Tier stability: how often each country keeps its tier when every weight varies by ±25 % (fixed seed, computed once per publication)',
    params: YearParams,
    responses: { 200: StabilitySummarySchema },
    errors: [404],
  }),
  getGaps: publicRoute({
    id: 'getGapAnalysis',
    path: '/api/public/cycles/:year/gaps',
    summary: 'Gap analysis: per indicator and ITU region, the share of countries not meeting it, with the countries (by code)',
    params: YearParams,
    responses: { 200: GapAnalysisSchema },
    errors: [404],
  }),
  downloadResultsJson: publicRoute({
    id: 'downloadResultsJson',
    path: '/api/public/cycles/:year/downloads/results.json',
    summary: 'Open data (JSON): every country with its region, tier and pillar scores, names in the chosen language',
    description: 'Sent as an attachment (Content-Disposition) named after the year and the language.',
    params: YearParams,
    query: LangQuery,
    responses: { 200: OpenDataSchema },
    errors: [404],
  }),
  downloadResultsCsv: publicRoute({
    id: 'downloadResultsCsv',
    path: '/api/public/cycles/:year/downloads/results.csv',
    summary: 'Open data (CSV, UTF-8 with BOM): the rows of the JSON download; columns iso3, name, region, tier, tier_name, overall, then one per pillar',
    description: 'Sent as an attachment; errors are JSON like everywhere else.',
    params: YearParams,
    query: LangQuery,
    responses: { 200: text('text/csv', 'The rows, one per country, in RFC 4180 CSV') },
    errors: [404],
  }),
  downloadBundle: publicRoute({
    id: 'downloadReproducibilityBundle',
    path: '/api/public/cycles/:year/downloads/bundle.json',
    summary:
      'Reproducibility bundle: the methodology and the scored answers of every country; `npm run gci -- score <file>` recomputes the publication from it',
    description: '409 when the stored answers no longer reproduce the publication.',
    params: YearParams,
    responses: { 200: ReproducibilityBundleSchema },
    errors: [404, 409],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const publicComponents: Readonly<Record<string, z.ZodType>> = {
  PublishedCycle: PublishedCycleSchema,
  TierInfo: TierInfoSchema,
  CycleResults: CycleResultsSchema,
  CountryProfile: CountryProfileSchema,
  PublicMethodology: PublicMethodologySchema,
  StabilitySummary: StabilitySummarySchema,
  GapAnalysis: GapAnalysisSchema,
  OpenData: OpenDataSchema,
  ReproducibilityBundle: ReproducibilityBundleSchema,
};
