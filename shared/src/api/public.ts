import { z } from 'zod';
import { LocaleSchema } from '../schemas/locale.ts';
import { CountryProfileSchema, GapAnalysisSchema, OpenDataSchema, PublicMethodologySchema, ReproducibilityBundleSchema, StabilitySummarySchema } from '../schemas/public-api.ts';
import { CycleResultsSchema, PublishedCycleSchema, TierInfoSchema } from '../schemas/public-results.ts';
import { DOWNLOAD_PATHS } from './download-addresses.ts';
import { file, noContent, routeGroup, text, type AnyRoute, type RouteDoc, type RouteDocs } from './route.ts';

export const PublishedCyclesSchema = z.object({ cycles: z.array(PublishedCycleSchema) });
export type PublishedCycles = z.infer<typeof PublishedCyclesSchema>;

const LangQuery = z.object({ lang: LocaleSchema.default('en').describe('language of the names (one of the six UN languages)') });

/**
 * Public routes are open to everyone and served from bytes built once per publication with an
 * ETag, so a request whose If-None-Match names that tag gets 304 and no body.
 */
const CACHING = 'Every response has an ETag and Cache-Control: public, max-age=60, stale-while-revalidate=600; If-None-Match answers 304.';

const withCachingNote = <const D extends RouteDocs>(docs: D): { [K in keyof D]: RouteDoc } =>
  Object.fromEntries(Object.entries(docs).map(([id, doc]) => [id, { ...doc, description: [CACHING, doc.description].filter(Boolean).join(' ') }])) as {
    [K in keyof D]: RouteDoc;
  };

const docs = withCachingNote({
  listPublishedCycles: { summary: 'Published cycles, newest first' },
  getCycleResults: { summary: "A published cycle's results: every country's tier and pillar scores, ordered by country code (never ranked)" },
  getCountryProfile: { summary: "One country's profile: tier, pillars, strengths and areas for growth, distance to the next tier, answer-to-tier trace, evidence links, tier history" },
  getPublicMethodology: { summary: 'The methodology of a published cycle: pillars, indicators, questions, normalised weights, tiers, changes since the previous edition, tier stability' },
  getTierStability: { summary: 'Tier stability: how often each country keeps its tier when every weight varies by ±25 % (fixed seed, computed once per publication)' },
  getGapAnalysis: { summary: 'Gap analysis: per indicator and ITU region, the share of countries not meeting it, with the countries (by code)' },
  downloadResultsJson: {
    summary: 'Open data (JSON): every country with its region, tier and pillar scores, names in the chosen language',
    description: 'Sent as an attachment (Content-Disposition) named after the year and the language.',
  },
  downloadResultsCsv: {
    summary: 'Open data (CSV, UTF-8 with BOM): the rows of the JSON download; columns iso3, name, region, region_name, tier, tier_name, overall, one per pillar (scores at two decimals), demo',
    description: 'Sent as an attachment named after the year and the language, with DEMO in the name for demo data; errors are JSON like everywhere else.',
  },
  downloadResultsXlsx: {
    summary: 'Open data (XLSX): the rows of the CSV download in one worksheet, scores as numbers at two decimals, a bold frozen header',
    description: 'Sent as an attachment named like the CSV (`gci-2024-results-DEMO-en.xlsx` for demo data).',
  },
  downloadReproducibilityBundle: {
    summary: 'Reproducibility bundle: the methodology and the scored answers of every country; `npm run gci -- score <file>` recomputes the publication from it',
    description: '409 when the stored answers no longer reproduce the publication.',
  },
});

const route = routeGroup({ tag: 'public', access: 'public', docs });
const NOT_MODIFIED = { 304: noContent('Not modified: If-None-Match names the current ETag') } as const;

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const publicApi = {
  listCycles: route.get('/api/public/cycles', { id: 'listPublishedCycles', responses: { 200: PublishedCyclesSchema, ...NOT_MODIFIED } }),
  getResults: route.get('/api/public/cycles/:year/results', { id: 'getCycleResults', responses: { 200: CycleResultsSchema, ...NOT_MODIFIED } }),
  getCountryProfile: route.get('/api/public/cycles/:year/countries/:iso3', { id: 'getCountryProfile', responses: { 200: CountryProfileSchema, ...NOT_MODIFIED } }),
  getMethodology: route.get('/api/public/cycles/:year/methodology', { id: 'getPublicMethodology', responses: { 200: PublicMethodologySchema, ...NOT_MODIFIED } }),
  getStability: route.get('/api/public/cycles/:year/stability', { id: 'getTierStability', responses: { 200: StabilitySummarySchema, ...NOT_MODIFIED } }),
  getGaps: route.get('/api/public/cycles/:year/gaps', { id: 'getGapAnalysis', responses: { 200: GapAnalysisSchema, ...NOT_MODIFIED } }),
  downloadResultsJson: route.get(DOWNLOAD_PATHS.resultsJson, { id: 'downloadResultsJson', query: LangQuery, responses: { 200: OpenDataSchema, ...NOT_MODIFIED } }),
  downloadResultsCsv: route.get(DOWNLOAD_PATHS.resultsCsv, {
    id: 'downloadResultsCsv',
    query: LangQuery,
    responses: { 200: text('text/csv', 'The rows, one per country, in RFC 4180 CSV'), ...NOT_MODIFIED },
  }),
  downloadResultsXlsx: route.get(DOWNLOAD_PATHS.resultsXlsx, {
    id: 'downloadResultsXlsx',
    query: LangQuery,
    responses: { 200: file('The rows, one per country, in an XLSX workbook'), ...NOT_MODIFIED },
  }),
  downloadBundle: route.get(DOWNLOAD_PATHS.bundle, {
    id: 'downloadReproducibilityBundle',
    responses: { 200: ReproducibilityBundleSchema, ...NOT_MODIFIED },
    errors: [404, 409],
  }),
} satisfies Record<string, AnyRoute>;

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
