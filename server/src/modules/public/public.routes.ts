import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CycleResultsSchema, ErrorBodySchema, LocaleSchema, PublishedCycleSchema } from '@gci/shared';
import {
  CountryProfileSchema,
  GapAnalysisSchema,
  OpenDataSchema,
  PublicMethodologySchema,
  ReproducibilityBundleSchema,
  StabilitySummarySchema,
} from '@gci/shared/schemas/public-api';
import { sendCached } from './http-cache.ts';
import type { PublicResultsService } from './public-results.service.ts';

const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const CountryParams = YearParams.extend({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code')
    .transform((s) => s.toUpperCase()),
});
const LangQuery = z.object({ lang: LocaleSchema.default('en').describe('language of the names (one of the six UN languages)') });

const tags = ['public'];
const cacheHeaders = 'Every response has an ETag and Cache-Control: public, max-age=60, stale-while-revalidate=600; If-None-Match answers 304.';
const errors = { 304: z.null().describe('Not modified'), 404: ErrorBodySchema };
const base = (year: number) => `/api/public/cycles/${year}`;

/**
 * Published results, open to everyone: tiers, never ranks. Every body is built once per
 * publication and sent as stored bytes (see PublicResultsService), with an ETag.
 */
export const publicRoutes: FastifyPluginAsyncZod<{ publicResults: PublicResultsService }> = async (app, { publicResults: pub }) => {
  app.get(
    '/api/public/cycles',
    { schema: { tags, summary: 'Published cycles, newest first', description: cacheHeaders, response: { 200: z.object({ cycles: z.array(PublishedCycleSchema) }), 304: errors[304] } } },
    async (request, reply) => sendCached(request, reply, await pub.cycles('/api/public/cycles')),
  );

  app.get(
    '/api/public/cycles/:year/results',
    {
      schema: {
        tags,
        summary: "A published cycle's results: every country's tier and pillar scores, ordered by country code (never ranked)",
        description: cacheHeaders,
        params: YearParams,
        response: { 200: CycleResultsSchema, ...errors },
      },
    },
    async (request, reply) => sendCached(request, reply, await pub.results(request.params.year, `${base(request.params.year)}/results`)),
  );

  app.get(
    '/api/public/cycles/:year/countries/:iso3',
    {
      schema: {
        tags,
        summary: "One country's profile: tier, pillars, strengths and areas for growth, distance to the next tier, answer-to-tier trace, evidence links, tier history",
        description: cacheHeaders,
        params: CountryParams,
        response: { 200: CountryProfileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { year, iso3 } = request.params;
      return sendCached(request, reply, await pub.profile(year, iso3, `${base(year)}/countries/${iso3}`));
    },
  );

  app.get(
    '/api/public/cycles/:year/methodology',
    {
      schema: {
        tags,
        summary: 'The methodology of a published cycle: pillars, indicators, questions, normalised weights, tiers, changes since the previous edition, tier stability',
        description: cacheHeaders,
        params: YearParams,
        response: { 200: PublicMethodologySchema, ...errors },
      },
    },
    async (request, reply) => sendCached(request, reply, await pub.methodology(request.params.year, `${base(request.params.year)}/methodology`)),
  );

  app.get(
    '/api/public/cycles/:year/stability',
    {
      schema: {
        tags,
        summary: 'Tier stability: how often each country keeps its tier when every weight varies by ±25 % (fixed seed, computed once per publication)',
        description: cacheHeaders,
        params: YearParams,
        response: { 200: StabilitySummarySchema, ...errors },
      },
    },
    async (request, reply) => sendCached(request, reply, await pub.stability(request.params.year, `${base(request.params.year)}/stability`)),
  );

  app.get(
    '/api/public/cycles/:year/gaps',
    {
      schema: {
        tags,
        summary: 'Gap analysis: per indicator and ITU region, the share of countries not meeting it, with the countries (by code)',
        description: cacheHeaders,
        params: YearParams,
        response: { 200: GapAnalysisSchema, ...errors },
      },
    },
    async (request, reply) => sendCached(request, reply, await pub.gaps(request.params.year, `${base(request.params.year)}/gaps`)),
  );

  app.get(
    '/api/public/cycles/:year/downloads/results.json',
    {
      schema: {
        tags,
        summary: 'Open data (JSON): every country with its region, tier and pillar scores, names in the chosen language',
        description: cacheHeaders,
        params: YearParams,
        querystring: LangQuery,
        response: { 200: OpenDataSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      return sendCached(request, reply, await pub.openData(year, request.query.lang, 'json', `${base(year)}/downloads/results.json`));
    },
  );

  app.get(
    '/api/public/cycles/:year/downloads/results.csv',
    {
      schema: {
        tags,
        summary: 'Open data (CSV, UTF-8 with BOM): the rows of the JSON download; columns iso3, name, region, tier, tier_name, overall, then one per pillar',
        description: cacheHeaders,
        params: YearParams,
        querystring: LangQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV text'), ...errors },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      return sendCached(request, reply, await pub.openData(year, request.query.lang, 'csv', `${base(year)}/downloads/results.csv`));
    },
  );

  app.get(
    '/api/public/cycles/:year/downloads/bundle.json',
    {
      schema: {
        tags,
        summary: 'Reproducibility bundle: the methodology and the scored answers of every country; `npm run gci -- score <file>` recomputes the publication from it',
        description: `${cacheHeaders} 409 when the stored answers no longer reproduce the publication.`,
        params: YearParams,
        response: { 200: ReproducibilityBundleSchema, ...errors, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => sendCached(request, reply, await pub.bundle(request.params.year, `${base(request.params.year)}/downloads/bundle.json`)),
  );
};
